// The bundled seed corpus, end to end for facts: the roles of the seven people the articles
// name, one identity each and no conflict among them; the Kerem Shalom attack dated 5 May 2024;
// exactly one calendar conflict (the 21 March article's "fifth month"). Then a draft that gets
// Gallant's office or the attack's date wrong must conflict with the seeds.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareFacts } from "../../src/compare/facts/index.js";
import { extractFacts } from "../../src/extract/facts/extract-facts.js";
import type { Claim, Source } from "../../src/types.js";
import { CONTEXT, KNOWLEDGE, ROOT, dated } from "./fact-knowledge.js";

const DATES: Record<string, string> = { "000": "2024-05-06", "001": "2024-08-23", "002": "2024-05-07", "003": "2024-03-21", "004": "2024-05-14" };
const SEEDS = path.join(ROOT, "corpus", "seeds");

const sources: Source[] = readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ ...dated(readFileSync(path.join(SEEDS, f), "utf8"), DATES[f.slice(0, 3)]!, f), path: `corpus/seeds/${f}`, dateFrom: "sidecar" }));
const claims: Claim[] = sources.flatMap((s) => extractFacts(s, s.text, KNOWLEDGE, CONTEXT));
const conflicts = compareFacts(claims, sources);

const roles = claims.filter((c) => c.fact?.type === "role");
const PEOPLE: [string, string, string[]][] = [
  // surname, the one key every mention resolves to, the articles that name the person
  ["Gallant", "yoav-gallant", ["000", "001"]],
  ["Austin", "lloyd-austin", ["000", "001"]],
  ["Burns", "william-burns", ["000", "001", "002"]],
  ["Blinken", "antony-blinken", ["001", "003"]],
  ["Harris", "kamala-harris", ["001"]],
  ["Netanyahu", "benjamin-netanyahu", ["000", "002", "004"]],
  ["Dermer", "ron-dermer", ["003"]],
];

describe("the seed corpus", () => {
  it("every claim's text is the exact slice of its file", () => {
    for (const c of claims) expect(sources.find((s) => s.id === c.source)!.text.slice(c.span.start, c.span.end)).toBe(c.text);
  });

  it.each(PEOPLE)("%s: one identity across the articles that name him or her", (surname, key, articles) => {
    const mentions = roles.filter((c) => c.text.includes(surname));
    expect(new Set(mentions.map((c) => (c.fact as { personKey: string }).personKey))).toEqual(new Set([key]));
    expect(new Set(mentions.map((c) => c.source.slice(0, 3)))).toEqual(new Set(articles));
    expect(mentions.every((c) => c.metric === `role:${key}` && c.kind === "fact" && c.metricKind === "snapshot")).toBe(true);
  });

  it("finds no role conflict", () => {
    expect(conflicts.filter((x) => x.metric.startsWith("role:"))).toEqual([]);
  });

  it("dates the Kerem Shalom attack to 5 May 2024, with the day and month stated", () => {
    const dates = claims.filter((c) => c.metric === "event-date:attack@kerem-shalom");
    expect(dates.map((c) => [c.source.slice(0, 3), c.text])).toEqual([
      ["000", "rocket attack on the Kerem Shalom border crossing on May 5th"],
      ["000", "May 5th attack"],
    ]);
    for (const c of dates) expect(c.fact).toMatchObject({ type: "event-date", date: "2024-05-05", stated: ["day", "month"] });
    expect(conflicts.filter((x) => x.metric.startsWith("event-date:"))).toEqual([]);
  });

  it("finds exactly one calendar conflict: the 21 March article's fifth month", () => {
    const calendar = conflicts.filter((x) => x.kind === "calendar");
    expect(calendar).toHaveLength(1);
    const claim = claims.find((c) => c.id === calendar[0]!.claims[0])!;
    expect(claim.source.slice(0, 3)).toBe("003");
    expect(calendar[0]!.explanation).toContain("21 March 2024 is 5 months and 14 days after 7 October 2023");
    expect(calendar[0]!.explanation).toContain("sixth month, not its fifth");
  });

  it("passes the seventh month (000) and seven months ago (004)", () => {
    const durations = claims.filter((c) => c.fact?.type === "duration");
    expect(durations.map((c) => [c.source.slice(0, 3), c.text])).toEqual([
      ["000", "the war in Gaza rages into its seventh month"],
      ["003", "the ongoing war, now in its fifth month"],
      ["004", "the war began seven months ago"],
    ]);
  });
});

describe("a draft checked against the seeds", () => {
  const check = (text: string) => {
    const draft = dated(text, "2024-05-14", "draft.md");
    const mine = extractFacts(draft, text, KNOWLEDGE, CONTEXT);
    const ids = new Set(mine.map((c) => c.id));
    return compareFacts([...claims, ...mine], [...sources, draft]).filter((x) => x.claims.some((id) => ids.has(id)));
  };

  it("calling Gallant Foreign Minister in May 2024 conflicts with his role in the seeds", () => {
    const found = check("Foreign Minister Yoav Gallant met the envoy.");
    expect(found.map((x) => [x.metric, x.kind, x.severity])).toEqual([["role:yoav-gallant", "contradiction", "high"]]);
    expect(found[0]!.explanation).toContain("Minister of Foreign Affairs");
  });

  it("dating the Kerem Shalom attack to 6 May conflicts with the seeds' 5 May", () => {
    const found = check("Four soldiers were killed in the May 6 attack on Kerem Shalom.");
    expect(found.map((x) => [x.metric, x.severity])).toEqual([["event-date:attack@kerem-shalom", "high"]]);
    expect(found[0]!.explanation).toContain("6 May 2024");
  });

  it("agreeing with the seeds raises nothing", () => {
    expect(check("Defense Minister Yoav Gallant spoke after the May 5 attack on Kerem Shalom.")).toEqual([]);
  });
});
