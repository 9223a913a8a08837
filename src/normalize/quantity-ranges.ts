// Ranges between two figures: "between 5,000 and 6,000", "from 5 to 6 million", "5,000-6,000",
// "12–15", "20 through 100", "20~100". A dash between a figure and anything else is punctuation.

import type { NumberMatch } from "../types.js";
import { round } from "./number-digits.js";

export interface RangeRead {
  start: number;
  end: number;
  /** "between", "from", or the connector as written ("to", "-", "–"), lowercased. */
  qualifier: string;
  low: number;
  high: number;
}

// A dash, tilde or "to" between the figures. An em dash counts only unspaced: "12 — a spokesman".
const DASH_GAP = /^(?:[ \t\u00a0]*([-–~])[ \t\u00a0]*|(—))$/;
const WORD_GAP = /^[ \t\u00a0]+(to|through|thru|and)[ \t\u00a0]+$/i;
const OPENER = /(?<![\p{L}])(between|from)[ \t\u00a0]+$/iu;
// Phone numbers and codes chain figures with dashes or slashes: "+1-222-2222-2222" is no range.
const CHAIN_BEFORE = /\d[-–/]$/;
const CHAIN_AFTER = /^[-–/]\d/;
const CLOCK_BEFORE = /\d:$/;

const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, mn: 1e6, mln: 1e6,
  b: 1e9, bn: 1e9, bln: 1e9, tn: 1e12,
};
const TRAILING_SCALE = /(?:^|[\d\s])(thousand|million|billion|trillion|k|m|mn|mln|b|bn|bln|tn)$/i;
const SHORT_FIGURE = /^\d{1,3}(?:\.\d+)?$/;
const ROUND_THOUSANDS = /^\d{1,3}[,\u00a0\u2009\u202f ]000$/;

/**
 * The scale the first figure borrows from the second: "5 to 6 million" is 5 million to 6 million,
 * and "5-6,000" is 5,000 to 6,000 (how such ranges are written in news copy). The borrowing
 * happens only when the first figure is bare and stays below the second once scaled, so
 * "from 500 to 2 million" keeps its 500 and "100-2,000" its 100.
 */
function borrowedScale(first: NumberMatch, second: NumberMatch): number {
  if (first.vague || TRAILING_SCALE.test(first.text)) return 1;
  const word = TRAILING_SCALE.exec(second.text)?.[1];
  if (word !== undefined) return SCALE_WORDS[word.toLowerCase()] ?? 1;
  if (SHORT_FIGURE.test(first.text) && ROUND_THOUSANDS.test(second.text)) return 1000;
  return 1;
}

// "risen by four to 44", "rose from 36 to 44": a change and where it went, or where it came from
// and went - two figures, never a range.
const BY_CHANGE = /\b(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|increases|grew|grown|went(?:\s+up)?|gone(?:\s+up)?|up|down|fell|fallen|dropped|decreased|revised\s+(?:up|down)(?:ward)?|raised|lowered|cut|revised)\s+(?:by|from)\s+$/i;
// "raises the official death toll from 16 to 34", "revised its count of the dead from 95 to 35":
// a verb of change with its object between it and "from" is a revision too.
const CHANGED_FROM = /\b(?:rais(?:e|es|ed|ing)|revis(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|lower(?:s|ed|ing)?|cut(?:s|ting)?|updat(?:e|es|ed|ing)|adjust(?:s|ed|ing)?|correct(?:s|ed|ing)?|br(?:ing|ings|inging|ought)|push(?:es|ed|ing)?|took|takes|taking)\b[^.;:!?\d]{0,40}?\b(?:toll|figures?|count|number|estimates?|tally|total|deaths?|dead|casualt(?:y|ies))\b[^.;:!?\d]{0,30}?\bfrom\s+$/i;

/** Reads a range made of `first` and `second`, or null. `floor` bounds how far back "between" may be. */
export function readRange(text: string, first: NumberMatch, second: NumberMatch | undefined, floor: number): RangeRead | null {
  if (!second) return null;
  const gap = text.slice(first.end, second.start);
  const dash = DASH_GAP.exec(gap);
  const word = dash ? null : WORD_GAP.exec(gap);
  if (!dash && !word) return null;
  const opener = OPENER.exec(text.slice(Math.max(floor, first.start - 12), first.start));
  const connector = (word?.[1] ?? dash?.[1] ?? dash?.[2] ?? "").toLowerCase();
  if (connector === "and" && opener?.[1]?.toLowerCase() !== "between") return null;
  if (connector === "to" && BY_CHANGE.test(text.slice(Math.max(floor, first.start - 30), first.start))) return null;
  if (connector === "to" && CHANGED_FROM.test(text.slice(Math.max(floor, first.start - 80), first.start))) return null;
  if (dash && (CHAIN_BEFORE.test(text.slice(Math.max(0, first.start - 2), first.start)) || CHAIN_AFTER.test(text.slice(second.end, second.end + 2)))) return null;
  // "**12:10** - 174 DEAD": a clock time before a dash, or a dash set wide apart, is punctuation.
  if (dash && (CLOCK_BEFORE.test(text.slice(Math.max(0, first.start - 2), first.start)) || /[ \t\u00a0]{2}/.test(gap))) return null;
  if (first.unit === "percent" && second.unit !== "percent") return null;
  const scale = borrowedScale(first, second);
  const lowBase = first.vague?.low ?? first.value;
  const high = second.vague?.high ?? second.value;
  const low = round(lowBase * scale) < high ? round(lowBase * scale) : lowBase;
  if (!(low < high)) return null;
  const start = opener ? first.start - opener[0].length : first.start;
  return { start, end: second.end, qualifier: opener ? opener[1]!.toLowerCase() : connector, low, high };
}
