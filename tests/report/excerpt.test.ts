import { describe, expect, test } from "vitest";
import { excerpt } from "../../src/report/excerpt.js";
import { wrap, wrapText } from "../../src/report/wrap.js";
import { makeClaim } from "../factories.js";

const words = (n: number, word = "word") => Array.from({ length: n }, () => word).join(" ");

/** A claim whose figure sits at `at` in `sentence`, with a sentence starting at offset 100. */
function claimAt(sentence: string, figure: string, at = sentence.indexOf(figure)) {
  return makeClaim({
    text: figure,
    span: { start: 100 + at, end: 100 + at + figure.length },
    sentence,
    sentenceSpan: { start: 100, end: 100 + sentence.length },
  });
}

describe("excerpt", () => {
  test("leaves a short sentence whole", () => {
    expect(excerpt(claimAt("Some 300,000 people have fled Rafah.", "Some 300,000"))).toEqual({
      before: "",
      figure: "Some 300,000",
      after: " people have fled Rafah.",
    });
  });

  test("finds the figure by its offsets when it appears twice", () => {
    const sentence = "Not 45 but 45 soldiers.";
    expect(excerpt(claimAt(sentence, "45", 11))).toEqual({ before: "Not 45 but ", figure: "45", after: " soldiers." });
  });

  test("falls back to searching when offsets and sentence disagree", () => {
    const claim = { ...claimAt("at least 45 soldiers", "at least 45"), sentenceSpan: { start: 0, end: 20 } };
    expect(excerpt(claim)).toEqual({ before: "", figure: "at least 45", after: " soldiers" });
  });

  test("shows the figure alone when the sentence does not contain it", () => {
    expect(excerpt(claimAt("An unrelated sentence.", "45", 3))).toEqual({ before: "", figure: "45", after: "" });
  });

  test("squashes line breaks and runs of spaces", () => {
    const sentence = "Death toll\r\nnears  35,000 as\n strikes go on";
    expect(excerpt(claimAt(sentence, "nears  35,000"))).toEqual({
      before: "Death toll ",
      figure: "nears 35,000",
      after: " as strikes go on",
    });
  });

  test.each([
    ["the middle", `${words(40)} at least 45 ${words(40)}`, true, true],
    ["the start", `at least 45 ${words(80)}`, false, true],
    ["the end", `${words(80)} at least 45`, true, false],
  ])("cuts a long sentence around a figure at %s, keeping about 160 characters", (_where, sentence, cutBefore, cutAfter) => {
    const { before, figure, after } = excerpt(claimAt(sentence, "at least 45"));
    const shown = before + figure + after;
    expect(figure).toBe("at least 45");
    expect(shown.length).toBeGreaterThan(140);
    expect(shown.length).toBeLessThanOrEqual(162);
    expect(before.startsWith("…")).toBe(cutBefore);
    expect(after.endsWith("…")).toBe(cutAfter);
    expect(after).not.toMatch(/wor…$|\s…$/);
  });
});

describe("wrap", () => {
  test.each([
    ["fits on one line", "a b c", 10, ["a b c"]],
    ["breaks between words", "aaa bbb ccc", 7, ["aaa bbb", "ccc"]],
    ["gives an overlong word its own line", "a bbbbbbbbbbbb c", 5, ["a", "bbbbbbbbbbbb", "c"]],
    ["keeps an empty text as one empty line", "", 10, [""]],
  ])("%s", (_name, text, width, expected) => {
    expect(wrapText(text, width)).toEqual(expected);
  });

  test("counts the indent in the width and uses the hanging indent after the first line", () => {
    expect(wrap([{ text: "one two three four" }], { width: 10, indent: "> ", hangingIndent: "    " })).toEqual([
      "> one two",
      "    three",
      "    four",
    ]);
  });

  test("paints a styled phrase once per line, even across a break", () => {
    const paint = (p: { text: string; style?: string }) => (p.style ? `<${p.text}>` : p.text);
    const pieces = [{ text: "toll " }, { text: "more than 35,000", style: "bold" }, { text: ", officials said" }];
    expect(wrap(pieces, { width: 20, paint })).toEqual(["toll <more than>", "<35,000>, officials", "said"]);
  });
});
