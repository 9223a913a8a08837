// Machine-readable check results: one JSON document, positions 1-based like ESLint's.
import type { Claim } from "../../types.js";
import type { CheckResult } from "./result.js";
import { outletOf, positionOf } from "./result.js";

export function formatCheckJson(result: CheckResult): string {
  const place = (claim: Claim) => {
    const at = positionOf(result, claim);
    return { path: at.path, line: at.line, column: at.column, span: claim.span, text: claim.text, sentence: claim.sentence, value: claim.value, asOf: claim.asOf, outlet: outletOf(result, claim), attribution: claim.attribution, claim: claim.id };
  };
  const doc = {
    version: 1,
    draft: { path: result.draft.path, date: result.draft.date, dateFrom: result.draft.dateFrom },
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      metric: f.claim.metric,
      label: f.claim.label,
      ...place(f.claim),
      conflicts: f.conflicts.map((x) => x.id),
      explanation: f.conflicts[0]!.explanation,
      supported: f.supported,
      evidence: f.against.map(place),
    })),
    supported: result.showSupported ? result.confirmed.map((s) => ({ ...place(s.claim), metric: s.claim.metric, by: s.by.map(place) })) : undefined,
    summary: { claims: result.claims.length, findings: result.findings.length },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
