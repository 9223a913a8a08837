// A short quoted figure reads as if unquoted; a quoted clause or a quote with its speaker keeps its marks.
import { describe, expect, it } from "vitest";
import { maskFigureQuotes } from "../../src/extract/figure-quotes.js";

describe("maskFigureQuotes", () => {
  it.each([
    ['speaks of "more than 500" refugees', "speaks of  more than 500  refugees"],
    ["CLAIMS 'MORE THAN TWO THOUSAND' SLAUGHTERED", "CLAIMS  MORE THAN TWO THOUSAND  SLAUGHTERED"],
    ["reporting a toll “above 180”.", "reporting a toll  above 180 ."],
    ['is holding "30 officials and police" in the building', "is holding  30 officials and police  in the building"],
    ['"5 soldiers\' families" were told', " 5 soldiers' families  were told"],
    ['Green said "about 1,000" people were missing', "Green said  about 1,000  people were missing"],
  ])("blanks the marks around a short quoted figure: %j", (text, masked) => {
    expect(maskFigureQuotes(text)).toBe(masked);
    expect(maskFigureQuotes(text)).toHaveLength(text.length);
  });
  it.each([
    ['"We had counted 46 bodies by noon when the shelling started again," he said.'],
    ['"We counted 46," he said.'],
    ['called the reports "sensational" and false'],
    ["the army's 150 and the governors' 2,000"],
    ['"We buried 40 people" said the doctor.'],
    ['The doctor told reporters: "40 dead"'],
  ])("keeps a quoted clause, a quote with no figure, and apostrophes: %j", (text) => {
    expect(maskFigureQuotes(text)).toBe(text);
  });
});

