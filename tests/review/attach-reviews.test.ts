// Fingerprints of what was judged, the stale flag, and verdicts whose conflict is gone.
import { describe, expect, it } from "vitest";
import { attachReviews, conflictFingerprint, orphanedReviews } from "../../src/review/reviews-file.js";
import type { ReviewEntry, ReviewsDoc } from "../../src/review/reviews-file.js";
import type { Claim } from "../../src/types.js";
import { exact, makeClaim, makeConflict } from "../factories.js";

const first = makeClaim({ id: "c-1", source: "a.txt" });
const second = makeClaim({
  id: "c-2",
  source: "b.txt",
  text: "30,412",
  sentence: "The ministry said 30,412 people had been killed.",
  value: exact(30412),
});

describe("conflictFingerprint", () => {
  const base = conflictFingerprint([first, second]);

  it("is a short hex hash, the same whatever order the claims come in", () => {
    expect(base).toMatch(/^[0-9a-f]{12}$/);
    expect(conflictFingerprint([second, first])).toBe(base);
  });

  const changes: [string, Partial<Claim>][] = [
    ["the sentence", { sentence: "The ministry said 31,000 people had been killed." }],
    ["the quoted figure", { text: "31,000" }],
    ["the interval", { value: exact(31000) }],
    ["an open bound becoming closed", { value: { ...exact(30412), highInclusive: false } }],
    ["the source", { source: "c.txt" }],
  ];
  it.each(changes)("changes when %s changes", (_name, change) => {
    expect(conflictFingerprint([first, { ...second, ...change }])).not.toBe(base);
  });

  const unrelated: [string, Partial<Claim>][] = [
    ["offsets (an edit elsewhere in the article)", { span: { start: 900, end: 906 }, sentenceSpan: { start: 880, end: 929 } }],
    ["the label", { label: "deaths in Gaza" }],
    ["the extractor's evidence", { evidence: ["parser: plain-count"] }],
    ["the attribution", { attribution: "officials" }],
    ["line wrapping inside the sentence", { sentence: "The ministry said 30,412\n  people had been killed." }],
  ];
  it.each(unrelated)("stays the same when only %s changes", (_name, change) => {
    expect(conflictFingerprint([first, { ...second, ...change }])).toBe(base);
  });
});

function entry(overrides: Partial<ReviewEntry> = {}): ReviewEntry {
  return { verdict: "confirmed", note: "Checked", by: "Jane Doe", at: "2026-11-21T10:00:00.000Z", fingerprint: null, ...overrides };
}

function docOf(entries: Record<string, ReviewEntry>): ReviewsDoc {
  return { entries: new Map(Object.entries(entries)) };
}

describe("attachReviews", () => {
  const claimsById = new Map([first, second].map((claim) => [claim.id, claim]));
  const conflict = makeConflict({ id: "x-1", claims: ["c-1", "c-2"] });
  const unreviewed = makeConflict({ id: "x-2", claims: ["c-1", "c-2"] });
  const current = conflictFingerprint([first, second]);

  const cases: [string, ReviewEntry, boolean][] = [
    ["the claims are unchanged", entry({ fingerprint: current }), false],
    ["the claims changed since", entry({ fingerprint: "000000000000" }), true],
    ["no fingerprint was recorded (hand-written)", entry({ fingerprint: null }), false],
  ];
  it.each(cases)("sets the stale flag when %s", (_name, recorded, stale) => {
    const [reviewed, other] = attachReviews([conflict, unreviewed], claimsById, docOf({ "x-1": recorded }));
    expect(reviewed?.review).toEqual({ verdict: "confirmed", note: "Checked", by: "Jane Doe", at: "2026-11-21T10:00:00.000Z", stale });
    expect(other?.review).toBeNull();
  });

  it("treats a claim that vanished from the run as a change", () => {
    const [reviewed] = attachReviews([makeConflict({ id: "x-1", claims: ["c-1", "c-gone"] })], claimsById, docOf({ "x-1": entry({ fingerprint: current }) }));
    expect(reviewed?.review?.stale).toBe(true);
  });

  it("does not modify its inputs", () => {
    const input = [conflict];
    attachReviews(input, claimsById, docOf({ "x-1": entry() }));
    expect(input[0]?.review).toBeNull();
  });
});

describe("orphanedReviews", () => {
  it("lists verdicts whose conflict the run did not find, in id order, and only those", () => {
    const doc = docOf({ "x-9": entry(), "x-1": entry(), "x-3": entry({ verdict: "explained" }) });
    const orphans = orphanedReviews(doc, [makeConflict({ id: "x-1" })]);
    expect(orphans.map((orphan) => orphan.id)).toEqual(["x-3", "x-9"]);
    expect(orphans[0]?.entry.verdict).toBe("explained");
    expect(orphanedReviews(doc, [makeConflict({ id: "x-1" }), makeConflict({ id: "x-3" }), makeConflict({ id: "x-9" })])).toEqual([]);
  });
});
