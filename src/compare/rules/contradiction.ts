// Two sources that give incompatible figures where time cannot explain the difference: the same
// day for running totals and levels, any day for a finished event.
import { disjoint, gapRatio } from "../intervals.js";
import { quote, when, whoSays } from "../describe.js";
import type { PairRule } from "./rule.js";

export const contradiction: PairRule = {
  id: "contradiction",
  description: "Two sources give incompatible figures for the same thing at the same time.",
  check(a, b, ctx) {
    if (a.source === b.source || !disjoint(a.value, b.value)) return null;
    const timeless = a.metricKind === "event";
    if (!timeless && (!a.asOf || !b.asOf || a.asOf !== b.asOf)) return null;
    const sa = ctx.sources.get(a.source);
    const sb = ctx.sources.get(b.source);
    const time = timeless
      ? !a.asOf || !b.asOf
        ? "; one source is undated, but a finished event's count does not depend on the date"
        : "; the event is over, so its count should not differ by date"
      : `, on the same day (${a.asOf})`;
    return {
      kind: "contradiction",
      severity: gapRatio(a.value, b.value) >= 0.05 ? "high" : "medium",
      explanation: `${whoSays(a, sa)} (${when(a)}) gives ${quote(a)} for ${a.label}; ${whoSays(b, sb)} (${when(b)}) gives ${quote(b)}${time}.`,
    };
  },
};
