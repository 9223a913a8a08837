// `claimdiff review …`: record, clear, list and export fact-checkers' verdicts in claims/reviews.yaml.
// argv is what follows `review`; the return value is the exit status (0 done, 2 usage or input error).
import { isAbsolute, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { InputError, UsageError } from "../errors.js";
import {
  exportReviewsMarkdown,
  gitUserName,
  isVerdict,
  loadReviews,
  reviewerName,
  saveVerdict,
  writeFileAtomic,
} from "../review/reviews-file.js";
import type { ReviewEntry, ReviewsDoc } from "../review/reviews-file.js";
import { attachReviews } from "../review/attach-reviews.js";
import { VERDICTS } from "../types.js";
import type { Report } from "../types.js";

export interface ReviewIO {
  /** Receive whole lines, each ending in "\n" (write semantics, like process.stdout.write). */
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Looks a conflict up in the current corpus; `set` refuses unknown ids unless --force. */
  resolveConflict?: (id: string) => Promise<{ fingerprint: string } | null>;
  /** The current run, for `--export` evidence and `list` annotations (stale, no longer found). */
  loadReport?: () => Promise<Report | null>;
  /** The clock, so tests can pin `at`. */
  now?: () => Date;
}

export const REVIEW_USAGE = `Usage:
  claimdiff review set ID VERDICT [--note TEXT] [--reviewer NAME] [--force]
  claimdiff review clear ID
  claimdiff review list
  claimdiff review --export FILE        (FILE "-" prints to stdout)

Records fact-checkers' verdicts on conflicts in claims/reviews.yaml (safe to edit by hand,
safe to save from several terminals at once).

Verdicts: ${VERDICTS.join(", ")}

Options:
  --note TEXT       why: what was checked, what the newsroom said
  --reviewer NAME   who (default: $CLAIMDIFF_REVIEWER, git's user.name, then the login name)
  --force           record a verdict on an id the current corpus does not have
  --reviews FILE    the verdicts file (default: $CLAIMDIFF_REVIEWS, then claims/reviews.yaml)
  --debug           show stack traces
  -h, --help        show this help
`;

const OPTIONS = {
  note: { type: "string" },
  reviewer: { type: "string" },
  reviews: { type: "string" },
  export: { type: "string" },
  force: { type: "boolean" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>["values"];

export async function runReviewCommand(argv: string[], io: ReviewIO): Promise<number> {
  try {
    const { values, positionals } = parseCommandLine(argv);
    if (values.help) {
      io.stdout(REVIEW_USAGE);
      return 0;
    }
    const file = reviewsPath(values.reviews, io);
    if (values.export !== undefined) {
      if (positionals.length > 0) throw new UsageError(`--export takes no subcommand (got '${positionals[0]}')`);
      return await exportCommand(values.export, file, io);
    }
    const [subcommand = "list", ...rest] = positionals;
    switch (subcommand) {
      case "set":
        return await setCommand(rest, values, file, io);
      case "clear":
        return await clearCommand(rest, file, io);
      case "list":
        expectArguments("list", rest, []);
        return await listCommand(file, io);
      default:
        throw new UsageError(`unknown subcommand '${subcommand}'; expected set, clear or list`);
    }
  } catch (error) {
    const readable = error instanceof InputError && error.file ? relocated(error, shown(error.file, io)) : error;
    io.stderr(`${errorLine(readable, argv.includes("--debug"))}\n`);
    return 2;
  }
}

function parseCommandLine(argv: string[]): { values: Values; positionals: string[] } {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // node:util's messages run on with advice about `--`; the first sentence is the useful part.
    const message = (error as Error).message.split(/\.\s/)[0] ?? "bad arguments";
    throw new UsageError(message.charAt(0).toLowerCase() + message.slice(1));
  }
}

async function setCommand(args: string[], values: Values, file: string, io: ReviewIO): Promise<number> {
  const [id, word] = expectArguments("set", args, ["ID", "VERDICT"]) as [string, string];
  checkConflictId(id);
  const verdict = word.trim().toLowerCase();
  if (!isVerdict(verdict)) throw new UsageError(`unknown verdict '${word}'; expected one of: ${VERDICTS.join(", ")}`);
  const fingerprint = await lookUpFingerprint(id, values.force === true, io);
  const entry: ReviewEntry = {
    verdict,
    note: values.note?.trim() || null,
    by: reviewerName({ flag: values.reviewer, env: io.env }, () => gitUserName(io.cwd, io.env)),
    at: (io.now?.() ?? new Date()).toISOString(),
    fingerprint,
  };
  const { previous } = await saveVerdict(file, id, entry);
  const was = previous ? `; was ${describe(previous)}` : "";
  io.stdout(`${id}: ${verdict}, by ${entry.by} (${shown(file, io)})${was}\n`);
  return 0;
}

/** The fingerprint of the conflict as it stands, so a later edit of the articles marks the verdict stale. */
async function lookUpFingerprint(id: string, force: boolean, io: ReviewIO): Promise<string | null> {
  if (!io.resolveConflict) return null;
  const found = await io.resolveConflict(id);
  if (found) return found.fingerprint;
  if (!force) {
    throw new UsageError(`${id}: no such conflict in the current corpus; check the id, or add --force to record it anyway`);
  }
  io.stderr(`claimdiff: warning: ${id}: no such conflict in the current corpus; recorded anyway (--force)\n`);
  return null;
}

async function clearCommand(args: string[], file: string, io: ReviewIO): Promise<number> {
  const [id] = expectArguments("clear", args, ["ID"]) as [string];
  checkConflictId(id);
  const { previous } = await saveVerdict(file, id, null);
  io.stdout(previous ? `${id}: verdict cleared (was ${describe(previous)})\n` : `${id}: no verdict recorded; nothing to clear\n`);
  return 0;
}

async function listCommand(file: string, io: ReviewIO): Promise<number> {
  const doc = loadReviews(file);
  if (doc.entries.size === 0) {
    io.stdout(`no verdicts in ${shown(file, io)}\n`);
    return 0;
  }
  const marks = await annotations(doc, io);
  const idWidth = Math.max(...[...doc.entries.keys()].map((id) => id.length));
  const verdictWidth = Math.max(...VERDICTS.map((verdict) => verdict.length));
  for (const [id, entry] of doc.entries) {
    const columns = [id.padEnd(idWidth), entry.verdict.padEnd(verdictWidth), entry.at.slice(0, 10), entry.by];
    const mark = marks.get(id);
    if (mark) columns.push(`[${mark}]`);
    if (entry.note) columns.push(`— ${entry.note.replace(/\s+/g, " ").trim()}`);
    io.stdout(`${columns.join("  ")}\n`);
  }
  return 0;
}

/** With the current run at hand, flag verdicts whose articles changed or whose conflict is gone. */
async function annotations(doc: ReviewsDoc, io: ReviewIO): Promise<Map<string, string>> {
  const marks = new Map<string, string>();
  const report = io.loadReport ? await io.loadReport() : null;
  if (!report) return marks;
  const claimsById = new Map(report.claims.map((claim) => [claim.id, claim]));
  const reviewed = attachReviews(report.conflicts, claimsById, doc);
  for (const id of doc.entries.keys()) marks.set(id, "no longer found");
  for (const conflict of reviewed) {
    if (!conflict.review) continue;
    if (conflict.review.stale) marks.set(conflict.id, "stale: the articles changed");
    else marks.delete(conflict.id);
  }
  return marks;
}

async function exportCommand(target: string, file: string, io: ReviewIO): Promise<number> {
  const doc = loadReviews(file);
  const report = io.loadReport ? await io.loadReport() : null;
  const markdown = exportReviewsMarkdown(doc, report ?? undefined);
  if (target === "-") {
    io.stdout(markdown);
    return 0;
  }
  const path = resolve(io.cwd, target);
  writeFileAtomic(path, markdown);
  const count = doc.entries.size;
  io.stdout(`wrote ${count} verdict${count === 1 ? "" : "s"} to ${shown(path, io)}\n`);
  return 0;
}

function expectArguments(subcommand: string, args: string[], names: string[]): string[] {
  if (args.length < names.length) {
    throw new UsageError(`review ${subcommand} needs ${names.slice(args.length).join(" and ")}`);
  }
  if (args.length > names.length) throw new UsageError(`review ${subcommand}: unexpected argument '${args[names.length]}'`);
  return args;
}

function checkConflictId(id: string): void {
  if (!/^x-\S+$/.test(id)) throw new UsageError(`'${id}' is not a conflict id (they look like x-3f2a91c0)`);
}

function reviewsPath(flag: string | undefined, io: ReviewIO): string {
  const chosen = flag ?? (io.env["CLAIMDIFF_REVIEWS"] || join("claims", "reviews.yaml"));
  return resolve(io.cwd, chosen);
}

/** Paths inside the project read better relative to it. */
function shown(path: string, io: ReviewIO): string {
  const rel = relative(io.cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

/** The same error, naming its file as the person typed it rather than as an absolute path. */
function relocated(error: InputError, file: string): InputError {
  const moved = new InputError(file, error.message);
  if (error.stack) moved.stack = error.stack;
  return moved;
}

function describe(entry: ReviewEntry): string {
  return `${entry.verdict} by ${entry.by} on ${entry.at.slice(0, 10)}`;
}

function errorLine(error: unknown, debug: boolean): string {
  if (error instanceof InputError) return debug ? `${error.toLine()}\n${error.stack}` : error.toLine();
  if (error instanceof UsageError) return `claimdiff review: ${error.message} (see claimdiff review --help)`;
  // File system errors name their path in the message already ("EACCES: …, open 'claims/…'").
  const failure = error instanceof Error ? error : new Error(String(error));
  const line = `claimdiff: ${failure.message.replace(/\s*\n\s*/g, " ")}`;
  return debug && failure.stack ? `${line}\n${failure.stack}` : line;
}
