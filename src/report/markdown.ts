// The report as GitHub-flavoured Markdown, for a pull-request comment or an editor's email:
// a summary table, then one section per conflict quoting each claim with its figure in bold.
import type { Claim, Conflict, Report, Source } from "../types.js";
import { claimNotes, describeDate, describeReview, isCompared, plural, STALE_REVIEW } from "./describe.js";
import { excerpt } from "./excerpt.js";
import { formatInterval } from "./interval.js";
import { groupConflicts, indexReport, type ReportIndex } from "./report-index.js";

export interface MarkdownOptions {
  /** "extract" lists every claim per source instead of conflicts. */
  mode?: "conflicts" | "extract";
}

/**
 * Article text made inert: characters with inline meaning are backslash-escaped, a leading
 * block marker cannot start a heading or list, and "@name" / "#12" cannot ping a GitHub user or
 * link an issue (a backslash does not stop those there; an empty HTML comment does).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/[\\`*_[\]<>|~$&]/g, "\\$&")
    .replace(/^([#+=-]|\d+[.)])/, (m) => m.replace(/[#+=.)-]/, "\\$&"))
    .replace(/([@#])(?=[\p{L}\p{N}_])/gu, "$1<!-- -->");
}

/** A code span that survives backticks inside it and, with `inTable`, pipes in a table cell. */
function code(text: string, inTable = false): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const padded = text.startsWith("`") || text.endsWith("`") ? ` ${text} ` : text;
  return `${fence}${inTable ? padded.replace(/\|/g, "\\|") : padded}${fence}`;
}

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(" | ")} |`, `|${head.map(() => " --- ").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)];
}

function outlet(source: Source): string {
  return escapeMarkdown(source.outlet ?? source.id);
}

function summary(conflicts: Conflict[], index: ReportIndex): string[] {
  const rows = conflicts.map((conflict) => {
    const claims = conflict.claims.map((id) => index.claim(id));
    const figures = claims.map((c) => escapeMarkdown(c.text)).join(" · ");
    const outlets = [...new Set(claims.map((c) => outlet(index.source(c.source))))].join(", ");
    return [conflict.severity, conflict.kind, code(conflict.metric, true), figures, outlets];
  });
  return table(["Severity", "Kind", "Metric", "Figures", "Sources"], rows);
}

/** One claim as a blockquote: the sentence with the figure in bold, then where it came from. */
function quote(claim: Claim, index: ReportIndex): string[] {
  const source = index.source(claim.source);
  const at = index.position(claim);
  const { before, figure, after } = excerpt(claim);
  const origin = [
    `*${outlet(source)}*`,
    escapeMarkdown(describeDate(source)),
    code(`${source.path}:${at.line}:${at.column}`),
  ];
  if (claim.attribution) origin.push(`according to ${escapeMarkdown(claim.attribution)}`);
  const reading = claim.kind === "fact" ? [] : [`read as ${formatInterval(claim.value, claim.qualifier)}`];
  reading.push(...claimNotes(claim, source));
  return [
    `> “${escapeMarkdown(before)}**${escapeMarkdown(figure)}**${escapeMarkdown(after)}”`,
    ">",
    `> — ${origin.join(", ")}${reading.length > 0 ? ` (${escapeMarkdown(reading.join("; "))})` : ""}`,
  ];
}

function section(conflict: Conflict, index: ReportIndex): string[] {
  const lines = [
    `### ${conflict.severity.toUpperCase()} · ${conflict.kind} · ${code(conflict.metric)} · ${code(conflict.id)}`,
    "",
    escapeMarkdown(conflict.explanation),
  ];
  for (const id of conflict.claims) lines.push("", ...quote(index.claim(id), index));
  if (conflict.review) {
    lines.push("", `**Review:** ${escapeMarkdown(describeReview(conflict.review))}`);
    if (conflict.review.stale) lines.push("", `**⚠ Changed since review:** ${STALE_REVIEW}.`);
  }
  return lines;
}

function conflictsBody(report: Report, index: ReportIndex): string[] {
  if (report.conflicts.length === 0) {
    const compared = report.claims.filter(isCompared);
    const metrics = new Set(compared.map((c) => c.metric)).size;
    return [`No conflicts found among ${plural(compared.length, "compared claim")} about ${plural(metrics, "metric")}.`];
  }
  const ordered = groupConflicts(report.conflicts).flatMap(([, group]) => group);
  const lines = summary(ordered, index);
  for (const conflict of ordered) lines.push("", ...section(conflict, index));
  return lines;
}

function extractBody(report: Report, index: ReportIndex): string[] {
  const lines: string[] = [];
  for (const source of report.sources) {
    const claims = report.claims.filter((c) => c.source === source.id).sort((a, b) => a.span.start - b.span.start);
    lines.push("", `### ${code(source.path)} — ${outlet(source)}, ${escapeMarkdown(describeDate(source))}`, "");
    if (claims.length === 0) {
      lines.push("No claims.");
      continue;
    }
    const rows = claims.map((claim) => {
      const at = index.position(claim);
      const value = claim.kind === "fact" ? "fact" : formatInterval(claim.value, claim.qualifier);
      const cells = [value, claim.text, claim.attribution ?? ""].map(escapeMarkdown);
      return [`${at.line}:${at.column}`, code(claim.metric, true), ...cells];
    });
    lines.push(...table(["Line", "Metric", "Value", "Text", "Attribution"], rows));
  }
  return lines;
}

/** The report as Markdown ending in a newline. */
export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const index = indexReport(report);
  const counts = [plural(report.sources.length, "source"), plural(report.claims.length, "claim")];
  if (options.mode !== "extract") counts.push(plural(report.conflicts.length, "conflict"));
  const body = options.mode === "extract" ? extractBody(report, index) : conflictsBody(report, index);
  return `${["## claimdiff report", "", `${counts.join(", ")}.`, "", ...body].join("\n").replace(/\n{3,}/g, "\n\n")}\n`;
}
