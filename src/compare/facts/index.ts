// Fact claims -> conflicts: pair rules for roles, event dates and statuses (same shape as the
// count rules in ../rules), plus single-claim calendar checks for durations.
import type { Claim, Conflict, Source } from "../../types.js";
import { conflictId } from "../compare.js";
import type { PairContext, PairRule } from "../rules/rule.js";
import { calendarConflicts } from "./calendar-conflicts.js";
import { eventDateConflict } from "./event-date-conflict.js";
import { roleConflict } from "./role-conflict.js";
import { unifyPeople } from "./same-person.js";
import { statusConflict } from "./status-conflict.js";
import { byTime } from "../order.js";

export const FACT_RULES: readonly PairRule[] = [roleConflict, eventDateConflict, statusConflict];
export { calendarConflicts, checkDuration } from "./calendar-conflicts.js";
export { unifyPeople } from "./same-person.js";

/** Fact claims that may take part in a conflict; a surname nobody resolved is no identity. */
export function comparableFact(c: Claim): boolean {
  if (c.kind !== "fact" || !c.fact || c.status !== "reported" || c.supersededBy !== null) return false;
  return c.fact.type !== "role" || !c.fact.personKey.startsWith("surname:");
}


/** One conflict per pair of sources and key: a second mention of the same office adds nothing. */
function checkGroup(claims: readonly Claim[], ctx: PairContext): Conflict[] {
  const sorted = [...claims].sort(byTime);
  const found: Conflict[] = [];
  const pairs = new Set<string>();
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i]!;
      const b = sorted[j]!;
      const pair = [a.source, b.source].sort().join("\u0000");
      if (pairs.has(pair)) continue;
      for (const rule of FACT_RULES) {
        const finding = rule.check(a, b, ctx);
        if (!finding) continue;
        const ids = [a.id, b.id];
        found.push({ id: conflictId(ids), metric: a.metric, claims: ids, review: null, ...finding });
        pairs.add(pair);
        break;
      }
    }
  }
  return found;
}

/** Every fact conflict: pairs within each key (after joining people across sources), then calendar checks. */
export function compareFacts(claims: readonly Claim[], sources: readonly Source[]): Conflict[] {
  const facts = unifyPeople(claims.filter(comparableFact));
  const ctx: PairContext = { sources: new Map(sources.map((s) => [s.id, s])) };
  const groups = new Map<string, Claim[]>();
  for (const c of facts) groups.set(c.metric, [...(groups.get(c.metric) ?? []), c]);
  return [...[...groups.values()].flatMap((g) => checkGroup(g, ctx)), ...calendarConflicts(facts, sources)];
}
