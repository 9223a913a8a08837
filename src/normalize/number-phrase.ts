// One number phrase from its tokens: sign, then a fraction or a cardinal with its decimals
// ("point five") or ratio ("one over three"). Ordinals ("twenty fifth") are read only to skip them.

import { parseCardinal, readPointDecimals, type Cardinal } from "./number-cardinal.js";
import { readFraction } from "./number-fractions.js";
import type { NumberToken } from "./number-tokens.js";

export type PhraseRead =
  | { kind: "number"; value: number; end: number; words: boolean }
  | { kind: "skip"; end: number };

// A ratio ends its clause: "2000 over 3" is 666.7, but "$2000 over 3 years" is two numbers.
const CLAUSE_END = /[ \t]*(?:$|[.,;:!?)\]"”])/y;

function endsClause(text: string, at: number): boolean {
  CLAUSE_END.lastIndex = at;
  return CLAUSE_END.test(text);
}

/** "one over three", "1 over twenty-one", "one out of three" (a part, so smaller than the whole). */
function readRatio(text: string, tokens: readonly NumberToken[], from: number, numerator: number): { value: number; next: number } | null {
  const marker = tokens[from];
  let start = from + 1;
  if (marker?.role === "out" && tokens[from + 1]?.role === "of") start = from + 2;
  else if (marker?.role !== "over") return null;
  const denominator = parseCardinal(tokens, start);
  if (!denominator || denominator.value === 0 || !endsClause(text, tokens[denominator.next - 1]!.end)) return null;
  if (marker.role === "out" && numerator >= denominator.value) return null;
  return { value: numerator / denominator.value, next: denominator.next };
}

/** "twenty fifth", "one hundred fifth", "one hundred and first": a cardinal that opens an ordinal. */
function opensOrdinal(tokens: readonly NumberToken[], cardinal: Cardinal): number | null {
  const last = tokens[cardinal.next - 1]!;
  let ordinal = tokens[cardinal.next];
  if (ordinal?.role === "and" && (last.role === "hundred" || last.role === "scale")) ordinal = tokens[cardinal.next + 1];
  if (ordinal?.role !== "ordinal") return null;
  const tens = last.role === "small" && !last.compound && last.value >= 20 && last.value % 10 === 0;
  if (tens && ordinal.value <= 9 && !ordinal.compound) return ordinal.end;
  if ((last.role === "hundred" || last.role === "scale") && ordinal.value < 100) return ordinal.end;
  return null;
}

function hasWord(tokens: readonly NumberToken[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (tokens[j]!.role !== "figure") return true;
  return false;
}

/** Reads the phrase the tokens spell, or null when they spell no number. */
export function readPhrase(text: string, tokens: readonly NumberToken[]): PhraseRead | null {
  const sign = tokens[0]?.role === "minus" ? -1 : 1;
  const from = sign === -1 ? 1 : 0;
  if (from >= tokens.length) return null;
  const number = (value: number, next: number): PhraseRead => ({
    kind: "number",
    value: sign * value,
    end: tokens[next - 1]!.end,
    words: hasWord(tokens, 0, next),
  });
  const fraction = readFraction(text, tokens, from);
  if (fraction) return number(fraction.value, fraction.next);
  const cardinal = parseCardinal(tokens, from);
  if (!cardinal) return tokens[from]!.role === "ordinal" ? { kind: "skip", end: tokens[from]!.end } : null;
  const decimals = cardinal.words ? readPointDecimals(tokens, cardinal.next) : null;
  if (decimals) return number(cardinal.value + decimals.fraction, decimals.next);
  const ratio = readRatio(text, tokens, cardinal.next, cardinal.value);
  if (ratio) return number(ratio.value, ratio.next);
  const ordinalEnd = opensOrdinal(tokens, cardinal);
  if (ordinalEnd !== null) return { kind: "skip", end: ordinalEnd };
  return number(cardinal.value, cardinal.next);
}
