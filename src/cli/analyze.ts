// The shared path of every corpus command: load the corpus, extract, compare, attach verdicts.
import path from "node:path";
import { loadCorpus } from "../corpus/index.js";
import { DEFAULT_NORMALIZE } from "../normalize/parse-quantity.js";
import { run } from "../pipeline.js";
import { attachReviews, loadReviews, orphanedReviews } from "../review/reviews-file.js";
import type { Context, Report, Warning } from "../types.js";
import type { CliIO } from "./io.js";
import { loadKnowledge, PACKAGE_ROOT } from "./knowledge.js";

export interface AnalyzeOptions {
  paths: string[];
  compare: boolean;
  reviewsFile: string;
  /** Print warnings (skipped files) on stderr. */
  warn: boolean;
  onSource?: (done: number, total: number) => void;
}

export function defaultReviewsFile(io: CliIO, flag: string | undefined): string {
  return path.resolve(io.cwd, flag ?? io.env.CLAIMDIFF_REVIEWS ?? "claims/reviews.yaml");
}

/** With no path, the bundled corpus: the project's own `corpus/`, else the packaged one. */
export function corpusPaths(io: CliIO, paths: string[]): string[] {
  if (paths.length) return paths;
  return [path.relative(io.cwd, path.join(PACKAGE_ROOT, "corpus")) || "corpus"];
}

export function makeContext(io: CliIO, debug: boolean): Context {
  return {
    today: io.now().toISOString().slice(0, 10),
    normalize: DEFAULT_NORMALIZE,
    debug: debug ? (m) => io.stderr(`debug: ${m}\n`) : undefined,
  };
}

export async function analyze(io: CliIO, options: AnalyzeOptions, ctx: Context): Promise<Report> {
  const warnings: Warning[] = [];
  const sources = await loadCorpus(corpusPaths(io, options.paths), { cwd: io.cwd, onWarning: (w) => warnings.push(w) });
  if (options.warn) for (const w of warnings) io.stderr(`claimdiff: warning: ${path.relative(io.cwd, w.file) || w.file}: ${w.message}\n`);
  const knowledge = loadKnowledge(io.cwd);
  const report = run(sources, knowledge, ctx, { compare: options.compare, onSource: options.onSource });
  if (!options.compare) return report;
  const doc = loadReviews(options.reviewsFile);
  const claimsById = new Map(report.claims.map((c) => [c.id, c]));
  const conflicts = attachReviews(report.conflicts, claimsById, doc);
  const orphans = orphanedReviews(doc, conflicts);
  if (options.warn && orphans.length) {
    io.stderr(`claimdiff: note: ${orphans.length} verdict(s) in ${path.relative(io.cwd, options.reviewsFile)} name conflicts this corpus no longer has (kept)\n`);
  }
  return { ...report, conflicts };
}
