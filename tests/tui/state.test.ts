// The reducer, one case per action, with the no-op cases beside the ones that change state.
import { describe, expect, it } from "vitest";
import type { Review } from "../../src/types.js";
import { buildModel } from "../../src/tui/model.js";
import { currentEntry, visibleEntries } from "../../src/tui/selectors.js";
import type { Action, UiState } from "../../src/tui/state.js";
import { initialState, reducer } from "../../src/tui/state.js";
import { SOURCES, buildReport, manyConflicts } from "./review-report.js";

const confirmed: Review = { verdict: "confirmed", note: "checked", by: "ana", at: "2024-06-01T10:00:00Z", stale: false };

/** Three conflicts: two on deaths (one already confirmed), one on displacement. */
function threeConflicts(): UiState {
  const report = buildReport(SOURCES, [
    { id: "x-a", metric: "killed.people@gaza", severity: "high", figures: [{ source: "a.txt", text: "35,000" }, { source: "b.txt", text: "30,412" }] },
    { id: "x-b", metric: "killed.people@gaza", severity: "low", review: confirmed, figures: [{ source: "b.txt", text: "20" }, { source: "c.txt", text: "31,000" }] },
    { id: "x-c", metric: "displaced.people@gaza", severity: "medium", figures: [{ source: "a.txt", text: "1,700,000" }, { source: "c.txt", text: "1,100,000" }] },
  ]);
  return initialState(buildModel(report), { columns: 80, rows: 24 });
}

const run = (state: UiState, ...actions: Action[]) => actions.reduce(reducer, state);
const ids = (state: UiState) => visibleEntries(state).map((entry) => entry.conflict.id);
const saved = (conflictId: string, review: Review | null): Action => ({ type: "verdict-saved", conflictId, review });

interface Case {
  name: string;
  given?: Action[];
  action: Action;
  expect: (next: UiState, before: UiState) => void;
}

const cases: Case[] = [
  { name: "resize stores the terminal size", action: { type: "resize", columns: 120, rows: 40 },
    expect: (s) => expect(s.size).toEqual({ columns: 120, rows: 40 }) },
  { name: "move goes down the list", action: { type: "move", delta: 1 }, expect: (s) => expect(s.cursor).toBe(1) },
  { name: "move stops at the top", action: { type: "move", delta: -1 }, expect: (s) => expect(s.cursor).toBe(0) },
  { name: "move stops at the bottom", action: { type: "move", delta: 10 }, expect: (s) => expect(s.cursor).toBe(2) },
  { name: "move scrolls the detail instead", given: [{ type: "open-detail" }], action: { type: "move", delta: 2 },
    expect: (s) => expect([s.cursor, s.detailScroll]).toEqual([0, 2]) },
  { name: "page moves by a screenful, clamped", action: { type: "page", direction: 1 }, expect: (s) => expect(s.cursor).toBe(2) },
  { name: "page up from the top stays", action: { type: "page", direction: -1 }, expect: (s) => expect(s.cursor).toBe(0) },
  { name: "jump to the end", action: { type: "jump", to: "end" }, expect: (s) => expect(s.cursor).toBe(2) },
  { name: "jump to the start", given: [{ type: "move", delta: 2 }], action: { type: "jump", to: "start" },
    expect: (s) => expect(s.cursor).toBe(0) },
  { name: "open-detail pins the conflict under the cursor", given: [{ type: "move", delta: 1 }], action: { type: "open-detail" },
    expect: (s) => expect([s.view, s.openId]).toEqual(["detail", "x-b"]) },
  { name: "back leaves the detail", given: [{ type: "open-detail" }], action: { type: "back" },
    expect: (s) => expect(s.view).toBe("list") },
  { name: "back on the list changes nothing", action: { type: "back" }, expect: (s, before) => expect(s).toBe(before) },
  { name: "show-help remembers where it came from", given: [{ type: "open-detail" }], action: { type: "show-help" },
    expect: (s) => expect([s.view, s.underlying]).toEqual(["help", "detail"]) },
  { name: "show-help again closes it", given: [{ type: "show-help" }], action: { type: "show-help" },
    expect: (s) => expect(s.view).toBe("list") },
  { name: "switch-claim cycles the focused claim", given: [{ type: "open-detail" }, { type: "switch-claim" }],
    action: { type: "switch-claim" }, expect: (s) => expect(s.focusedClaim).toBe(0) },
  { name: "switch-claim does nothing on the list", action: { type: "switch-claim" }, expect: (s) => expect(s.focusedClaim).toBe(0) },
  { name: "start-verdict opens the note prompt for the current conflict", action: { type: "start-verdict", verdict: "explained" },
    expect: (s) => {
      expect(s.view).toBe("note-prompt");
      expect(s.pending).toEqual({ conflictId: "x-a", verdict: "explained", note: null, saving: false });
    } },
  { name: "clear-verdict asks to clear a reviewed conflict", given: [{ type: "move", delta: 1 }], action: { type: "clear-verdict" },
    expect: (s) => expect(s.pending).toEqual({ conflictId: "x-b", verdict: null, note: null, saving: true }) },
  { name: "clear-verdict on an unreviewed conflict only says so", action: { type: "clear-verdict" },
    expect: (s) => expect([s.pending, s.message]).toEqual([null, "No verdict to clear"]) },
  { name: "open-filter starts from the current text", action: { type: "open-filter" },
    expect: (s) => expect([s.view, s.input]).toEqual(["filter-prompt", ""]) },
  { name: "type filters live while the prompt is open", given: [{ type: "open-filter" }], action: { type: "type", text: "displaced" },
    expect: (s) => expect(ids(s)).toEqual(["x-c"]) },
  { name: "type outside a prompt is ignored", action: { type: "type", text: "q" }, expect: (s, before) => expect(s).toBe(before) },
  { name: "type drops control characters", given: [{ type: "open-filter" }], action: { type: "type", text: "a\u0007b\n" },
    expect: (s) => expect(s.input).toBe("ab") },
  { name: "erase removes one character", given: [{ type: "open-filter" }, { type: "type", text: "abc" }], action: { type: "erase" },
    expect: (s) => expect(s.input).toBe("ab") },
  { name: "submit-prompt keeps the filter text", given: [{ type: "open-filter" }, { type: "type", text: " displaced " }],
    action: { type: "submit-prompt" }, expect: (s) => expect([s.view, s.filters.text, ids(s)]).toEqual(["list", "displaced", ["x-c"]]) },
  { name: "submit-prompt commits the verdict with its note",
    given: [{ type: "start-verdict", verdict: "confirmed" }, { type: "type", text: "called the ministry" }],
    action: { type: "submit-prompt" },
    expect: (s) => expect([s.view, s.pending]).toEqual(["list", { conflictId: "x-a", verdict: "confirmed", note: "called the ministry", saving: true }]) },
  { name: "submit-prompt with an empty note stores null",
    given: [{ type: "start-verdict", verdict: "follow-up" }, { type: "type", text: "  " }], action: { type: "submit-prompt" },
    expect: (s) => expect(s.pending?.note).toBeNull() },
  { name: "dismiss-prompt drops a filter edit", given: [{ type: "open-filter" }, { type: "type", text: "zzz" }],
    action: { type: "dismiss-prompt" }, expect: (s) => expect([s.view, s.filters.text, ids(s).length]).toEqual(["list", "", 3]) },
  { name: "dismiss-prompt saves the verdict without a note",
    given: [{ type: "open-detail" }, { type: "start-verdict", verdict: "false-alarm" }, { type: "type", text: "typo" }],
    action: { type: "dismiss-prompt" },
    expect: (s) => expect([s.view, s.pending]).toEqual(["detail", { conflictId: "x-a", verdict: "false-alarm", note: null, saving: true }]) },
  { name: "cycle-filter verdict goes to unreviewed", action: { type: "cycle-filter", field: "verdict" },
    expect: (s) => expect([s.filters.verdict, ids(s)]).toEqual(["unreviewed", ["x-a", "x-c"]]) },
  { name: "cycle-filter verdict then confirmed", given: [{ type: "cycle-filter", field: "verdict" }],
    action: { type: "cycle-filter", field: "verdict" }, expect: (s) => expect(ids(s)).toEqual(["x-b"]) },
  { name: "cycle-filter metric picks the first metric in list order", action: { type: "cycle-filter", field: "metric" },
    expect: (s) => expect([s.filters.metric, ids(s)]).toEqual(["killed.people@gaza", ["x-a", "x-b"]]) },
  { name: "cycle-filter source picks one source", action: { type: "cycle-filter", field: "source" },
    expect: (s) => expect([s.filters.source, ids(s)]).toEqual(["b.txt", ["x-a", "x-b"]]) },
  { name: "next-unreviewed skips reviewed conflicts", action: { type: "next-unreviewed" }, expect: (s) => expect(s.cursor).toBe(2) },
  { name: "next-unreviewed wraps around", given: [{ type: "move", delta: 2 }], action: { type: "next-unreviewed" },
    expect: (s) => expect(s.cursor).toBe(0) },
  { name: "next-unreviewed in the detail opens the next one", given: [{ type: "open-detail" }], action: { type: "next-unreviewed" },
    expect: (s) => expect([s.view, s.openId]).toEqual(["detail", "x-c"]) },
  { name: "next-unreviewed says when none is left",
    given: [saved("x-a", confirmed), saved("x-c", confirmed)], action: { type: "next-unreviewed" },
    expect: (s) => expect(s.message).toBe("No unreviewed conflicts left in this view") },
  { name: "verdict-saved overrides the report's review",
    given: [{ type: "start-verdict", verdict: "confirmed" }, { type: "submit-prompt" }], action: saved("x-a", confirmed),
    expect: (s) => {
      expect([s.pending, s.reviews["x-a"], s.message]).toEqual([null, confirmed, "Marked confirmed"]);
      expect(currentEntry(s)?.conflict.id).toBe("x-a");
    } },
  { name: "verdict-saved with null records a cleared verdict", action: saved("x-b", null),
    expect: (s) => expect([s.reviews["x-b"], s.message]).toEqual([null, "Verdict cleared"]) },
  { name: "verdict-failed drops the pending verdict and says why",
    given: [{ type: "start-verdict", verdict: "confirmed" }, { type: "submit-prompt" }],
    action: { type: "verdict-failed", conflictId: "x-a", message: "disk full" },
    expect: (s) => expect([s.pending, s.message]).toEqual([null, "Could not save the verdict: disk full"]) },
  { name: "detail-measured stops scrolling past the content",
    given: [{ type: "open-detail" }, { type: "move", delta: 50 }], action: { type: "detail-measured", height: 25 },
    expect: (s) => expect([s.detailHeight, s.detailScroll]).toEqual([25, 5]) },
  { name: "show-message sets the message line", action: { type: "show-message", text: "corpus/a.txt:2:1" },
    expect: (s) => expect(s.message).toBe("corpus/a.txt:2:1") },
];

describe("reducer", () => {
  it.each(cases)("$name", ({ given = [], action, expect: check }) => {
    const before = run(threeConflicts(), ...given);
    check(reducer(before, action), before);
  });

  it("has a case for every action type", () => {
    const covered = new Set(cases.map((c) => c.action.type));
    const all: Action["type"][] = [
      "resize", "move", "page", "jump", "open-detail", "back", "show-help", "switch-claim", "start-verdict",
      "clear-verdict", "open-filter", "type", "erase", "submit-prompt", "dismiss-prompt", "cycle-filter",
      "next-unreviewed", "verdict-saved", "verdict-failed", "detail-measured", "show-message",
    ];
    expect(all.filter((type) => !covered.has(type))).toEqual([]);
  });

  it("keeps the opened conflict when a saved verdict filters it out of the list", () => {
    const state = run(
      threeConflicts(),
      { type: "cycle-filter", field: "verdict" },
      { type: "open-detail" },
      saved("x-a", confirmed),
    );
    expect(currentEntry(state)?.conflict.id).toBe("x-a");
    expect(ids(state)).toEqual(["x-c"]);
    expect(run(state, { type: "next-unreviewed" }).openId).toBe("x-c");
  });

  it("keys clear the message; saves and resizes keep it", () => {
    const withMessage = run(threeConflicts(), { type: "show-message", text: "hello" });
    expect(run(withMessage, { type: "move", delta: 1 }).message).toBeNull();
    expect(run(withMessage, { type: "resize", columns: 90, rows: 30 }).message).toBe("hello");
  });

  it("scrolls the list so the cursor stays on screen, 10,000 conflicts deep", () => {
    const state = run(initialState(buildModel(manyConflicts(10_000)), { columns: 80, rows: 24 }), { type: "jump", to: "end" });
    expect(state.cursor).toBe(9_999);
    expect(state.scroll).toBeGreaterThan(10_000 - 20);
    expect(run(state, { type: "jump", to: "start" }).scroll).toBe(0);
  });
});
