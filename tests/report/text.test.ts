import { describe, expect, test } from "vitest";
import { formatText } from "../../src/report/text.js";
import { makeClaim, makeConflict, makeReport, makeSource } from "../factories.js";
import { claimIn, report } from "./fixture.js";

const ESC = "\x1b[";

describe("formatText, conflicts", () => {
  const text = formatText(report);

  test("reads as a whole: header, metrics worst first, claims in their sentences, verdicts", () => {
    expect(text).toBe(
      [
        "2 sources, 4 claims, 3 conflicts",
        "",
        "killed.people@gaza — people killed in Gaza (2 conflicts)",
        "────────────────────────────────────────────────────────",
        "",
        "[HIGH] internal · killed.people@gaza  x-high",
        "  The headline says the toll nears 35,000 (below it); the body says more than 35,000.",
        "",
        "    “Palestinian death toll «nears 35,000» as Israel ramps up strikes”",
        "    — The Independent, 2024-05-14 (dateline), corpus/004_independent.txt:2:24",
        "      read as < 35,000 (31,500–35,000) · headline",
        "",
        "    “«More than 35,000» people have died in Gaza, according to the health authority there.”",
        "    — The Independent, 2024-05-14 (dateline), corpus/004_independent.txt:4:1, according to the",
        "      health authority there",
        "      read as > 35,000",
        "",
        "[MEDIUM] contradiction · killed.people@gaza  x-medium",
        "  The Independent says more than 35,000 on 2024-05-14; the BBC says 30,412 a day later.",
        "",
        "    “«More than 35,000» people have died in Gaza, according to the health authority there.”",
        "    — The Independent, 2024-05-14 (dateline), corpus/004_independent.txt:4:1, according to the",
        "      health authority there",
        "      read as > 35,000",
        "",
        "    “The ministry said «30,412» people had been killed.”",
        "    — BBC, 2024-05-15, corpus/bbc.md:5:19, according to the ministry",
        "      read as 30,412 · superseded by c-body",
        "",
        "  ✓ confirmed by Jane, 2026-11-21: different counting",
        "",
        "displaced.people@rafah — people who fled Rafah (1 conflict)",
        "───────────────────────────────────────────────────────────",
        "",
        "[LOW] attribution · displaced.people@rafah  x-low",
        "  Only one outlet gives this figure, and attributes it to no one.",
        "",
        "    “«Some 300,000» people have fled Rafah.”",
        "    — The Independent, 2024-05-14 (dateline), corpus/004_independent.txt:4:85",
        "      read as ≈ 270,000–330,000",
        "",
        "  ? flagged for follow-up by Sam, 2026-11-20",
        "  ! changed since review: the claims differ from those the verdict was given on",
        "",
      ].join("\n"),
    );
  });

  test("orders severities within a metric and metrics by their worst conflict", () => {
    const ids = [...text.matchAll(/^\[(\w+)\] .* (x-\w+)$/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(ids).toEqual(["HIGH x-high", "MEDIUM x-medium", "LOW x-low"]);
    const reordered = formatText({ ...report, conflicts: [...report.conflicts].reverse() });
    expect(reordered).toBe(text);
  });

  test("keeps every line within the width unless one word is longer", () => {
    for (const width of [40, 60, 100]) {
      for (const line of formatText(report, { width }).split("\n")) {
        if (!line.trim().includes(" ")) continue;
        expect(line.length, line).toBeLessThanOrEqual(width);
      }
    }
  });

  test("colours only when asked, and colour codes do not change the words", () => {
    expect(text).not.toContain(ESC);
    const coloured = formatText(report, { color: true });
    expect(coloured).toContain(`${ESC}1m${ESC}31m[HIGH]${ESC}39m${ESC}22m`);
    expect(coloured).toContain(`${ESC}1m«nears 35,000»${ESC}22m`);
    expect(coloured.replace(/\x1b\[\d+m/g, "")).toBe(text);
  });

  test("keeps the figure marked when a long sentence is cut around it", () => {
    const long = `${"Officials in the north repeated earlier warnings ".repeat(4)}that at least 45 soldiers were killed ${"in fighting that continued through the night ".repeat(4)}.`;
    const source = makeSource({ text: long });
    const claim = claimIn(source, "at least 45", long, { id: "c-long" });
    const other = claimIn(source, "at least 45", long, { id: "c-other" });
    const out = formatText(
      makeReport({ sources: [source], claims: [claim, other], conflicts: [makeConflict({ claims: ["c-long", "c-other"] })] }),
      { width: 400 },
    );
    const quoted = out.split("\n").find((l) => l.includes("«at least 45»")) as string;
    expect(quoted).toMatch(/^ {4}“….*«at least 45».*…”$/);
    expect(quoted.trim().length).toBeLessThanOrEqual(170);
    // Cut at word boundaries: no stray space beside an ellipsis, no half words.
    expect(quoted).not.toContain("“… ");
    expect(quoted).not.toContain(" …”");
    expect(quoted).toMatch(/“…(Officials|in|the|north|repeated|earlier|warnings) /);
  });
});

describe("formatText, nothing to report", () => {
  test("says plainly that nothing conflicts and how much was compared", () => {
    const claims = [
      makeClaim({ id: "c-1" }),
      makeClaim({ id: "c-2", metric: "hostages.held@gaza" }),
      makeClaim({ id: "c-3", status: "projection" }),
    ];
    const out = formatText(makeReport({ claims }));
    expect(out).toBe(
      [
        "1 source, 3 claims, 0 conflicts",
        "No conflicts found among 2 compared claims about 2 metrics.",
        "1 other claim (projection) was not compared.",
        "",
      ].join("\n"),
    );
  });

  test("an empty run still says what it looked at", () => {
    expect(formatText(makeReport({ sources: [] }))).toBe(
      "0 sources, 0 claims, 0 conflicts\nNo conflicts found among 0 compared claims about 0 metrics.\n",
    );
  });
});

describe("formatText, extract", () => {
  test("lists each source's claims in file order with position, metric, interval, text and attribution", () => {
    const shuffled = { ...report, claims: [...report.claims].reverse(), conflicts: [] };
    expect(formatText(shuffled, { mode: "extract" })).toBe(
      [
        "2 sources, 4 claims",
        "",
        "corpus/004_independent.txt — The Independent, 2024-05-14 (dateline)",
        "  2:24  killed.people@gaza      < 35,000 (31,500–35,000)  \"nears 35,000\"      [headline]",
        "  4:1   killed.people@gaza      > 35,000                  \"More than 35,000\"  (the health authority there)",
        "  4:85  displaced.people@rafah  ≈ 270,000–330,000         \"Some 300,000\"",
        "",
        "corpus/bbc.md — BBC, 2024-05-15",
        "  5:19  killed.people@gaza  30,412  \"30,412\"  (the ministry) [superseded by c-body]",
        "",
      ].join("\n"),
    );
  });

  test("says so when a source has no claims", () => {
    const out = formatText(makeReport({ sources: [makeSource({ outlet: null, date: null, dateFrom: "none" })] }), {
      mode: "extract",
    });
    expect(out).toBe("1 source, 0 claims\n\ncorpus/a.txt — unknown outlet, undated\n  no claims\n");
  });
});
