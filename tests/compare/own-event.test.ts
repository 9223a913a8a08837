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
  const piece = [makeSource({ id: "recap.md", path: "c/recap.md", date: "2015-06-25" })];
  const alone = findStories(new Map<string, PlaceProfile>([["recap.md", { marikana: { count: 3, name: "Marikana" } }]]));
  it.each([
    ["the year it looks back to", 2012, true],
    ["another year", 2010, false],
  ])("reinstates a toll tied to %s, though every article of its story came later", (_what, year, reinstated) => {
    const own = reinstateOwnEvent([aside("recap.md", year)], piece, alone, new Map([["recap.md", 2012]]));
    expect(own.length === 1).toBe(reinstated);
  });
});
