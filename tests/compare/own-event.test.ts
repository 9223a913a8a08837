// An anniversary piece's toll tied to its own event's year, or a year since, is the story's toll, not history.
import { describe, expect, it } from "vitest";
import { findStories, type PlaceProfile } from "../../src/compare/find-stories.js";
import { reinstateOwnEvent } from "../../src/compare/own-event.js";
import { exact, makeClaim, makeSource } from "../factories.js";

const profile: PlaceProfile = { jindo: { count: 3, name: "Jindo" } };
const sources = [
  makeSource({ id: "wire.txt", path: "c/wire.txt", date: "2014-04-16" }),
  makeSource({ id: "anniversary.md", path: "c/anniversary.md", date: "2019-04-16" }),
  makeSource({ id: "other.txt", path: "c/other.txt", date: "2019-04-16" }),
];
const stories = findStories(new Map<string, PlaceProfile>([["wire.txt", profile], ["anniversary.md", profile], ["other.txt", { mokpo: { count: 3, name: "Mokpo" } }]]));
const aside = (source: string, pastYear: number) =>
  makeClaim({ id: `c-${source}-${pastYear}`, source, value: exact(304), status: "historical", pastYear, evidence: ["not compared: tied to 2014, before the article's year"] });

describe("an anniversary piece's own event", () => {
  it.each([
    ["the year its story's first articles were published", "anniversary.md", 2014, true],
    ["a year since then (a count kept since the event)", "anniversary.md", 2016, true],
    ["a year before its story's first article", "anniversary.md", 1993, false],
    ["a story whose only article is from later", "other.txt", 2014, false],
  ])("reinstates a toll tied to %s", (_what, source, year, reinstated) => {
    const own = reinstateOwnEvent([aside(source, year)], sources, stories);
    expect(own.length === 1).toBe(reinstated);
    if (reinstated) expect(own[0]!.status).toBe("reported");
  });
});

describe("an anniversary piece that says how long ago its event was", () => {
  const piece = (title: string | null, text = "The commission's report is out.") =>
    [makeSource({ id: "recap.md", path: "c/recap.md", date: "2015-06-25", title, text })];
  const alone = findStories(new Map<string, PlaceProfile>([["recap.md", { marikana: { count: 3, name: "Marikana" } }]]));
  it.each([
    ["Ten years after Bhuj: 13,805 dead or 20,023?", undefined, 2005, true],
    ["Marikana at 3: the figures the commission did not count", undefined, 2012, true],
    ["A year after Kunduz: 42 dead", undefined, 2014, true],
    ["Marikana, three years on", undefined, 2012, true],
    [null, "Three years ago tonight, police opened fire on the strikers.", 2012, true],
    ["Ten years after Bhuj", undefined, 2012, false],
    ["Twenty years since the siege began: how many died?", undefined, 1995, false],
    [null, "Three years after the siege began, the city is quiet.", 2012, false],
    ["Farlam report: the figures", undefined, 2012, false],
  ])("title %j, opening %j: a toll tied to %i is reported again: %s", (title, text, year, reinstated) => {
    const own = reinstateOwnEvent([aside("recap.md", year)], piece(title, text), alone);
    expect(own.length === 1).toBe(reinstated);
  });
});
