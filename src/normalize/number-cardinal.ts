// The cardinal grammar: turns a token run ("two hundred and two thousand", "4 thousand 3
// hundred and 21", "three lakh crore") into a value, using the longest prefix that is well formed.

import type { NumberToken } from "./number-tokens.js";

export interface Cardinal {
  value: number;
  /** Index of the first token after the number. */
  next: number;
  /** The scale the number ends with ("3 million" → 1e6), else 1. */
  trailingScale: number;
  /** At least one token is a word. */
  words: boolean;
}

type Previous = "start" | "article" | "tens" | "small" | "hundred" | "scale" | "and" | "figure";

interface State {
  total: number; // finished scale groups ("two thousand" in "two thousand and six")
  group: number; // the group under a thousand being built
  tail: number; // what was added since the last hundred, scale or "and" (for "two dozens")
  hundred: boolean;
  largestScale: number;
  lastScale: number;
  previous: Previous;
  words: boolean;
  closed: boolean; // nothing may follow: "zero", "a dozen", "35k"
  afterAnd: boolean; // the last token was the first one after an "and"
}

type Step = (state: State, token: NumberToken, context: { first: boolean; next?: NumberToken; lenientAnd: boolean }) => boolean;

const isTens = (t: NumberToken): boolean => t.role === "small" && !t.compound && t.value >= 20 && t.value % 10 === 0;
const canFollowAnd = (t: NumberToken | undefined): boolean =>
  t !== undefined && ((t.role === "small" && t.value > 0) || (t.role === "figure" && t.integer && t.value > 0));

const OPENS_GROUP = new Set<Previous>(["start", "and", "scale", "hundred"]);
const TAKES_FIGURE = new Set<Previous>(["and", "scale", "hundred"]);
const COUNTED = new Set<Previous>(["small", "tens", "figure"]);
const SCALED = new Set<Previous>(["small", "tens", "hundred", "figure", "article"]);

const STEPS: Partial<Record<NumberToken["role"], Step>> = {
  small(s, t, { first }) {
    if (t.value === 0) {
      if (!first) return false;
      s.closed = true;
    } else if (s.previous === "tens" && t.value <= 9 && !t.compound) {
      s.group += t.value;
      s.tail += t.value;
      s.previous = "small";
      return true;
    } else if (!OPENS_GROUP.has(s.previous)) {
      return false;
    }
    s.group += t.value;
    s.tail = t.value;
    s.previous = isTens(t) ? "tens" : "small";
    return true;
  },
  figure(s, t, { first }) {
    if (first) {
      s.closed = !t.scalable;
    } else {
      const ceiling = s.hundred ? 100 : 1000;
      if (!TAKES_FIGURE.has(s.previous) || !t.integer || t.value <= 0 || t.value >= ceiling) return false;
    }
    s.group += t.value;
    s.tail = t.value;
    s.previous = "figure";
    return true;
  },
  hundred(s, _t, { first, next }) {
    const leadingFigure = s.previous === "figure" && s.total === 0 && s.tail === s.group; // "322 hundred", "2.12 hundred"
    if (s.previous === "article") s.group = 100;
    else if (first && next?.role === "scale") s.group = 100; // "hundred thousand"
    else if (COUNTED.has(s.previous) && !s.hundred && (s.group < 100 || leadingFigure)) s.group *= 100;
    else return false;
    s.hundred = true;
    s.tail = 0;
    s.previous = "hundred";
    return true;
  },
  scale(s, t) {
    if (s.previous === "scale" && t.value > s.lastScale) {
      s.total *= t.value; // "three lakh crore", "thousand million"
    } else if (SCALED.has(s.previous)) {
      const group = s.previous === "article" ? 1 : s.group;
      if (group === 0) return false;
      s.total = t.value > s.largestScale ? (s.total + group) * t.value : s.total + group * t.value;
    } else {
      return false;
    }
    s.largestScale = Math.max(s.largestScale, t.value);
    s.lastScale = t.value;
    s.group = 0;
    s.tail = 0;
    s.hundred = false;
    s.previous = "scale";
    return true;
  },
  dozen(s) {
    if (s.previous === "article") s.group = 12;
    else if (COUNTED.has(s.previous) && s.tail > 0) s.group += s.tail * 11;
    else return false;
    s.closed = true;
    s.previous = "small";
    return true;
  },
  and(s, _t, { next, lenientAnd }) {
    const joins = s.previous === "hundred" || s.previous === "scale" || (lenientAnd && COUNTED.has(s.previous));
    if (!joins || !canFollowAnd(next)) return false;
    s.tail = 0;
    s.previous = "and";
    return true;
  },
  article(s, _t, { first }) {
    if (!first) return false;
    s.previous = "article";
    return true;
  },
};

/**
 * Parses tokens[from, to) as a cardinal. `lenientAnd` also accepts "and" between any two parts,
 * as in the whole part of "twenty and three and three fifths" (23.6).
 */
export function parseCardinal(tokens: readonly NumberToken[], from: number, to = tokens.length, lenientAnd = false): Cardinal | null {
  const s: State = {
    total: 0, group: 0, tail: 0, hundred: false, largestScale: 0, lastScale: 0,
    previous: "start", words: false, closed: false, afterAnd: false,
  };
  let best: Cardinal | null = null;
  let beforeAnd: Cardinal | null = null;
  for (let j = from; j < to && !s.closed; j++) {
    const token = tokens[j]!;
    const step = STEPS[token.role];
    const wasAnd = s.previous === "and";
    if (!step || !step(s, token, { first: j === from, next: j + 1 < to ? tokens[j + 1] : undefined, lenientAnd })) {
      // "3 hundred and 2 hundred": the figure after "and" starts a new number, so give it back.
      if (s.afterAnd && (token.role === "hundred" || token.role === "scale" || token.role === "dozen")) best = beforeAnd;
      break;
    }
    s.afterAnd = wasAnd;
    s.words ||= token.role !== "figure";
    if (s.previous === "and") beforeAnd = best;
    if (s.previous === "and" || s.previous === "article") continue;
    best = { value: s.total + s.group, next: j + 1, trailingScale: s.previous === "scale" ? s.lastScale : 1, words: s.words };
  }
  return best;
}

/**
 * Decimals after "point": one digit per unit word ("point zero three"), or a single two-digit
 * word ("point seventy-one", "nought point eleven").
 */
export function readPointDecimals(tokens: readonly NumberToken[], from: number): { fraction: number; next: number } | null {
  if (tokens[from]?.role !== "point") return null;
  let digits = "";
  let j = from + 1;
  const first = tokens[j];
  if (first?.role === "small" && first.value >= 10) {
    digits = String(first.value);
    j++;
  } else {
    for (let t = tokens[j]; t?.role === "small" && t.value <= 9; t = tokens[++j]) digits += String(t.value);
  }
  return digits === "" ? null : { fraction: Number(`0.${digits}`), next: j };
}
