// When an event happened: relative dates resolved against a fixed article date, keeping what
// the text stated apart from what the article's date implied; then incidents dated in sentences.
import { describe, expect, it } from "vitest";
import { resolveDate } from "../../src/extract/facts/relative-dates.js";
import type { EventDateFact } from "../../src/types.js";
import { facts } from "./fact-knowledge.js";

describe("relative dates against the article's date", () => {
  // [phrase, article date (2024-05-07 is a Tuesday), date, stated, precision]
  const DATES: [string, string, string, string[], string][] = [
    ["on May 5th", "2024-05-06", "2024-05-05", ["day", "month"], "day"],
    ["on 12 May", "2024-05-14", "2024-05-12", ["day", "month"], "day"],
    ["Tuesday", "2024-05-07", "2024-05-07", ["weekday"], "day"],
    ["on Tuesday morning", "2024-05-07", "2024-05-07", ["weekday"], "day"],
    ["Tuesday", "2024-05-06", "2024-04-30", ["weekday"], "day"],
    ["Sunday", "2024-05-07", "2024-05-05", ["weekday"], "day"],
    ["yesterday", "2024-05-07", "2024-05-06", [], "day"],
    ["last night", "2024-05-07", "2024-05-06", [], "day"],
    ["last week", "2024-05-14", "2024-05-07", [], "week"],
    ["Oct. 7", "2024-05-14", "2023-10-07", ["day", "month"], "day"],
    ["December 31", "2024-01-02", "2023-12-31", ["day", "month"], "day"],
    ["7 October 2023", "2024-05-14", "2023-10-07", ["day", "month", "year"], "day"],
    ["February 29", "2024-03-01", "2024-02-29", ["day", "month"], "day"],
    ["in May", "2024-05-14", "2024-05-01", ["month"], "month"],
    ["this morning", "2024-05-07", "2024-05-07", [], "day"],
    ["two days ago", "2024-05-07", "2024-05-05", [], "day"],
    ["earlier this week", "2024-05-07", "2024-05-05", [], "week"],
  ];
  it.each(DATES)("%s (article %s) -> %s", (phrase, article, date, stated, precision) => {
    expect(resolveDate(phrase, article)).toMatchObject({ date, stated, precision });
  });

  const NONE: [string, string][] = [
    ["a plan", "next Friday"],
    ["tomorrow", "tomorrow"],
    ["a clock time alone", "at 3 pm"],
    ["a date after the article in its stated year", "May 20, 2024"],
  ];
  it.each(NONE)("no past date for %s", (_, phrase) => {
    expect(resolveDate(phrase, "2024-05-07")).toBeNull();
  });
});

describe("incidents dated in sentences", () => {
  const dated = (text: string, date = "2024-05-07") =>
    facts(text, date).flatMap((c) => (c.fact?.type === "event-date" ? [{ claim: c, fact: c.fact as EventDateFact }] : []));

  // [sentence, event key, date, mention text]
  const EVENTS: [string, string, string, string][] = [
    ["The Hamas rocket attack on the Kerem Shalom border crossing on May 5th killed four.", "attack@kerem-shalom", "2024-05-05", "rocket attack on the Kerem Shalom border crossing on May 5th"],
    ["Four soldiers died in the May 6 attack on Kerem Shalom.", "attack@kerem-shalom", "2024-05-06", "May 6 attack"],
    ["An airstrike on Jabalia on Sunday killed 12 people.", "strike@jabalia", "2024-05-05", "airstrike on Jabalia on Sunday"],
    ["Hostages were taken in the Oct. 7 attack that sparked the war.", "october-7-attack", "2023-10-07", "Oct. 7 attack"],
    ["Israelis died in the 7 October terrorist attack.", "october-7-attack", "2023-10-07", "7 October terrorist attack"],
  ];
  it.each(EVENTS)("%s", (sentence, event, date, text) => {
    const [found] = dated(sentence);
    expect(found, `no event date in "${sentence}"`).toBeDefined();
    expect(found!.fact).toMatchObject({ event, date });
    expect(found!.claim.text).toBe(text);
    expect(found!.claim.metric).toBe(`event-date:${event}`);
    expect(found!.claim.metricKind).toBe("event");
  });

  it("keeps a weekday apart from a stated day", () => {
    expect(dated("An airstrike on Jabalia on Sunday killed 12 people.")[0]!.fact.stated).toEqual(["weekday"]);
  });

  it("dates 'the May 5th attack' by the article's earlier incident on that day", () => {
    const found = dated("The rocket attack on Kerem Shalom on May 5th killed three. A fourth soldier died after the May 5th attack.");
    expect(found.map((f) => [f.fact.event, f.fact.date])).toEqual([
      ["attack@kerem-shalom", "2024-05-05"],
      ["attack@kerem-shalom", "2024-05-05"],
    ]);
  });

  const NONE: [string, string][] = [
    ["a second incident", "Hamas claimed another rocket attack on Kerem Shalom on Tuesday morning."],
    ["an incident without a date", "The attack on Kerem Shalom killed four soldiers."],
    ["a date a week wide", "The attack on Kerem Shalom last week killed four soldiers."],
    ["a date in another clause", "The attack on Kerem Shalom killed four, and on Tuesday the crossing closed."],
    ["a dated incident without a place", "The May 5th attack killed four soldiers."],
  ];
  it.each(NONE)("no event date for %s", (_, sentence) => {
    expect(dated(sentence)).toEqual([]);
  });
});
