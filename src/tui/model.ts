// Joins a Report into what the review UI shows: each conflict with its claims and sources,
// in list order (metric groups, most severe first). Built once per run; never changed after.
import type { Claim, Conflict, Report, Severity, Source } from "../types.js";

export interface ConflictEntry {
  conflict: Conflict;
  /** The conflict's claims that the report holds, in the conflict's order. */
  claims: readonly Claim[];
  /** Parallel to `claims`: each claim's source, or null when the report lacks it. */
  sources: readonly (Source | null)[];
  /** Lower-case text the free-text filter searches. */
  haystack: string;
}

export interface UiModel {
  entries: readonly ConflictEntry[];
  sourcesById: ReadonlyMap<string, Source>;
  /** Every claim of a metric across the report, oldest first: the detail view's timeline. */
  claimsByMetric: ReadonlyMap<string, readonly Claim[]>;
  /** What the metric counts, in words (the label its claims carry). */
  metricLabels: ReadonlyMap<string, string>;
  /** Metrics and sources that take part in a conflict, for the cycling filters. */
  metrics: readonly string[];
  sourceIds: readonly string[];
  sourceCount: number;
  claimCount: number;
}

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** The name a reviewer knows a source by: its outlet, else its file id. */
export function sourceName(source: Source | null, fallbackId: string): string {
  return source?.outlet ?? source?.id ?? fallbackId;
}

/** The date a claim's figure refers to: its as-of date, else its article's date. */
export function claimDate(claim: Claim, source: Source | null): string | null {
  return claim.asOf ?? source?.date ?? null;
}

export function buildModel(report: Report): UiModel {
  const sourcesById = new Map(report.sources.map((source) => [source.id, source]));
  const claimsById = new Map(report.claims.map((claim) => [claim.id, claim]));
  const unsorted = report.conflicts.map((conflict) => joinConflict(conflict, claimsById, sourcesById));
  const entries = sortEntries(unsorted);
  return {
    entries,
    sourcesById,
    claimsByMetric: groupClaimsByMetric(report.claims, sourcesById),
    metricLabels: labelsByMetric(report.claims),
    metrics: unique(entries.map((entry) => entry.conflict.metric)),
    sourceIds: unique(entries.flatMap((entry) => entry.claims.map((claim) => claim.source))).sort((a, b) =>
      sourceName(sourcesById.get(a) ?? null, a).localeCompare(sourceName(sourcesById.get(b) ?? null, b)),
    ),
    sourceCount: report.sources.length,
    claimCount: report.claims.length,
  };
}

function joinConflict(
  conflict: Conflict,
  claimsById: ReadonlyMap<string, Claim>,
  sourcesById: ReadonlyMap<string, Source>,
): ConflictEntry {
  const claims = conflict.claims.flatMap((id) => claimsById.get(id) ?? []);
  const sources = claims.map((claim) => sourcesById.get(claim.source) ?? null);
  const words = [conflict.id, conflict.metric, conflict.kind, conflict.severity, conflict.explanation];
  claims.forEach((claim, i) => {
    words.push(claim.label, claim.text, claim.sentence, claim.attribution ?? "", claim.source);
    words.push(sources[i]?.outlet ?? "", sources[i]?.title ?? "");
  });
  return { conflict, claims, sources, haystack: words.join("\n").toLowerCase() };
}

/** Metric groups ordered by their most severe conflict, then by name; within a group, severity first. */
function sortEntries(entries: ConflictEntry[]): ConflictEntry[] {
  const groupRank = new Map<string, number>();
  for (const { conflict } of entries) {
    const rank = SEVERITY_RANK[conflict.severity];
    groupRank.set(conflict.metric, Math.min(rank, groupRank.get(conflict.metric) ?? rank));
  }
  return [...entries].sort(
    (a, b) =>
      (groupRank.get(a.conflict.metric) ?? 0) - (groupRank.get(b.conflict.metric) ?? 0) ||
      a.conflict.metric.localeCompare(b.conflict.metric) ||
      SEVERITY_RANK[a.conflict.severity] - SEVERITY_RANK[b.conflict.severity] ||
      a.conflict.kind.localeCompare(b.conflict.kind) ||
      a.conflict.id.localeCompare(b.conflict.id),
  );
}

function groupClaimsByMetric(
  claims: readonly Claim[],
  sourcesById: ReadonlyMap<string, Source>,
): Map<string, Claim[]> {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const group = groups.get(claim.metric);
    if (group) group.push(claim);
    else groups.set(claim.metric, [claim]);
  }
  const dateOf = (claim: Claim) => claimDate(claim, sourcesById.get(claim.source) ?? null);
  for (const group of groups.values()) {
    // Undated claims go last: a timeline cannot place them.
    group.sort((a, b) => compareDates(dateOf(a), dateOf(b)) || a.id.localeCompare(b.id));
  }
  return groups;
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function labelsByMetric(claims: readonly Claim[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const claim of claims) if (!labels.has(claim.metric)) labels.set(claim.metric, claim.label);
  return labels;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
