// The JSON report of /work/shared/CONTRACT.md: one document, fields in the contract's order.
// Keys are written out one by one, so adding a field to a type never leaks it into the output.
import type { Claim, Conflict, Interval, Report, Review, Source } from "../types.js";
import type { Position } from "./locate.js";
import { indexReport } from "./report-index.js";

export interface JsonOptions {
  /** Adds each claim's `evidence` (why the extractor made it). */
  debug?: boolean;
}

function sourceJson(source: Source): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: source.id,
    path: source.path,
    outlet: source.outlet,
    title: source.title,
    date: source.date,
    dateFrom: source.dateFrom,
  };
  // The text stays out: it is the file itself, and offsets point into it.
  if (source.url !== null) json.url = source.url;
  if (source.author !== null) json.author = source.author;
  return json;
}

function intervalJson(value: Interval): Interval {
  for (const end of [value.low, value.high]) {
    // JSON would write NaN or Infinity as null, which reads as "unbounded": refuse instead.
    if (end !== null && !Number.isFinite(end)) throw new Error(`interval bound ${end} is not a finite number`);
  }
  return {
    low: value.low,
    high: value.high,
    lowInclusive: value.lowInclusive,
    highInclusive: value.highInclusive,
  };
}

function claimJson(claim: Claim, at: Position, debug: boolean): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: claim.id,
    source: claim.source,
    kind: claim.kind,
    metric: claim.metric,
    label: claim.label,
    text: claim.text,
    span: { start: claim.span.start, end: claim.span.end },
    line: at.line,
    column: at.column,
    sentence: claim.sentence,
    // A fact claim's value is the normalized fact (who holds which office, a date, a duration).
    value: claim.kind === "fact" && claim.fact ? { ...claim.fact } : intervalJson(claim.value),
    qualifier: claim.qualifier,
    ...(claim.unit ? { unit: claim.unit } : {}),
    attribution: claim.attribution,
    asOf: claim.asOf,
    supersededBy: claim.supersededBy,
    // Beyond the contract: what the comparison used, so a reader can follow its reasoning.
    claimant: claim.claimant,
    status: claim.status,
    role: claim.role,
    asOfFrom: claim.asOfFrom,
  };
  if (debug) json.evidence = [...claim.evidence];
  return json;
}

function reviewJson(review: Review | null): Record<string, unknown> | null {
  if (review === null) return null;
  return {
    verdict: review.verdict,
    note: review.note,
    by: review.by,
    at: review.at,
    stale: review.stale,
  };
}

function conflictJson(conflict: Conflict): Record<string, unknown> {
  return {
    id: conflict.id,
    metric: conflict.metric,
    kind: conflict.kind,
    severity: conflict.severity,
    claims: [...conflict.claims],
    explanation: conflict.explanation,
    review: reviewJson(conflict.review),
  };
}

/** The whole report as one JSON document, 2-space indented, ending in a newline. */
export function formatJson(report: Report, options: JsonOptions = {}): string {
  const index = indexReport(report);
  for (const conflict of report.conflicts) conflict.claims.forEach((id) => index.claim(id));
  // Conflicts between facts (roles, dates, the calendar) go in their own list, so that tools
  // scoring `conflicts` against numeric gold labels read only numeric disagreements.
  const kinds = new Map(report.claims.map((c) => [c.id, c.kind]));
  const isFact = (x: Conflict) => x.claims.some((id) => kinds.get(id) === "fact");
  const document = {
    version: report.version,
    sources: report.sources.map(sourceJson),
    claims: report.claims.map((claim) => claimJson(claim, index.position(claim), options.debug ?? false)),
    conflicts: report.conflicts.filter((x) => !isFact(x)).map(conflictJson),
    factConflicts: report.conflicts.filter(isFact).map(conflictJson),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
