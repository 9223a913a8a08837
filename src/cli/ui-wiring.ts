// Opens the review UI with verdicts saved to the reviews file and sources opened in $EDITOR.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { conflictFingerprint, gitUserName, reviewerName, saveVerdict, toReview } from "../review/reviews-file.js";
import type { Report, Review, Verdict } from "../types.js";
import type { CliIO } from "./io.js";

export interface UiWiring {
  reviewsFile: string;
  color: boolean;
  reviewer?: string;
}

export async function startUi(report: Report, io: CliIO, wiring: UiWiring): Promise<void> {
  const { runUi } = await import("../tui/run-ui.js");
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const by = reviewerName({ flag: wiring.reviewer, env: io.env }, () => gitUserName(io.cwd, io.env));
  const onVerdict = async (conflictId: string, verdict: Verdict | null, note: string | null): Promise<Review | null> => {
    if (verdict === null) {
      await saveVerdict(wiring.reviewsFile, conflictId, null);
      return null;
    }
    const conflict = report.conflicts.find((x) => x.id === conflictId);
    const fingerprint = conflict ? conflictFingerprint(conflict.claims.map((id) => claims.get(id)!)) : null;
    const entry = { verdict, note, by, at: io.now().toISOString(), fingerprint };
    await saveVerdict(wiring.reviewsFile, conflictId, entry);
    return toReview(entry, fingerprint);
  };
  const editor = io.env.VISUAL || io.env.EDITOR;
  const openSource = editor
    ? async (file: string, line: number) => {
        spawnSync(editor, [`+${line}`, path.resolve(io.cwd, file)], { stdio: "inherit", shell: false });
      }
    : undefined;
  await runUi(report, { onVerdict, openSource, color: wiring.color });
}
