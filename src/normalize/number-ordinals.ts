// Finds ordinals ("seventh", "7th", "twenty-first", "one hundred twenty fifth"), which
// findNumbers leaves out, for callers that date things ("in its seventh month").

import { parseCardinal } from "./number-cardinal.js";
import { readPhrase } from "./number-phrase.js";
import { readTokens, type NumberToken } from "./number-tokens.js";
import { CARDINAL_START_WORDS, LEXICON } from "./number-words.js";

export interface OrdinalMatch {
  start: number;
  end: number;
  text: string;
  value: number;
}

const ORDINAL_WORDS = [...LEXICON].filter(([, e]) => e.role === "ordinal" && !e.plural).map(([w]) => w);
const CANDIDATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)(?![\p{L}\p{N}])|\b(?:${[...CARDINAL_START_WORDS, ...ORDINAL_WORDS, "a", "an"].join("|")})\b`,
  "giu",
);
const DIGIT_ORDINAL = /^([\d,]+)(?:st|nd|rd|th)$/i;
const PREFIX_ROLES = new Set<NumberToken["role"]>(["small", "hundred", "scale", "and", "article"]);

/**
 * The ordinal ending at tokens[last], with as many number words before it as form one number:
 * "one hundred twenty fifth" is 125th, but in "three fifth" only "fifth" is the ordinal.
 */
function longestOrdinal(tokens: readonly NumberToken[], first: number, last: number): { from: number; value: number } {
  const ordinal = tokens[last]!;
  const role: NumberToken["role"] = ordinal.value < 100 ? "small" : ordinal.value === 100 ? "hundred" : "scale";
  const run = [...tokens.slice(first, last), { ...ordinal, role }];
  for (let from = 0; from < run.length - 1; from++) {
    if (run[from]!.role === "and" || (run[from]!.role === "article" && from === run.length - 2)) continue;
    const cardinal = parseCardinal(run, from);
    if (cardinal && cardinal.next === run.length) return { from: first + from, value: cardinal.value };
  }
  return { from: last, value: ordinal.value };
}

/** Every ordinal in text[start, end), in order. */
export function findOrdinals(text: string, start = 0, end = text.length): OrdinalMatch[] {
  const found: OrdinalMatch[] = [];
  CANDIDATE.lastIndex = start;
  for (let m = CANDIDATE.exec(text); m !== null && m.index < end; m = CANDIDATE.exec(text)) {
    const digits = DIGIT_ORDINAL.exec(m[0]);
    if (digits) {
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: Number(digits[1]!.replace(/,/g, "")) });
      continue;
    }
    const read = readTokens(text, m.index, end);
    if (read.kind !== "tokens" || read.tokens.length === 0) continue;
    const tokens = read.tokens;
    let last = 0;
    while (last < tokens.length && PREFIX_ROLES.has(tokens[last]!.role)) last++;
    const ordinal = tokens[last];
    if (!ordinal || ordinal.role !== "ordinal" || ordinal.plural) {
      CANDIDATE.lastIndex = tokens[Math.max(0, last - 1)]!.end;
      continue;
    }
    CANDIDATE.lastIndex = ordinal.end;
    // "a fifth of", "two thirds": fractions are numbers, not ordinals.
    const phrase = readPhrase(text, tokens.slice(0, last + 1));
    if (phrase?.kind === "number" && phrase.end >= ordinal.end) continue;
    const { from, value } = longestOrdinal(tokens, 0, last);
    const s = tokens[from]!.start;
    found.push({ start: s, end: ordinal.end, text: text.slice(s, ordinal.end), value });
  }
  return found;
}
