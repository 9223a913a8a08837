// SARIF 2.1.0 for GitHub code scanning: one rule per conflict kind, one result per finding with
// the draft region, and the corpus evidence as related locations.
import type { Claim, ConflictKind } from "../../types.js";
import type { CheckResult } from "./result.js";
import { findingMessage, outletOf, positionOf, RULE_HELP, SEVERITY_LEVEL } from "./result.js";

const uri = (p: string) => p.split(/[\\/]/).map(encodeURIComponent).join("/");

export function formatSarif(result: CheckResult, version: string): string {
  const kinds = Object.keys(RULE_HELP) as ConflictKind[];
  const location = (claim: Claim, id?: number, message?: string) => {
    const at = positionOf(result, claim);
    return {
      ...(id === undefined ? {} : { id }),
      physicalLocation: {
        artifactLocation: { uri: uri(at.path) },
        region: { startLine: at.line, startColumn: at.column, endColumn: at.column + claim.text.length, charOffset: claim.span.start, charLength: claim.span.end - claim.span.start, snippet: { text: claim.text } },
      },
      ...(message ? { message: { text: message } } : {}),
    };
  };
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "claimdiff",
            version,
            informationUri: "https://www.npmjs.com/package/claimdiff",
            rules: kinds.map((k) => ({
              id: k,
              name: RULE_HELP[k].name.replace(/\s+/g, ""),
              shortDescription: { text: RULE_HELP[k].short },
              fullDescription: { text: RULE_HELP[k].help },
              help: { text: RULE_HELP[k].help },
              defaultConfiguration: { level: "warning" },
            })),
          },
        },
        results: result.findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: kinds.indexOf(f.rule),
          level: SEVERITY_LEVEL[f.severity],
          message: { text: findingMessage(f) },
          locations: [location(f.claim)],
          relatedLocations: f.against.map((c, i) => location(c, i + 1, `${outletOf(result, c)}, ${c.asOf ?? "undated"}: "${c.text}"`)),
          partialFingerprints: { "claimdiffConflict/v1": f.conflicts.map((x) => x.id).join(",") },
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
