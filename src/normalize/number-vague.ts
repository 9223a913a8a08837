// Vague quantities ("several", "dozens", "tens of thousands", "a few hundred") and the range
// each stands for. The ranges are the project's reading of the words, kept here as data.

export interface VagueRead {
  end: number;
  low: number;
  high: number;
}

/** What each word stands for on its own. */
export const VAGUE_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  several: [2, 9],
  "a few": [2, 5],
  tens: [20, 99],
  dozens: [24, 99],
  scores: [40, 199],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  millions: [2e6, 9.99e6],
  billions: [2e9, 9.99e9],
};

const MULTIPLIERS: Readonly<Record<string, number>> = {
  dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9,
  thousands: 1e3, millions: 1e6, billions: 1e9,
};

interface VagueForm {
  pattern: RegExp;
  range: (m: RegExpExecArray) => readonly [number, number];
}

const range = (word: string | undefined): readonly [number, number] => VAGUE_RANGES[(word ?? "").toLowerCase().replace(/\s+/g, " ")]!;
const times = (word: string | undefined): number => MULTIPLIERS[(word ?? "").toLowerCase()]!;

// Ordered: the longest reading first.
const FORMS: readonly VagueForm[] = [
  {
    // "tens of thousands" = 20,000 to 99,999: the upper end fills the last place.
    pattern: /(tens|hundreds)[ \t]+of[ \t]+(thousands|millions|billions)(?![A-Za-z])/iy,
    range: (m) => {
      const [low, high] = range(m[1]);
      const scale = times(m[2]);
      return [low * scale, (high + 1) * scale - 1];
    },
  },
  {
    // "several hundred", "a few thousand", "a few dozen"
    pattern: /(several|a[ \t]+few)[ \t]+(dozen|hundred|thousand|million|billion)(?![A-Za-z])/iy,
    range: (m) => {
      const [low, high] = range(m[1]);
      const scale = times(m[2]);
      return [low * scale, high * scale];
    },
  },
  // "scores" and "tens" count only before "of": "the scores were level".
  { pattern: /(scores|tens)(?=[ \t]+of\b)/iy, range: (m) => range(m[1]) },
  { pattern: /(several|a[ \t]+few|dozens|hundreds|thousands|millions|billions)(?![A-Za-z'’-])/iy, range: (m) => range(m[1]) },
];

/** Reads a vague quantity at `at`, or null. */
export function readVague(text: string, at: number): VagueRead | null {
  for (const form of FORMS) {
    form.pattern.lastIndex = at;
    const m = form.pattern.exec(text);
    if (!m) continue;
    const [low, high] = form.range(m);
    return { end: at + m[0].length, low, high };
  }
  return null;
}

/** The figure a vague quantity stands for: the geometric middle of its range, rounded. */
export function centralGuess(low: number, high: number): number {
  const middle = Math.sqrt(low * high);
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(middle)) - 1);
  return Math.round(middle / magnitude) * magnitude;
}
