// A running total (a war's death toll) that is lower in a later report than in an earlier one.
import { entirelyBelow, gapRatio } from "../intervals.js";
import { quote, when, whoSays } from "../describe.js";
import type { PairRule } from "./rule.js";

export const decrease: PairRule = {
  id: "decrease",
  description: "A figure that only grows is lower in a later report than in an earlier one.",
  check(a, b, ctx) {
    if (a.metricKind !== "cumulative" || !a.asOf || !b.asOf || a.asOf >= b.asOf) return null;
    if (!entirelyBelow(b.value, a.value)) return null;
    const sa = ctx.sources.get(a.source);
    const sb = ctx.sources.get(b.source);
    return {
      kind: "decrease",
      severity: gapRatio(a.value, b.value) >= 0.05 ? "high" : "medium",
      explanation: `${whoSays(b, sb)} on ${when(b)} gives ${quote(b)}, lower than ${quote(a)} from ${whoSays(a, sa)} on ${when(a)}; ${a.label} only grows, so the later figure should not be smaller.`,
    };
  },
};
