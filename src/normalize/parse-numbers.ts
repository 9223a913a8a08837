// Finds every cardinal number in a text ("35,000", "1.5 million", "twenty-one", "a dozen",
// "tens of thousands", "80%"): a regex scan for where numbers can start, then, at each such
// place, an ordered list of small parsers (the first that reads something wins).

import type { NumberMatch } from "../types.js";
import { CARDINAL_START_WORDS, VULGAR_CLASS } from "./number-words.js";
import { readTokens } from "./number-tokens.js";
import { readPhrase } from "./number-phrase.js";
import { centralGuess, readVague } from "./number-vague.js";

export { findOrdinals, type OrdinalMatch } from "./number-ordinals.js";

type Found = Omit<NumberMatch, "text" | "unit"> & { unit?: NumberMatch["unit"] };

/** A small parser: reads at a candidate position; null when it does not apply there. */
interface NumberParser {
  name: string;
  /** The characters this parser's matches can start with; a cheap gate before `read`. */
  firstChars?: string;
  read(text: string, at: number, limit: number): { found: Found[]; end: number } | null;
}

// "no", "none", "nobody", "no one" are 0, but not "no more than" (a qualifier) or "No. 10".
const NEGATION =
  /(?:no(?:[ \t]+one)?|none|nobody)(?![A-Za-z'’-])(?!\.?[ \t]*\d)(?![ \t]+(?:more|less|fewer|greater|larger|bigger|higher|lower|smaller|longer)\b)/iy;
const NEGATION_TEXT = /^(?:no|none|nobody|no\s+one)$/i;
const PERCENT = /[ \t\u00a0]?%(?![\p{L}\p{N}])|[ \t\u00a0]+(?:percentage[ \t]+points?|per[ \t]?cent|percent(?:age)?s?|pct)(?![\p{L}])/iuy;
// "the one you mentioned", "which one": the pronoun, not the number.
const PRONOUN_BEFORE = /\b(?:the|this|that|which|each|every|any|another|a|an)[ \t]+$/i;
// A figure glued to a word before it ("A320", "COVID19", "%20" in a URL) is part of that word.
const GLUED_BEFORE = /[\p{L}\p{N}_%]/u;

function gluedBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const code = text.charCodeAt(at - 1);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || code === 95 || code === 37;
  return GLUED_BEFORE.test(text[at - 1]!);
}
const GLUED_RUN = /[\p{L}\p{N}_]+(?:[.,][\p{L}\p{N}_]+)*/uy;

const negationParser: NumberParser = {
  name: "negation",
  firstChars: "nN",
  read(text, at) {
    NEGATION.lastIndex = at;
    const m = NEGATION.exec(text);
    if (!m) return null;
    const end = at + m[0].length;
    return { found: [{ start: at, end, value: 0, words: true }], end };
  },
};

const vagueParser: NumberParser = {
  name: "vague",
  firstChars: "sSaAdDtThHmMbB",
  read(text, at) {
    const vague = readVague(text, at);
    if (!vague) return null;
    const found: Found = { start: at, end: vague.end, value: centralGuess(vague.low, vague.high), words: true, vague: { low: vague.low, high: vague.high } };
    return { found: [found], end: vague.end };
  },
};

function isPronounOne(text: string, start: number, end: number): boolean {
  if (text.slice(start, end).toLowerCase() !== "one" || text[end] === "-") return false;
  return PRONOUN_BEFORE.test(text.slice(Math.max(0, start - 10), start));
}

const phraseParser: NumberParser = {
  name: "phrase",
  read(text, at, limit) {
    const read = readTokens(text, at, limit);
    if (read.kind === "skip") return { found: [], end: read.end };
    if (read.kind === "chain") return { found: read.parts.map((p) => ({ ...p, words: false })), end: read.end };
    const first = read.tokens[0];
    const phrase = first ? readPhrase(text, read.tokens) : null;
    if (!first || !phrase) return null;
    if (phrase.kind === "skip" || isPronounOne(text, first.start, phrase.end)) return { found: [], end: phrase.end };
    PERCENT.lastIndex = phrase.end;
    const percent = PERCENT.exec(text);
    const end = percent && phrase.end + percent[0].length <= limit ? phrase.end + percent[0].length : phrase.end;
    const found: Found = { start: first.start, end, value: phrase.value, words: phrase.words, unit: percent ? "percent" : null };
    return { found: [found], end };
  },
};

/** Tried in order at each candidate; the first that reads something wins. */
const PARSERS: readonly NumberParser[] = [negationParser, vagueParser, phraseParser];

const ARTICLE_BEFORE_NUMBER =
  "an?(?=[ \\t\\u00a0]+(?:hundred|thousand|million|billion|trillion|lakh|crore|doz|dz|few|half|quarter|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|twent|thirt|fort|fift|sixt|sevent|eight|ninet))";
const CANDIDATE_WORDS = [
  ...CARDINAL_START_WORDS, "hundred", "half", "quarter", "minus", "negative", "several",
  "dozens", "scores", "tens", "hundreds", "thousands", "millions", "billions", "none", "nobody", "no",
];
// Candidates come from three patterns scanned separately (digits, number words, "½"): one
// alternation over all of them is slower than the three together. Signs and leading dots are
// found by looking back from the digit.
const CANDIDATE_STARTS: readonly RegExp[] = [
  /\d/g,
  new RegExp(String.raw`\b(?:${CANDIDATE_WORDS.join("|")}|${ARTICLE_BEFORE_NUMBER})\b`, "gi"),
  new RegExp(VULGAR_CLASS, "g"),
];

function nextAt(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  return m ? m.index : Infinity;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

// Built field by field: an object spread here cost more than all the parsing.
function toMatch(text: string, f: Found): NumberMatch {
  const match: NumberMatch = { start: f.start, end: f.end, text: text.slice(f.start, f.end), value: f.value, words: f.words, unit: f.unit ?? null };
  if (f.vague) match.vague = f.vague;
  return match;
}

/** Runs the parsers at one candidate; returns where scanning resumes. */
function readCandidate(text: string, at: number, floor: number, end: number, matches: NumberMatch[]): number {
  if (isDigitCode(text.charCodeAt(at))) {
    // ".08", "-5", "−5"; but "No.5" is 5, not 0.5
    if (at > floor && text.charCodeAt(at - 1) === 46 && !gluedBefore(text, at - 1)) at--;
    const sign = text.charCodeAt(at - 1);
    if (at > floor && (sign === 45 || sign === 0x2212)) at--;
  }
  if (isDigitCode(text.charCodeAt(at)) && gluedBefore(text, at)) {
    GLUED_RUN.lastIndex = at;
    return GLUED_RUN.exec(text) ? GLUED_RUN.lastIndex : at + 1;
  }
  for (const parser of PARSERS) {
    if (parser.firstChars !== undefined && !parser.firstChars.includes(text[at]!)) continue;
    const outcome = parser.read(text, at, end);
    if (!outcome) continue;
    for (const f of outcome.found) if (f.end <= end) matches.push(toMatch(text, f));
    return Math.max(outcome.end, at + 1);
  }
  return at + 1;
}

/** Every cardinal number in text[start, end), in order, with offsets into `text`. */
export function findNumbers(text: string, start = 0, end = text.length): NumberMatch[] {
  const matches: NumberMatch[] = [];
  const next = CANDIDATE_STARTS.map(() => -1);
  for (let pos = start; ; ) {
    let at = Infinity;
    for (let i = 0; i < next.length; i++) {
      if (next[i]! < pos) next[i] = nextAt(CANDIDATE_STARTS[i]!, text, pos);
      at = Math.min(at, next[i]!);
    }
    if (at >= end) return matches;
    pos = Math.max(pos, readCandidate(text, at, pos, end, matches));
  }
}

/** True for "no", "none", "nobody" and "no one": a 0 that negates rather than counts. */
export function isNegationWord(match: NumberMatch): boolean {
  return NEGATION_TEXT.test(match.text);
}
