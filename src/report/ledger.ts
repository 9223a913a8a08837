// The ledger: one readable YAML file per source with its claims in reading order, committed so a
// reader sees what was extracted without running anything (claims/ledger/<source-id>.yaml).
import YAML from "yaml";
import type { Claim, Report, Source } from "../types.js";
import { formatInterval } from "./interval.js";
import { makeLocator } from "./locate.js";

function entry(claim: Claim, locate: ReturnType<typeof makeLocator>) {
  const at = locate(claim.span.start);
  return {
    id: claim.id,
    figure: claim.text,
    ...(claim.kind === "fact" && claim.fact ? { fact: claim.fact } : { interval: formatInterval(claim.value, claim.qualifier) }),
    metric: claim.metric,
    label: claim.label,
    ...(claim.status === "reported" ? {} : { status: claim.status }),
    ...(claim.role === "headline" ? { role: "headline" } : {}),
    attribution: claim.attribution,
    asOf: claim.asOf,
    ...(claim.supersededBy ? { supersededBy: claim.supersededBy } : {}),
    at: `${at.line}:${at.column}`,
    sentence: claim.sentence,
  };
}

export function ledgerFileName(source: Source): string {
  return `${source.id.replace(/[\\/]/g, "__")}.yaml`;
}

/** File name -> YAML text, for every source of the report. */
export function formatLedger(report: Report): Map<string, string> {
  const bySource = new Map<string, Claim[]>();
  for (const c of [...report.claims, ...(report.asides ?? [])]) {
    const list = bySource.get(c.source) ?? [];
    list.push(c);
    bySource.set(c.source, list);
  }
  const files = new Map<string, string>();
  for (const source of report.sources) {
    const locate = makeLocator(source.text);
    const claims = (bySource.get(source.id) ?? []).sort((a, b) => a.span.start - b.span.start);
    const doc = {
      source: source.id,
      outlet: source.outlet,
      date: source.date,
      dateFrom: source.dateFrom,
      claims: claims.map((c) => entry(c, locate)),
    };
    const header = `# Claims claimdiff extracted from ${source.path}. Regenerate with \`claimdiff extract --write\`.\n`;
    files.set(ledgerFileName(source), header + YAML.stringify(doc, { lineWidth: 0 }));
  }
  return files;
}
