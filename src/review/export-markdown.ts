// Verdicts as a Markdown memo for an editor (pure). With the run's Report, each verdict carries
// its evidence: the sentences that disagree, their outlets and dates, and whether it went stale.
import type { Claim, Conflict, Report, Source, Verdict } from "../types.js";
import { attachReviews, orphanedReviews } from "./attach-reviews.js";
import type { ReviewEntry, ReviewsDoc } from "./reviews-yaml.js";

// Actionable verdicts first: what needs a correction, then what needs more work.
const SECTIONS: readonly { verdict: Verdict; heading: string }[] = [
  { verdict: "confirmed", heading: "Confirmed: the sources really disagree" },
  { verdict: "follow-up", heading: "Follow-up needed" },
  { verdict: "explained", heading: "Explained" },
  { verdict: "false-alarm", heading: "False alarms" },
];

interface Evidence {
  conflict: Conflict;
  claims: Claim[];
  sources: ReadonlyMap<string, Source>;
}

export function exportReviewsMarkdown(doc: ReviewsDoc, report?: Report): string {
  const evidence = report ? evidenceById(report, doc) : new Map<string, Evidence>();
  const lines = ["# Fact-check verdicts", "", summary(doc, evidence)];
  for (const { verdict, heading } of SECTIONS) {
    const ids = [...doc.entries].filter(([id, entry]) => entry.verdict === verdict && (!report || evidence.has(id)));
    if (ids.length === 0) continue;
    lines.push("", `## ${heading}`);
    for (const [id, entry] of ids) lines.push("", ...verdictBlock(id, entry, evidence.get(id)));
  }
  const orphans = report ? orphanedReviews(doc, report.conflicts) : [];
  if (orphans.length > 0) {
    lines.push("", "## Verdicts on conflicts no longer found", "");
    lines.push("The articles changed or were removed since these were recorded; the verdicts are kept.");
    for (const { id, entry } of orphans) lines.push("", ...verdictBlock(id, entry, undefined));
  }
  return `${lines.join("\n")}\n`;
}

function evidenceById(report: Report, doc: ReviewsDoc): Map<string, Evidence> {
  const claimsById = new Map(report.claims.map((claim) => [claim.id, claim]));
  const sources = new Map(report.sources.map((source) => [source.id, source]));
  const evidence = new Map<string, Evidence>();
  for (const conflict of attachReviews(report.conflicts, claimsById, doc)) {
    if (!conflict.review) continue;
    const claims = conflict.claims.flatMap((id) => claimsById.get(id) ?? []);
    evidence.set(conflict.id, { conflict, claims, sources });
  }
  return evidence;
}

function summary(doc: ReviewsDoc, evidence: ReadonlyMap<string, Evidence>): string {
  const total = doc.entries.size;
  if (total === 0) return "No verdicts recorded yet.";
  const counts = SECTIONS.map(({ verdict }) => {
    const n = [...doc.entries.values()].filter((entry) => entry.verdict === verdict).length;
    return n > 0 ? `${n} ${verdict}` : null;
  }).filter((part) => part !== null);
  const stale = [...evidence.values()].filter((item) => item.conflict.review?.stale).length;
  const staleNote =
    stale === 0 ? "" : ` ${stale === 1 ? "1 verdict needs" : `${stale} verdicts need`} a second look: the articles changed since.`;
  return `${plural(total, "verdict")}: ${counts.join(", ")}.${staleNote}`;
}

function verdictBlock(id: string, entry: ReviewEntry, evidence: Evidence | undefined): string[] {
  const title = evidence ? ` · ${escapeInline(evidence.claims[0]?.label ?? evidence.conflict.metric)}` : "";
  const lines = [`### ${id}${title}`, ""];
  const note = entry.note ? ` — ${escapeInline(entry.note)}` : "";
  lines.push(`**${entry.verdict}**${note}  `, `Recorded by ${escapeInline(entry.by)}, ${formatTime(entry.at)}.`);
  if (!evidence) return lines;
  const { conflict, claims, sources } = evidence;
  if (conflict.review?.stale) {
    lines.push("", "> **Stale:** the claims changed after this verdict was recorded; check it again.");
  }
  lines.push("", `${capitalize(conflict.kind)}, ${conflict.severity} severity. ${escapeInline(conflict.explanation)}`);
  if (claims.length > 0) lines.push("");
  for (const claim of claims) lines.push(`- ${citation(claim, sources.get(claim.source))}: “${quote(claim)}”`);
  return lines;
}

/** Outlet, date and where to find the sentence: what an editor needs to check it. */
function citation(claim: Claim, source: Source | undefined): string {
  const outlet = source?.outlet ? `*${escapeInline(source.outlet)}*` : "Unknown outlet";
  const date = source?.date ?? "undated";
  const line = source ? `, line ${lineOf(source.text, claim.span.start)}` : "";
  return `${outlet}, ${date} (\`${claim.source}\`${line})`;
}

/** The sentence with the disputed figure in bold, when the figure sits where its span says. */
function quote(claim: Claim): string {
  const at = claim.span.start - claim.sentenceSpan.start;
  const sentence = claim.sentence;
  if (at < 0 || sentence.slice(at, at + claim.text.length) !== claim.text) return escapeInline(sentence);
  const before = escapeInline(sentence.slice(0, at));
  const after = escapeInline(sentence.slice(at + claim.text.length));
  return `${before}**${escapeInline(claim.text)}**${after}`.trim();
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

function formatTime(at: string): string {
  const time = new Date(at);
  if (Number.isNaN(time.getTime())) return escapeInline(at);
  return `${time.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** Free text on one line, with the characters Markdown would act on escaped. */
export function escapeInline(text: string): string {
  return text.replace(/\s+/g, " ").replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
