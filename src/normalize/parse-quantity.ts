// Turns each number and the words that bound it ("more than 34,000", "between 5,000 and 6,000",
// "nears the 35,000 mark") into a Quantity with the interval the sentence commits to.

import type { Interval, NormalizeOptions, NumberMatch, Quantity } from "../types.js";
import { round } from "./number-digits.js";
import { qualifierAfter, qualifierBefore, type QualifierKind, type QualifierMatch } from "./quantity-qualifiers.js";
import { readRange } from "./quantity-ranges.js";

export { qualifierKind, type QualifierKind } from "./quantity-qualifiers.js";

/** "about 20" reaches 10% either side; "nearly 20" reaches 10% below. */
export const DEFAULT_NORMALIZE: NormalizeOptions = { approxWidth: 0.1, nearlyWidth: 0.1 };

// "the 35,000 mark": the words around the figure join the quantity; the qualifier comes before "the".
const MARK_BEFORE = /(?<![\p{L}])the[ \t\u00a0]+$/iu;
const MARK_AFTER = /^[ \t\u00a0]+mark(?![\p{L}])/iu;
// Two one-sided bounds joined this way make one range: "more than 10 and less than 40".
const BOUND_JOINER = /^[ \t\u00a0]*(?:,[ \t\u00a0]*)?(?:(and|but)[ \t\u00a0]+)?$/i;
const APPROXIMATE = new Set<QualifierKind>(["approx", "nearly", "justOver"]);
const LOWER = new Set<QualifierKind>(["lower", "lowerInclusive"]);
const UPPER = new Set<QualifierKind>(["upper", "upperInclusive"]);

function interval(low: number | null, high: number | null, lowInclusive: boolean, highInclusive: boolean): Interval {
  return { low, high, lowInclusive, highInclusive };
}

/** The interval a figure spans under a qualifier of `kind` (null: the figure as written). */
function boundInterval(kind: QualifierKind | null, n: NumberMatch, options: NormalizeOptions): Interval {
  const v = n.value;
  // round(): 35,000 × 1.1 must be 38,500, not 38,500.000000000004
  const below = (share: number): number => round(v - Math.abs(v) * share);
  const above = (share: number): number => round(v + Math.abs(v) * share);
  switch (kind) {
    case "lower": return interval(n.vague?.low ?? v, null, false, false);
    case "lowerInclusive": return interval(n.vague?.low ?? v, null, true, false);
    case "upper": return interval(null, n.vague?.high ?? v, false, false);
    case "upperInclusive": return interval(null, n.vague?.high ?? v, false, true);
    case "nearly": return interval(below(options.nearlyWidth), v, true, false);
    case "justOver": return interval(v, above(options.nearlyWidth), false, true);
    case "approx":
      if (n.vague) return interval(n.vague.low, n.vague.high, true, true);
      return interval(below(options.approxWidth), above(options.approxWidth), false, false);
    case "exact":
    case "orEqual":
    case null:
      return n.vague ? interval(n.vague.low, n.vague.high, true, true) : interval(v, v, true, true);
  }
}

/**
 * A qualifier after the figure refines or replaces the one before: "equal to 5000 or less" is
 * at most 5000, "more than 5000 or equal to" at least 5000, and in "about 500 or more" the
 * "or more" wins. A bound that contradicts the one before ("more than 5 or less") is ignored.
 */
function combine(before: QualifierMatch | null, after: QualifierMatch | null): { kind: QualifierKind | null; before: QualifierMatch | null; after: QualifierMatch | null } {
  if (!after) return { kind: before?.kind ?? null, before, after: null };
  if (after.kind === "orEqual") {
    if (before && LOWER.has(before.kind)) return { kind: "lowerInclusive", before, after };
    if (before && UPPER.has(before.kind)) return { kind: "upperInclusive", before, after };
    return { kind: before?.kind ?? null, before, after: null };
  }
  if (!before || APPROXIMATE.has(before.kind)) {
    if (before && after.kind === "approx" && before.kind === "approx") return { kind: "approx", before, after };
    return { kind: after.kind, before: null, after };
  }
  if (before.kind === "exact" && after.kind !== "approx") return { kind: after.kind, before, after };
  return { kind: before.kind, before, after: null };
}

/** The quantity for one figure: its qualifiers, "the … mark", and the interval they give. */
function readBound(text: string, n: NumberMatch, next: NumberMatch | undefined, floor: number, options: NormalizeOptions): Quantity {
  let start = n.start;
  let end = n.end;
  const markBefore = MARK_BEFORE.exec(text.slice(Math.max(floor, n.start - 8), n.start));
  const markAfter = markBefore ? MARK_AFTER.exec(text.slice(n.end, n.end + 12)) : null;
  if (markBefore && markAfter) {
    start -= markBefore[0].length;
    end += markAfter[0].length;
  }
  let after = qualifierAfter(text, end);
  // "200 or greater than 190": the words belong to the next figure.
  if (after && next && /^[ \t\u00a0]*$/.test(text.slice(after.end, next.start))) after = null;
  const chosen = combine(qualifierBefore(text, start, floor), after);
  if (chosen.before) start = chosen.before.start;
  if (chosen.after) end = chosen.after.end;
  const qualifier = [chosen.before?.phrase, chosen.after?.phrase].filter((p) => p !== undefined).join(" ");
  return {
    start,
    end,
    text: text.slice(start, end),
    figure: n.value,
    interval: boundInterval(chosen.kind, n, options),
    qualifier: qualifier === "" ? null : qualifier,
    vague: n.vague !== undefined,
    unit: n.unit,
  };
}

const isLowerOnly = (q: Quantity): boolean => q.interval.low !== null && q.interval.high === null;
const isUpperOnly = (q: Quantity): boolean => q.interval.low === null && q.interval.high !== null;

/** "more than 10 and less than 40", "at most 100 and at least 20": two bounds, one range. */
function joinBounds(text: string, quantities: Quantity[]): Quantity[] {
  const joined: Quantity[] = [];
  for (let i = 0; i < quantities.length; i++) {
    const a = quantities[i]!;
    const b = quantities[i + 1];
    const gap = b ? BOUND_JOINER.exec(text.slice(a.end, b.start)) : null;
    const lower = b && isLowerOnly(a) && isUpperOnly(b) ? a : b && isUpperOnly(a) && isLowerOnly(b) ? b : null;
    const upper = lower === a ? b : a;
    if (!b || !gap || !lower || !upper || gap[0] === "" || lower.interval.low! >= upper.interval.high!) {
      joined.push(a);
      continue;
    }
    const connector = gap[1] ? ` ${gap[1].toLowerCase()} ` : ", ";
    joined.push({
      start: a.start,
      end: b.end,
      text: text.slice(a.start, b.end),
      figure: a.figure,
      interval: { low: lower.interval.low, lowInclusive: lower.interval.lowInclusive, high: upper.interval.high, highInclusive: upper.interval.highInclusive },
      qualifier: `${a.qualifier ?? ""}${connector}${b.qualifier ?? ""}`,
      vague: a.vague || b.vague,
      unit: a.unit ?? b.unit,
    });
    i++;
  }
  return joined;
}

// "one in five", "three out of every ten": a share, read as a percentage of people.
const SHARE_JOINER = /^[ \t\u00a0]+(?:in|out[ \t\u00a0]+of)[ \t\u00a0]+(?:every[ \t\u00a0]+)?$/i;
// "one in five days", "two in 24 hours" are rates over time, not shares of people.
const RATE_AFTER = /^[ \t\u00a0]+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|attempts?|tries|games?|matches?)\b/i;

/** "one in five" as one figure of 20 percent, or null when `n` and `next` are not a share. */
function readShare(text: string, n: NumberMatch, next: NumberMatch | undefined): NumberMatch | null {
  if (!next || n.unit || next.unit || n.vague || next.vague) return null;
  if (!(n.value > 0 && n.value < next.value && next.value <= 1000 && Number.isInteger(n.value) && Number.isInteger(next.value))) return null;
  if (!SHARE_JOINER.test(text.slice(n.end, next.start)) || RATE_AFTER.test(text.slice(next.end, next.end + 16))) return null;
  const value = Math.round((n.value / next.value) * 10000) / 100;
  return { start: n.start, end: next.end, text: text.slice(n.start, next.end), value, words: n.words || next.words, unit: "percent" };
}

/** One Quantity per figure or range, in text order. `numbers` is findNumbers' output for `text`. */
export function readQuantities(text: string, numbers: NumberMatch[], options: NormalizeOptions): Quantity[] {
  const quantities: Quantity[] = [];
  let floor = 0; // qualifiers cannot reach back into the previous quantity
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i]!;
    const share = readShare(text, n, numbers[i + 1]);
    if (share) {
      quantities.push(readBound(text, share, numbers[i + 2], floor, options));
      floor = share.end;
      i++;
      continue;
    }
    // "more than half of the displaced", "two thirds of the dead": a fraction in words is a share.
    if (n.words && !n.unit && n.value > 0 && n.value < 1 && /^[ \t\u00a0]+of\b/.test(text.slice(n.end, n.end + 8))) {
      quantities.push(readBound(text, { ...n, value: Math.round(n.value * 10000) / 100, unit: "percent" }, numbers[i + 1], floor, options));
      floor = n.end;
      continue;
    }
    const range = readRange(text, n, numbers[i + 1], floor);
    if (range) {
      const unit = n.unit ?? numbers[i + 1]!.unit;
      quantities.push({
        start: range.start, end: range.end, text: text.slice(range.start, range.end), figure: range.low,
        interval: interval(range.low, range.high, true, true), qualifier: range.qualifier,
        vague: n.vague !== undefined || numbers[i + 1]!.vague !== undefined, unit,
      });
      i++;
    } else {
      quantities.push(readBound(text, n, numbers[i + 1], floor, options));
    }
    floor = quantities[quantities.length - 1]!.end;
  }
  return joinBounds(text, quantities);
}
