// findOrdinals: ranks and positions ("in its seventh month", "May 4th") that findNumbers leaves
// out, and the fractions and counts it must leave to findNumbers.

import { describe, expect, it } from "vitest";
import { findOrdinals } from "../../src/normalize/parse-numbers.js";

describe("findOrdinals", () => {
  it.each<[string, [text: string, value: number][]]>([
    ["the war is in its seventh month", [["seventh", 7]]],
    ["the May 4th attack", [["4th", 4]]],
    ["the 21st century", [["21st", 21]]],
    ["the 1,000th day", [["1,000th", 1000]]],
    ["the twenty-first century", [["twenty-first", 21]]],
    ["one hundred twenty fifth", [["one hundred twenty fifth", 125]]],
    ["one hundred twenty-fifth", [["one hundred twenty-fifth", 125]]],
    ["two hundredth", [["two hundredth", 200]]],
    ["a hundred trillionth", [["a hundred trillionth", 1e14]]],
    ["She finished second!", [["second", 2]]],
    ["a fifth day of protests", [["fifth", 5]]],
    ["Nineth Meeting", [["Nineth", 9]]],
    ["the third and the 5th", [["third", 3], ["5th", 5]]],
  ])("%j", (input, expected) => {
    let from = 0;
    const want = expected.map(([text, value]) => {
      const start = input.indexOf(text, from);
      from = start + text.length;
      return { start, end: start + text.length, text, value };
    });
    expect(findOrdinals(input)).toEqual(want);
  });

  it.each([
    "two thirds of the population",
    "a fifth of the population",
    "one and a half million",
    "four soldiers",
    "the 4 hostages",
    "seconds later",
  ])("finds nothing in %j", (input) => {
    expect(findOrdinals(input)).toEqual([]);
  });

  it("reads only text[start, end)", () => {
    const text = "the third day; the fourth day";
    expect(findOrdinals(text, text.indexOf(";")).map((o) => o.text)).toEqual(["fourth"]);
  });
});
