// A pull-request comment: a table of findings, each with its corpus evidence quoted.
import { escapeMarkdown } from "../markdown.js";
import type { CheckResult } from "./result.js";
import { evidenceLine, positionOf, SEVERITY_LEVEL } from "./result.js";

export function formatCheckMarkdown(result: CheckResult): string {
  const lines = [`## claimdiff check: ${escapeMarkdown(result.draft.path)}`, ""];
  if (result.findings.length === 0) {
    lines.push(`No figure in the draft disagrees with the corpus (${result.claims.length} claim(s) checked).`);
    return `${lines.join("\n")}\n`;
  }
  lines.push("| line | level | rule | figure | corpus says |", "|---|---|---|---|---|");
  for (const f of result.findings) {
    const at = positionOf(result, f.claim);
    lines.push(`| ${at.line}:${at.column} | ${SEVERITY_LEVEL[f.severity]} | ${f.rule} | ${escapeMarkdown(f.claim.text)} (${escapeMarkdown(f.claim.label)}) | ${escapeMarkdown(f.supported ?? "—")} |`);
  }
  for (const f of result.findings) {
    const at = positionOf(result, f.claim);
    lines.push("", `### Line ${at.line}: “${escapeMarkdown(f.claim.text)}” — ${f.rule}`, "", escapeMarkdown(f.conflicts[0]!.explanation), "");
    for (const c of f.against) lines.push(`> ${escapeMarkdown(evidenceLine(result, c))}`, ">");
    lines.pop();
  }
  return `${lines.join("\n")}\n`;
}
