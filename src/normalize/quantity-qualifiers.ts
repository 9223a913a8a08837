// The words that bound a figure ("more than", "nearly", "up to", "or so") and which way each
// bounds it. One ordered table; the interval arithmetic lives in parse-quantity.ts.

export type QualifierKind =
  | "lower" // more than X: (X, ∞)
  | "lowerInclusive" // at least X: [X, ∞)
  | "upper" // fewer than X: (−∞, X)
  | "upperInclusive" // up to X: (−∞, X]
  | "nearly" // nearly X: [X(1−w), X)
  | "justOver" // just over X: (X, X(1+w)]
  | "approx" // about X: (X(1−w), X(1+w))
  | "exact" // equal to X: [X, X]
  | "orEqual"; // postposed "or equal (to)": makes a strict bound inclusive

interface QualifierRule {
  kind: QualifierKind;
  /** Written before the figure ("more than 5") or after it ("5 or more"). */
  position: "before" | "after";
  phrases: readonly string[];
}

const QUALIFIERS: readonly QualifierRule[] = [
  { kind: "lowerInclusive", position: "before", phrases: [
    "as few as", "as low as",
    "at least", "no fewer than", "no less than", "not fewer than", "not less than", "a minimum of",
    "not be less than", "not be fewer than", "not be lower than", "not be below", "never be less than",
    "greater than or equal to", "more than or equal to", "at least or equal to", "equal to or more than",
    "equal to or greater than", "higher or equal than", "bigger or equal than", "larger or equal than",
    "greater or equal than", ">=", "> =", "≥",
  ] },
  { kind: "upperInclusive", position: "before", phrases: [
"up to", "as many as", "as high as", "at most", "no more than", "not more than", "a maximum of",
    "not be more than", "not be higher than", "not be above", "not exceed", "not exceeded", "not exceeding", "never exceeded",
    "less than or equal to", "fewer than or equal to", "equal to or less than", "equal to or fewer than",
    "smaller or equal than", "lower or equal than", "less or equal than", "<=", "< =", "≤",
  ] },
  { kind: "justOver", position: "before", phrases: ["just over", "just above", "slightly more than", "slightly over", "a little over", "a little more than"] },
  { kind: "nearly", position: "before", phrases: [
    "nearly", "almost", "close to", "just under", "just below", "just shy of", "slightly less than", "slightly under",
    "nears", "neared", "nearing", "approaching", "approaches", "approached",
  ] },
  { kind: "lower", position: "before", phrases: [
"more than", "over", "above", "upwards of", "in excess of", "north of", "greater than", "larger than",
    "bigger than", "higher than", "exceed", "exceeds", "exceeded", "exceeding", "surpass", "surpasses",
    "surpassed", "surpassing", "tops", "topped", "topping", "passed", "passes", "past", "beyond", "crossed", ">",
  ] },
  { kind: "upper", position: "before", phrases: ["fewer than", "less than", "under", "below", "smaller than", "lower than", "<"] },
  { kind: "approx", position: "before", phrases: ["about", "around", "some", "roughly", "approximately", "an estimated", "estimated", "circa", "closer to"] },
  { kind: "exact", position: "before", phrases: ["equal to", "equals", "equals to", "equaling", "equaling to", "equalling", "equalling to", "exactly", "precisely"] },
  { kind: "approx", position: "after", phrases: ["or so"] },
  { kind: "lowerInclusive", position: "after", phrases: [
    "or more", "and more", "or greater", "or higher", "or above", "or over", "and over", "and above", "or more than", "or greater than",
  ] },
  { kind: "upperInclusive", position: "after", phrases: ["or less", "or fewer", "or lower", "or below", "or under", "and under", "and below", "or less than", "or fewer than"] },
  { kind: "orEqual", position: "after", phrases: ["or equal", "or equal to"] },
];

const normalize = (phrase: string): string => phrase.toLowerCase().replace(/\s+/g, " ").trim();

const KINDS = new Map<string, QualifierKind>();
for (const rule of QUALIFIERS) for (const phrase of rule.phrases) KINDS.set(`${rule.position}:${normalize(phrase)}`, rule.kind);

/** A phrase as a pattern: any run of spaces between words, and around the symbols of "< =". */
function phrasePattern(phrase: string): string {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return escaped.replace(/ /g, /^[<>=]/.test(phrase) ? "[ \\t]*" : "[ \\t\\u00a0]+");
}

function alternation(position: QualifierRule["position"], symbols: boolean): string {
  const phrases = QUALIFIERS.filter((r) => r.position === position)
    .flatMap((r) => r.phrases)
    .filter((p) => /^[<>=≥≤]/.test(p) === symbols)
    .sort((a, b) => b.length - a.length); // longest first: "no more than" before "more than"
  return phrases.map(phrasePattern).join("|");
}

// Before the figure, at the end of the text before it. A word must start at a word boundary; a
// symbol must not be part of a longer one ("<>30", "=>30" bound nothing).
const BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])(${alternation("before", false)})|(?<![<>=!])(${alternation("before", true)}))[ \t\u00a0]*$`,
  "iu",
);
const AFTER = new RegExp(String.raw`[ \t\u00a0]+(${alternation("after", false)})(?![\p{L}\p{N}])`, "iuy");

export interface QualifierMatch {
  kind: QualifierKind;
  /** The qualifier as written, lowercased. */
  phrase: string;
  start: number;
  end: number;
}

// Verbs that move a figure: "the toll crept up to 50" is 50, not at most 50.
const CHANGE_VERB = /\b(?:rose|risen|rise|rises|rising|went|gone|goes|going|crept|creep|creeps|creeping|crawled|climbed|climbs|climbing|jumped|jumps|shot|edged|edges|inched|inches|ticked|ticks|moved|moves|pushed|pushes|bumped|revised|raised)\s+$/i;

/** The qualifier that ends right before text[at] and starts at or after `floor`. */
export function qualifierBefore(text: string, at: number, floor: number): QualifierMatch | null {
  const from = Math.max(floor, at - 48);
  const m = BEFORE.exec(text.slice(from, at));
  const written = m?.[1] ?? m?.[2];
  if (!m || written === undefined) return null;
  const start = from + m.index;
  // "the toll crept up to 50", "rose up to 50": the verb moved the figure; "up to" bounds nothing.
  if (/^up\s/i.test(written) && CHANGE_VERB.test(text.slice(Math.max(floor, start - 24), start))) return null;
  return { kind: KINDS.get(`before:${normalize(written)}`)!, phrase: written.toLowerCase(), start, end: start + written.length };
}

/** The qualifier that follows the figure ending at text[at] ("4,000 or more"). */
export function qualifierAfter(text: string, at: number): QualifierMatch | null {
  AFTER.lastIndex = at;
  const m = AFTER.exec(text);
  if (!m) return null;
  const written = m[1]!;
  const end = at + m[0].length;
  return { kind: KINDS.get(`after:${normalize(written)}`)!, phrase: written.toLowerCase(), start: end - written.length, end };
}

/** The kind of a qualifier phrase as it appears in a Quantity, or null when it is not in the table. */
export function qualifierKind(phrase: string | null): QualifierKind | null {
  if (phrase === null) return null;
  const key = normalize(phrase);
  return KINDS.get(`before:${key}`) ?? KINDS.get(`after:${key}`) ?? null;
}
