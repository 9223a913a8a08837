// Fractions written in words: "two thirds", "a quarter of a million", "one and a half million",
// "twenty and three fifths", "one hundred thirty fifths" (100/35), "half a dozen".

import { parseCardinal } from "./number-cardinal.js";
import type { NumberToken } from "./number-tokens.js";

export interface FractionRead {
  value: number;
  /** Index of the first token after the fraction. */
  next: number;
}

const NUMERATOR_ROLES = new Set<NumberToken["role"]>(["small", "hundred", "scale", "article", "and", "figure"]);
const DENOMINATOR_ROLES = new Set<NumberToken["role"]>(["ordinal", "half", "quarter"]);
// What may follow a singular fraction ("a fifth of", "one eighth."), so "a fifth day" is not one.
const AFTER_SINGULAR = /[ \t]*(?:$|[.,;:!?)\]"'”’]|of\b|and\b|million|billion|thousand)/iy;

/** "half a dozen", "quarter million", "two thirds of a million": the multiplier after a fraction. */
function readMultiplier(tokens: readonly NumberToken[], from: number): { value: number; next: number } | null {
  let j = from;
  if (tokens[j]?.role === "of") {
    if (tokens[j + 1]?.role !== "article") return null;
    j++;
  }
  if (tokens[j]?.role === "article") j++;
  const unit = tokens[j];
  if (!unit || !["hundred", "scale", "dozen"].includes(unit.role) || unit.plural) return null;
  return { value: unit.value, next: j + 1 };
}

function numeratorValue(tokens: readonly NumberToken[], from: number, to: number): number | null {
  if (to === from + 1 && tokens[from]!.role === "article") return 1;
  for (let j = from; j < to; j++) if (tokens[j]!.role === "figure") return null; // "100 millionths" is 100
  const cardinal = parseCardinal(tokens, from, to);
  return cardinal && cardinal.next === to && cardinal.value > 0 ? cardinal.value : null;
}

/** The denominator's value: its ordinal counts as the matching cardinal ("thirty fifth" → 35). */
function denominatorValue(tokens: readonly NumberToken[], from: number, last: number): number | null {
  const ordinal = tokens[last]!;
  if (from === last) return ordinal.role === "ordinal" && ordinal.value <= 2 ? null : ordinal.value; // "a first", "a second"
  const role: NumberToken["role"] = ordinal.value < 100 ? "small" : ordinal.value === 100 ? "hundred" : "scale";
  const run = [...tokens.slice(from, last), { ...ordinal, role, plural: false }];
  const cardinal = parseCardinal(run, 0);
  return cardinal && cardinal.next === run.length ? cardinal.value : null;
}

/** Whether `big` can stand before `small` in one number ("thirty" before "five", "hundred" before "thirty"). */
function composable(big: number, small: number): boolean {
  const base = small > 10 ? 100 : 10;
  return big % base === 0 && big >= base;
}

/**
 * Where the numerator ends in tokens[from, last]: the denominator takes the words before its
 * ordinal while they could form one number with it, so "one hundred thirty fifths" is 100/35,
 * "one hundred thirty two fifths" 132/5 and "one one hundred fifth" 1/105. Follows the split
 * rule of Recognizers-Text, except that "and" closes the denominator unless it comes right
 * before the ordinal ("hundred and fifth"): "one hundred and thirty fifths" is 130/5.
 */
function splitAt(tokens: readonly NumberToken[], from: number, last: number): number {
  if (tokens[last]!.role !== "ordinal") return last;
  let right = tokens[last]!.value;
  let round = 1;
  let onlyOrdinal = true;
  for (let k = last - 1; k >= from; k--) {
    const token = tokens[k]!;
    if (token.role === "and") {
      if (onlyOrdinal) continue;
      return last;
    }
    const value = token.value;
    const joins = right >= 100 ? right > value : composable(value, right);
    if (!joins) return k + 1;
    if (right < 100) {
      if (value < round) return k + 1;
      round = value;
    }
    if (k === from) {
      for (let s = from + 1; s < last; s++) {
        const next = tokens[s + 1]!;
        if (tokens[s]!.value >= 100 && next.role !== "and" && next.value < 100) return s + 1;
      }
      return last;
    }
    onlyOrdinal = false;
    right = value;
  }
  return last;
}

/** "one hundred and three quarters", "3 million and a half", "five and a half million". */
function readMixed(tokens: readonly NumberToken[], from: number, last: number): FractionRead | null {
  let and = last - 1;
  while (and > from && tokens[and]!.role !== "and") and--;
  if (and <= from || and === last - 1) return null;
  const numerator = numeratorValue(tokens, and + 1, last);
  const denominator = denominatorValue(tokens, last, last);
  if (numerator === null || denominator === null || numerator >= denominator) return null;
  if (!tokens[last]!.plural && numerator !== 1) return null;
  const whole = parseCardinal(tokens, from, and, true);
  if (!whole || whole.next !== and) return null;
  const fraction = numerator / denominator;
  const after = readMultiplier(tokens, last + 1);
  if (!after) return { value: whole.value + fraction * whole.trailingScale, next: last + 1 };
  // "one billion and a half million" adds half a million; "five and a half million" scales all.
  const value = whole.trailingScale > 1 ? whole.value + fraction * after.value : (whole.value + fraction) * after.value;
  return { value, next: after.next };
}

function readSimple(text: string, tokens: readonly NumberToken[], from: number, last: number): FractionRead | null {
  const split = splitAt(tokens, from, last);
  if (split === from) return null;
  const numerator = numeratorValue(tokens, from, split);
  const denominator = denominatorValue(tokens, split, last);
  if (numerator === null || denominator === null) return null;
  const ordinal = tokens[last]!;
  if (!ordinal.plural) {
    if (numerator !== 1) return null; // "two hundredth" is an ordinal, not a fraction
    AFTER_SINGULAR.lastIndex = ordinal.end;
    if (!AFTER_SINGULAR.test(text)) return null;
  }
  const after = readMultiplier(tokens, last + 1);
  return { value: (numerator / denominator) * (after?.value ?? 1), next: after?.next ?? last + 1 };
}

/** Reads a fraction starting at tokens[from], or null when the tokens there are not one. */
export function readFraction(text: string, tokens: readonly NumberToken[], from: number): FractionRead | null {
  const first = tokens[from];
  if (!first) return null;
  if (first.role === "half" || first.role === "quarter") {
    if (first.plural) return null;
    const after = readMultiplier(tokens, from + 1);
    // A bare "half" is a number ("more than half"); a bare "quarter" is a period of the year.
    if (first.role === "quarter" && !after) return null;
    return { value: (after?.value ?? 1) / first.value, next: after?.next ?? from + 1 };
  }
  let last = from;
  while (last < tokens.length && NUMERATOR_ROLES.has(tokens[last]!.role)) last++;
  if (last === from || last >= tokens.length || !DENOMINATOR_ROLES.has(tokens[last]!.role)) return null;
  return readMixed(tokens, from, last) ?? readSimple(text, tokens, from, last);
}
