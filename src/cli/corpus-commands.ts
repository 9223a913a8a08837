// `claimdiff [PATH...]`, `claimdiff conflicts` and `claimdiff extract`.
import { parseArgs } from "node:util";
import { UsageError } from "../errors.js";
import { formatJson } from "../report/json.js";
import { formatMarkdown } from "../report/markdown.js";
import { formatText } from "../report/text.js";
import { VERDICTS, type Conflict, type Report } from "../types.js";
import { analyze, defaultReviewsFile, makeContext } from "./analyze.js";
import { inCi, wantsColor, type CliIO } from "./io.js";
import { writeLedger } from "./ledger.js";

const FORMATS = ["text", "json", "markdown"] as const;
type Format = (typeof FORMATS)[number];
const STATUSES = ["unreviewed", "reviewed", "stale", ...VERDICTS] as const;

const OPTIONS = {
  format: { type: "string", short: "f" },
  status: { type: "string" },
  reviews: { type: "string" },
  write: { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  width: { type: "string" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const HELP: Record<string, string> = {
  default: `Usage: claimdiff [PATH...] [--reviews FILE]

On a terminal, opens the review UI on the conflicts of the corpus (the bundled one when no PATH
is given). When stdout is not a terminal, prints the text report instead.
`,
  conflicts: `Usage: claimdiff conflicts [PATH...] [options]

Extracts claims, compares them and prints the conflicts.

Options:
  -f, --format FORMAT   text (default), json or markdown
  --status STATUS       only conflicts that are ${STATUSES.join(", ")}
  --reviews FILE        verdicts file (default: $CLAIMDIFF_REVIEWS, then claims/reviews.yaml)
  --no-color            no ANSI colours (also: NO_COLOR=1)
  --width N             wrap text at N columns (default 100)
  --debug               add each claim's evidence to JSON; stack traces on errors
`,
  extract: `Usage: claimdiff extract [PATH...] [options]

Extracts claims per source without comparing them (the JSON report's conflicts are empty).

Options:
  -f, --format FORMAT   text (default), json or markdown
  --write               also write claims/ledger/<source>.yaml, one readable file per source
  --no-color            no ANSI colours
  --debug               add each claim's evidence to JSON
`,
};

function parse(command: string, argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${command === "default" ? "" : `${command}: `}${(error as Error).message}`);
  }
}

function formatOf(value: string | undefined): Format | null {
  if (value === undefined) return null;
  if (!(FORMATS as readonly string[]).includes(value)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")} (got "${value}")`);
  return value as Format;
}

export function filterByStatus(conflicts: Conflict[], status: string | undefined): Conflict[] {
  if (status === undefined) return conflicts;
  if (!(STATUSES as readonly string[]).includes(status)) throw new UsageError(`--status must be one of ${STATUSES.join(", ")} (got "${status}")`);
  return conflicts.filter((x) => {
    if (status === "unreviewed") return x.review === null;
    if (status === "reviewed") return x.review !== null;
    if (status === "stale") return x.review?.stale === true;
    return x.review?.verdict === status;
  });
}

/**
 * "Reading 1,200 of 10,000 articles (2,400/s)" on stderr while a large corpus is extracted, so
 * the terminal is not a frozen screen before the UI opens. Extraction is synchronous, so the
 * line is written synchronously, at most ten times a second; (-1, 0) clears it.
 */
function progressLine(io: CliIO): (done: number, total: number) => void {
  const started = Date.now();
  let last = 0;
  let shown = false;
  return (done, total) => {
    if (done < 0) {
      if (shown) io.stderr("\r\u001b[2K");
      return;
    }
    const now = Date.now();
    if (now - started < 300 || (now - last < 100 && done !== total)) return;
    last = now;
    shown = true;
    const rate = Math.round(done / Math.max(0.001, (now - started) / 1000));
    io.stderr(`\r\u001b[2KReading ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} articles (${rate.toLocaleString("en-US")}/s)`);
  };
}

export async function runCorpusCommand(command: "default" | "conflicts" | "extract", argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(command, argv);
  if (values.help) {
    io.stdout(HELP[command]!);
    return 0;
  }
  const format = formatOf(values.format);
  const width = values.width === undefined ? 100 : Number(values.width);
  if (!Number.isInteger(width) || width < 40) throw new UsageError("--width must be a whole number of at least 40");
  const reviewsFile = defaultReviewsFile(io, values.reviews);
  const interactive = command === "default" && io.isTTY && !inCi(io.env) && format === null;
  const ctx = makeContext(io, values.debug === true);
  const progress = interactive ? progressLine(io) : undefined;
  const report = await analyze(io, { paths: positionals, compare: command !== "extract", reviewsFile, warn: true, onSource: progress }, ctx);
  progress?.(-1, 0);
  const shown: Report = { ...report, conflicts: filterByStatus(report.conflicts, values.status) };

  if (interactive) {
    const { startUi } = await import("./ui-wiring.js");
    await startUi(shown, io, { reviewsFile, color: wantsColor(io, values["no-color"] ? false : values.color) });
    return 0;
  }
  if (command === "extract" && values.write) writeLedger(io, shown);
  const mode = command === "extract" ? "extract" : "conflicts";
  switch (format ?? "text") {
    case "json":
      io.stdout(formatJson(shown, { debug: values.debug === true }));
      break;
    case "markdown":
      io.stdout(formatMarkdown(shown, { mode }));
      break;
    case "text":
      io.stdout(formatText(shown, { mode, width, color: wantsColor(io, values["no-color"] ? false : values.color) }));
      break;
  }
  return 0;
}
