// Figures in a Markdown table count what their column's heading names, for the row's place.
import { describe, expect, it } from "vitest";
import { maskMarkdown } from "../../src/corpus/mask-markup.js";
import { loadKnowledge } from "../../src/cli/knowledge.js";
import { tableCell, tableClaimant, tableRowDate } from "../../src/extract/tables.js";
import { ROOT } from "../helpers/analyze.js";

const { lexicon } = loadKnowledge(ROOT);

const TABLE = [
  "The state's figures by district:",
  "",
  "| District | Deaths since 29 May | Peak number in relief camps | Area (km²) |",
  "|---|---|---|---|",
  "| Ernakulam | 51 | 390,000 | 3,068 |",
  "| Thrissur | 58 | 270,000 | 3,032 |",
  "",
  "Some 9,000 people died, officials said.",
].join("\n");

/** Where a figure first stands in a masked table. */
function spanOf(text: string, figure: string): { start: number; end: number } {
  const start = text.indexOf(figure);
  return { start, end: start + figure.length };
}

function metricOf(figure: string, occurrence = 1): string | null {
  const text = maskMarkdown(TABLE);
  let at = -1;
  for (let n = 0; n < occurrence; n++) at = text.indexOf(figure, at + 1);
  return tableCell(text, { start: at, end: at + figure.length }, lexicon)?.metric.id ?? null;
}

describe("table cells", () => {
  it.each([
    ["a death count under its heading", "58", "killed"],
    ["people in camps under theirs", "270,000", "sheltering"],
    ["a column that counts no people", "3,032", null],
    ["the row's label, not a figure under a heading", "Ernakulam", null],
    ["prose after the table", "9,000", null],
  ])("%s", (_what, figure, metric) => {
    expect(metricOf(figure)).toBe(metric);
  });
});

describe("a table of sources and what each counts", () => {
  const SOURCES = [
    "| Year | Source | Figure | What it counts |",
    "|---|---|---|---|",
    "| 2004 | Republika Srpska commission | 7,806 | people missing |",
    "| 2025 | Archive | 412 | boxes of files |",
    "",
    "| Source | Civilians killed | What it covers |",
    "|---|---|---|",
    "| UNAMI | at least 2,521 | verified cases |",
    "",
    "| Source | What it counts | Figure |",
    "|---|---|---|",
    "| State government (1980s) | deaths in the first three days | 2,259 |",
    "| Survivors' groups | pages of records | 50,000 or more |",
    "| Household survey | deaths | 4,645 (793 to 8,498) |",
  ].join("\n");
  it.each([
    ["the cell after the figure names the count", "7,806", "missing", "people"],
    ["a cell after that counts no people", "412", null, null],
    ["a heading's group is the count's", "2,521", "killed", "civilians"],
    ["the cell before the figure names the count", "2,259", "killed", "people"],
    ["a figure inside a cell's words is not read by the row", "three", null, null],
    ["a figure with its margin in brackets is the cell's figure", "4,645", "killed", "people"],
    ["a cell before that counts no one the table knows", "50,000 or more", null, null],
  ])("%s", (_what, figure, metric, group) => {
    const text = maskMarkdown(SOURCES);
    const at = text.indexOf(figure);
    const read = tableCell(text, { start: at, end: at + figure.length }, lexicon);
    expect([read?.metric.id ?? null, read?.group ?? null]).toEqual([metric, group]);
  });
});

describe("a table whose first column holds the figures", () => {
  const text = maskMarkdown([
    "| Figure | Given by | What it counts |", "|---|---|---|",
    "| about 1,900 | 112 emergency centre | calls reporting someone missing |",
    "| 89 | Government Delegation | people reported missing |", "",
    "| Town | Dead | Note |", "|---|---|---|", "| 45 Street | 12 | people killed |",
  ].join("\n"));
  const read = (figure: string) => {
    const at = text.indexOf(figure);
    return tableCell(text, { start: at, end: at + figure.length }, lexicon)?.metric.id ?? null;
  };
  it.each([
    ["a figure under a 'Figure' heading, read by its row", "89", "missing"],
    ["an approximate one", "about 1,900", "missing"],
    ["a number inside a claimant's name is no figure of the row", "112", null],
    ["a first column that heads rows holds no figures", "45", null],
  ])("%s", (_what, figure, metric) => {
    expect(read(figure)).toBe(metric);
  });
});

describe("a two-column table", () => {
  const text = maskMarkdown([
    "The toll by town:", "", "| Municipality | Dead |", "|---|---|", "| Paiporta | 45 |", "",
    "| Victims | Killed |", "|---|---|", "| Police officers | 3 |", "",
    "| Town | Area (km²) |", "|---|---|", "| Chiva | 180 |", "",
    "A list, not a table:", "", "Paiporta : 12",
  ].join("\n"));
  const read = (figure: string) => {
    const at = text.indexOf(` ${figure} `) + 1;
    const r = tableCell(text, { start: at, end: at + figure.length }, lexicon);
    return [r?.metric.id ?? null, r?.group ?? null];
  };
  it.each([
    ["a figure under its heading", "45", "killed", "people"],
    ["a row headed by a group counts that group", "3", "killed", "police"],
    ["a heading that counts no people", "180", null, null],
    ["a line with no heading row and rule above it", "12", null, null],
  ])("%s", (_what, figure, metric, group) => {
    expect(read(figure)).toEqual([metric, group]);
  });
});

describe("a table row's claimant", () => {
  const text = maskMarkdown(["| Source | What it counts | Figure |", "|---|---|---|", "| State government (1980s) | deaths | 2,259 |", "| 2010 | deaths | 5,295 |", "", "| Town | Deaths |", "|---|---|", "| Baravat | 3,126 |"].join("\n"));
  const at = (figure: string) => spanOf(text, figure);
  it.each([
    ["the Source cell, without its date", "2,259", "State government"],
    ["a Source cell that is only a year", "5,295", null],
    ["a table with no Source column", "3,126", null],
  ])("%s", (_what, figure, who) => {
    expect(tableClaimant(text, at(figure))?.text ?? null).toBe(who);
  });
});

describe("a table whose columns are its sources", () => {
  const text = maskMarkdown([
    "| As of March 2011 | Police agency | Fire Service Board | Notes |",
    "|---|---|---|---|",
    "| Missing | 2,410 | 2,498 | - |",
    "| Injured | 6,010 | 6,105 | - |",
    "",
    "| Killed | National Army (June) | Defence Office (2019 report) | Total deaths |",
    "|---|---|---|---|",
    "| Rebels | 820 | 871 | 900 |",
    "| Soldiers and police | 140 | 145 | 150 |",
    "",
    "| | Official count | Other count |",
    "|---|---|---|",
    "| Deaths | 3,210 (WHO) | more than 4,000 (Health Watch) |",
    "| Missing | 204 (unchanged) | 122 (final) |",
  ].join("\n"));
  const at = (figure: string) => spanOf(text, figure);
  it.each([
    ["a column headed by who counts", "2,498", "missing", "Fire Service Board"],
    ["the first source column, its date set aside", "820", "killed", "National Army"],
    ["a column headed by what is counted names no one", "900", "killed", null],
    ["who the cell names in brackets", "3,210", "killed", "WHO"],
    ["another cell's bracketed source", "more than 4,000", "killed", "Health Watch"],
    ["a note in brackets names no one", "204", "missing", null],
    ["'final' in brackets names no one", "122", "missing", null],
  ])("%s", (_what, figure, metric, who) => {
    expect(tableCell(text, at(figure), lexicon)?.metric.id ?? null).toBe(metric);
    expect(tableClaimant(text, at(figure))?.text ?? null).toBe(who);
  });
  it("reads the group from the row under a corner heading that names the count", () => {
    expect(tableCell(text, at("145"), lexicon)?.group).toBe("soldiers");
    expect(tableCell(text, at("871"), lexicon)?.group).toBe("militants");
  });
});

describe("a table row that names a nationality", () => {
  const text = maskMarkdown(["| Count | Given by | Figure |", "|---|---|---|", "| Australians dead | Australian government | 88 |", "| Dead, all nationalities | Police | 202 |", "| Children dead | Police | 12 |"].join("\n"));
  const at = (figure: string) => spanOf(text, figure);
  it.each([
    ["a people's name heading the count", "88", "australians"],
    ["every nationality", "202", undefined],
    ["a listed group, not a nationality", "12", undefined],
  ])("%s", (_what, figure, nationality) => {
    expect(tableCell(text, at(figure), lexicon)?.nationality).toBe(nationality);
  });
});

describe("a table row's date", () => {
  const text = maskMarkdown(["| As of | On board | Dead |", "|---|---|---|", "| 16 Apr 2014, 14:00 | 477 | 2 |", "| 16 Apr 2019 | 476 | 299 |", "| Sofala | 12 | 3 |"].join("\n"));
  const at = (figure: string) => spanOf(text, figure);
  it.each([
    ["477", { date: "2014-04-16" }],
    ["299", { date: "2019-04-16" }],
    ["12", null],
  ])("dates the figure %s by the row's first cell", (figure, date) => {
    expect(tableRowDate(text, at(figure), "2019-04-16")).toEqual(date);
  });
  it("gives no date for a day after the article's (a recap's timeline without its year)", () => {
    const recap = maskMarkdown(["| Day | Dead |", "|---|---|", "| 14 May, morning | 157 |"].join("\n"));
    const figure = { start: recap.indexOf("157"), end: recap.indexOf("157") + 3 };
    expect(tableRowDate(recap, figure, "2024-05-13")).toEqual({ date: null });
    expect(tableRowDate(recap, figure, "2014-05-20")).toEqual({ date: "2014-05-14" });
  });
});
