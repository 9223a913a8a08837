// readQuantities: each figure with the words that bound it, as the interval of CONTRACT.md's
// "Values" table (widths from NormalizeOptions), the span it covers and the qualifier as written.

import { describe, expect, it } from "vitest";
import { findNumbers } from "../../src/normalize/parse-numbers.js";
import { DEFAULT_NORMALIZE, qualifierKind, readQuantities } from "../../src/normalize/parse-quantity.js";
import type { Interval, NormalizeOptions, Quantity } from "../../src/types.js";

/** "[28800,32000)" → Interval: brackets include, parentheses exclude, an empty side is unbounded. */
function iv(notation: string): Interval {
  const m = /^([[(])([^,]*),([^\])]*)([\])])$/.exec(notation);
  if (!m) throw new Error(`test is wrong: ${notation}`);
  return {
    low: m[2] === "" ? null : Number(m[2]),
    high: m[3] === "" ? null : Number(m[3]),
    lowInclusive: m[1] === "[",
    highInclusive: m[4] === "]",
  };
}

function quantities(input: string, options: NormalizeOptions = DEFAULT_NORMALIZE): Quantity[] {
  return readQuantities(input, findNumbers(input), options);
}

type Row = [input: string, text: string, interval: string, qualifier: string | null];

function expectOne(input: string, [text, interval, qualifier]: [string, string, string | null], options?: NormalizeOptions): void {
  const found = quantities(input, options).find((q) => q.text === text);
  expect(found, `no quantity "${text}" in ${JSON.stringify(quantities(input, options).map((q) => q.text))}`).toBeDefined();
  expect({ start: found!.start, end: found!.end, interval: found!.interval, qualifier: found!.qualifier }).toEqual({
    start: input.indexOf(text),
    end: input.indexOf(text) + text.length,
    interval: iv(interval),
    qualifier,
  });
}

describe("readQuantities", () => {
  it.each<Row>([
    // the figure as written
    ["Four soldiers were killed", "Four", "[4,4]", null],
    ["251 hostages were taken", "251", "[251,251]", null],
    // lower bounds: high is unbounded
    ["More than 34,000 people have died", "More than 34,000", "(34000,)", "more than"],
    ["over a million people", "over a million", "(1000000,)", "over"],
    ["upwards of 300 people", "upwards of 300", "(300,)", "upwards of"],
    ["in excess of 300 people", "in excess of 300", "(300,)", "in excess of"],
    ["north of 300 people", "north of 300", "(300,)", "north of"],
    ["the toll exceeded 35,000", "exceeded 35,000", "(35000,)", "exceeded"],
    ["the toll topped 35,000", "topped 35,000", "(35000,)", "topped"],
    ["the toll surpassed 35,000", "surpassed 35,000", "(35000,)", "surpassed"],
    ["the toll passed the 35,000 mark", "passed the 35,000 mark", "(35000,)", "passed"],
    ["at least 45 people", "at least 45", "[45,)", "at least"],
    ["no fewer than 45 people", "no fewer than 45", "[45,)", "no fewer than"],
    ["no less than 45 people", "no less than 45", "[45,)", "no less than"],
    ["a minimum of 45 people", "a minimum of 45", "[45,)", "a minimum of"],
    ["the toll will not be less than 300", "not be less than 300", "[300,)", "not be less than"],
    ["the toll will not exceed 300", "not exceed 300", "(,300]", "not exceed"],
    ["the toll will be less than 300", "less than 300", "(,300)", "less than"],
    ["4,000 or more people", "4,000 or more", "[4000,)", "or more"],
    // nearly: below the figure, the figure itself excluded
    ["nearly 32,000 Palestinians", "nearly 32,000", "[28800,32000)", "nearly"],
    ["almost 32,000 Palestinians", "almost 32,000", "[28800,32000)", "almost"],
    ["close to 32,000 Palestinians", "close to 32,000", "[28800,32000)", "close to"],
    ["the death toll nears 35,000", "nears 35,000", "[31500,35000)", "nears"],
    ["the toll is approaching 35,000", "approaching 35,000", "[31500,35000)", "approaching"],
    ["the toll nears the 35,000 mark", "nears the 35,000 mark", "[31500,35000)", "nears"],
    ["just under 30,000 people", "just under 30,000", "[27000,30000)", "just under"],
    ["just over 30,000 people", "just over 30,000", "(30000,33000]", "just over"],
    // upper bounds: low is unbounded
    ["fewer than 300 people", "fewer than 300", "(,300)", "fewer than"],
    ["less than 300 people", "less than 300", "(,300)", "less than"],
    ["under 300 people", "under 300", "(,300)", "under"],
    ["below 300 people", "below 300", "(,300)", "below"],
    ["up to 300 people", "up to 300", "(,300]", "up to"],
    ["could kill up to 300 people", "up to 300", "(,300]", "up to"],
    // "up to" after a verb of change is where the figure went, not a bound
    ["the toll crept up to FIFTY", "FIFTY", "[50,50]", null],
    ["the number of dead rose up to 300", "300", "[300,300]", null],
    ["as many as 300 people", "as many as 300", "(,300]", "as many as"],
    ["at most 300 people", "at most 300", "(,300]", "at most"],
    ["no more than 300 people", "no more than 300", "(,300]", "no more than"],
    ["a maximum of 300 people", "a maximum of 300", "(,300]", "a maximum of"],
    // approximations: both sides, both excluded
    ["about 20 militants", "about 20", "(18,22)", "about"],
    ["around 20 militants", "around 20", "(18,22)", "around"],
    ["some 1,200 people", "some 1,200", "(1080,1320)", "some"],
    ["roughly 1,200 people", "roughly 1,200", "(1080,1320)", "roughly"],
    ["approximately 1,200 people", "approximately 1,200", "(1080,1320)", "approximately"],
    ["an estimated 30,000 people", "an estimated 30,000", "(27000,33000)", "an estimated"],
    ["estimated 30,000 people", "estimated 30,000", "(27000,33000)", "estimated"],
    ["30,000 or so people", "30,000 or so", "(27000,33000)", "or so"],
    // ranges: both ends included
    ["between 5,000 and 6,000 people", "between 5,000 and 6,000", "[5000,6000]", "between"],
    ["from 5,000 to 6,000 people", "from 5,000 to 6,000", "[5000,6000]", "from"],
    ["5,000 to 6,000 people", "5,000 to 6,000", "[5000,6000]", "to"],
    ["5,000-6,000 people", "5,000-6,000", "[5000,6000]", "-"],
    ["5,000–6,000 people", "5,000–6,000", "[5000,6000]", "–"],
    ["5,000 – 6,000 people", "5,000 – 6,000", "[5000,6000]", "–"],
    ["between 1.5 and 2 million people", "between 1.5 and 2 million", "[1500000,2000000]", "between"],
    ["2-3 million people", "2-3 million", "[2000000,3000000]", "-"],
    ["5-6,000 people", "5-6,000", "[5000,6000]", "-"],
    ["from 500 to 2 million", "from 500 to 2 million", "[500,2000000]", "from"],
    ["2014-2024", "2014-2024", "[2014,2024]", "-"],
    ["killed 12—15 people", "12—15", "[12,15]", "—"],
    // vague words give their range, not a point
    ["dozens of people", "dozens", "[24,99]", null],
    ["tens of thousands fled", "tens of thousands", "[20000,99999]", null],
    ["more than a dozen people", "more than a dozen", "(12,)", "more than"],
    // two bounds joined by "and" make one range
    ["more than 10 and less than 40", "more than 10 and less than 40", "(10,40)", "more than and less than"],
    ["at most 100 and at least 20", "at most 100 and at least 20", "[20,100]", "at most and at least"],
    // percentages keep their unit; "about 500 or more": the postposed bound wins
    ["more than 80% of homes", "more than 80%", "(80,)", "more than"],
    // "one in five" is a share: 20 percent, with the qualifier before it
    ["nearly one in five residents", "nearly one in five", "[18,20)", "nearly"],
    // a fraction in words of a whole is a share too
    ["more than half of the displaced", "more than half", "(50,)", "more than"],
    // a live blog's clock time before a dash is no range's start
    ["12:10 - 174 DEAD", "174", "[174,174]", null],
    ["two thirds of the dead", "two thirds", "[66.67,66.67]", null],
    // more qualifiers outlets use
    ["as high as 150,000", "as high as 150,000", "(,150000]", "as high as"],
    ["as few as 40 people", "as few as 40", "[40,)", "as few as"],
    ["the real number was closer to 600", "closer to 600", "(540,660)", "closer to"],
    ["three out of every four people", "three out of every four", "[75,75]", null],
    ["1 in 3 children", "1 in 3", "[33.33,33.33]", null],
    ["about 500 or more", "500 or more", "[500,)", "or more"],
    ["equal to 5000 or less", "equal to 5000 or less", "(,5000]", "equal to or less"],
    ["more than 5000 or equal to it", "more than 5000 or equal to", "[5000,)", "more than or equal to"],
  ])("%j → %j %s", (input, text, interval, qualifier) => expectOne(input, [text, interval, qualifier]));

  it.each<[string, string[]]>([
    // a dash between a figure and words is punctuation
    ["killed 12 - a spokesman said", ["12"]],
    // scores and reversed pairs are not ranges
    ["won 3-2 on Sunday", ["3", "2"]],
    ["In 2023 - 500 people died", ["2023", "500"]],
    // phone numbers chain figures with dashes
    ["+1-222-2222-2222 is a phone number", ["1", "222", "2222", "2222"]],
    // "and" joins a range only after "between"
    ["killed 5 and wounded 6", ["5", "6"]],
    // a change and where it went, or where it came from and went, are two figures
    ["the toll has risen by four to 44", ["four", "44"]],
    ["the toll rose from 36 to 44", ["36", "44"]],
    ["Governor's office raises the official death toll from 16 to 34", ["16", "34"]],
    ["the government revised its count of the dead from 95 to 35", ["95", "35"]],
    ["the toll went from 12 to 20 overnight", ["12", "20"]],
    ["estimates range from 5,000 to 6,000", ["from 5,000 to 6,000"]],
    ["officials said estimates ranged from 5,000 to 6,000", ["from 5,000 to 6,000"]],
    ["the raised walkway held from 40 to 60 people", ["from 40 to 60"]],
    // "in" joins a share only when the first is smaller and the second is not a span of time
    ["one in five days", ["one", "five"]],
    ["killed 12 in five villages", ["12", "five"]],
    // bounds pointing the same way, or crossing, stay apart
    ["more than 20, above 170", ["more than 20", "above 170"]],
    ["more than 40 and less than 10", ["more than 40", "less than 10"]],
    // "or greater than 190" belongs to 190
    ["His score is 200 or greater than 190", ["200", "greater than 190"]],
    // symbols that are not comparisons bound nothing
    ["<>30", ["30"]],
    ["=>30", ["30"]],
  ])("%j stays %j", (input, texts) => {
    const found = quantities(input);
    expect(found.map((q) => q.text)).toEqual(texts);
    for (const q of found) expect(input.slice(q.start, q.end)).toBe(q.text);
  });

  it("takes its widths from the options", () => {
    const wide: NormalizeOptions = { approxWidth: 0.25, nearlyWidth: 0.5 };
    expectOne("about 200 people", ["about 200", "(150,250)", "about"], wide);
    expectOne("nearly 200 people", ["nearly 200", "[100,200)", "nearly"], wide);
    expectOne("just over 200 people", ["just over 200", "(200,300]", "just over"], wide);
  });

  it("keeps the figure, the unit and the vague flag", () => {
    const [pct, vague, range] = [
      ...quantities("nearly 80% of homes"),
      ...quantities("dozens of people"),
      ...quantities("between 5 and 6 million"),
    ];
    expect([pct?.figure, pct?.unit, pct?.vague]).toEqual([80, "percent", false]);
    expect([vague?.figure, vague?.unit, vague?.vague]).toEqual([49, null, true]);
    expect([range?.figure, range?.interval.high]).toEqual([5e6, 6e6]);
  });

  it.each([
    ["more than", "lower"],
    ["at least", "lowerInclusive"],
    ["nearly", "nearly"],
    ["or so", "approx"],
    ["between", null],
    [null, null],
  ] as const)("qualifierKind(%j) is %j", (phrase, kind) => {
    expect(qualifierKind(phrase)).toBe(kind);
  });

  it("exports the documented defaults", () => {
    expect(DEFAULT_NORMALIZE).toEqual({ approxWidth: 0.1, nearlyWidth: 0.1 });
  });
});
