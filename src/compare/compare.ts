// Claim[] -> Conflict[]: group claims by comparison key, decide each pair with the first rule
// that applies, then pass the findings through a chain of array-to-array steps.
import { createHash } from "node:crypto";
import type { Claim, Conflict, Source } from "../types.js";
import { PAIR_RULES, type PairContext } from "./rules/index.js";
import { findStories, scopeByStory, type PlaceProfile } from "./stories.js";

/** Claims that may take part in a conflict: reported, current, precise enough. */
export function comparable(c: Claim): boolean {
  return c.kind === "count" && c.status === "reported" && c.supersededBy === null && !c.vague;
}

export function conflictId(claimIds: readonly string[]): string {
  const hash = createHash("sha1").update([...claimIds].sort().join("\u0000")).digest("hex");
  return `x-${hash.slice(0, 10)}`;
}

function byTime(a: Claim, b: Claim): number {
  if (a.asOf !== b.asOf) return a.asOf === null ? 1 : b.asOf === null ? -1 : a.asOf < b.asOf ? -1 : 1;
  return a.source === b.source ? a.span.start - b.span.start : a.source < b.source ? -1 : 1;
}

function groupByMetric(claims: readonly Claim[]): Map<string, Claim[]> {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    if (!comparable(c)) continue;
    const list = groups.get(c.metric) ?? [];
    list.push(c);
    groups.set(c.metric, list);
  }
  return groups;
}

/** Findings for one group of claims about the same thing. */
function checkGroup(claims: Claim[], ctx: PairContext): Conflict[] {
  const sorted = [...claims].sort(byTime);
  const found: Conflict[] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i]!;
      const b = sorted[j]!;
      for (const rule of PAIR_RULES) {
        const finding = rule.check(a, b, ctx);
        if (!finding) continue;
        const ids = [a.id, b.id];
        found.push({ id: conflictId(ids), metric: a.metric, claims: ids, review: null, ...finding });
        break;
      }
    }
  }
  return found;
}

type Step = (conflicts: Conflict[], claims: ReadonlyMap<string, Claim>) => Conflict[];

/** Figures from two different named claimants: a dispute the reporting reflects, not an error. */
const markAttributionDisputes: Step = (conflicts, claims) =>
  conflicts.map((x) => {
    if (x.kind === "internal") return x;
    const [a, b] = x.claims.map((id) => claims.get(id)!);
    if (!a?.claimant || !b?.claimant || a.claimant === b.claimant) return x;
    return {
      ...x,
      kind: "attribution",
      severity: "low",
      explanation: `${x.explanation} The figures come from different claimants (${a.attribution} and ${b.attribution}), so this may be a dispute the reporting reflects rather than an error.`,
    };
  });

const capitalize: Step = (conflicts) => conflicts.map((x) => ({ ...x, explanation: x.explanation.charAt(0).toUpperCase() + x.explanation.slice(1) }));

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;
const sortBySeverity: Step = (conflicts) =>
  [...conflicts].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.metric.localeCompare(b.metric) || a.id.localeCompare(b.id));

const POST_PROCESS: readonly Step[] = [markAttributionDisputes, capitalize, sortBySeverity];

export interface Comparison {
  /** Claims with their corpus-level scope refinements applied. */
  claims: Claim[];
  conflicts: Conflict[];
}

export function compare(claims: readonly Claim[], sources: readonly Source[], places: ReadonlyMap<string, PlaceProfile> = new Map()): Comparison {
  const refined = scopeByStory(claims, findStories(places));
  const ctx: PairContext = { sources: new Map(sources.map((s) => [s.id, s])) };
  let conflicts = [...groupByMetric(refined).values()].flatMap((group) => checkGroup(group, ctx));
  const byId = new Map(refined.map((c) => [c.id, c]));
  for (const step of POST_PROCESS) conflicts = step(conflicts, byId);
  return { claims: refined, conflicts };
}
