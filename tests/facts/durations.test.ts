// Durations against the calendar: month arithmetic at month ends and in leap years, the
// "Nth month" and "N months ago" checks with their tolerances, and the phrases that state them.
import { describe, expect, it } from "vitest";
import { addMonths, currentOrdinal, elapsedBetween, monthsAndDays } from "../../src/compare/facts/calendar.js";
import { checkDuration } from "../../src/compare/facts/calendar-conflicts.js";
import type { DurationFact } from "../../src/types.js";
import { facts } from "./fact-knowledge.js";

describe("month arithmetic", () => {
  // [date, months added, result]
  const ADD: [string, number, string][] = [
    ["2023-10-07", 5, "2024-03-07"],
    ["2023-10-31", 1, "2023-11-30"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2023-01-31", 1, "2023-02-28"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2023-12-15", 2, "2024-02-15"],
  ];
  it.each(ADD)("%s + %i months = %s", (date, n, result) => {
    expect(addMonths(date, n)).toBe(result);
  });

  // [since, date, elapsed in words, ordinal month]
  const ELAPSED: [string, string, string, number][] = [
    ["2023-10-07", "2024-03-21", "5 months and 14 days", 6],
    ["2023-10-07", "2024-05-06", "6 months and 29 days", 7],
    ["2023-10-07", "2024-05-07", "7 months", 8],
    ["2023-10-07", "2024-05-14", "7 months and 7 days", 8],
    ["2023-10-07", "2023-10-07", "0 days", 1],
    ["2023-10-31", "2023-11-29", "29 days", 1],
    ["2023-10-31", "2023-11-30", "1 month", 2],
    ["2024-01-31", "2024-02-29", "1 month", 2],
    ["2024-01-31", "2024-03-30", "1 month and 30 days", 2],
    ["2024-02-29", "2025-02-28", "12 months", 13],
  ];
  it.each(ELAPSED)("%s to %s: %s, month %i", (since, date, words, ordinal) => {
    const e = elapsedBetween(since, date)!;
    expect(monthsAndDays(e)).toBe(words);
    expect(currentOrdinal(e, "month")).toBe(ordinal);
  });

  it("has no elapsed time before the start", () => {
    expect(elapsedBetween("2023-10-07", "2023-10-06")).toBeNull();
  });
});

describe("durations checked against the calendar", () => {
  const ordinal = (n: number, unit: DurationFact["unit"] = "month", since = "2023-10-07"): DurationFact => ({ type: "duration", event: "e", since, unit, ordinal: n, elapsed: null });
  const elapsed = (n: number, unit: DurationFact["unit"] = "month", since = "2023-10-07"): DurationFact => ({ type: "duration", event: "e", since, unit, ordinal: null, elapsed: n });

  // [what, fact, article date, passes]
  const CHECKS: [string, DurationFact, string, boolean][] = [
    ["fifth month on 21 March 2024 (it is the sixth)", ordinal(5), "2024-03-21", false],
    ["sixth month on 21 March 2024", ordinal(6), "2024-03-21", true],
    ["seventh month on 6 May 2024 (its last day)", ordinal(7), "2024-05-06", true],
    ["seventh month on 8 May 2024 (within 2 days of its end)", ordinal(7), "2024-05-08", true],
    ["seventh month on 10 May 2024 (3 days into the eighth)", ordinal(7), "2024-05-10", false],
    ["sixth month on 5 March 2024 (2 days before it)", ordinal(6), "2024-03-05", true],
    ["sixth month on 4 March 2024 (3 days before it)", ordinal(6), "2024-03-04", false],
    ["second month of an event begun 31 October, on 30 November", ordinal(2, "month", "2023-10-31"), "2023-11-30", true],
    ["first month of an event begun 31 October, on 2 December", ordinal(1, "month", "2023-10-31"), "2023-12-03", false],
    ["second year of an event begun 29 February 2024, on 28 February 2025", ordinal(2, "year", "2024-02-29"), "2025-02-28", true],
    ["day 100 of an event begun 7 October 2023 is 14 January 2024", ordinal(100, "day"), "2024-01-14", true],
    ["seven months ago on 14 May 2024 (7 months 7 days)", elapsed(7), "2024-05-14", true],
    ["seven months ago on 20 April 2024 (6.4 months)", elapsed(7), "2024-04-20", false],
    ["seven months ago on 23 April 2024 (6.5 months)", elapsed(7), "2024-04-23", true],
    ["six months ago on 1 May 2024 (6.8: rounded down)", elapsed(6), "2024-05-01", true],
    ["six months ago on 14 May 2024 (7.2)", elapsed(6), "2024-05-14", false],
    ["five months ago on 14 May 2024", elapsed(5), "2024-05-14", false],
    ["31 weeks on 14 May 2024 (31.4 weeks)", elapsed(31, "week"), "2024-05-14", true],
    ["30 weeks on 14 May 2024 (31.4 weeks)", elapsed(30, "week"), "2024-05-14", false],
  ];
  it.each(CHECKS)("%s", (_, fact, date, passes) => {
    expect(checkDuration(fact, date)?.ok).toBe(passes);
  });

  it("says the arithmetic in words", () => {
    const verdict = checkDuration(ordinal(5), "2024-03-21")!;
    expect(verdict.arithmetic).toBe("21 March 2024 is 5 months and 14 days after 7 October 2023");
    expect(verdict.expected).toBe("in its sixth month");
    expect(verdict.severity).toBe("medium");
    expect(checkDuration(ordinal(3), "2024-03-21")!.severity).toBe("high");
  });

  it("cannot check a date before the event", () => {
    expect(checkDuration(ordinal(1), "2023-01-01")).toBeNull();
  });
});

describe("durations in sentences", () => {
  const durations = (text: string, date: string | null = "2024-05-14") => facts(text, date).filter((c) => c.fact?.type === "duration");

  // [sentence, event, unit, ordinal, elapsed, mention text]
  const FOUND: [string, string, string, number | null, number | null, string][] = [
    ["Talks stalled as the war in Gaza rages into its seventh month.", "gaza-war", "month", 7, null, "the war in Gaza rages into its seventh month"],
    ["Displaced by the ongoing war, now in its fifth month, they wait in Gaza.", "gaza-war", "month", 5, null, "the ongoing war, now in its fifth month"],
    ["More than 35,000 people have died in Gaza since the war began seven months ago.", "gaza-war", "month", null, 7, "the war began seven months ago"],
    ["Seven months into the war, Hamas still holds hostages in Gaza.", "gaza-war", "month", null, 7, "Seven months into the war"],
    ["As the conflict enters its 30th week, Gaza is in ruins.", "gaza-war", "week", 30, null, "the conflict enters its 30th week"],
    ["In Kyiv, the war, now in its third year, grinds on.", "russia-ukraine-war", "year", 3, null, "the war, now in its third year"],
  ];
  it.each(FOUND)("%s", (sentence, event, unit, ordinal, elapsed, text) => {
    const [claim] = durations(sentence);
    expect(claim, `no duration in "${sentence}"`).toBeDefined();
    expect(claim!.fact).toMatchObject({ type: "duration", event, unit, ordinal, elapsed });
    expect(claim!.text).toBe(text);
    expect(claim!.metric).toBe(`duration:${event}`);
  });

  const NONE: [string, string][] = [
    ["another war", "In Gaza, the trade war, now in its fifth month, hurts exporters."],
    ["no event named", "In Gaza, the talks are now in their fifth month."],
    ["an article that never mentions the event's context", "The war, now in its fifth month, has emptied the city."],
    ["an event that had not begun by the article's date", "In Gaza, the war is in its second month."],
    ["a figure that is not a duration", "In Gaza, the war began with seven attacks."],
  ];
  it.each(NONE)("no duration for %s", (what, sentence) => {
    expect(durations(sentence, what.startsWith("an event that") ? "2023-09-01" : "2024-05-14")).toEqual([]);
  });

  it("measures an undated draft against today", () => {
    const [claim] = durations("In Gaza, the war is now in its fifth month.", null);
    expect(claim).toMatchObject({ asOf: "2026-11-21", asOfFrom: null });
  });
});
