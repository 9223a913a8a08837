// `claimdiff review …`: the review command, given a way to look conflicts up in the corpus.
import { conflictFingerprint } from "../review/reviews-file.js";
import { analyze, defaultReviewsFile, makeContext } from "./analyze.js";
import type { CliIO } from "./io.js";
import { runReviewCommand } from "./review-command.js";

export async function runReview(argv: string[], io: CliIO): Promise<number> {
  const corpusReport = async () =>
    analyze(io, { paths: [], compare: true, reviewsFile: defaultReviewsFile(io, undefined), warn: false }, makeContext(io, false));
  return runReviewCommand(argv, {
    stdout: io.stdout,
    stderr: io.stderr,
    cwd: io.cwd,
    env: io.env,
    now: io.now,
    loadReport: corpusReport,
    resolveConflict: async (id) => {
      const report = await corpusReport();
      const conflict = report.conflicts.find((x) => x.id === id);
      if (!conflict) return null;
      const byId = new Map(report.claims.map((c) => [c.id, c]));
      return { fingerprint: conflictFingerprint(conflict.claims.map((c) => byId.get(c)!)) };
    },
  });
}
