// GitHub Actions workflow commands: one annotation per finding, shown on the pull request diff.
import type { CheckResult } from "./result.js";
import { evidenceLine, findingMessage, positionOf, SEVERITY_LEVEL } from "./result.js";

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

export function formatGithub(result: CheckResult): string {
  return result.findings
    .map((f) => {
      const at = positionOf(result, f.claim);
      const endColumn = at.column + f.claim.text.length;
      const level = SEVERITY_LEVEL[f.severity] === "note" ? "notice" : SEVERITY_LEVEL[f.severity];
      const message = [findingMessage(f), ...f.against.map((c) => `- ${evidenceLine(result, c)}`)].join("\n");
      return `::${level} file=${escapeProperty(at.path)},line=${at.line},col=${at.column},endColumn=${endColumn},title=${escapeProperty(`claimdiff ${f.rule}`)}::${escapeData(message)}\n`;
    })
    .join("");
}
