// The UI's pure helpers: offsets to lines, intervals in words, the key table, the timeline,
// and the list layout that keeps rendering to the rows on screen.
import type { Key } from "ink";
import { describe, expect, it } from "vitest";
import type { Interval } from "../../src/types.js";
import { describeInterval } from "../../src/tui/describe-interval.js";
import { BINDINGS, Command, commandAction, commandFor, promptAction, splitKeys } from "../../src/tui/keys.js";
import { locate } from "../../src/tui/locate.js";
import { buildModel } from "../../src/tui/model.js";
import { listLayout, scrollToShow, windowItems } from "../../src/tui/selectors.js";
import { buildTimeline, drawInterval } from "../../src/tui/timeline.js";
import { exact, makeClaim } from "../factories.js";
import { manyConflicts } from "./review-report.js";

describe("locate", () => {
  const text = "line one\nline two\r\nthird\rfourth";
  it.each([
    [0, 1, 1],
    [5, 1, 6],
    [9, 2, 1],
    [17, 2, 9], // "\r\n" belongs to the line it ends
    [18, 2, 10],
    [19, 3, 1],
    [25, 4, 1], // a lone "\r" ends a line too
    [999, 4, 7], // past the end: clamped
  ])("offset %i is line %i column %i", (offset, line, column) => {
    expect(locate(text, offset)).toEqual({ line, column });
  });
});

describe("describeInterval", () => {
  const open = (low: number | null, high: number | null, lowInclusive = false, highInclusive = false): Interval => ({
    low, high, lowInclusive, highInclusive,
  });
  it.each<[Interval, string | null, string]>([
    [open(35000, null), "more than", "> 35,000"],
    [open(45, null, true), "at least", "≥ 45"],
    [open(null, 35000), null, "< 35,000"],
    [open(null, 300, false, true), "up to", "≤ 300"],
    [exact(251), null, "= 251"],
    [open(18, 22, true, true), "about", "≈ 18–22"],
    [open(5000, 6000, true, true), null, "[5,000, 6,000]"],
    // "nearly" commits to a hard upper end: not written as an estimate.
    [open(30400, 32000, true, false), "nearly", "[30,400, 32,000)"],
    [open(null, null), null, "any value"],
    [exact(1.5), null, "= 1.5"],
  ])("%j with %s reads %s", (value, qualifier, expected) => {
    expect(describeInterval(value, qualifier)).toBe(expected);
  });
});

describe("keys", () => {
  const key = (overrides: Partial<Key> = {}): Key => ({
    upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false,
    home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false,
    backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false,
    ...overrides,
  });
  it.each<[string, Partial<Key>, Command | null]>([
    ["", { downArrow: true }, Command.Down],
    ["j", {}, Command.Down],
    ["k", {}, Command.Up],
    ["G", { shift: true }, Command.End],
    ["g", {}, Command.Home],
    ["", { pageDown: true }, Command.PageDown],
    ["", { return: true }, Command.Open],
    ["", { escape: true, meta: true }, Command.Back],
    ["", { tab: true }, Command.SwitchClaim],
    ["c", {}, Command.Confirmed],
    ["u", {}, Command.FollowUp],
    ["?", {}, Command.Help],
    ["q", {}, Command.Quit],
    // Not bound: Ctrl+J is not j, unknown letters do nothing.
    ["j", { ctrl: true }, null],
    ["z", {}, null],
    ["", { leftArrow: true }, null],
  ])("%j %j is %s", (input, flags, command) => {
    expect(commandFor(input, key(flags))).toBe(command);
  });

  it("binds every command exactly once and gives each an action", () => {
    const bound = BINDINGS.map((binding) => binding.command);
    expect(new Set(bound).size).toBe(bound.length);
    expect([...bound].sort()).toEqual(Object.values(Command).sort());
    for (const command of bound) expect(commandAction(command)).toBeTruthy();
  });

  it("never binds one key to two commands", () => {
    const labels = BINDINGS.flatMap((binding) => binding.keys.map((spec) => JSON.stringify(spec)));
    expect(new Set(labels).size).toBe(labels.length);
  });

  it.each<[string, string[]]>([
    ["j", ["j"]],
    ["jjk", ["j", "j", "k"]],
    ["ok\r", ["o", "k", "<return>"]],
    ["\tG", ["<tab>", "G+shift"]],
    ["ab\u007F", ["a", "b", "<delete>"]],
    ["", [""]],
  ])("splits %j into %j", (input, expected) => {
    const named = splitKeys(input, key()).map(({ input: one, key: flags }) => {
      const special = (["return", "tab", "delete"] as const).find((name) => flags[name]);
      return special ? `<${special}>` : `${one}${flags.shift ? "+shift" : ""}`;
    });
    expect(named).toEqual(expected);
  });

  it("leaves a single keypress as Ink parsed it", () => {
    const pressed = key({ downArrow: true });
    expect(splitKeys("", pressed)).toEqual([{ input: "", key: pressed }]);
  });

  it.each<[string, Partial<Key>, string | null]>([
    ["a", {}, "type"],
    ["q", {}, "type"], // q types a q inside a prompt, it does not quit
    ["", { return: true }, "submit-prompt"],
    ["", { escape: true, meta: true }, "dismiss-prompt"],
    ["", { backspace: true }, "erase"],
    ["", { delete: true }, "erase"],
    ["", { upArrow: true }, null],
    ["c", { ctrl: true }, null],
  ])("in a prompt %j %j is %s", (input, flags, type) => {
    expect(promptAction(input, key(flags))?.type ?? null).toBe(type);
  });
});

describe("timeline", () => {
  const domain = { low: 0, high: 100 };
  it.each<[Interval, string]>([
    [exact(50), "     ●     "],
    [{ low: 20, high: 80, lowInclusive: true, highInclusive: true }, "  ├─────┤  "],
    [{ low: 70, high: null, lowInclusive: false, highInclusive: false }, "       ├──▶"],
    [{ low: null, high: 30, lowInclusive: false, highInclusive: false }, "◀──┤       "],
    [{ low: 100, high: null, lowInclusive: false, highInclusive: false }, "          ▶"],
  ])("draws %j", (value, bar) => {
    expect(drawInterval(value, domain, 11)).toBe(bar);
  });

  it("keeps the conflict's claims and their nearest neighbours in date order", () => {
    const claims = Array.from({ length: 30 }, (_, i) =>
      makeClaim({ id: `c-${i}`, asOf: `2024-01-${String(i + 1).padStart(2, "0")}`, value: exact(i) }),
    );
    const timeline = buildTimeline(claims, new Map(), new Set(["c-3", "c-20"]), 10, 6);
    expect(timeline.rows.map((row) => row.claim.id)).toEqual(["c-2", "c-3", "c-4", "c-19", "c-20", "c-21"]);
    expect(timeline.rows.filter((row) => row.inConflict).length).toBe(2);
    expect(timeline.hidden).toBe(24);
    expect(timeline.domain).toEqual({ low: 2, high: 21 });
  });
});

describe("list layout", () => {
  const entries = buildModel(manyConflicts(10_000)).entries;
  const layout = listLayout(entries);

  it("puts one header before each metric group and two lines per conflict", () => {
    // Groups in order of their most severe conflict: hostages (high), displaced (medium), killed (low).
    const headers = layout.items.filter((item) => item.kind === "group");
    expect(headers.map((item) => (item.kind === "group" ? item.count : 0))).toEqual([3333, 3333, 3334]);
    expect(layout.offsets.at(-1)).toBe(3 + 2 * 9_999);
  });

  it("renders only what fits on screen", () => {
    expect(windowItems(layout, 0, 20).length).toBe(10); // 1 header + 9 conflicts = 19 lines
    expect(windowItems(layout, 5000, 20).length).toBeLessThanOrEqual(20);
  });

  it("scrolls just enough to show the cursor, and its group header when it is first", () => {
    const last = layout.itemOfEntry[9_999] ?? 0;
    const bottom = scrollToShow(layout, last, 0, 20);
    expect(windowItems(layout, bottom, 20).at(-1)).toEqual({ kind: "conflict", entry: 9_999 });
    expect(scrollToShow(layout, 1, bottom, 20)).toBe(0); // first conflict: its header shows too
    expect(scrollToShow(layout, 5, 0, 20)).toBe(0); // already on screen: no scroll
  });
});
