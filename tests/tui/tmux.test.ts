// The whole app in a real terminal: tmux runs the built CLI, we press keys as a reviewer would,
// then check the verdict reached the reviews file and shows again on the next run.
// Needs tmux and a built CLI (`npm test` builds first); skipped with a notice when tmux is missing.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const hasTmux = spawnSync("tmux", ["-V"], { encoding: "utf8" }).status === 0;
if (!hasTmux) console.warn("tests/tui/tmux.test.ts: tmux is not installed; skipping the real-terminal test");

const root = process.cwd();
// A private server socket, so the test never touches a tmux the person running it has open.
const socket = `claimdiff-test-${process.pid}`;
const session = "review";
const note = `checked with the ministry ${process.pid}`;

let dir = "";
let reviews = "";

function tmux(...args: string[]): string {
  return execFileSync("tmux", ["-L", socket, "-f", "/dev/null", ...args], { encoding: "utf8", env: testEnv() });
}

/** CLAIMDIFF_REVIEWS too: if the flag were ignored, the project's own claims/reviews.yaml stays untouched. */
function testEnv(): NodeJS.ProcessEnv {
  // CI=false: Ink (through is-in-ci) draws nothing until exit when CI is set, as it is in CI runs;
  // this test is the person at a terminal, not a CI log.
  return { ...process.env, CLAIMDIFF_REVIEWS: reviews, TERM: "xterm-256color", EDITOR: "", VISUAL: "", CI: "false", CONTINUOUS_INTEGRATION: "false" };
}

function screen(): string {
  return tmux("capture-pane", "-p", "-t", session);
}

// Generous by default: on a loaded two-core machine one wait once ran past 20 s.
async function waitFor(test: (text: string) => boolean, what: string, timeoutMs = 45_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = "";
  while (Date.now() < deadline) {
    text = screen();
    if (test(text)) return text;
    // The CLI quit on its own (not built, bad input): no point waiting out the timeout.
    if (text.includes("[claimdiff exited")) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gave up waiting for ${what}; the screen was:\n${text}`);
}

/** Starts the UI in a fresh 100×30 session; the shell prints the exit status and keeps the pane. */
function startUi(): void {
  const command = `node bin/claimdiff.js corpus --reviews '${reviews}'; echo "[claimdiff exited $?]"; sleep 60`;
  tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "30", "-c", root, command);
}

function keys(...names: string[]): void {
  tmux("send-keys", "-t", session, ...names);
}

function literal(text: string): void {
  tmux("send-keys", "-t", session, "-l", text);
}

const listShown = (text: string) => /unreviewed \d+/.test(text) && /conflicts? in \d+ sources/.test(text);

describe.skipIf(!hasTmux)("the review UI in tmux", () => {
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "claimdiff-tmux-"));
    reviews = path.join(dir, "reviews.yaml");
  });

  afterAll(() => {
    spawnSync("tmux", ["-L", socket, "kill-server"]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("records a verdict with a note, keeps it in the reviews file and shows it on the next run", { timeout: 240_000 }, async () => {
    startUi();
    // Generous: under CI the suite's other files share the two cores with this terminal.
    await waitFor(listShown, "the conflict list", 40_000);

    keys("Enter");
    const detail = await waitFor((text) => text.includes("Why they conflict:"), "the detail view");
    const conflictId = /^(x-\S+) · /m.exec(detail)?.[1];
    expect(conflictId, "the detail view names the conflict").toBeDefined();
    expect(detail).toMatch(/Claim 1 of \d+/);
    expect(detail).toMatch(/Commits to /);

    keys("c");
    await waitFor((text) => text.includes("Note for confirmed"), "the note prompt");
    literal(note);
    keys("Enter");
    await waitFor((text) => text.includes("Marked confirmed"), "the saved verdict");
    keys("q");
    await waitFor((text) => text.includes("[claimdiff exited 0]"), "the UI to quit");
    tmux("kill-session", "-t", session);

    const json = execFileSync("node", ["bin/claimdiff.js", "conflicts", "corpus", "--format", "json", "--reviews", reviews], {
      cwd: root, encoding: "utf8", env: testEnv(),
    });
    const report = JSON.parse(json) as { conflicts: { id: string; review: { verdict: string; note: string | null } | null }[] };
    const confirmed = report.conflicts.filter((conflict) => conflict.review?.verdict === "confirmed");
    expect(confirmed.map((conflict) => [conflict.id, conflict.review?.note])).toEqual([[conflictId, note]]);

    startUi();
    const again = await waitFor(listShown, "the conflict list, again", 40_000);
    expect(again).toContain("[confirmed]");
    expect(again).toMatch(/confirmed 1\b/);
    keys("q");
    await waitFor((text) => text.includes("[claimdiff exited 0]"), "the UI to quit again");
  });
});
