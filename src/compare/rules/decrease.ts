// A running total (a war's death toll) that is lower in a later report than in an earlier one.
import { entirelyBelow, gapRatio } from "../intervals.js";
import { quote, when, whoSays } from "../describe.js";
import type { PairRule } from "./rule.js";

/** Half the last significant unit of a round figure (12,500 → 50); 0 for one with no trailing zeros. */
export function roundingSlack(v: number): number {
  if (!Number.isInteger(v) || v < 100) return 0;
  let unit = 1;
  while (v % (unit * 10) === 0) unit *= 10;
  return unit >= 100 ? unit / 2 : 0;
}

const HALVED = 2;
const LOWERED = /\b(?:lowered|revised\s+(?:\w+\s+){0,3}down(?:ward)?|cut|reduced|downgraded|corrected)\b[^.;]{0,60}\b(?:toll|figure|count|number|tally)\b|\b(?:toll|figure|count|number|tally)\b[^.;]{0,40}\b(?:was|has\s+been|had\s+been)\s+(?:lowered|revised\s+down(?:ward)?|cut|reduced|downgraded|corrected)\b/i;

export const decrease: PairRule = {
  id: "decrease",
  description: "A figure that only grows is lower in a later report than in an earlier one.",
  check(a, b, ctx) {
    if (a.metricKind !== "cumulative" || !a.asOf || !b.asOf || a.asOf >= b.asOf) return null;
    if (!entirelyBelow(b.value, a.value)) return null;
    // "12,500 wounded" then "12 493" two days later: a round figure is rounded, not a count.
    // ("At least 500" is a bound as written, and no rounding.)
    const exact = a.value.low !== null && a.value.low === a.value.high;
    if (exact && b.value.high !== null && b.value.high >= a.value.low! - roundingSlack(a.value.low!)) return null;
    // A later figure under half the earlier, with nobody disputing it, counts a part the key
    // could not tell apart ("direct deaths", one town's) far more often than a toll that fell.
    const [later, earlier] = [b.value.high, a.value.low];
    // (Unless the later report says the toll was lowered: "lowered its death toll from 24 to 11".)
    if (later !== null && earlier !== null && later * HALVED < earlier && a.claimant === b.claimant && !LOWERED.test(b.sentence)) return null;
    const sa = ctx.sources.get(a.source);
    const sb = ctx.sources.get(b.source);
    return {
      kind: "decrease",
      severity: gapRatio(a.value, b.value) >= 0.05 ? "high" : "medium",
      explanation: `${whoSays(b, sb)} on ${when(b)} gives ${quote(b)}, lower than ${quote(a)} from ${whoSays(a, sa)} on ${when(a)}; ${a.label} only grows, so the later figure should not be smaller.`,
    };
  },
};
