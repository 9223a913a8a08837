// Splits the text at a candidate position into number tokens (words from the lexicon and
// figures in digits), stopping at the first word that cannot be part of a number.

import { readDigits, type DigitChain, type DigitSkip } from "./number-digits.js";
import { LEXICON, VULGAR_FRACTIONS, type WordRole } from "./number-words.js";

export interface NumberToken {
  start: number;
  end: number;
  role: WordRole | "figure";
  value: number;
  plural: boolean;
  /** A tens word joined to a unit by a hyphen ("twenty-one", "thirty-fifth"). */
  compound: boolean;
  /** Figures only: a whole number that may take scale words ("3 hundred and 21"). */
  integer: boolean;
  /** Figures only: may take a scale word ("1.5 million"). */
  scalable: boolean;
}

export type TokenRead = { kind: "tokens"; tokens: NumberToken[] } | DigitChain | DigitSkip;

// Between two tokens: spaces (not line breaks: a headline and its body are separate), or a hyphen.
const SEPARATOR = /[ \t\u00a0\u2009\u202f]*(?:([-\u2010\u2011])[ \t\u00a0]*)?/y;
const WORD = /[A-Za-z]+/y;
const MAX_TOKENS = 32;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function startsFigure(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (isDigit(c)) return true;
  const next = text.charCodeAt(at + 1);
  if (c === 46) return isDigit(next);
  if (c === 45 || c === 0x2212) return isDigit(next) || (next === 46 && isDigit(text.charCodeAt(at + 2)));
  return false;
}

function wordToken(start: number, end: number, lower: string): NumberToken | null {
  const entry = LEXICON.get(lower);
  if (!entry) return null;
  return { start, end, role: entry.role, value: entry.value, plural: entry.plural ?? false, compound: false, integer: false, scalable: false };
}

/** "twenty" + "-one" → 21, "thirty" + "-fifths" → the ordinal 35. */
function joinCompound(tens: NumberToken, unit: NumberToken): NumberToken | null {
  if (tens.role !== "small" || tens.compound || tens.value < 20 || tens.value % 10 !== 0) return null;
  const unitCardinal = unit.role === "small" && unit.value >= 1 && unit.value <= 9;
  const unitOrdinal = unit.role === "ordinal" && unit.value >= 1 && unit.value <= 9;
  if (!unitCardinal && !unitOrdinal) return null;
  return { ...unit, start: tens.start, value: tens.value + unit.value, compound: true };
}

/**
 * Reads tokens from `at`. A figure that is not a count ("4th", "1995-01") or a dotted chain
 * ("192.168.1.2") is returned as such when it comes first, and ends the tokens otherwise.
 */
export function readTokens(text: string, at: number, limit: number): TokenRead {
  const tokens: NumberToken[] = [];
  let pos = at;
  while (tokens.length < MAX_TOKENS && pos < limit) {
    let hyphen = false;
    if (tokens.length > 0) {
      SEPARATOR.lastIndex = pos;
      const sep = SEPARATOR.exec(text);
      if (!sep || sep[0].length === 0) break;
      hyphen = sep[1] !== undefined;
      pos += sep[0].length;
    }
    const token = readOne(text, pos, tokens.length === 0);
    if (token === null || token.end > limit) break;
    if ("kind" in token) {
      if (tokens.length === 0) return token;
      break;
    }
    const previous = tokens[tokens.length - 1];
    const joined = hyphen && previous ? joinCompound(previous, token) : null;
    if (joined) tokens[tokens.length - 1] = joined;
    else tokens.push(token);
    pos = token.end;
  }
  return { kind: "tokens", tokens };
}

function readOne(text: string, pos: number, first: boolean): NumberToken | DigitChain | DigitSkip | null {
  if (startsFigure(text, pos)) {
    // Only the first figure may carry a sign: in "12 -15" the dash is not a minus.
    if (!first && !isDigit(text.charCodeAt(pos))) return null;
    const read = readDigits(text, pos);
    if (read.kind !== "figure") return read;
    return { start: read.start, end: read.end, role: "figure", value: read.value, plural: false, compound: false, integer: read.integer, scalable: read.scalable };
  }
  const vulgar = VULGAR_FRACTIONS[text[pos] ?? ""];
  if (vulgar !== undefined) {
    return { start: pos, end: pos + 1, role: "figure", value: vulgar, plural: false, compound: false, integer: false, scalable: false };
  }
  WORD.lastIndex = pos;
  const word = WORD.exec(text);
  if (!word) return null;
  return wordToken(pos, pos + word[0].length, word[0].toLowerCase());
}
