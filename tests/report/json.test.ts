import { describe, expect, test } from "vitest";
import { formatJson } from "../../src/report/json.js";
import { makeClaim, makeReport } from "../factories.js";
import { bbc, independent, report } from "./fixture.js";

const parse = (json: string) => JSON.parse(json) as Record<string, any>;

const CONTRACT_CLAIM_KEYS = [
  "id", "source", "kind", "metric", "label", "text", "span", "line", "column", "sentence",
  "value", "qualifier", "attribution", "asOf", "supersededBy",
];
const EXTRA_CLAIM_KEYS = ["claimant", "status", "role", "asOfFrom"];

describe("formatJson", () => {
  const json = formatJson(report);
  const document = parse(json);

  test("is one JSON document, indented by two spaces, ending in a newline", () => {
    expect(json.endsWith("}\n")).toBe(true);
    expect(json.split("\n")[1]).toBe('  "version": 1,');
    expect(Object.keys(document)).toEqual(["version", "sources", "claims", "conflicts", "factConflicts"]);
  });

  test("lists sources without their text, with url and author only when set", () => {
    expect(document.sources.map((s: object) => Object.keys(s))).toEqual([
      ["id", "path", "outlet", "title", "date", "dateFrom", "url"],
      ["id", "path", "outlet", "title", "date", "dateFrom"],
    ]);
    expect(document.sources[0]).toMatchObject({ id: independent.id, dateFrom: "text", url: independent.url });
    expect(json).not.toContain("bodyStart");
    expect(json).not.toContain("Tuesday 14 May 2024 03:50 BST");
  });

  test("writes claim fields in the contract's order, then the extra ones", () => {
    for (const claim of document.claims) {
      expect(Object.keys(claim)).toEqual([...CONTRACT_CLAIM_KEYS, ...EXTRA_CLAIM_KEYS]);
      expect(Object.keys(claim.span)).toEqual(["start", "end"]);
      expect(Object.keys(claim.value)).toEqual(["low", "high", "lowInclusive", "highInclusive"]);
    }
  });

  test("every claim's text is the slice its span names, and line/column point at its start", () => {
    const texts = new Map([independent, bbc].map((s) => [s.id, s.text]));
    expect(document.claims).toHaveLength(4);
    for (const claim of document.claims) {
      const text = texts.get(claim.source) as string;
      expect(text.slice(claim.span.start, claim.span.end)).toBe(claim.text);
      const lines = text.split(/\r\n|\r|\n/);
      const line = lines[claim.line - 1] as string;
      expect(line.slice(claim.column - 1).startsWith(claim.text)).toBe(true);
      const before = lines.slice(0, claim.line - 1).join("");
      expect(text.slice(0, claim.span.start).replace(/\r\n|\r|\n/g, "")).toBe(before + line.slice(0, claim.column - 1));
    }
    expect(document.claims.map((c: any) => `${c.id}@${c.line}:${c.column}`)).toEqual([
      "c-head@2:24", "c-body@4:1", "c-fled@4:85", "c-bbc@5:19",
    ]);
  });

  test("keeps intervals, nulls and supersession as the claims have them", () => {
    const byId = new Map(document.claims.map((c: any) => [c.id, c]));
    expect(byId.get("c-body")).toMatchObject({
      value: { low: 35000, high: null, lowInclusive: false, highInclusive: false },
      qualifier: "more than",
      attribution: "the health authority there",
      supersededBy: null,
    });
    expect(byId.get("c-bbc")).toMatchObject({ supersededBy: "c-body", role: "body", asOfFrom: "article" });
  });

  test("writes conflicts in the contract's shape, with reviews or null", () => {
    for (const conflict of document.conflicts) {
      expect(Object.keys(conflict)).toEqual(["id", "metric", "kind", "severity", "claims", "explanation", "review"]);
    }
    const [low, medium, high] = document.conflicts;
    expect(high.review).toBeNull();
    expect(medium.review).toEqual({ verdict: "confirmed", note: "different counting", by: "Jane", at: "2026-11-21", stale: false });
    expect(low.review.stale).toBe(true);
    expect(medium.claims).toEqual(["c-body", "c-bbc"]);
  });

  test("adds evidence only in debug mode", () => {
    const withEvidence = makeReport({ claims: [makeClaim({ evidence: ["parser: more-than", "cue: died"] })] });
    expect(parse(formatJson(withEvidence)).claims[0]).not.toHaveProperty("evidence");
    const debug = parse(formatJson(withEvidence, { debug: true })).claims[0];
    expect(debug.evidence).toEqual(["parser: more-than", "cue: died"]);
    expect(Object.keys(debug).at(-1)).toBe("evidence");
  });

  test("an extract report has an empty conflicts list", () => {
    expect(parse(formatJson({ ...report, conflicts: [] })).conflicts).toEqual([]);
  });

  test.each([
    ["a claim from a source the report lacks", makeReport({ claims: [makeClaim({ source: "missing.txt" })] }), /missing\.txt/],
    ["a conflict naming a claim the report lacks", { ...report, conflicts: [{ ...report.conflicts[0]!, claims: ["c-nope"] }] }, /c-nope/],
    ["a bound that JSON would turn into null", makeReport({ claims: [makeClaim({ value: { low: 1, high: Infinity, lowInclusive: true, highInclusive: true } })] }), /finite/],
  ])("refuses %s", (_name, broken, message) => {
    expect(() => formatJson(broken)).toThrow(message);
  });
});
