import { describe, expect, it } from "vitest";
import { guessTitle } from "../../src/corpus/title.js";

describe("guessTitle takes a first line that reads like a headline", () => {
  it.each([
    ["Kerem Shalom Strike Likely Played Key Role in Negotiations Collapse\n\nText.", "Kerem Shalom Strike Likely Played Key Role in Negotiations Collapse"],
    ["\n\n  Gaza death toll nears 35,000  \nText.", "Gaza death toll nears 35,000"],
    ["Is a ceasefire close?\nText.", "Is a ceasefire close?"],
    ["   Death toll rises\nText.", "Death toll rises"],
  ])("%j", (body, title) => expect(guessTitle(body)).toBe(title));

  it.each([
    ["a first line that is a sentence", "Israel deployed tanks into Rafah.\nMore."],
    ["a long first paragraph", `${"Israel deployed tanks into Rafah and seized the crossing ".repeat(4)}\nMore.`],
    ["a dateline", " date 2024-03-21 Amid tensions\nMore."],
    ["a byline", "By John Bowden\nMore."],
    ["no letters", "35,000\nMore."],
    ["nothing", "  \n \n"],
  ])("not %s", (_why, body) => expect(guessTitle(body)).toBeNull());

  it("starts at the body", () => {
    expect(guessTitle("---\ntitle: x\n---\nHeadline\nText.", 17)).toBe("Headline");
  });
});
