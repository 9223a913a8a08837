// The review app through ink-testing-library: what a reviewer sees in the list, the detail, the
// help and the prompts, and what reaches the review store when they record a verdict.
import { render } from "ink-testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Report, Review, Verdict } from "../../src/types.js";
import { App } from "../../src/tui/app.js";
import { BINDINGS } from "../../src/tui/keys.js";
import type { UiOptions } from "../../src/tui/run-ui.js";
import { makeTheme } from "../../src/tui/theme.js";
import { makeReport } from "../factories.js";
import { SOURCES, buildReport, manyConflicts } from "./review-report.js";

const KEYS = { enter: "\r", escape: "\u001B", tab: "\t", backspace: "\u007F", down: "\u001B[B" };
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

/** Waits until Ink has stopped drawing: a keypress can cause a second frame (the detail measures itself). */
async function quiet(frames: readonly string[]): Promise<void> {
  let still = 0;
  for (let waited = 0; waited < 2000 && still < 2; waited += 20) {
    const before = frames.length;
    await tick();
    still = frames.length === before ? still + 1 : 0;
  }
}
const mounted: { unmount: () => void }[] = [];
afterEach(() => mounted.splice(0).forEach((ui) => ui.unmount()));

/** Renders the app at a terminal size (ink-testing-library's stdout is 100 columns, no rows). */
async function open(report: Report, options: UiOptions = {}, columns = 80, rows = 24) {
  const ui = render(<App report={report} options={{ color: false, ...options }} />);
  mounted.push(ui);
  Object.defineProperty(ui.stdout, "columns", { value: columns, configurable: true });
  Object.defineProperty(ui.stdout, "rows", { value: rows, configurable: true });
  ui.stdout.emit("resize");
  await quiet(ui.frames);
  const frame = () => (ui.lastFrame() ?? "").replace(/\u001B\[[0-9;]*m/g, "");
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      ui.stdin.write(key);
      await quiet(ui.frames);
    }
  };
  return { ui, frame, press };
}

const stale: Review = { verdict: "explained", note: "different dates", by: "ana", at: "2024-06-01T10:00:00Z", stale: true };

function sample(): Report {
  return buildReport(SOURCES, [
    {
      id: "x-low", metric: "killed.people@gaza", severity: "low", kind: "decrease", review: stale,
      figures: [{ source: "b.txt", text: "20" }, { source: "c.txt", text: "31,000" }],
    },
    {
      id: "x-high", metric: "killed.people@gaza", severity: "high",
      explanation: "One source says more than 35,000; another says 30,412 the same week.",
      figures: [
        { source: "a.txt", text: "More than 35,000", qualifier: "more than", asOf: "2024-05-14",
          value: { low: 35000, high: null, lowInclusive: false, highInclusive: false } },
        { source: "b.txt", text: "30,412" },
      ],
    },
    {
      id: "x-med", metric: "displaced.people@gaza", severity: "medium",
      figures: [{ source: "a.txt", text: "about 1,700,000", qualifier: "about",
        value: { low: 1530000, high: 1870000, lowInclusive: true, highInclusive: true } }, { source: "c.txt", text: "1,100,000" }],
    },
  ]);
}

function widest(frame: string): number {
  return Math.max(...frame.split("\n").map((line) => Array.from(line).length));
}

describe("list", () => {
  it("groups conflicts by metric, most severe first, with figures, sources and progress", async () => {
    const { frame } = await open(sample());
    const lines = frame().split("\n");
    const at = (text: string) => lines.findIndex((line) => line.includes(text));
    expect(at("── killed.people@gaza")).toBeLessThan(at("HIGH contradiction"));
    expect(at("HIGH contradiction")).toBeLessThan(at("LOW  decrease"));
    expect(at("LOW  decrease")).toBeLessThan(at("── displaced.people@gaza"));
    expect(frame()).toContain('"More than 35,000" The Independent 2024-05-14 vs "30,412" BBC News 2024-05-12');
    expect(frame()).toContain('"31,000" c.txt undated');
    expect(frame()).toContain("[explained, changed]");
    expect(frame()).toContain("explained 1");
    expect(frame()).toContain("unreviewed 2");
    expect(lines[at("HIGH contradiction")]).toMatch(/^▸ /);
  });

  it("fits 80×24 in every view", async () => {
    const { frame, press } = await open(manyConflicts(50));
    for (const keys of [[], [KEYS.enter], [KEYS.escape, "?"]]) {
      await press(...keys);
      expect(widest(frame())).toBeLessThanOrEqual(80);
      expect(frame().split("\n").length).toBeLessThan(24);
    }
  });

  it("renders only the rows on screen out of 10,000 conflicts", async () => {
    const { frame, press } = await open(manyConflicts(10_000));
    expect(frame().split("\n").length).toBeLessThan(24);
    expect(frame()).toContain("10000 conflicts");
    await press("G");
    expect(frame()).toContain("▸ LOW");
    expect(frame()).toContain('"39999"'); // the last conflict's figure, and nothing from the top
    expect(frame()).not.toContain('"30002"');
  });

  it("says so when the report has no conflicts", async () => {
    const { frame } = await open(makeReport({ claims: [] }));
    expect(frame()).toContain("No conflicts found in 1 sources (0 claims)");
  });

  it("moves the cursor and jumps to the next unreviewed conflict", async () => {
    const { frame, press } = await open(sample());
    await press("n");
    expect(frame()).toMatch(/▸ MED/);
    await press("k", "k");
    expect(frame()).toMatch(/▸ HIGH/);
  });
});

describe("detail", () => {
  it("shows both claims, why they conflict, and the metric's timeline", async () => {
    const { frame, press } = await open(sample(), {}, 100, 40);
    await press(KEYS.enter);
    const text = frame();
    expect(text).toContain("x-high · HIGH contradiction · killed.people@gaza");
    expect(text).toContain("Why they conflict: One source says more than 35,000; another says 30,412 the same week.");
    expect(text).toContain("Claim 1 of 2 · The Independent · published 2024-05-14 (date from sidecar)");
    expect(text).toContain("More than 35,000 people were killed, officials said.");
    expect(text).toContain("Commits to > 35,000 · as of 2024-05-14 (stated in the text)");
    expect(text).toContain("Commits to = 30,412");
    expect(text).toContain("corpus/a.txt:2:1"); // line 1 of each test source is a headline
    expect(text).toContain("corpus/b.txt:3:1");
    expect(text).toContain("Verdict: none yet");
    expect(text).toContain("Timeline of killed.people@gaza: 4 claims");
    // Four claims of the metric, dated ones in date order, the conflict's own marked.
    const timeline = text.split("\n").filter((line) => /^(▸ | {2})(\d{4}-\d\d-\d\d|undated) +│/.test(line));
    expect(timeline.map((line) => line.slice(0, 12).trim())).toEqual(["▸ 2024-05-12", "2024-05-12", "▸ 2024-05-14", "undated"]);
  });

  it("stacks the claims on a narrow terminal and puts them side by side on a wide one", async () => {
    const narrow = await open(sample(), {}, 80, 40);
    await narrow.press(KEYS.enter);
    expect(narrow.frame().split("\n").some((line) => line.includes("Claim 1") && line.includes("Claim 2"))).toBe(false);
    // Widening the terminal redraws side by side.
    Object.defineProperty(narrow.ui.stdout, "columns", { value: 160, configurable: true });
    narrow.ui.stdout.emit("resize");
    await quiet(narrow.ui.frames);
    expect(narrow.frame().split("\n").some((line) => line.includes("Claim 1") && line.includes("Claim 2"))).toBe(true);
  });

  it("shows a verdict that no longer matches its claims", async () => {
    const { frame, press } = await open(sample(), {}, 100, 40);
    await press("j", KEYS.enter);
    expect(frame()).toContain('Verdict: explained — "different dates" (ana, 2024-06-01) changed since review');
  });

  it("scrolls a detail taller than the screen", async () => {
    const { frame, press } = await open(sample(), {}, 80, 12);
    await press(KEYS.enter);
    expect(frame()).toMatch(/lines 1–8 of \d+/);
    await press("j", "j");
    expect(frame()).toMatch(/lines 3–10 of/);
    expect(frame()).not.toContain("Why they conflict");
    await press("G");
    expect(frame()).toContain("undated"); // the timeline's last row
    await press("g");
    expect(frame()).toContain("Why they conflict");
  });

  it("Tab moves the focus to the other claim", async () => {
    const { frame, press } = await open(sample(), {}, 100, 40);
    await press(KEYS.enter);
    expect(frame()).toContain("┃ Claim 1 of 2");
    await press(KEYS.tab);
    expect(frame()).toContain("┃ Claim 2 of 2");
    expect(frame()).toContain("│ Claim 1 of 2");
  });

  it("shows where the focused claim sits when there is no editor to open", async () => {
    const { frame, press } = await open(sample(), {}, 100, 40);
    await press(KEYS.enter, KEYS.tab, "o");
    expect(frame().split("\n").at(-1)).toBe("corpus/b.txt:3:1");
  });

  it("opens the focused claim's source at its line in the editor", async () => {
    const openSource = vi.fn(async () => undefined);
    const { frame, press } = await open(sample(), { openSource }, 100, 40);
    await press(KEYS.enter, "o");
    expect(openSource).toHaveBeenCalledWith("corpus/a.txt", 2);
    expect(frame()).toContain("Opened corpus/a.txt:2:1");
  });
});

describe("filters", () => {
  it("narrows the list as text is typed; Enter keeps it, Esc drops an edit", async () => {
    const { frame, press } = await open(sample());
    await press("/", "displ");
    expect(frame()).toContain("Filter (Enter keeps, Esc drops): /displ");
    expect(frame()).not.toContain("HIGH contradiction");
    await press(KEYS.enter);
    expect(frame()).toContain('showing 1 of 3 · text: "displ"');
    await press("/", KEYS.backspace, KEYS.backspace, "zz", KEYS.escape);
    expect(frame()).toContain('showing 1 of 3 · text: "displ"');
  });

  it("cycles the verdict, metric and source filters", async () => {
    const { frame, press } = await open(sample(), {}, 100);
    await press("v");
    expect(frame()).toContain("showing 2 of 3 · verdict: unreviewed");
    expect(frame()).not.toContain("LOW  decrease");
    await press("m");
    expect(frame()).toContain("showing 1 of 3 · verdict: unreviewed, metric: killed.people@gaza");
    await press("v", "v", "v", "v", "v", "m", "m", "s");
    expect(frame()).toContain("showing 2 of 3 · source: BBC News");
    expect(frame()).toContain("LOW  decrease");
  });

  it("says so when nothing matches", async () => {
    const { frame, press } = await open(sample());
    await press("/", "no such words", KEYS.enter);
    expect(frame()).toContain("No conflicts match the filters");
  });
});

describe("help", () => {
  it("lists every binding from the key table", async () => {
    const { frame, press } = await open(sample(), {}, 100, 30);
    await press("?");
    for (const binding of BINDINGS) expect(frame()).toContain(binding.description);
    await press("?");
    expect(frame()).toContain("HIGH contradiction");
  });
});

describe("verdicts", () => {
  const storing = () =>
    vi.fn(async (_id: string, verdict: Verdict | null, note: string | null): Promise<Review | null> =>
      verdict === null ? null : { verdict, note, by: "ana", at: "2024-06-02T09:00:00Z", stale: false });

  it("records a verdict with the note typed after the key", async () => {
    const onVerdict = storing();
    const { frame, press } = await open(sample(), { onVerdict });
    await press("c");
    expect(frame()).toContain("Note for confirmed (Enter saves, Esc saves without note):");
    await press("checked", " with MoH", KEYS.enter);
    expect(onVerdict).toHaveBeenCalledWith("x-high", "confirmed", "checked with MoH");
    expect(frame()).toContain("Marked confirmed");
    expect(frame()).toContain("[confirmed] “checked with MoH” · One source says");
    expect(frame()).toContain("confirmed 1");
  });

  it("handles keys that arrive together in one chunk, as a paste or a fast typist sends them", async () => {
    const onVerdict = storing();
    const { frame, press } = await open(sample(), { onVerdict });
    await press("jj");
    expect(frame()).toMatch(/▸ MED/);
    await press("cnoted\r");
    expect(onVerdict).toHaveBeenCalledWith("x-med", "confirmed", "noted");
    expect(frame()).toContain("confirmed 1");
  });

  it("Esc in the note prompt saves the verdict without a note", async () => {
    const onVerdict = storing();
    const { frame, press } = await open(sample(), { onVerdict }, 80, 40);
    await press(KEYS.enter, "f", "q", KEYS.escape);
    expect(onVerdict).toHaveBeenCalledWith("x-high", "false-alarm", null);
    expect(frame()).toContain("Verdict: false-alarm (ana, 2024-06-02)");
  });

  it("x clears a verdict", async () => {
    const onVerdict = storing();
    const { frame, press } = await open(sample(), { onVerdict });
    await press("j", "x");
    expect(onVerdict).toHaveBeenCalledWith("x-low", null, null);
    expect(frame()).toContain("Verdict cleared");
    expect(frame()).toContain("unreviewed 3");
  });

  it("says when the store refuses a verdict, and keeps the old one", async () => {
    const onVerdict = vi.fn(async () => {
      throw new Error("claims/reviews.yaml is read-only");
    });
    const { frame, press } = await open(sample(), { onVerdict });
    await press("u", KEYS.enter);
    expect(frame()).toContain("Could not save the verdict: claims/reviews.yaml is read-only");
    expect(frame()).toContain("unreviewed 2");
  });

  it("keeps verdicts for the session when no store is given", async () => {
    const { frame, press } = await open(sample());
    await press("e", KEYS.enter);
    expect(frame()).toContain("Verdict kept for this session only");
    expect(frame()).toContain("[explained]");
  });
});

describe("theme", () => {
  it("has no colour at all when colour is off", () => {
    const values = JSON.stringify(makeTheme(false));
    expect(values).toBe(JSON.stringify(JSON.parse(values), (_key, value) => (typeof value === "string" ? undefined : value)));
    expect(Object.values(makeTheme(true).severity).every((value) => typeof value === "string")).toBe(true);
  });
});
