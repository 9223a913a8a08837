// The editor's memo: verdicts alone, or with their evidence when the run's report is given.
import { describe, expect, it } from "vitest";
import { conflictFingerprint, exportReviewsMarkdown } from "../../src/review/reviews-file.js";
import type { ReviewEntry, ReviewsDoc } from "../../src/review/reviews-file.js";
import { exact, makeClaim, makeConflict, makeReport, makeSource } from "../factories.js";

function entry(overrides: Partial<ReviewEntry> = {}): ReviewEntry {
  return { verdict: "confirmed", note: null, by: "Jane Doe", at: "2026-11-21T10:00:00.000Z", fingerprint: null, ...overrides };
}

function docOf(entries: Record<string, ReviewEntry>): ReviewsDoc {
  return { entries: new Map(Object.entries(entries)) };
}

const textA = "Gaza update\n\nMore than 35,000 people have died in Gaza, the ministry said.\n";
const textB = "The ministry said 30,412 people had been killed.\n";
const sourceA = makeSource({ id: "a.txt", text: textA, outlet: "The Independent", date: "2024-05-14" });
const sourceB = makeSource({ id: "b.txt", path: "corpus/b.txt", text: textB, outlet: "BBC News", date: null });
const claimA = makeClaim({ id: "c-1", source: "a.txt", span: { start: 13, end: 29 }, sentenceSpan: { start: 13, end: 74 } });
const claimB = makeClaim({
  id: "c-2",
  source: "b.txt",
  text: "30,412",
  span: { start: 18, end: 24 },
  sentence: "The ministry said 30,412 people had been killed.",
  sentenceSpan: { start: 0, end: 48 },
  value: exact(30412),
});
const conflict = makeConflict({ id: "x-1", claims: ["c-1", "c-2"], explanation: "One says more than 35,000; the other 30,412." });
const report = makeReport({ sources: [sourceA, sourceB], claims: [claimA, claimB], conflicts: [conflict] });

describe("exportReviewsMarkdown without a report", () => {
  it("lists verdicts grouped actionable-first, with note, reviewer and time", () => {
    const markdown = exportReviewsMarkdown(
      docOf({
        "x-2": entry({ verdict: "false-alarm", by: "Sam" }),
        "x-1": entry({ note: "Headline not updated after the *new* figure" }),
        "x-3": entry({ verdict: "follow-up" }),
      }),
    );
    expect(markdown).toContain("3 verdicts: 1 confirmed, 1 follow-up, 1 false-alarm.");
    expect(markdown).toContain("### x-1\n\n**confirmed** — Headline not updated after the \\*new\\* figure  \nRecorded by Jane Doe, 2026-11-21 10:00 UTC.");
    const order = ["## Confirmed", "## Follow-up", "## False alarms"].map((heading) => markdown.indexOf(heading));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(markdown).not.toContain("## Explained");
    expect(markdown).not.toContain("“");
  });

  it("says so when there is nothing to export", () => {
    expect(exportReviewsMarkdown(docOf({}))).toBe("# Fact-check verdicts\n\nNo verdicts recorded yet.\n");
  });
});

describe("exportReviewsMarkdown with the run's report", () => {
  it("quotes both sentences with the figure in bold, the outlets, dates and lines", () => {
    const markdown = exportReviewsMarkdown(docOf({ "x-1": entry({ fingerprint: conflictFingerprint([claimA, claimB]) }) }), report);
    expect(markdown).toContain("### x-1 · people killed in Gaza");
    expect(markdown).toContain("Contradiction, high severity. One says more than 35,000; the other 30,412.");
    expect(markdown).toContain("- *The Independent*, 2024-05-14 (`a.txt`, line 3): “**More than 35,000** people have died in Gaza, the ministry said.”");
    expect(markdown).toContain("- *BBC News*, undated (`b.txt`, line 1): “The ministry said **30,412** people had been killed.”");
    expect(markdown).not.toContain("Stale");
  });

  it("flags a verdict whose claims changed since", () => {
    const markdown = exportReviewsMarkdown(docOf({ "x-1": entry({ fingerprint: "000000000000" }) }), report);
    expect(markdown).toContain("1 verdict needs a second look");
    expect(markdown).toContain("> **Stale:** the claims changed after this verdict was recorded");
  });

  it("keeps verdicts on conflicts no longer found, in their own section", () => {
    const markdown = exportReviewsMarkdown(docOf({ "x-1": entry(), "x-gone": entry({ verdict: "explained", note: "Old toll" }) }), report);
    const orphans = markdown.indexOf("## Verdicts on conflicts no longer found");
    expect(orphans).toBeGreaterThan(markdown.indexOf("### x-1"));
    expect(markdown.indexOf("### x-gone")).toBeGreaterThan(orphans);
    expect(markdown).not.toContain("## Explained");
  });

  it("quotes the plain sentence when the figure is not where its span says", () => {
    const moved = makeClaim({ ...claimB, span: { start: 0, end: 6 } });
    const markdown = exportReviewsMarkdown(docOf({ "x-1": entry() }), makeReport({ ...report, claims: [claimA, moved] }));
    expect(markdown).toContain("“The ministry said 30,412 people had been killed.”");
  });
});
