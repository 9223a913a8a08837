// Pairs -> conflicts. One disagreement is one conflict, however many sources take part: the
// incompatible pairs found for a metric are gathered by rule and by when they disagree (the day,
// the article, or the later report of a falling total). The id comes from that key, not from
// the claims, so a verdict stays attached when another article joins the disagreement; the
// review is then marked "changed since review".
import { createHash } from "node:crypto";
import type { Claim, Conflict, Severity, Source } from "../types.js";
import { quote, when, whoSays } from "./describe.js";
import type { Finding } from "./rules/index.js";
import { byTime } from "./order.js";

export interface PairFinding extends Finding {
  a: Claim;
  b: Claim;
}

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

function anchor(f: PairFinding): string {
  switch (f.kind) {
    case "internal":
      return `${f.a.source}|${f.a.asOf ?? ""}`;
    case "decrease":
      return `${f.b.source}|${f.b.asOf ?? ""}`;
    default:
      return f.a.metricKind === "event" ? "event" : (f.a.asOf ?? "undated");
  }
}

export function clusterId(metric: string, kind: string, key: string): string {
  return `x-${createHash("sha1").update(`${metric}\u0000${kind}\u0000${key}`).digest("hex").slice(0, 10)}`;
}


/** One sentence for a disagreement among three or more figures. */
function describeMany(kind: Conflict["kind"], claims: Claim[], sources: ReadonlyMap<string, Source>): string {
  const said = claims.map((c) => `${whoSays(c, sources.get(c.source))} (${when(c)}) gives ${quote(c)}`).join("; ");
  const label = claims[0]!.label;
  switch (kind) {
    case "internal":
      return `One article gives incompatible figures for ${label}: ${said}.`;
    case "decrease":
      return `A later report is lower than earlier ones for ${label}, which only grows: ${said}.`;
    case "attribution":
      return `Claimants disagree on ${label}: ${said}. This may be a dispute the reporting reflects rather than an error.`;
    default:
      return `Sources disagree on ${label}${claims[0]!.metricKind === "event" ? " (a finished event, whatever the date)" : " on the same day"}: ${said}.`;
  }
}

export function clusterFindings(pairs: readonly PairFinding[], sources: ReadonlyMap<string, Source>): Conflict[] {
  const groups = new Map<string, PairFinding[]>();
  for (const f of pairs) {
    const key = `${f.a.metric}\u0000${f.kind}\u0000${anchor(f)}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.entries()].map(([key, found]) => {
    const [metric, kind, at] = key.split("\u0000") as [string, Conflict["kind"], string];
    const claims = [...new Map(found.flatMap((f) => [f.a, f.b]).map((c) => [c.id, c])).values()].sort(byTime);
    const severity = found.map((f) => f.severity).sort((x, y) => RANK[x] - RANK[y])[0]!;
    return {
      id: clusterId(metric, kind, at),
      metric,
      kind,
      severity,
      claims: claims.map((c) => c.id),
      explanation: found.length === 1 ? found[0]!.explanation : describeMany(kind, claims, sources),
      review: null,
    };
  });
}
