// The comparison rules, one table per kind, with the pairs that must NOT conflict beside them.
import { describe, expect, it } from "vitest";
import { compare } from "../../src/compare/compare.js";
import { clusterSources, findStories, joinCluster, type PlaceProfile } from "../../src/compare/find-stories.js";
import { disjoint, entirelyBelow } from "../../src/compare/intervals.js";
import type { Claim, Interval } from "../../src/types.js";
import { exact, makeClaim, makeSource } from "../factories.js";

const more = (n: number): Interval => ({ low: n, high: null, lowInclusive: false, highInclusive: false });
const nearly = (n: number): Interval => ({ low: n * 0.9, high: n, lowInclusive: false, highInclusive: false });
const atLeast = (n: number): Interval => ({ low: n, high: null, lowInclusive: true, highInclusive: false });
const about = (n: number): Interval => ({ low: n * 0.9, high: n * 1.1, lowInclusive: false, highInclusive: false });

const sources = ["a.txt", "b.txt", "c.txt"].map((id) => makeSource({ id, path: `corpus/${id}`, outlet: id.toUpperCase() }));

let n = 0;
function claim(source: string, value: Interval, overrides: Partial<Claim> = {}): Claim {
  n += 1;
  return makeClaim({ id: `c-${n}`, source, value, text: `figure ${n}`, span: { start: n, end: n + 1 }, claimant: null, attribution: null, ...overrides });
}

describe("intervals", () => {
  it.each([
    [exact(4), exact(4), false],
    [exact(3), exact(4), true],
    [more(35000), nearly(35000), true], // "more than 35,000" vs "nears 35,000"
    [more(34000), nearly(35000), false],
    [atLeast(45), { low: null, high: 45, lowInclusive: false, highInclusive: true }, false], // touch at 45
    [more(45), { low: null, high: 45, lowInclusive: false, highInclusive: true }, true],
    [about(1200), more(1100), false],
  ])("disjoint(%o, %o) = %s", (a, b, expected) => expect(disjoint(a, b)).toBe(expected));

  it("entirelyBelow is strict about open ends", () => {
    expect(entirelyBelow(nearly(35000), more(35000))).toBe(true);
    expect(entirelyBelow(more(35000), nearly(35000))).toBe(false);
  });
});

type Case = [string, Claim[], string[]];
const D1 = "2024-05-07";
const D2 = "2024-05-14";

describe("rules", () => {
  const cases: Case[] = [
    ["a growing cumulative toll is not a conflict", [claim("a.txt", nearly(32000), { asOf: "2024-03-21" }), claim("b.txt", more(34000), { asOf: D1 })], []],
    ["a later, lower cumulative toll is a decrease", [claim("a.txt", more(34000), { asOf: D1 }), claim("b.txt", exact(30412), { asOf: D2 })], ["decrease"]],
    ["a round figure then a slightly lower exact one is rounding, not a decrease", [claim("a.txt", exact(12500), { asOf: D1 }), claim("b.txt", exact(12493), { asOf: D2 })], []],
    ["a round lower bound then a figure just below it is a decrease", [claim("a.txt", { low: 500, high: null, lowInclusive: true, highInclusive: false }, { asOf: D1 }), claim("b.txt", exact(471), { asOf: D2 })], ["decrease"]],
    ["a later figure under half the earlier, nobody disputing, is a part, not a fall", [claim("a.txt", exact(232), { asOf: D1 }), claim("b.txt", exact(97), { asOf: D2 })], []],
    ["a later figure under half the earlier is a fall when its report says the toll was lowered", [claim("a.txt", exact(24), { asOf: D1 }), claim("b.txt", exact(11), { asOf: D2, sentence: "The government lowered its death toll on Wednesday from 24 to 11." })], ["decrease"]],
    ["a later figure under half the earlier from another claimant is a fall", [claim("a.txt", exact(232), { asOf: D1, claimant: "prefecture", attribution: "the prefecture" }), claim("b.txt", exact(97), { asOf: D2, claimant: "police", attribution: "the police" })], ["attribution"]],
    ["a round figure then one far below it is a decrease", [claim("a.txt", exact(12500), { asOf: D1 }), claim("b.txt", exact(12065), { asOf: D2 })], ["decrease"]],
    ["same-day cumulative figures that cannot both hold", [claim("a.txt", exact(30412), { asOf: D2 }), claim("b.txt", more(35000), { asOf: D2 })], ["contradiction"]],
    ["different-day cumulative figures that overlap", [claim("a.txt", more(34000), { asOf: D1 }), claim("b.txt", nearly(35000), { asOf: D2 })], []],
    ["a headline against its own body", [claim("a.txt", nearly(35000), { asOf: D2, role: "headline" }), claim("a.txt", more(35000), { asOf: D2 })], ["internal"]],
    ["a headline against a table row of ten years before is the count's history", [claim("a.txt", exact(32), { asOf: "2022-01-13", asOfFrom: "article", role: "headline" }), claim("a.txt", exact(11), { asOf: "2012-01-17", asOfFrom: "text" })], []],
    ["a headline against a table row whose day cannot be placed is not compared", [claim("a.txt", exact(301), { asOf: "2024-05-13", asOfFrom: "article", role: "headline" }), claim("a.txt", exact(157), { asOf: null, asOfFrom: null })], []],
    ["a rival's figure against an official count dated long before is still a dispute", [claim("a.txt", exact(4700), { asOf: "2015-12-10", asOfFrom: "article", claimant: "iran", attribution: "Iran" }), claim("a.txt", exact(769), { asOf: "2015-09-26", asOfFrom: "text" })], ["internal"]],
    ["a headline's round figure over its body's exact one is rounding", [claim("a.txt", exact(41000), { asOf: D2, role: "headline" }), claim("a.txt", exact(41054), { asOf: D2 })], []],
    ["a headline's round figure far from its body's is not rounding", [claim("a.txt", exact(41000), { asOf: D2, role: "headline" }), claim("a.txt", exact(43054), { asOf: D2 })], ["internal"]],
    ["two named claimants in one article", [claim("a.txt", exact(45000), { asOf: D2, claimant: "gov", attribution: "the agency" }), claim("a.txt", more(120000), { asOf: D2, claimant: "red-cross", attribution: "the Red Cross" })], ["internal"]],
    ["a named claimant against the article's own count", [claim("a.txt", more(6700), { asOf: D2 }), claim("a.txt", exact(400), { asOf: D2, claimant: "army", attribution: "the army" })], ["internal"]],
    ["a villager's count beside a nation's is another count, not a dispute", [claim("a.txt", exact(51151), { asOf: D2 }), claim("a.txt", exact(41), { asOf: D2, claimant: "villager", attribution: "Wang" })], []],
    ["nobody disputing, a figure a sixth of another is a part of it", [claim("a.txt", exact(288), { asOf: D1, metricKind: "event" }), claim("b.txt", exact(45), { asOf: D1, metricKind: "event" })], []],
    ["nobody disputing, a figure a fifth of another still disagrees", [claim("a.txt", exact(288), { asOf: D1, metricKind: "event" }), claim("b.txt", exact(58), { asOf: D1, metricKind: "event" })], ["contradiction"]],
    ["a claimant against a figure no one is cited for, twenty-fold apart: another count", [claim("a.txt", exact(129), { asOf: D1, metricKind: "event", claimant: "prosecutor", attribution: "the prosecutor" }), claim("b.txt", exact(6), { asOf: D1, metricKind: "event" })], []],
    ["two claimants may dispute a count far further apart", [claim("a.txt", exact(400), { asOf: D1, metricKind: "event", claimant: "army", attribution: "the army" }), claim("b.txt", exact(6700), { asOf: D1, metricKind: "event", claimant: "msf", attribution: "MSF" })], ["attribution"]],
    ["a far smaller same-day figure elsewhere is another count too", [claim("a.txt", exact(14866), { asOf: D2 }), claim("b.txt", exact(12), { asOf: D2 })], []],
    ["two different figures in one body, nobody named: not reported", [claim("a.txt", exact(62), { asOf: D2 }), claim("a.txt", exact(26), { asOf: D2 })], []],
    ["an event count differs across days", [claim("a.txt", exact(4), { asOf: D1, metricKind: "event" }), claim("b.txt", exact(6), { asOf: D2, metricKind: "event" })], ["contradiction"]],
    ["an event count agrees", [claim("a.txt", exact(4), { asOf: D1, metricKind: "event" }), claim("b.txt", exact(4), { asOf: D2, metricKind: "event" })], []],
    ["an undated event count can still be compared", [claim("a.txt", exact(4), { asOf: null, metricKind: "event" }), claim("b.txt", exact(3), { asOf: D2, metricKind: "event" })], ["contradiction"]],
    ["an undated cumulative figure is not compared", [claim("a.txt", exact(30000), { asOf: null }), claim("b.txt", more(35000), { asOf: D2 })], []],
    ["snapshots on different days are not compared", [claim("a.txt", exact(1_000_000), { asOf: D1, metricKind: "snapshot" }), claim("b.txt", exact(300_000), { asOf: D2, metricKind: "snapshot" })], []],
    ["two lower bounds never contradict", [claim("a.txt", more(1_500_000), { asOf: D1 }), claim("b.txt", more(1_000_000), { asOf: D1 })], []],
    ["a superseded figure is not compared", [claim("a.txt", exact(3), { metricKind: "event", supersededBy: "c-x" }), claim("b.txt", exact(4), { metricKind: "event" })], []],
    ["a vague figure is not compared", [claim("a.txt", { low: 2, high: 9, lowInclusive: true, highInclusive: true }, { metricKind: "event", vague: true }), claim("b.txt", exact(40), { metricKind: "event" })], []],
    ["a projection is not compared", [claim("a.txt", exact(1000), { asOf: D1, status: "projection" }), claim("b.txt", exact(10), { asOf: D1 })], []],
    ["different claimants make an attribution dispute", [claim("a.txt", exact(20), { asOf: D1, metricKind: "event", claimant: "idf", attribution: "the army" }), claim("b.txt", exact(63), { asOf: D1, metricKind: "event", claimant: "health-ministry", attribution: "the ministry" })], ["attribution"]],
    ["the same claimant disagreeing is a discrepancy", [claim("a.txt", exact(611), { asOf: D1, claimant: "m", attribution: "the ministry" }), claim("b.txt", exact(716), { asOf: D1, claimant: "m", attribution: "health officials" })], ["contradiction"]],
    ["different metrics never meet", [claim("a.txt", exact(4), { asOf: D1, metricKind: "event", metric: "killed.soldiers@x" }), claim("b.txt", exact(20), { asOf: D1, metricKind: "event", metric: "killed.militants@x" })], []],
  ];
  it.each(cases)("%s", (_what, claims, kinds) => {
    const { conflicts } = compare(claims, sources);
    expect(conflicts.map((x) => x.kind)).toEqual(kinds);
    for (const x of conflicts) {
      expect(x.id).toMatch(/^x-[0-9a-f]{10}$/);
      expect(x.explanation).toMatch(/^[A-Z]/);
    }
  });

  it("gives the same conflict id on every run, whatever the claim order", () => {
    const pair = [claim("a.txt", exact(3), { metricKind: "event" }), claim("b.txt", exact(4), { metricKind: "event" })];
    expect(compare(pair, sources).conflicts[0]!.id).toBe(compare([...pair].reverse(), sources).conflicts[0]!.id);
  });

  it("explains a decrease with both figures and dates", () => {
    const { conflicts } = compare([claim("a.txt", more(34000), { asOf: D1 }), claim("b.txt", exact(30412), { asOf: D2 })], sources);
    expect(conflicts[0]!.explanation).toMatch(/30,412.*more than 34,000.*only grows/);
  });
});

describe("stories", () => {
  const profile = (entries: Record<string, number>) => Object.fromEntries(Object.entries(entries).map(([k, count]) => [k, { count, name: k[0]!.toUpperCase() + k.slice(1) }]));

  it("does not tie two stories through a two-letter country that acts in both", () => {
    const named = (entries: Record<string, [number, string]>) => Object.fromEntries(Object.entries(entries).map(([k, [count, name]]) => [k, { count, name }]));
    const stories = findStories(new Map([
      ["a.txt", named({ us: [7, "US"], kabul: [5, "Kabul"] })],
      ["b.txt", named({ "rana-plaza": [2, "Rana Plaza"], us: [2, "US"], savar: [1, "Savar"] })],
    ]));
    expect(stories.storyOf.get("a.txt")).not.toBe(stories.storyOf.get("b.txt"));
  });

  it("joins an article that names no place to the one it shares most rare names with", () => {
    const named = (places: Record<string, number>, names: Record<string, number>) => ({
      ...profile(places),
      ...Object.fromEntries(Object.entries(names).map(([n, count]) => [`name:${n}`, { count, name: n, kind: "name" as const }])),
    });
    const stories = findStories(new Map([
      ["a.txt", named({ london: 3 }, { grenfell: 2, cundy: 2, allen: 1 })],
      ["b.txt", named({}, { grenfell: 1, cundy: 1, bick: 1 })],
      ["c.txt", named({ kramatorsk: 3 }, { kyrylenko: 2 })],
    ]));
    expect(stories.storyOf.get("b.txt")).toBe(stories.storyOf.get("a.txt"));
    expect(stories.storyOf.get("c.txt")).not.toBe(stories.storyOf.get("a.txt"));
  });

  it("clusters articles that share a main place, and keeps others apart", () => {
    const stories = findStories(new Map([
      ["a.txt", profile({ gaza: 5, rafah: 3, cairo: 1 })],
      ["b.txt", profile({ rafah: 4, egypt: 2 })],
      ["c.txt", profile({ ayacucho: 6, lima: 2 })],
    ]));
    expect(stories.storyOf.get("a.txt")).toBe(stories.storyOf.get("b.txt"));
    expect(stories.storyOf.get("c.txt")).not.toBe(stories.storyOf.get("a.txt"));
    expect(stories.major.get(stories.storyOf.get("a.txt")!)).toContain("rafah");
  });

  const named = (places: Record<string, number>, names: Record<string, number>) => ({
    ...profile(places),
    ...Object.fromEntries(Object.entries(names).map(([n, count]) => [`name:${n}`, { count, name: n, kind: "name" as const }])),
  });

  it.each([
    ["two rare names, one leading in both", { maria: 3, rico: 2, trump: 1 }, { maria: 2, rico: 2, harvard: 3 }, true],
    ["one shared name only", { maria: 3, trump: 1 }, { maria: 2, harvard: 3 }, false],
    ["two shared names, neither leading in both", { derna: 5, libya: 4, continental: 1, reuters: 1 }, { gaza: 5, israel: 4, continental: 1, reuters: 1 }, false],
  ])("joins articles that name no common place by their names: %s", (_what, a, b, joined) => {
    const stories = findStories(new Map([
      ["a.txt", named({ "san-juan": 2 }, a)],
      ["b.txt", named({ "new-england": 1 }, b)],
      ["c.txt", named({ ayacucho: 3 }, { ayacucho: 3, peru: 2 })],
    ]));
    expect(stories.storyOf.get("a.txt") === stories.storyOf.get("b.txt")).toBe(joined);
  });

  it.each([
    ["a district of a named country counts apart", { nepal: { count: 4, name: "Nepal", container: true }, sindhupalchok: { count: 3, name: "Sindhupalchok", settlement: true } }, true],
    ["a district with no country named is the story's", { sindhupalchok: { count: 3, name: "Sindhupalchok", settlement: true }, dolakha: { count: 2, name: "Dolakha" } }, false],
    ["a province the story is named for, in a named country, is the story's", { sindhupalchok: { count: 6, name: "Herat", settlement: true, division: true }, nepal: { count: 4, name: "Afghanistan", container: true } }, false],
    ["a city the story is named for stays the story's", { sindhupalchok: { count: 6, name: "Mariupol", settlement: true }, nepal: { count: 4, name: "Ukraine", container: true } }, false],
  ])("a main place: %s", (_what, profiled, apart) => {
    const places = new Map([["a.txt", profiled], ["b.txt", profiled]]);
    const scoped = (source: string, place: string | null) => claim(source, exact(1), { metric: place ? `killed@${place}` : "killed", scope: { type: place ? "place" : "none", incident: null, place, placeName: place, date: null } });
    const { claims } = compare([scoped("a.txt", null), scoped("b.txt", "sindhupalchok")], sources, places);
    expect(claims[0]!.metric !== claims[1]!.metric).toBe(apart);
  });

  it("among places named as often, the one named first ties stories", () => {
    const at = (entries: Record<string, [number, number]>) => Object.fromEntries(Object.entries(entries).map(([k, [count, first]]) => [k, { count, name: k, at: first }]));
    const stories = findStories(new Map([
      ["a.txt", at({ seoul: [3, 10], itaewon: [2, 20], yongsan: [1, 300], sewol: [1, 400], hamilton: [1, 500], abuja: [1, 900] })],
      ["b.txt", at({ abuja: [5, 10], kano: [3, 40] })],
    ]));
    expect(stories.storyOf.get("a.txt")).not.toBe(stories.storyOf.get("b.txt"));
  });

  it.each([
    ["named once, late, and nothing else shared: apart", { britain: [1, 1064] }, {}, false],
    ["named once, late, with a rare name shared too: one story", { britain: [1, 1064] }, { khalid: 1 }, true],
    ["named once, late, with only the place's own adjective shared: apart", { britain: [1, 1064] }, { british: 1 }, false],
    ["named once, late, with only another people's name shared: apart", { britain: [1, 1064] }, { indian: 1 }, false],
    ["named once, in the opening: one story", { britain: [1, 250] }, {}, true],
  ])("a place one article names in passing: %s", (_what, passing, names, joined) => {
    const at = (entries: Record<string, number[]>) => Object.fromEntries(Object.entries(entries).map(([k, [count, first]]) => [k, { count: count!, name: k, at: first }]));
    const withNames = (n: Record<string, number>) => Object.fromEntries(Object.entries(n).map(([k, count]) => [`name:${k}`, { count, name: k, kind: "name" as const }]));
    const stories = findStories(new Map([
      ["a.txt", { ...at({ ghouta: [3, 100], ...passing }), ...withNames(names) }],
      ["b.txt", { ...at({ manchester: [5, 40], britain: [2, 300] }), ...withNames(names) }],
      ["c.txt", at({ palu: [4, 30] })],
      ["d.txt", at({ texas: [4, 30] })],
    ]));
    expect(stories.storyOf.get("a.txt") === stories.storyOf.get("b.txt")).toBe(joined);
  });

  it.each([
    ["a dateline's country alone ties no two stories", {}, false],
    ["a dateline's country and another place do", { kutch: { count: 1, name: "Kutch", at: 900 } }, true],
  ])("%s", (_what, more: PlaceProfile, joined) => {
    const india = { count: 2, name: "India", at: 20, container: true };
    const stories = findStories(new Map<string, PlaceProfile>([
      ["a.txt", { india, gujarat: { count: 4, name: "Gujarat", at: 0 }, kutch: { count: 3, name: "Kutch", at: 60 } }],
      ["b.txt", { india, odisha: { count: 5, name: "Odisha", at: 8 }, puri: { count: 2, name: "Puri", at: 246 }, ...more }],
    ]));
    expect(stories.storyOf.get("a.txt") === stories.storyOf.get("b.txt")).toBe(joined);
  });

  it("puts an unplaced toll and the main place's toll under one key, and a minor place apart", () => {
    const places = new Map([["a.txt", profile({ orvel: 4 })], ["b.txt", profile({ orvel: 3, tambo: 1 })]]);
    const scoped = (source: string, place: string | null) => claim(source, exact(1), { metric: place ? `killed@${place}` : "killed", scope: { type: place ? "place" : "none", incident: null, place, placeName: place, date: null } });
    const { claims } = compare([scoped("a.txt", "orvel"), scoped("b.txt", null), scoped("b.txt", "tambo")], sources, places);
    expect(claims[0]!.metric).toBe(claims[1]!.metric);
    expect(claims[2]!.metric).not.toBe(claims[0]!.metric);
  });

  it.each([
    ["the story's only incident: joined", { type: "incident" as const, incident: "raid", place: "chibok", placeName: "Chibok", date: null }, "hostages-taken@chibok/raid:chibok", true],
    ["another place's figure, no incident: not joined", { type: "place" as const, incident: null, place: "kuriga", placeName: "Kuriga", date: null }, "hostages-taken@kuriga", false],
  ])("an abduction stated without its incident and %s", (_what, scope, metric, joined) => {
    const places = new Map([["a.txt", profile({ chibok: 5, borno: 2 })], ["b.txt", profile({ chibok: 4, kuriga: 1 })]]);
    const event = (source: string, m: string, sc: Claim["scope"]) => claim(source, exact(276), { metric: m, metricKind: "event", scope: sc });
    const bare = event("a.txt", "hostages-taken", { type: "none", incident: null, place: null, placeName: null, date: null });
    const { claims } = compare([bare, event("b.txt", metric, scope)], sources, places);
    expect(claims[0]!.metric === claims[1]!.metric).toBe(joined);
  });

  describe("a draft joined to a corpus's cached clusters", () => {
    const at = (entries: Record<string, [number, number]>) => Object.fromEntries(Object.entries(entries).map(([k, [count, first]]) => [k, { count, name: k, at: first }]));
    const corpora: [string, Map<string, ReturnType<typeof profile>>][] = [
      ["shared main places", new Map([["a.txt", profile({ gaza: 5, rafah: 3, cairo: 1 })], ["b.txt", profile({ rafah: 4, egypt: 2 })], ["c.txt", profile({ ayacucho: 6, lima: 2 })], ["d.txt", profile({ lima: 3 })]])],
      ["rare names only", new Map([["a.txt", named({ "san-juan": 2 }, { maria: 3, rico: 2, trump: 1 })], ["b.txt", named({ "new-england": 1 }, { maria: 2, rico: 2, harvard: 3 })], ["c.txt", named({ ayacucho: 3 }, { ayacucho: 3, peru: 2 })]])],
      ["a placeless article", new Map([["a.txt", named({ london: 3 }, { grenfell: 2, cundy: 2, allen: 1 })], ["b.txt", named({}, { grenfell: 1, cundy: 1, bick: 1 })], ["c.txt", named({ kramatorsk: 3 }, { kyrylenko: 2 })]])],
      ["places named in passing", new Map([["a.txt", at({ ghouta: [3, 100], britain: [1, 1064] })], ["b.txt", at({ manchester: [5, 40], britain: [2, 300] })], ["c.txt", at({ palu: [4, 30] })], ["d.txt", at({ ghouta: [2, 10], damascus: [2, 50] })]])],
    ];
    const cases = corpora.flatMap(([what, profiles]) => [...profiles.keys()].map((draft) => [what, draft, profiles] as const));
    it.each(cases)("%s: %s joins the story a full clustering gives it", (_what, draft, profiles) => {
      const corpus = new Map([...profiles].filter(([id]) => id !== draft));
      const joined = joinCluster(profiles, clusterSources(corpus), draft);
      const full = findStories(profiles).storyOf;
      const mates = (storyOf: ReadonlyMap<string, string>) => [...profiles.keys()].filter((id) => storyOf.get(id) === storyOf.get(draft)).sort();
      expect(mates(joined)).toEqual(mates(full));
    });
  });

  describe("peer places: two main places counted side by side", () => {
    const places = new Map([["a.txt", profile({ turkey: 6, syria: 4 })], ["b.txt", profile({ turkey: 5, syria: 3 })], ["c.txt", profile({ turkey: 4, syria: 2 })]]);
    const scoped = (source: string, place: string | null, scene = false, joint?: string[]) =>
      claim(source, exact(1), { metric: place ? `killed@${place}` : "killed", scope: { type: place ? "place" : "none", incident: null, place, placeName: place, date: null, ...(scene ? { scene } : {}), ...(joint ? { joint } : {}) } });
    it("keeps each peer's count apart from the combined one when two articles each count both", () => {
      const { claims } = compare([scoped("a.txt", "turkey"), scoped("a.txt", "syria"), scoped("b.txt", "turkey"), scoped("b.txt", "syria"), scoped("c.txt", null), scoped("c.txt", "syria", true), scoped("c.txt", "syria+turkey", false, ["syria", "turkey"])], sources, places);
      const key = (i: number) => claims[i]!.metric;
      expect([key(0), key(2)]).toEqual([key(0), key(0)]);
      expect([key(1), key(3), key(5)]).toEqual([key(1), key(1), key(1)]);
      // The unplaced toll and "in Turkey and Syria" are the story's whole count.
      expect(key(6)).toBe(key(4));
      expect(new Set([key(0), key(1), key(4)]).size).toBe(3);
    });
    it("does not split on one article alone, nor on a scene place where nothing makes peers", () => {
      const { claims } = compare([scoped("a.txt", "turkey"), scoped("a.txt", "syria"), scoped("b.txt", null), scoped("c.txt", "syria", true)], sources, places);
      expect(new Set(claims.map((c) => c.metric)).size).toBe(1);
    });
  });

  it.each([
    ["foreign nationals are a subgroup", { mecca: 5, mina: 3 }, "malians", true],
    ["the story's own people are the whole", { nepal: 5, kathmandu: 3 }, "nepalis", false],
  ])("a nationality: %s", (_what, profiled, nationality, apart) => {
    const places = new Map([["a.txt", profile(profiled)], ["b.txt", profile(profiled)]]);
    const scoped = (source: string, nat?: string) => claim(source, exact(5), { metric: "killed", scope: { type: "none", incident: null, place: null, placeName: null, date: null, ...(nat ? { nationality: nat } : {}) } });
    const { claims } = compare([scoped("a.txt"), scoped("b.txt", nationality)], sources, places);
    expect(claims[1]!.metric !== claims[0]!.metric).toBe(apart);
  });

  it("keeps a place's own count ('alone') apart, the story's own place too ('in Derna alone' in the Libya floods)", () => {
    const places = new Map([["a.txt", profile({ tacloban: 5, leyte: 4 })], ["b.txt", profile({ tacloban: 4, leyte: 3 })]]);
    const scoped = (source: string, place: string | null, alone = false) =>
      claim(source, exact(1), { metric: "killed", scope: { type: place ? "place" : "none", incident: null, place, placeName: place, date: null, ...(alone ? { alone } : {}) } });
    const { claims } = compare([scoped("a.txt", null), scoped("a.txt", "leyte", true), scoped("b.txt", "tacloban", true), scoped("b.txt", "leyte")], sources, places);
    expect(claims[1]!.metric).not.toBe(claims[0]!.metric);
    expect(claims[2]!.metric).not.toBe(claims[0]!.metric);
    expect(claims[3]!.metric).toBe(claims[0]!.metric);
  });

  it.each([
    ["a town in a story named for its country counts apart", { haiti: 5, jeremie: 3 }, "jeremie", {}, true],
    ["a town in a story named for a city does not", { marawi: 5, iligan: 3 }, "iligan", {}, false],
    ["a main country in a story named for another is the peer rule's to split", { haiti: 5, "dominican-republic": 3 }, "dominican-republic", {}, false],
    ["where the counted people came from is no part of the toll", { armenia: 5, karabakh: 3 }, "karabakh", { origin: true }, false],
    ["a scene opening the sentence is not the count's place", { haiti: 5, jeremie: 3 }, "jeremie", { scene: true }, false],
  ])("%s", (_what, profiled, place, extra, apart) => {
    const places = new Map([["a.txt", profile(profiled)], ["b.txt", profile(profiled)]]);
    const whole = claim("a.txt", exact(500), { metric: "killed", scope: { type: "none", incident: null, place: null, placeName: null, date: null } });
    const placed = claim("b.txt", exact(50), { metric: "killed", scope: { type: "place", incident: null, place, placeName: place, date: null, ...extra } });
    const { claims } = compare([whole, placed], sources, places);
    expect(claims[1]!.metric !== claims[0]!.metric).toBe(apart);
  });

  it.each([
    ["a place's own count above the whole on the same day", atLeast(400), true, "2016-10-07", true],
    ["the same figures a day apart (the whole may have grown)", atLeast(400), true, "2016-10-08", false],
    ["a place's figure its words do not set apart", atLeast(400), false, "2016-10-07", false],
    ["a place's own count below the whole", exact(200), true, "2016-10-07", false],
  ])("a part against its whole: %s", (_what, value, alone, day, found) => {
    const places = new Map([["a.txt", profile({ haiti: 5, jeremie: 2 })], ["b.txt", profile({ haiti: 4, jeremie: 1 })]]);
    const whole = claim("a.txt", exact(283), { metric: "killed", asOf: "2016-10-07", scope: { type: "none", incident: null, place: null, placeName: null, date: null } });
    const part = claim("b.txt", value, { metric: "killed", asOf: day, scope: { type: "place", incident: null, place: "grand-anse", placeName: "Grand'Anse", date: null, ...(alone ? { alone } : {}) } });
    const { conflicts } = compare([whole, part], sources, places);
    expect(conflicts.some((x) => x.claims.includes(whole.id) && x.claims.includes(part.id))).toBe(found);
    if (found) expect(conflicts[0]!.explanation).toMatch(/cannot exceed its whole/);
  });

  it("joins an unnamed incident to the story's only named one of that kind, and says it guessed", () => {
    const places = new Map([["a.txt", profile({ orvel: 2 })], ["b.txt", profile({ orvel: 2 })]]);
    const incident = (source: string, date: string | null) => claim(source, exact(1200), { metricKind: "event", metric: "killed", scope: { type: "incident", incident: "attack", place: null, placeName: null, date } });
    const { claims } = compare([incident("a.txt", "oct-7"), incident("b.txt", null)], sources, places);
    expect(claims[1]!.metric).toBe(claims[0]!.metric);
    expect(claims[1]!.evidence.join(" ")).toMatch(/guess/);
  });

  it.each([
    ["an operation at the story's own place is the story's war", "operation", "mosul", {}, true, true],
    ["an unplaced ground offensive may be one campaign of a longer war", "offensive", null, {}, true, false],
    ["a strike at the story's own place is one incident in it", "strike", "mosul", {}, true, false],
    // in a story of one attack, the unplaced attack is the story
    ["an unplaced attack in a story of no war is the story's own", "attack", null, {}, false, true],
    ["a new quake in a story of no war is another", "quake", null, { fresh: true }, false, false],
  ])("%s", (_what, incident, place, extra, war, whole) => {
    const places = new Map([["a.txt", profile({ mosul: 4 })], ["b.txt", profile({ mosul: 3 })]]);
    const sentence = war ? "Since the war began, 2,400 people have been killed." : "The attack killed 2,400 people.";
    const campaign = claim("a.txt", exact(2521), { metricKind: "event", metric: "killed", sentence, scope: { type: "incident", incident, place, placeName: place, date: null, ...extra } });
    const toll = claim("b.txt", exact(2400), { metric: "killed", sentence, scope: { type: "none", incident: null, place: null, placeName: null, date: null } });
    const { claims } = compare([campaign, toll], sources, places);
    expect(claims[0]!.metric === claims[1]!.metric).toBe(whole);
  });

  it("joins an unscoped toll to the incident its article names last before it, or first if none is before it", () => {
    const places = new Map([["a.txt", profile({ orvel: 2 })]]);
    const at = (start: number, value: number, incident: string | null) =>
      claim("a.txt", exact(value), { metric: "killed", span: { start, end: start + 3 }, scope: { type: incident ? "incident" : "none", incident, place: null, placeName: null, date: incident === "attack" ? "oct-7" : null } });
    const [blast, before, attack, after] = [at(10, 471, "blast"), at(5, 500, null), at(50, 1400, "attack"), at(90, 1300, null)];
    const { claims } = compare([blast, before, attack, after], sources, places);
    const metricOf = (c: Claim) => claims.find((x) => x.id === c.id)!.metric;
    expect(metricOf(before)).toBe(metricOf(blast));
    expect(metricOf(after)).toBe(metricOf(attack));
    expect(metricOf(after)).not.toBe(metricOf(blast));
  });
});

describe("one conflict per disagreement", () => {
  it("gathers three same-day figures that disagree into one conflict naming all of them", () => {
    const three = [claim("a.txt", exact(611), { asOf: D1 }), claim("b.txt", exact(716), { asOf: D1 }), claim("c.txt", nearly(800), { asOf: D1 })];
    const { conflicts } = compare(three, sources);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.claims).toHaveLength(3);
    expect(conflicts[0]!.explanation).toMatch(/611.*716.*800/);
  });
});

describe("large groups", () => {
  it("finds the same disagreements without checking every pair", () => {
    const many = Array.from({ length: 300 }, (_, i) => claim(["a.txt", "b.txt", "c.txt"][i % 3]!, more(34000), { asOf: D1, span: { start: i * 10, end: i * 10 + 5 } }));
    many.push(claim("c.txt", exact(30412), { asOf: D1, role: "headline" }), claim("b.txt", exact(25000), { asOf: D2 }));
    const { conflicts } = compare(many, sources);
    const kinds = conflicts.map((x) => x.kind).sort();
    expect(kinds).toEqual(["contradiction", "decrease", "internal"].sort());
    const sameDay = conflicts.find((x) => x.kind === "contradiction")!;
    expect(sameDay.claims.length).toBeGreaterThan(2);
  });
});
