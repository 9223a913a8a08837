// `claimdiff check DRAFT --corpus DIR`: a draft's figures against what the corpus reports, in the
// conventions editors' linters use (ESLint, textlint, Vale): stylish/json/sarif/github/markdown
// output, exit 0 clean, 1 findings at or above --fail-on, 2 usage or input error.
import path from "node:path";
import { parseArgs } from "node:util";
import { checkDraft } from "../compare/check-draft.js";
import { clusterSources, describeStories, joinCluster } from "../compare/find-stories.js";
import { reinstateOwnEvent } from "../compare/own-event.js";
import { loadCorpus, sourceFromBytes } from "../corpus/index.js";
import { articleBodyText } from "../corpus/body-text.js";
import { InputError, UsageError } from "../errors.js";
import { extractSource } from "../extract/extract-source.js";
import { extractAll, recalledYears } from "../pipeline.js";
import { formatCheckJson } from "../report/check/json.js";
import { formatCheckMarkdown } from "../report/check/markdown.js";
import type { CheckResult } from "../report/check/result.js";
import { formatSarif } from "../report/check/sarif.js";
import { formatGithub } from "../report/check/github.js";
import { formatStylish } from "../report/check/stylish.js";
import { loadReviews } from "../review/reviews-file.js";
import type { Context, Severity, Source, Warning } from "../types.js";
import type { Knowledge } from "../extract/extract-source.js";
import { defaultReviewsFile, makeContext } from "./analyze.js";
import { CACHE_FOLDER, cacheFile, loadCorpusCached } from "./corpus-cache.js";
import { findConfig, type CheckConfig } from "./check-config.js";
import { wantsColor, type CliIO } from "./io.js";
import { buildId, knowledgeText, loadKnowledge, packageVersion } from "./knowledge.js";
import { ignoredLines } from "./ignore-comments.js";

const FORMATS = ["stylish", "json", "sarif", "github", "markdown"] as const;
const SEVERITIES: readonly Severity[] = ["high", "medium", "low"];
const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

export const CHECK_HELP = `Usage: claimdiff check DRAFT --corpus DIR [options]

Checks a draft's figures against a corpus before publication. DRAFT is a .md, .txt or .html
file, or - for standard input. Its date comes from its front matter, --date, or today.

Options:
  --corpus DIR          the corpus to check against (or \`corpus:\` in claimdiff.yaml)
  -f, --format FORMAT   stylish (default), json, sarif, github or markdown
  --fail-on SEVERITY    exit 1 when a finding is at least high, medium (default) or low
  --max-warnings N      also exit 1 when more than N findings below --fail-on remain (like ESLint)
  --date YYYY-MM-DD     the draft's date when it has no front matter date
  --show-supported      also list the draft's figures the corpus confirms
  --reviews FILE        verdicts file: conflicts marked false-alarm or explained stay quiet
  --no-cache            extract the corpus again instead of using ${CACHE_FOLDER}/
  --no-color            no ANSI colours (also: NO_COLOR=1)
  --debug               stack traces on errors

A line after <!-- claimdiff-ignore-next-line --> is not checked. A claimdiff.yaml in the draft's
folder or above it may set corpus, fail-on, max-warnings and tolerances (approxWidth, nearlyWidth).
Exit status: 0 no finding at or above --fail-on; 1 findings; 2 usage or input error.
`;

const OPTIONS = {
  corpus: { type: "string" },
  format: { type: "string", short: "f" },
  "fail-on": { type: "string" },
  "max-warnings": { type: "string" },
  date: { type: "string" },
  "show-supported": { type: "boolean" },
  reviews: { type: "string" },
  cache: { type: "boolean" },
  "no-cache": { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`check: ${(error as Error).message}`);
  }
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`check: ${flag} must be one of ${allowed.join(", ")} (got "${value}")`);
  return value as T;
}

async function readDraft(io: CliIO, draftArg: string, date: string | undefined, today: string): Promise<Source> {
  if (date !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))) throw new UsageError(`check: --date must be YYYY-MM-DD (got "${date}")`);
  const source =
    draftArg === "-"
      ? sourceFromBytes("<stdin>", Buffer.from(await io.readStdin(), "utf8"))
      : (await loadCorpus([draftArg], { cwd: io.cwd, onWarning: (w) => io.stderr(`claimdiff: warning: ${w.file}: ${w.message}\n`) }))[0]!;
  if (!source) throw new InputError(draftArg, "not an article (.md, .txt, .html)");
  source.outlet ??= "the draft";
  if (source.dateFrom === "front-matter") return source;
  if (date !== undefined) return { ...source, date, dateFrom: "front-matter" };
  return source.date ? source : { ...source, date: today, dateFrom: "none" };
}

async function loadAndExtract(corpusDir: string, cwd: string, knowledge: Knowledge, ctx: Context, warn: (w: Warning) => void) {
  const sources = await loadCorpus([corpusDir], { cwd, onWarning: warn });
  const extraction = extractAll(sources, knowledge, ctx);
  return { sources, ...extraction, countsOf: () => [], roots: clusterSources(extraction.places) };
}

export async function runCheck(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout(CHECK_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError("check: give exactly one DRAFT (a file, or - for standard input)");
  const draftArg = positionals[0]!;
  const config: CheckConfig = findConfig(draftArg === "-" ? io.cwd : path.resolve(io.cwd, path.dirname(draftArg)), io.cwd);
  const corpusDir = values.corpus ?? config.corpus;
  if (!corpusDir) throw new UsageError("check: --corpus DIR is required (or set `corpus:` in claimdiff.yaml)");
  const format = oneOf("--format", values.format, FORMATS, "stylish");
  const failOn = oneOf("--fail-on", values["fail-on"] ?? config.failOn, SEVERITIES, "medium");
  const maxWarnings = values["max-warnings"] ?? config.maxWarnings;
  if (maxWarnings !== undefined && !/^-?\d+$/.test(String(maxWarnings))) throw new UsageError("check: --max-warnings must be a whole number");

  const base = makeContext(io, values.debug === true);
  const ctx: Context = { ...base, normalize: { ...base.normalize, ...config.tolerances } };
  const knowledge = loadKnowledge(io.cwd);
  const draft = await readDraft(io, draftArg, values.date, ctx.today);
  const warn = (w: Warning) => io.stderr(`claimdiff: warning: ${w.file}: ${w.message}\n`);
  const useCache = values["no-cache"] !== true && values.cache !== false;
  const corpus = useCache
    ? await loadCorpusCached([corpusDir], io.cwd, knowledge, ctx, cacheFile(path.join(io.cwd, CACHE_FOLDER), [path.resolve(io.cwd, corpusDir)], `${buildId()}\u0000${knowledgeText(io.cwd)}`, ctx), warn)
    : await loadAndExtract(corpusDir, io.cwd, knowledge, ctx, warn);
  // The draft may sit inside the corpus folder; it is not evidence against itself.
  const isDraft = (s: Source) => path.resolve(io.cwd, s.path) === path.resolve(io.cwd, draft.path);
  const corpusSources = corpus.sources.filter((s) => !isDraft(s));
  const draftIds = new Set(corpus.sources.filter(isDraft).map((s) => s.id));

  const ignored = ignoredLines(draft.text);
  const draftExtraction = extractSource(draft, articleBodyText(draft), knowledge, ctx);
  const reviews = loadReviews(defaultReviewsFile(io, values.reviews ?? config.reviews));
  const quiet = (id: string) => ["false-alarm", "explained"].includes(reviews.entries.get(id)?.verdict ?? "");
  const sources = [...corpusSources, draft];
  const places = new Map([...corpus.places, [draft.id, draftExtraction.places]]);
  // Counts meet counts of their own story only: read the cached ones of the draft's story.
  // The corpus's clusters come with it (cached); the draft joins them, and only its own story is described.
  const stories = describeStories(places, joinCluster(places, corpus.roots, draft.id), new Set([draft.id]));
  // An anniversary draft's toll dated by its own event's year is still checked (only the draft's
  // story's articles are read for the year they look back to).
  const story = stories.storyOf.get(draft.id);
  const ownStory = sources.filter((s) => s.id === draft.id || (story !== undefined && stories.storyOf.get(s.id) === story));
  const own = reinstateOwnEvent(draftExtraction.asides, sources, stories, recalledYears(ownStory));
  const draftClaims = [...draftExtraction.claims, ...own].filter((c) => !ignored.has(lineOf(draft.text, c.span.start)));
  const storyIds = new Set(corpusSources.filter((s) => stories.storyOf.get(s.id) === story).map((s) => s.id));
  const corpusClaims = [...corpus.claims, ...corpus.countsOf(storyIds)].filter((c) => !draftIds.has(c.source));
  const checked = checkDraft(draftClaims, corpusClaims, sources, places, (x) => !quiet(x.id), stories);
  const result: CheckResult = { ...checked, draft, sources: new Map(sources.map((s) => [s.id, s])), showSupported: values["show-supported"] === true };

  const color = wantsColor(io, values["no-color"] ? false : values.color);
  io.stdout(
    format === "json" ? formatCheckJson(result)
    : format === "sarif" ? formatSarif(result, packageVersion())
    : format === "github" ? formatGithub(result)
    : format === "markdown" ? formatCheckMarkdown(result)
    : formatStylish(result, { color }),
  );
  const failing = result.findings.filter((f) => RANK[f.severity] <= RANK[failOn]).length;
  const below = result.findings.length - failing;
  return failing > 0 || (maxWarnings !== undefined && Number(maxWarnings) >= 0 && below > Number(maxWarnings)) ? 1 : 0;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
