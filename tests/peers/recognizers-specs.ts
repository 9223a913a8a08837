// Loads the Recognizers-Text English specs (../shared/peers/recognizers-text) and decides, case by
// case, whether claimdiff's output matches the expectation. See that folder's README for fields.

import fs from "node:fs";
import path from "node:path";
import type { Interval, NumberMatch, Quantity } from "../../src/types.js";

export const PEERS_DIR = path.resolve(process.cwd(), "../shared/peers/recognizers-text");

export interface SpecResult {
  text: string;
  type: string;
  value: string;
  start: number;
  /** Inclusive, as upstream writes it. */
  end: number;
}

export interface SpecCase {
  id: string;
  input: string;
  results: SpecResult[];
  jsFlagged: boolean;
}

export function loadSpecs(file: string): SpecCase[] {
  return fs
    .readFileSync(path.join(PEERS_DIR, file), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as SpecCase);
}

/** Something we found, reduced to what the specs compare. */
export interface Found {
  start: number;
  end: number;
  text: string;
  value: number | Interval;
}

const TOLERANCE = 1e-9;

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(b));
}

/** "(20,35]" → an Interval; an empty side is unbounded. */
export function parseInterval(notation: string): Interval {
  const m = /^([[(])(-?[\d.E+-]*),(-?[\d.E+-]*)([\])])$/.exec(notation);
  if (!m) throw new Error(`not an interval: ${notation}`);
  return {
    low: m[2] === "" ? null : Number(m[2]),
    high: m[3] === "" ? null : Number(m[3]),
    lowInclusive: m[1] === "[",
    highInclusive: m[4] === "]",
  };
}

function sameInterval(a: Interval, b: Interval): boolean {
  return (
    sameNumber(a.low, b.low) && sameNumber(a.high, b.high) &&
    (a.low === null || a.lowInclusive === b.lowInclusive) && (a.high === null || a.highInclusive === b.highInclusive)
  );
}

/** Numbers are compared with a tolerance (upstream prints 15 significant digits), percentages without their "%". */
function expectedValue(result: SpecResult): number | Interval | null {
  if (result.type === "numberrange") return parseInterval(result.value);
  if (result.value === "null") return null; // "a small percent": no figure to compare
  return Number(result.value.replace(/%$/, ""));
}

function sameResult(found: Found, expected: SpecResult, value: number | Interval | null): boolean {
  if (value === null) return false;
  const spanOk = found.start === expected.start && found.end === expected.end + 1;
  // Upstream lowercases some texts ("10G" → "10g"), so compare ignoring case.
  const textOk = found.text.toLowerCase() === expected.text.toLowerCase();
  const valueOk = typeof value === "number"
    ? typeof found.value === "number" && sameNumber(found.value, value)
    : typeof found.value !== "number" && sameInterval(found.value, value);
  return spanOk && textOk && valueOk;
}

/** The full list must match: same count, and each result in order. */
export function matchesAll(found: readonly Found[], expected: readonly SpecResult[], values = expected.map(expectedValue)): boolean {
  return found.length === expected.length && expected.every((r, i) => sameResult(found[i]!, r, values[i]!));
}

// Default mode writes "between 20 and 30", "20-30", "from 20 to 30" and "20 through 30" as
// half-open [20,30). Our contract makes a range inclusive at both ends, the convention of
// upstream's ExperimentalMode. This maps the default expectation to that convention.
const RANGE_TEXT = /^(?:between|from)\b|\w\s*[-–~]\s*[\d-]|\bthrough\b|\bto\b/i;
const HALF_OPEN = /^\[([^,]+),([^,\]]+)\)$/;

export function closedRangeValue(result: SpecResult): number | Interval | null {
  const halfOpen = HALF_OPEN.exec(result.value);
  if (result.type === "numberrange" && halfOpen && RANGE_TEXT.test(result.text)) {
    return parseInterval(`[${halfOpen[1]},${halfOpen[2]}]`);
  }
  return expectedValue(result);
}

export const fromNumber = (m: NumberMatch): Found => ({ start: m.start, end: m.end, text: m.text, value: m.value });
// A share ("2 in 5") is a percentage for us (40) and a fraction for Recognizers (0.4).
const isShare = (q: Quantity): boolean => q.unit === "percent" && /\b(?:in|out\s+of)\b/i.test(q.text);
const scaled = (x: number | null): number | null => (x === null ? null : x / 100);
export const fromQuantity = (q: Quantity): Found => ({
  start: q.start, end: q.end, text: q.text,
  value: isShare(q) ? { ...q.interval, low: scaled(q.interval.low), high: scaled(q.interval.high) } : q.interval,
});
export const fromOrdinal = (o: { start: number; end: number; text: string; value: number }): Found => ({ ...o });
