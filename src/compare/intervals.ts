// Interval arithmetic for comparing figures: can two intervals both hold, is one below the other.
import type { Interval } from "../types.js";

/** True when every value of `a` lies below every value of `b`. */
export function entirelyBelow(a: Interval, b: Interval): boolean {
  if (a.high === null || b.low === null) return false;
  if (a.high < b.low) return true;
  return a.high === b.low && !(a.highInclusive && b.lowInclusive);
}

/** True when no single value satisfies both intervals. */
export function disjoint(a: Interval, b: Interval): boolean {
  return entirelyBelow(a, b) || entirelyBelow(b, a);
}

/** The relative gap between two disjoint intervals (0 when they touch). */
export function gapRatio(a: Interval, b: Interval): number {
  const [lo, hi] = entirelyBelow(a, b) ? [a, b] : [b, a];
  if (lo.high === null || hi.low === null) return 0;
  return (hi.low - lo.high) / Math.max(1, Math.abs(hi.low));
}
