// A small hand-built report shared by the formatter tests: two outlets, a headline that
// disagrees with its body, CRLF line ends, front matter, a reviewed and a stale conflict.
import type { Claim, Source } from "../../src/types.js";
import { exact, makeClaim, makeConflict, makeReport, makeSource } from "../factories.js";

/** A claim whose offsets are found in the source text, so every slice invariant holds. */
export function claimIn(source: Source, figure: string, sentence: string, overrides: Partial<Claim> = {}): Claim {
  const sentenceStart = source.text.indexOf(sentence);
  const start = source.text.indexOf(figure, sentenceStart);
  if (sentenceStart < 0 || start < 0) throw new Error(`fixture: "${figure}" not in ${source.id}`);
  return makeClaim({
    source: source.id,
    text: figure,
    span: { start, end: start + figure.length },
    sentence,
    sentenceSpan: { start: sentenceStart, end: sentenceStart + sentence.length },
    ...overrides,
  });
}

export const independent = makeSource({
  id: "004_independent.txt",
  path: "corpus/004_independent.txt",
  outlet: "The Independent",
  title: "US is helping Israel",
  url: "https://example.org/independent",
  date: "2024-05-14",
  dateFrom: "text",
  text:
    "Tuesday 14 May 2024 03:50 BST\r\n" +
    "Palestinian death toll nears 35,000 as Israel ramps up strikes\r\n" +
    "\r\n" +
    "More than 35,000 people have died in Gaza, according to the health authority there. " +
    "Some 300,000 people have fled Rafah.\r\n",
});

export const bbc = makeSource({
  id: "bbc.md",
  path: "corpus/bbc.md",
  outlet: "BBC",
  date: "2024-05-15",
  dateFrom: "front-matter",
  text: "---\nsource: BBC\ndate: 2024-05-15\n---\nThe ministry said 30,412 people had been killed.\n",
  bodyStart: 37,
});

export const headline = claimIn(independent, "nears 35,000", "Palestinian death toll nears 35,000 as Israel ramps up strikes", {
  id: "c-head",
  value: { low: 31500, high: 35000, lowInclusive: true, highInclusive: false },
  qualifier: "nears",
  attribution: null,
  role: "headline",
});

export const body = claimIn(
  independent,
  "More than 35,000",
  "More than 35,000 people have died in Gaza, according to the health authority there.",
  { id: "c-body", attribution: "the health authority there" },
);

export const displaced = claimIn(independent, "Some 300,000", "Some 300,000 people have fled Rafah.", {
  id: "c-fled",
  metric: "displaced.people@rafah",
  label: "people who fled Rafah",
  value: { low: 270000, high: 330000, lowInclusive: false, highInclusive: false },
  qualifier: "some",
  attribution: null,
});

export const bbcClaim = claimIn(bbc, "30,412", "The ministry said 30,412 people had been killed.", {
  id: "c-bbc",
  value: exact(30412),
  qualifier: null,
  attribution: "the ministry",
  asOf: "2024-05-15",
  supersededBy: "c-body",
});

export const report = makeReport({
  sources: [independent, bbc],
  claims: [headline, body, displaced, bbcClaim],
  conflicts: [
    makeConflict({
      id: "x-low",
      metric: "displaced.people@rafah",
      kind: "attribution",
      severity: "low",
      claims: ["c-fled"],
      explanation: "Only one outlet gives this figure, and attributes it to no one.",
      review: { verdict: "follow-up", note: null, by: "Sam", at: "2026-11-20T10:00:00Z", stale: true },
    }),
    makeConflict({
      id: "x-medium",
      kind: "contradiction",
      severity: "medium",
      claims: ["c-body", "c-bbc"],
      explanation: "The Independent says more than 35,000 on 2024-05-14; the BBC says 30,412 a day later.",
      review: { verdict: "confirmed", note: "different counting", by: "Jane", at: "2026-11-21", stale: false },
    }),
    makeConflict({
      id: "x-high",
      kind: "internal",
      severity: "high",
      claims: ["c-head", "c-body"],
      explanation: "The headline says the toll nears 35,000 (below it); the body says more than 35,000.",
    }),
  ],
});
