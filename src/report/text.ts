// The plain-text report a fact-checker reads in a terminal or a CI log: conflicts worst first,
// each claim shown in its sentence with where it came from; or, for `extract`, every claim.
import type { Claim, Conflict, Report, Severity, Source } from "../types.js";
import {
  claimNotes,
  describeDate,
  describeOrigin,
  describeReview,
  isCompared,
  plural,
  STALE_REVIEW,
} from "./describe.js";
import { excerpt } from "./excerpt.js";
import { formatInterval } from "./interval.js";
import { groupConflicts, indexReport, type ReportIndex } from "./report-index.js";
import { wrap, wrapText, type Piece } from "./wrap.js";

export interface TextOptions {
  /** ANSI colours; the CLI turns them off for NO_COLOR and when stdout is not a terminal. */
  color?: boolean;
  /** Wrap width in columns (default 100). */
  width?: number;
  /** "extract" lists every claim per source instead of conflicts. */
  mode?: "conflicts" | "extract";
}

// SGR codes with their own resets, so styles nest without a blanket reset.
const STYLES: Record<string, [open: number, close: number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  green: [32, 39],
  magenta: [35, 39],
};

type Paint = (style: string, text: string) => string;

function painter(color: boolean): Paint {
  if (!color) return (_style, text) => text;
  return (style, text) =>
    style.split(" ").reduceRight((inner, name) => {
      const codes = STYLES[name];
      return codes ? `\x1b[${codes[0]}m${inner}\x1b[${codes[1]}m` : inner;
    }, text);
}

const painted = (paint: Paint) => (piece: Piece) => (piece.style ? paint(piece.style, piece.text) : piece.text);

const SEVERITY_STYLE: Record<Severity, string> = { high: "bold red", medium: "bold yellow", low: "cyan" };

interface Layout {
  index: ReportIndex;
  paint: Paint;
  width: number;
}

function header(report: Report, mode: TextOptions["mode"]): string {
  const counts = [plural(report.sources.length, "source"), plural(report.claims.length, "claim")];
  if (mode !== "extract") counts.push(plural(report.conflicts.length, "conflict"));
  return counts.join(", ");
}

/** The sentence with the figure marked «like this», then where it came from and how it was read. */
function claimBlock(claim: Claim, layout: Layout): string[] {
  const { index, paint, width } = layout;
  const source = index.source(claim.source);
  const { before, figure, after } = excerpt(claim);
  const sentence: Piece[] = [
    { text: `“${before}` },
    { text: `«${figure}»`, style: "bold" },
    { text: `${after}”` },
  ];
  const lines = wrap(sentence, { width, indent: "    ", hangingIndent: "     ", paint: painted(paint) });
  const origin = `— ${describeOrigin(claim, source, index.position(claim))}`;
  lines.push(...wrap([{ text: origin }], { width, indent: "    ", hangingIndent: "      " }));
  const reading = [`read as ${formatInterval(claim.value, claim.qualifier)}`, ...claimNotes(claim, source)];
  if (claim.kind === "fact") reading.shift();
  if (reading.length > 0) lines.push(...wrapText(reading.join(" · "), width, "      ").map((l) => paint("dim", l)));
  return lines;
}

function conflictBlock(conflict: Conflict, layout: Layout): string[] {
  const { paint, width } = layout;
  const head: Piece[] = [
    { text: `[${conflict.severity.toUpperCase()}]`, style: SEVERITY_STYLE[conflict.severity] },
    { text: ` ${conflict.kind} · ${conflict.metric}  ` },
    { text: conflict.id, style: "dim" },
  ];
  // Two spaces set the id apart; wrapping would squeeze them, so wrap only when it must.
  const fits = head.reduce((n, p) => n + p.text.length, 0) <= width;
  const lines = fits
    ? [head.map(painted(paint)).join("")]
    : wrap(head, { width, indent: "", hangingIndent: "  ", paint: painted(paint) });
  lines.push(...wrapText(conflict.explanation, width, "  "));
  for (const id of conflict.claims) lines.push("", ...claimBlock(layout.index.claim(id), layout));
  if (conflict.review) {
    const verdict = describeReview(conflict.review);
    lines.push("", ...wrapText(verdict, width, "  ").map((l) => paint("green", l)));
    if (conflict.review.stale) {
      const warning = `! changed since review: ${STALE_REVIEW}`;
      lines.push(...wrapText(warning, width, "  ").map((l) => paint("bold yellow", l)));
    }
  }
  return lines;
}

/** Why nothing was flagged, with enough numbers to tell "agreed" from "nothing to compare". */
function noConflicts(report: Report): string[] {
  const compared = report.claims.filter(isCompared);
  const metrics = new Set(compared.map((c) => c.metric)).size;
  const lines = [
    `No conflicts found among ${plural(compared.length, "compared claim")} ` +
      `about ${plural(metrics, "metric")}.`,
  ];
  const skipped = report.claims.length - compared.length;
  if (skipped > 0) {
    const statuses = [...new Set(report.claims.filter((c) => !isCompared(c)).map((c) => c.status))];
    lines.push(`${plural(skipped, "other claim")} (${statuses.join(", ")}) ${skipped === 1 ? "was" : "were"} not compared.`);
  }
  return lines;
}

function conflictsSection(report: Report, layout: Layout): string[] {
  if (report.conflicts.length === 0) return noConflicts(report);
  const lines: string[] = [];
  for (const [metric, conflicts] of groupConflicts(report.conflicts)) {
    const label = conflicts[0]?.claims[0] ? layout.index.claim(conflicts[0].claims[0]).label : "";
    const title = `${metric}${label ? ` — ${label}` : ""} (${plural(conflicts.length, "conflict")})`;
    const titleLines = wrapText(title, layout.width);
    const rule = "─".repeat(Math.max(...titleLines.map((l) => l.length)));
    lines.push("", ...titleLines.map((l) => layout.paint("bold", l)), layout.paint("dim", rule));
    for (const conflict of conflicts) lines.push("", ...conflictBlock(conflict, layout));
  }
  return lines;
}

/** Pads each column to its widest cell; the last column is left as is. */
function alignColumns(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell)).join("  ").trimEnd(),
  );
}

function sourceClaims(source: Source, claims: Claim[], layout: Layout): string[] {
  const { index, paint } = layout;
  const title = `${source.path} — ${source.outlet ?? "unknown outlet"}, ${describeDate(source)}`;
  const lines = ["", paint("bold", title)];
  if (claims.length === 0) return [...lines, "  no claims"];
  const ordered = [...claims].sort((a, b) => a.span.start - b.span.start);
  const rows = ordered.map((claim) => {
    const at = index.position(claim);
    const value = claim.kind === "fact" ? "fact" : formatInterval(claim.value, claim.qualifier);
    const attribution = claim.attribution ? `(${claim.attribution})` : "";
    const tail = [attribution, ...claimNotes(claim, source).map((n) => `[${n}]`)].filter(Boolean).join(" ");
    const text = `"${claim.text.replace(/\s+/g, " ")}"`;
    return [`  ${at.line}:${at.column}`, claim.metric, value, text, tail];
  });
  return [...lines, ...alignColumns(rows)];
}

function extractSection(report: Report, layout: Layout): string[] {
  const bySource = new Map<string, Claim[]>(report.sources.map((s) => [s.id, []]));
  for (const claim of report.claims) {
    layout.index.source(claim.source); // a claim from a source not in the report is a bug: say so
    bySource.get(claim.source)?.push(claim);
  }
  return report.sources.flatMap((source) => sourceClaims(source, bySource.get(source.id) ?? [], layout));
}

/** The report as plain text ending in a newline; colour only when asked for. */
export function formatText(report: Report, options: TextOptions = {}): string {
  const layout: Layout = {
    index: indexReport(report),
    paint: painter(options.color ?? false),
    width: Math.max(40, options.width ?? 100),
  };
  const body = options.mode === "extract" ? extractSection(report, layout) : conflictsSection(report, layout);
  return `${[header(report, options.mode), ...body].join("\n")}\n`;
}
