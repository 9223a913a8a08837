// Which lines read as headlines (a summary, set against the body) and which as the body's data.
import { describe, expect, it } from "vitest";
import { maskMarkdown } from "../../src/corpus/mask-markup.js";
import { paragraphs } from "../../src/extract/sentences.js";

describe("headlines", () => {
  it.each([
    ["Gunman kills 40 at two New Zealand mosques", true],
    ["* PM says 30 dead at Al Noor mosque, 10 at Linwood", true],
    ["Gaza: toll passes 35,000", true],
    ["The toll rose to 40 on Friday.", false],
    ["- Province of Al Haouz: 1 684", false],
    ["1. Persons deceased: 2 946", false],
    ["| 16 Apr 2014, 14:00 | 477 | 368 | 2 | 107 |", false],
    ["| Deaths | 598 |", false],
  ])("%s -> %s", (line, headline) => {
    const text = maskMarkdown(`${line}\n`);
    expect(paragraphs(text)[0]!.headline).toBe(headline);
  });
});
