// findNumbers: what counts as a number in news copy, with its exact span and value, and the
// look-alikes that must not count (ordinals, dates, figures glued to units).

import { describe, expect, it } from "vitest";
import { findNumbers, isNegationWord } from "../../src/normalize/parse-numbers.js";
import type { NumberMatch } from "../../src/types.js";

type Expected = [text: string, value: number, extra?: Partial<NumberMatch>];

/** Expected matches with their offsets: each text is looked up after the previous one. */
function located(input: string, expected: Expected[]): Partial<NumberMatch>[] {
  let from = 0;
  return expected.map(([text, value, extra]) => {
    const start = input.indexOf(text, from);
    if (start < 0) throw new Error(`test is wrong: "${text}" is not in "${input}"`);
    from = start + text.length;
    return { start, end: start + text.length, text, value, ...extra };
  });
}

function check(input: string, expected: Expected[]): void {
  const found = findNumbers(input);
  const want = located(input, expected);
  expect(found.map((m, i) => pick(m, want[i]))).toEqual(want);
  for (const m of found) expect(input.slice(m.start, m.end)).toBe(m.text);
}

/** Compare only the fields a case states, plus span, text and value. */
function pick(m: NumberMatch, want: Partial<NumberMatch> | undefined): Partial<NumberMatch> {
  const keys = new Set(["start", "end", "text", "value", ...Object.keys(want ?? {})]);
  return Object.fromEntries(Object.entries(m).filter(([k]) => keys.has(k)));
}

describe("findNumbers", () => {
  it.each<[string, Expected[]]>([
    // headlines and words
    ["Four soldiers killed in Gaza", [["Four", 4, { words: true }]]],
    ["Twenty-one hostages freed", [["Twenty-one", 21]]],
    ["twenty four hours", [["twenty four", 24]]],
    ["one hundred and twenty people", [["one hundred and twenty", 120]]],
    ["two hundred and two thousand", [["two hundred and two thousand", 202000]]],
    ["killed four and injured 12", [["four", 4, { words: true }], ["12", 12, { words: false }]]],
    ["one of the hostages", [["one", 1]]],
    // digits
    ["More than 35,000 people have died", [["35,000", 35000, { words: false, unit: null }]]],
    ["a toll of 30,412", [["30,412", 30412]]],
    ["rose 1.5 points", [["1.5", 1.5]]],
    ["the 251 hostages", [["251", 251]]],
    // scales and suffixes, UK and US styles
    ["1.5m people", [["1.5m", 1.5e6, { words: false }]]],
    ["1.5 million people", [["1.5 million", 1.5e6, { words: true }]]],
    ["1,500,000 people", [["1,500,000", 1.5e6]]],
    ["35k displaced", [["35k", 35000]]],
    ["£4m in aid", [["4m", 4e6]]],
    ["$2.3bn package", [["2.3bn", 2.3e9]]],
    ["1.2 billion dollars", [["1.2 billion", 1.2e9]]],
    ["half a million", [["half a million", 500000]]],
    ["one and a half million", [["one and a half million", 1.5e6]]],
    ["more than a million", [["a million", 1e6]]],
    ["a dozen hostages", [["a dozen", 12]]],
    ["a hundred people", [["a hundred", 100]]],
    ["hundred thousand dollars", [["hundred thousand", 100000]]],
    ["half a dozen", [["half a dozen", 6]]],
    ["a quarter of a million", [["a quarter of a million", 250000]]],
    ["two-thirds of the population", [["two-thirds", 2 / 3]]],
    ["a third of Gaza", [["a third", 1 / 3]]],
    ["1/2 of them", [["1/2", 0.5]]],
    // vague quantities carry their range
    ["several hostages", [["several", 4, { vague: { low: 2, high: 9 } }]]],
    ["a few days", [["a few", 3, { vague: { low: 2, high: 5 } }]]],
    ["dozens of people", [["dozens", 49, { vague: { low: 24, high: 99 } }]]],
    ["scores of people", [["scores", 89, { vague: { low: 40, high: 199 } }]]],
    ["hundreds were hurt", [["hundreds", 450, { vague: { low: 200, high: 999 } }]]],
    ["thousands fled", [["thousands", 4500, { vague: { low: 2000, high: 9999 } }]]],
    ["tens of thousands fled", [["tens of thousands", 45000, { vague: { low: 20000, high: 99999 } }]]],
    ["hundreds of thousands fled", [["hundreds of thousands", 450000, { vague: { low: 200000, high: 999999 } }]]],
    ["millions of people", [["millions", 4.5e6, { vague: { low: 2e6, high: 9.99e6 } }]]],
    ["several hundred troops", [["several hundred", 420, { vague: { low: 200, high: 900 } }]]],
    // percentages
    ["80% of homes", [["80%", 80, { unit: "percent" }]]],
    ["80 percent of homes", [["80 percent", 80, { unit: "percent" }]]],
    ["80 per cent of homes", [["80 per cent", 80, { unit: "percent" }]]],
    ["up 5 percentage points", [["5 percentage points", 5, { unit: "percent" }]]],
    // separators: typographic spaces always group thousands; a plain space only in "1 234 567" or before "000"
    ["35\u00a0000 people", [["35\u00a0000", 35000]]],
    ["35\u202f000 people", [["35\u202f000", 35000]]],
    ["35\u2009000 people", [["35\u2009000", 35000]]],
    ["35 000 people", [["35 000", 35000]]],
    ["1 234 567 people", [["1 234 567", 1234567]]],
    ["On May 5 200 people gathered", [["5", 5], ["200", 200]]],
    ["In total 12 400 persons were evacuated", [["12 400", 12400]]],
    ["of whom 3 850 persons are accommodated", [["3 850", 3850]]],
    ["scores 3 850", [["3", 3], ["850", 850]]],
    ["Toll of the earthquakes: 40 884", [["40 884", 40884]]],
    ["2. Injured: 374 171 persons", [["2", 2], ["374 171", 374171]]],
    ["at 10: 45 people", [["10", 10], ["45", 45]]],
    ["the number of dead reached 41 156.", [["41 156", 41156]]],
    ["by district: Sindhupalchok 3 427; Kathmandu 1 222; Rasuwa 579.", [["3 427", 3427], ["1 222", 1222], ["579", 579]]],
    ["(a) Persons deceased: 8 567 (of whom 127 in the aftershock)", [["8 567", 8567], ["127", 127]]],
    ["1,5 million in translated copy", [["1,5 million", 1.5e6]]],
    // years and clock times are numbers; callers judge them by context
    ["Tuesday 14 May 2024 03:50 BST", [["14", 14], ["2024", 2024], ["03", 3], ["50", 50]]],
    // dashes: ranges are two numbers here (readQuantities joins them), a minus needs no space
    ["5,000-6,000", [["5,000", 5000], ["6,000", 6000]]],
    ["5,000–6,000", [["5,000", 5000], ["6,000", 6000]]],
    ["killed 12 - a spokesman said", [["12", 12]]],
    ["fell to −5 and -3.5", [["−5", -5], ["-3.5", -3.5]]],
    ["SCP-173", [["173", 173]]],
    ["192.168.1.2", [["192", 192], ["168", 168], ["1", 1], ["2", 2]]],
    // "no", "none", "no one" are 0 (isNegationWord tells them apart), but not inside "no more than"
    ["no one was hurt", [["no one", 0]]],
    ["none survived", [["none", 0]]],
    ["zero casualties", [["zero", 0]]],
    ["no more than 40", [["40", 40]]],
    ["No. 10 Downing Street", [["10", 10]]],
  ])("%j", (input, expected) => check(input, expected));

  it.each([
    "the May 4th attack",
    "the 180ml liquid",
    " 29km Road ",
    "1995-01",
    "on 2024-03-21",
    "on 5/17/2018",
    "in its seventh month",
    "the twenty-first century",
    "one hundred twenty fifth",
    "1m isn't a number",
    "a 300m-long tunnel",
    "the 1990s",
    "an A320 and COVID19",
    "5G networks",
    "The one you mentioned",
    "Which one do you prefer?",
    "a fifth day of protests",
    "a second time",
    "a first for the city",
    "an apple",
  ])("finds nothing in %j", (input) => {
    expect(findNumbers(input)).toEqual([]);
  });

  it("reads only text[start, end), with offsets into the whole text", () => {
    const text = "4 killed. Then 35,000 fled. And 12 more.";
    const start = text.indexOf("Then");
    const end = text.indexOf("And");
    expect(findNumbers(text, start, end).map((m) => [m.text, m.start])).toEqual([["35,000", 15]]);
  });

  it.each([
    ["no one was hurt", true],
    ["none survived", true],
    ["there were no casualties", true],
    ["zero casualties", false],
    ["four dead", false],
  ])("isNegationWord in %j is %s", (input, negation) => {
    const [first] = findNumbers(input);
    expect(first && isNegationWord(first)).toBe(negation);
  });
});
