// The UI's one entry point. The CLI imports this lazily, only when stdout is a terminal, so the
// non-interactive path never loads Ink or React.
import type { Instance } from "ink";
import { render } from "ink";
import { UsageError } from "../errors.js";
import type { Report, Review, Verdict } from "../types.js";
import { App } from "./app.js";

export interface UiOptions {
  /** Record or clear a verdict; resolves with the stored Review (or null when cleared). Provided by the CLI (writes claims/reviews.yaml). */
  onVerdict?: (conflictId: string, verdict: Verdict | null, note: string | null) => Promise<Review | null>;
  /** Open a file at a line in $EDITOR; provided by the CLI. If absent, the UI shows "path:line". */
  openSource?: (path: string, line: number) => Promise<void>;
  /** false under NO_COLOR. */
  color?: boolean;
}

const ENTER_ALTERNATE_SCREEN = "\u001B[?1049h";
const LEAVE_ALTERNATE_SCREEN = "\u001B[?1049l";
const CLEAR_SCREEN = "\u001B[2J\u001B[H";

/** Runs the review UI until the reviewer quits, then waits for verdicts still being written. */
export async function runUi(report: Report, options: UiOptions): Promise<void> {
  // Keys need a terminal too; without one Ink fails on raw mode with a message about Ink.
  if (process.stdin.isTTY !== true) {
    throw new UsageError("the review UI needs a terminal on stdin; use `claimdiff conflicts --format text` instead");
  }
  const inFlight = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    inFlight.add(work);
    const settled = () => inFlight.delete(work);
    work.then(settled, settled);
  };
  // The alternate screen gives the terminal back as it was when the reviewer quits.
  const fullScreen = process.stdout.isTTY === true;
  if (fullScreen) process.stdout.write(ENTER_ALTERNATE_SCREEN);
  try {
    let instance: Instance | null = null;
    const openSource = options.openSource;
    const withRedraw: UiOptions = {
      ...options,
      // An editor takes the whole terminal (and leaves the alternate screen); draw everything again after.
      openSource: openSource && (async (path, line) => {
        try {
          await openSource(path, line);
        } finally {
          if (fullScreen) process.stdout.write(ENTER_ALTERNATE_SCREEN + CLEAR_SCREEN);
          instance?.clear();
        }
      }),
    };
    instance = render(<App report={report} options={withRedraw} track={track} />, { exitOnCtrlC: true });
    await instance.waitUntilExit();
    await Promise.allSettled([...inFlight]);
  } finally {
    if (fullScreen) process.stdout.write(LEAVE_ALTERNATE_SCREEN);
  }
}
