// Test data factories: build a valid object and override only what a test is about.
import type { Claim, Conflict, Interval, Report, Source } from "../src/types.js";

export function exact(n: number): Interval {
  return { low: n, high: n, lowInclusive: true, highInclusive: true };
}

export function makeSource(overrides: Partial<Source> = {}): Source {
  const text = overrides.text ?? "More than 35,000 people have died in Gaza, the ministry said.\n";
  return {
    id: "a.txt",
    path: "corpus/a.txt",
    text,
    bodyStart: 0,
    outlet: null,
    title: null,
    url: null,
    author: null,
    date: "2024-05-14",
    dateFrom: "sidecar",
    ...overrides,
  };
}

export function makeClaim(overrides: Partial<Claim> = {}): Claim {
  return {
    id: "c-0001",
    source: "a.txt",
    kind: "count",
    metric: "killed.people@gaza",
    label: "people killed in Gaza",
    text: "More than 35,000",
    span: { start: 0, end: 16 },
    sentence: "More than 35,000 people have died in Gaza, the ministry said.",
    sentenceSpan: { start: 0, end: 61 },
    value: { low: 35000, high: null, lowInclusive: false, highInclusive: false },
    qualifier: "more than",
    attribution: "the ministry",
    claimant: "gaza-health-ministry",
    asOf: "2024-05-14",
    asOfFrom: "article",
    supersededBy: null,
    status: "reported",
    role: "body",
    evidence: [],
    metricKind: "cumulative",
    vague: false,
    ...overrides,
  };
}

export function makeConflict(overrides: Partial<Conflict> = {}): Conflict {
  return {
    id: "x-0001",
    metric: "killed.people@gaza",
    kind: "contradiction",
    severity: "high",
    claims: ["c-0001", "c-0002"],
    explanation: "One source says more than 35,000; another says 30,412, on the same day.",
    review: null,
    ...overrides,
  };
}

export function makeReport(overrides: Partial<Report> = {}): Report {
  const sources = overrides.sources ?? [makeSource()];
  return { version: 1, sources, claims: [], conflicts: [], ...overrides };
}
