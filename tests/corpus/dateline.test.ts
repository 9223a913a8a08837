import { describe, expect, it } from "vitest";
import { DATELINE_WINDOW, findDateline } from "../../src/corpus/dateline.js";

const PROSE =
  "Israeli forces pressed on with operations in the south of the territory as mediators met again. ";
/** A paragraph long enough to push what follows it past the dateline window. */
const LONG_PARAGRAPH = PROSE.repeat(Math.ceil(DATELINE_WINDOW / PROSE.length) + 1).trim();

describe("findDateline finds the date an article states about itself", () => {
  it.each([
    // [why, text, date, the date as written]
    ["a 'date' cue glued to the first sentence", " date 2024-03-21 Amid escalating tensions in Gaza, Israel has declared…", "2024-03-21", "2024-03-21"],
    ["a byline block with weekday, time and zone", "Headline here\n\nJohn Bowden\nWashington DC\nTuesday 14 May 2024 03:50 BST\nMore text", "2024-05-14", "Tuesday 14 May 2024 03:50 BST"],
    ["the stated day, not the UTC day", "Monday 13 May 2024 23:50 EDT\nThe talks resumed.", "2024-05-13", "Monday 13 May 2024 23:50 EDT"],
    ["a Published: cue", "Published: May 14, 2024\n\nThe talks resumed.", "2024-05-14", "May 14, 2024"],
    ["a cue after a byline separator", "By Jane Doe | Published on 14 May 2024\nThe talks resumed.", "2024-05-14", "14 May 2024"],
    ["an agency dateline after a place in capitals", "WASHINGTON, May 14, 2024 — The Biden administration is sharing intelligence with Israel to help it.", "2024-05-14", "May 14, 2024"],
    ["a date alone on a line", "Gaza talks stall\n14 May 2024\nThe talks stalled again today as both sides dug in.", "2024-05-14", "14 May 2024"],
    ["a numeric date whose day cannot be a month", "14/05/2024\nThe talks resumed.", "2024-05-14", "14/05/2024"],
    ["a date starting a line and a dash", "14 May 2024 — The talks resumed on Tuesday after a pause of several days in Cairo.", "2024-05-14", "14 May 2024"],
    ["a published date over an earlier updated one", "Updated 3 June 2024 10:00 GMT\nPublished 1 June 2024\nText.", "2024-06-01", "1 June 2024"],
    ["an updated date when it is the only one", "Updated 3 June 2024 10:00 GMT\nThe talks resumed.", "2024-06-03", "3 June 2024 10:00 GMT"],
    ["a Published: line deep in the body", `${LONG_PARAGRAPH}\n\nPublished: 14 May 2024\n`, "2024-05-14", "14 May 2024"],
  ])("%s", (_why, text, date, written) => {
    const found = findDateline(text);
    expect(found?.date).toBe(date);
    expect(found && text.slice(found.start, found.end)).toBe(written);
  });

  it.each([
    ["an event date inside the first sentence", "On 12 May 2024, Israeli forces entered the eastern part of Rafah, officials said on Monday."],
    ["an event date after a verb that could be a cue", "A UN report published on 14 March 2024 found that famine was imminent in the north of Gaza."],
    ["a month and year without a day", "May 2024\nThe talks resumed."],
    ["a day and month without a year", "Published on 12 May\nThe talks resumed."],
    ["a numeric date that reads as March or April", "03/04/2024\nThe talks resumed."],
    ["a date range", "14-16 May 2024\nThe talks resumed."],
    ["a date opening a long sentence", "7 October 2023 was the deadliest day in Israel's history, and the war that followed has killed tens of thousands."],
    ["an event date deep in the body", `${LONG_PARAGRAPH}\nThe attack on 7 October 2023 killed about 1,200 people, Israel says, and the war followed.`],
    ["a short line deep in the body that is not only a date", `${LONG_PARAGRAPH}\nTalks began on 5 May 2024 in Cairo\n`],
    ["no date at all", "The talks resumed in Cairo on Tuesday."],
  ])("not %s", (_why, text) => {
    expect(findDateline(text)).toBeNull();
  });

  it("searches from the body's start and returns file offsets", () => {
    const frontMatter = "---\ntitle: Lookalike 1 January 2020\n---\n";
    const text = `${frontMatter}Tuesday 14 May 2024\nBody.`;
    // The caller blanks front matter; here the search itself must start after it.
    const found = findDateline(text, frontMatter.length);
    expect(found).toEqual({ date: "2024-05-14", start: frontMatter.length, end: frontMatter.length + 19 });
  });

  it("only reads a long first paragraph up to the window", () => {
    const late = `${LONG_PARAGRAPH} Published: 14 May 2024. ${PROSE}`;
    expect(findDateline(late)).toBeNull();
    const early = `Published: 14 May 2024. ${LONG_PARAGRAPH}`;
    expect(findDateline(early)?.date).toBe("2024-05-14");
  });
});
