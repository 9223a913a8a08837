// Which year an anniversary piece looks back to, from its title or its opening.
import { describe, expect, it } from "vitest";
import { recalledYear } from "../../src/extract/anniversary.js";
import { makeSource } from "../factories.js";

const piece = (title: string | null, text = "The commission's report is out.") =>
  makeSource({ id: "recap.md", path: "c/recap.md", date: "2015-06-25", title, text });

describe("recalledYear", () => {
  it.each<[string | null, string | undefined, number]>([
    ["Ten years after Bhuj: 13,805 dead or 20,023?", undefined, 2005],
    ["Tiananmen at 30: how many people died?", undefined, 1985],
    ["A year after Kunduz: 42 dead", undefined, 2014],
    ["A decade on: the flood's toll", undefined, 2005],
    ["Marikana, three years on", undefined, 2012],
    ["The fifth anniversary of the crash", undefined, 2010],
    ["Families mark the twenty-fifth anniversary", undefined, 1990],
    [null, "Three years ago tonight, police opened fire on the strikers.", 2012],
  ])("title %j, opening %j: %i", (title, text, year) => {
    expect(recalledYear(piece(title, text))).toBe(year);
  });
  it.each<[string | null, string | undefined]>([
    ["Twenty years since the siege began: how many died?", undefined],
    ["Quake toll at 91, rescuers dig on", undefined],
    ["Jailed for five years on fraud charges", undefined],
    ["Families mark an anniversary of the crash", undefined],
    [null, "Three years after the siege began, the city is quiet."],
    ["Farlam report: the figures", undefined],
  ])("no year from title %j, opening %j", (title, text) => {
    expect(recalledYear(piece(title, text))).toBeNull();
  });
});
