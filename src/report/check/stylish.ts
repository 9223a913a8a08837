// ESLint-style output: findings grouped under the draft's path, evidence indented beneath.
import type { CheckResult } from "./result.js";
import { evidenceLine, findingMessage, positionOf, SEVERITY_LEVEL } from "./result.js";

const ANSI = { red: "\u001b[31m", yellow: "\u001b[33m", dim: "\u001b[2m", bold: "\u001b[1m", reset: "\u001b[0m", green: "\u001b[32m" };

export function formatStylish(result: CheckResult, options: { color?: boolean } = {}): string {
  const c = (code: keyof typeof ANSI, s: string) => (options.color ? `${ANSI[code]}${s}${ANSI.reset}` : s);
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, note: 0 };
  if (result.findings.length) lines.push(c("bold", result.draft.path));
  for (const f of result.findings) {
    const at = positionOf(result, f.claim);
    const level = SEVERITY_LEVEL[f.severity];
    counts[level]++;
    const tag = level === "error" ? c("red", "error  ") : level === "warning" ? c("yellow", "warning") : c("dim", "note   ");
    lines.push(`  ${`${at.line}:${at.column}`.padEnd(7)} ${tag}  ${findingMessage(f)}  ${c("dim", f.rule)}`);
    for (const claim of f.against) lines.push(c("dim", `           ↳ ${evidenceLine(result, claim)}`));
  }
  if (result.showSupported && result.confirmed.length) {
    lines.push("", c("bold", "Supported by the corpus:"));
    for (const s of result.confirmed) {
      const at = positionOf(result, s.claim);
      lines.push(`  ${`${at.line}:${at.column}`.padEnd(7)} ${c("green", "ok     ")}  "${s.claim.text}" (${s.claim.label}) agrees with ${s.by.length} corpus claim(s)`);
    }
  }
  const problems = counts.error + counts.warning + counts.note;
  if (problems === 0) lines.push(`${c("green", "✔")} ${result.draft.path}: no figure disagrees with the corpus (${result.claims.length} claim(s) checked)`);
  else lines.push("", c(counts.error ? "red" : "yellow", `✖ ${problems} problem${problems === 1 ? "" : "s"} (${counts.error} error${counts.error === 1 ? "" : "s"}, ${counts.warning} warning${counts.warning === 1 ? "" : "s"}, ${counts.note} note${counts.note === 1 ? "" : "s"})`));
  return `${lines.join("\n")}\n`;
}
