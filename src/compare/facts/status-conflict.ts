// Two sources that give one facility different statuses for the same day: a crossing "closed"
// in one and "reopened" in another. Statuses change, so only the same day counts.
import type { Claim, StatusFact } from "../../types.js";
import type { PairRule } from "../rules/rule.js";

const statusOf = (c: Claim): StatusFact | null => (c.fact?.type === "status" ? c.fact : null);

export const statusConflict: PairRule = {
  id: "contradiction",
  description: "Two sources give one facility different statuses on the same day.",
  check(a, b, ctx) {
    const sa = statusOf(a);
    const sb = statusOf(b);
    if (!sa || !sb || a.source === b.source || sa.status === sb.status || !a.asOf || a.asOf !== b.asOf) return null;
    const who = (c: Claim) => ctx.sources.get(c.source)?.outlet ?? c.source;
    return {
      kind: "contradiction",
      severity: "medium",
      explanation: `${who(a)} says "${a.text}" (${sa.status}) and ${who(b)} says "${b.text}" (${sb.status}), both for ${a.asOf}; a status can change within a day, so check the times.`,
    };
  },
};
