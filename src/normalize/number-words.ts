// The English number lexicon: what each number word is worth and what part it can play
// (a digit-like word, a multiplier, a fraction denominator). Data only; the grammar is elsewhere.

export type WordRole =
  | "small" // zero .. ninety-nine: one word, or tens joined to a unit by a hyphen
  | "hundred"
  | "scale" // thousand, million, lakh, crore ...
  | "dozen"
  | "article" // "a", "an": stands for 1 before a multiplier or a denominator
  | "ordinal" // third, fifth, twenty-first, hundredth ... (a fraction denominator or an ordinal)
  | "half"
  | "quarter"
  | "and"
  | "point"
  | "minus"
  | "over"
  | "out"
  | "of";

export interface WordEntry {
  role: WordRole;
  value: number;
  /** Plural form ("thirds", "quarters", "dozens"). */
  plural?: boolean;
}

const UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const UNIT_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const TEEN_ORDINALS = [
  "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
  "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
];
const TENS_ORDINALS = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  crore: 1e7,
};

function buildLexicon(): Map<string, WordEntry> {
  const lexicon = new Map<string, WordEntry>();
  const add = (word: string, entry: WordEntry): void => void lexicon.set(word, entry);
  UNITS.forEach((w, i) => add(w, { role: "small", value: i }));
  add("nought", { role: "small", value: 0 });
  add("naught", { role: "small", value: 0 });
  TEENS.forEach((w, i) => add(w, { role: "small", value: 10 + i }));
  TENS.forEach((w, i) => add(w, { role: "small", value: 20 + 10 * i }));
  add("hundred", { role: "hundred", value: 100 });
  for (const [word, value] of Object.entries(SCALES)) {
    add(word, { role: "scale", value });
    if (word === "lakh" || word === "crore") add(`${word}s`, { role: "scale", value });
  }
  for (const w of ["dozen", "dz", "doz"]) add(w, { role: "dozen", value: 12 });
  for (const w of ["dozens", "dzs", "dozs"]) add(w, { role: "dozen", value: 12, plural: true });
  const ordinals: [string, number][] = [
    ...UNIT_ORDINALS.map((w, i): [string, number] => [w, i + 1]),
    ["nineth", 9],
    ...TEEN_ORDINALS.map((w, i): [string, number] => [w, 10 + i]),
    ...TENS_ORDINALS.map((w, i): [string, number] => [w, 20 + 10 * i]),
    ["hundredth", 100],
    ["thousandth", 1e3],
    ["millionth", 1e6],
    ["billionth", 1e9],
    ["trillionth", 1e12],
  ];
  for (const [word, value] of ordinals) {
    add(word, { role: "ordinal", value });
    add(`${word}s`, { role: "ordinal", value, plural: true });
  }
  add("half", { role: "half", value: 2 });
  add("halves", { role: "half", value: 2, plural: true });
  add("quarter", { role: "quarter", value: 4 });
  add("quarters", { role: "quarter", value: 4, plural: true });
  add("a", { role: "article", value: 1 });
  add("an", { role: "article", value: 1 });
  add("and", { role: "and", value: 0 });
  add("point", { role: "point", value: 0 });
  add("minus", { role: "minus", value: -1 });
  add("negative", { role: "minus", value: -1 });
  add("over", { role: "over", value: 0 });
  add("out", { role: "out", value: 0 });
  add("of", { role: "of", value: 0 });
  return lexicon;
}

/** Every number word, lowercased. */
export const LEXICON: ReadonlyMap<string, WordEntry> = buildLexicon();

/** Words that begin a cardinal: used to build the scanner's fast candidate pattern. */
export const CARDINAL_START_WORDS: readonly string[] = [...UNITS, "nought", "naught", ...TEENS, ...TENS];

/** Unicode vulgar fractions, which stand alone ("½") or follow digits ("2½"). */
export const VULGAR_FRACTIONS: Readonly<Record<string, number>> = {
  "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5,
  "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8,
};

/** The vulgar fraction characters as a regex character class. */
export const VULGAR_CLASS = `[${Object.keys(VULGAR_FRACTIONS).join("")}]`;
