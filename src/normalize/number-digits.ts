// Reads one figure written in digits at a position: grouping ("35,000", "35 000", "1.234,5"),
// decimals, signs, powers, slash fractions, and suffixes ("35k", "2.3bn", "£4m"). Rejects what
// is not a count: ordinals ("4th"), figures glued to units ("180ml"), dates ("1995-01").

import { VULGAR_CLASS, VULGAR_FRACTIONS } from "./number-words.js";

export interface DigitFigure {
  kind: "figure";
  start: number;
  end: number;
  value: number;
  /** Whole number with no suffix, power or fraction: may take scale words ("3 hundred and 21"). */
  integer: boolean;
  /** No suffix, power or fraction: may take a scale word ("1.5 million"). */
  scalable: boolean;
}

/** Numbers in a dotted chain ("192.168.1.2"), each on its own. */
export interface DigitChain {
  kind: "chain";
  end: number;
  parts: { start: number; end: number; value: number }[];
}

/** Text that looks numeric but is not a count: skip to `end`. */
export interface DigitSkip {
  kind: "skip";
  end: number;
}

export type DigitRead = DigitFigure | DigitChain | DigitSkip;

// Formats, tried in order at the same position; each must end where the figure ends.
const DATE = /(?:1[89]|20)\d\d-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?(?![\d-])|\d{1,2}\/\d{1,2}\/(?:\d{4}|\d\d)(?![\d/])|\d{1,2}\.\d{1,2}\.\d{4}(?![\d.])/y;
const DOTTED_CHAIN = /\d+(?:\.\d+){2,}(?!\d)/y;
const END = String.raw`(?!\d|[.,]\d)`;
interface Format {
  pattern: RegExp;
  read: (s: string) => number;
  /** Whether a match has a decimal part ("5,00" is written as a decimal though it equals 5). */
  decimal: RegExp;
}
const FORMATS: readonly Format[] = [
  // European grouping with a decimal comma: 1.111,11
  { pattern: new RegExp(String.raw`\d{1,3}(?:\.\d{3})+,\d+${END}`, "y"), read: (s) => Number(s.replace(/\./g, "").replace(",", ".")), decimal: /,/ },
  // Indian grouping: 12,34,567.89
  { pattern: new RegExp(String.raw`\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?${END}`, "y"), read: (s) => Number(s.replace(/,/g, "")), decimal: /\./ },
  // Western grouping: 35,000 and 1,674,200.5
  { pattern: new RegExp(String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?${END}`, "y"), read: (s) => Number(s.replace(/,/g, "")), decimal: /\./ },
  // Typographic spaces (no-break, thin, narrow no-break) are always thousands separators.
  { pattern: new RegExp(String.raw`\d{1,3}([\u00a0\u2009\u202f])\d{3}(?:\1\d{3})*(?:[.,]\d+)?${END}`, "y"), read: readSpaced, decimal: /[.,]/ },
  // A plain space is one only in "1 234 567" (two groups or more) or before "000" ("40 000"):
  // "on May 5 200 people" must stay 5 and 200.
  { pattern: new RegExp(String.raw`\d{1,3}(?: \d{3}){2,}(?:\.\d+)?${END}|\d{1,3} 000${END}(?! \d)`, "y"), read: readSpaced, decimal: /\./ },
  // Translated copy groups any thousands with a plain space ("12 400 persons", "3 850 persons"):
  // one group of three, then a word or the end of the sentence ("Toll: 40 884."), and no month or
  // figure before it ("on May 5 200 people" stays apart).
  { pattern: new RegExp(String.raw`(?<!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s|[\d:.,]\s?)[1-9]\d{0,2} \d{3}(?=\s+\p{Ll})|(?<=(?:\p{L} ?:|\b(?:reached|reaches|stood at|stands at|totals?|to|is|was))\s)[1-9]\d{0,2} \d{3}(?=[.;]?[ \t]*(?:\n|$)|[.;,]\s|\s+\(|\s+\p{Ll})|(?<=[:;,]\s+\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s)[1-9]\d{0,2} \d{3}(?=[;,]\s|[.;]?[ \t]*(?:\n|$))`, "yiu"), read: readSpaced, decimal: /\./ },
  // A decimal comma ("5,00", "1,5 million"), unless the comma is part of a list ("22,24,26").
  { pattern: new RegExp(String.raw`(?<!\d,)\d+,\d{1,2}(?!\d|,\d)`, "y"), read: (s) => Number(s.replace(",", ".")), decimal: /,/ },
  { pattern: /\d*\.\d+(?!\d|\.\d)|\d+/y, read: Number, decimal: /\./ },
];

function readSpaced(s: string): number {
  return Number(s.replace(/[ \u00a0\u2009\u202f]/g, "").replace(",", "."));
}

const POWER = /\^([+-]*)(\d+(?:\.\d+)?)/y;
const TIMES_TEN = /\s?[x×]\s?10\^([+-]?\d+)/y;
const EXPONENT = /[eE]([+-]?\d+)(?![A-Za-z\d])/y;
const SLASH_FRACTION = /\/(\d+)(?![\d/])/y;
const MIXED_FRACTION = /[ \t]+(\d+)\/(\d+)(?![\d/])/y;
const VULGAR = new RegExp(VULGAR_CLASS, "y");
const GLUED_LETTERS = /[A-Za-z]+/y;
const SPACED_SUFFIX = /[ \t\u00a0]+(k|K|M|G|bn|Bn|bln|mn|mln|tn|tln|trn)(?![A-Za-z\d])/y;
const NOT_BEFORE_SIGN = /[\p{L}\p{N})\]\-.,/]/u;
const CURRENCY_BEFORE = /(?:[$£€¥₹]|US\$|USD|EUR|GBP)\s?$/;

/** Suffixes with one meaning. "m", "b", "mm" and "G" need more evidence: see `suffixScale`. */
const SUFFIXES: Readonly<Record<string, number>> = {
  k: 1e3, K: 1e3, M: 1e6, MM: 1e6, mn: 1e6, Mn: 1e6, mln: 1e6, mil: 1e6,
  bn: 1e9, Bn: 1e9, BN: 1e9, bln: 1e9, B: 1e9, tn: 1e12, tln: 1e12, trn: 1e12,
};

// Characters after a run of digits that may continue the figure: , . - / and typographic spaces.
const SEPARATORS = new Set([44, 46, 45, 47, 0xa0, 0x2009, 0x202f]);

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** Whether a minus sign at `at` belongs to the figure after it ("-9.5", "x<-30", not "SCP-173"). */
function isSign(text: string, at: number): boolean {
  const before = at > 0 ? text[at - 1]! : " ";
  return !NOT_BEFORE_SIGN.test(before);
}

/**
 * "1m" is a metre and "4b" a flat number; with a decimal ("1.5m") or a currency ("£4m") they
 * are millions and billions. "5G" is a network generation, "10G" ten billion.
 */
function suffixScale(suffix: string, value: number, decimal: boolean, currency: boolean): number | null {
  const known = SUFFIXES[suffix];
  if (known !== undefined) return known;
  if (suffix === "m" || suffix === "mm") return decimal || currency ? 1e6 : null;
  if (suffix === "b") return decimal || currency ? 1e9 : null;
  if (suffix === "G") return decimal || value >= 10 ? 1e9 : null;
  return null;
}

/** Reads the figure starting at `at` (a digit, a '.', or a minus sign before one). */
export function readDigits(text: string, at: number): DigitRead {
  const c = text.charCodeAt(at);
  const dash = c === 45 || c === 0x2212;
  const signed = dash && isSign(text, at);
  const bodyStart = dash ? at + 1 : at;
  let runEnd = bodyStart;
  while (isDigit(text.charCodeAt(runEnd))) runEnd++;
  const after = text.charCodeAt(runEnd);
  let coreEnd = runEnd;
  let value = Number(text.slice(bodyStart, runEnd));
  let decimal = false;
  // Most figures are a plain run of digits; only a separator after it calls for the formats.
  if (runEnd === bodyStart || SEPARATORS.has(after) || (after === 32 && isDigit(text.charCodeAt(runEnd + 1)))) {
    const date = sticky(DATE, text, bodyStart);
    if (date) return { kind: "skip", end: bodyStart + date[0].length };
    const chain = sticky(DOTTED_CHAIN, text, bodyStart);
    if (chain) return readChain(chain[0], bodyStart);
    coreEnd = bodyStart;
    for (const format of FORMATS) {
      const m = sticky(format.pattern, text, bodyStart);
      if (!m) continue;
      coreEnd = bodyStart + m[0].length;
      value = format.read(m[0]);
      decimal = format.decimal.test(m[0]);
      break;
    }
  }
  if (coreEnd === bodyStart) return { kind: "skip", end: bodyStart + 1 };
  const tail = readTail(text, bodyStart, coreEnd, value, decimal);
  if (tail.kind === "skip") return tail;
  return {
    kind: "figure",
    start: signed ? at : bodyStart,
    end: tail.end,
    value: signed ? -tail.value : tail.value,
    integer: tail.plain && !decimal,
    scalable: tail.plain,
  };
}

function readChain(chain: string, start: number): DigitChain {
  const parts: DigitChain["parts"] = [];
  let offset = start;
  for (const piece of chain.split(".")) {
    parts.push({ start: offset, end: offset + piece.length, value: Number(piece) });
    offset += piece.length + 1;
  }
  return { kind: "chain", end: start + chain.length, parts };
}

type Tail = { kind: "value"; end: number; value: number; plain: boolean } | DigitSkip;

/** What follows the digits: a power, a fraction, a suffix, or a glued unit that disqualifies. */
function readTail(text: string, start: number, end: number, value: number, decimal: boolean): Tail {
  const next = text.charCodeAt(end);
  const spaced = next === 32 || next === 9 || next === 0xa0;
  if (!spaced && !isLetter(next) && next !== 94 && next !== 47 && next !== 0xd7 && !(next >= 0xbc && next <= 0xbe) && !(next >= 0x2150 && next <= 0x215e)) {
    return { kind: "value", end, value, plain: true };
  }
  const power = next === 94 ? sticky(POWER, text, end) : null;
  if (power) {
    const negative = (power[1]!.match(/-/g)?.length ?? 0) % 2 === 1;
    return { kind: "value", end: end + power[0].length, value: value ** (negative ? -Number(power[2]) : Number(power[2])), plain: false };
  }
  const times = sticky(TIMES_TEN, text, end) ?? sticky(EXPONENT, text, end);
  if (times) return { kind: "value", end: end + times[0].length, value: value * 10 ** Number(times[1]), plain: false };
  if (!decimal) {
    const fraction = readFraction(text, start, end, value);
    if (fraction) return fraction;
  }
  const letters = isLetter(next) ? sticky(GLUED_LETTERS, text, end) : null;
  if (letters) {
    const currency = CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 4), start));
    const scale = suffixScale(letters[0], value, decimal, currency);
    const after = end + letters[0].length;
    if (scale === null) return { kind: "skip", end: after };
    return { kind: "value", end: after, value: round(value * scale), plain: false };
  }
  const suffix = spaced ? sticky(SPACED_SUFFIX, text, end) : null;
  if (suffix) {
    const scale = suffixScale(suffix[1]!, value, decimal, false) ?? 1;
    return { kind: "value", end: end + suffix[0].length, value: round(value * scale), plain: false };
  }
  return { kind: "value", end, value, plain: true };
}

/** "3/4", "2 1/4", "2½". A slash fraction needs a small denominator: "9/11" and "24/7" are not. */
function readFraction(text: string, start: number, end: number, whole: number): Tail | null {
  const vulgar = sticky(VULGAR, text, end);
  if (vulgar) return { kind: "value", end: end + 1, value: whole + VULGAR_FRACTIONS[vulgar[0]]!, plain: false };
  if (text[start - 1] === "/") return null;
  const slash = sticky(SLASH_FRACTION, text, end);
  if (slash) {
    const denominator = Number(slash[1]);
    return whole < denominator && denominator <= 10
      ? { kind: "value", end: end + slash[0].length, value: whole / denominator, plain: false }
      : null;
  }
  const mixed = sticky(MIXED_FRACTION, text, end);
  if (mixed) {
    const numerator = Number(mixed[1]);
    const denominator = Number(mixed[2]);
    if (numerator < denominator && denominator <= 10) {
      return { kind: "value", end: end + mixed[0].length, value: whole + numerator / denominator, plain: false };
    }
  }
  return null;
}

/** Scaling a decimal ("2.33 k") must not leave binary noise (2329.9999999999995). */
export function round(value: number): number {
  return Number(value.toPrecision(15));
}
