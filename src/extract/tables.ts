// Figures in a table's cells count what the column's heading names: under "| District | Deaths |
// In relief camps |", the row "| Thrissur | 58 | 270,000 |" gives Thrissur's deaths and its
// people in camps. Markdown tables reach extraction with their pipes masked: a two-cell row as
// "Label : figure", a wider one with its cells apart (" ; ").
import * as chrono from "chrono-node";
import type { Span } from "../types.js";
import { appliesTo, type Lexicon } from "./lexicon.js";
import { DEMONYM, groupAt, reading, type MetricReading } from "./read-words.js";

const CELL_SEPARATOR = " ; ";
/** How a reading from a column's heading is told, for `explain` and for dating its row. */
export const TABLE_HEADING = "a table's column heading";

/** The line a span stands on, without its line break. */
function lineAround(text: string, span: Span): Span {
  const end = text.indexOf("\n", span.end);
  return { start: text.lastIndexOf("\n", span.start - 1) + 1, end: end === -1 ? text.length : end };
}

/** A masked table row's cells, with where each starts; null for a line that is no table row. */
function cellsOf(text: string, start: number, end: number): Span[] | null {
  const line = text.slice(start, end);
  if (!line.includes(CELL_SEPARATOR)) return null;
  const cells: Span[] = [];
  let at = 0;
  for (const part of line.split(";")) {
    cells.push({ start: start + at, end: start + at + part.length });
    at += part.length + 1;
  }
  return cells.length >= 3 ? cells : null;
}

/** The heading row of the table whose row starts at `at`: the topmost row above it of as many cells. */
function tableHeading(text: string, at: number): Span | null {
  const lineAt = (pos: number) => ({ start: text.lastIndexOf("\n", pos - 1) + 1, end: (text.indexOf("\n", pos) + 1 || text.length + 1) - 1 });
  const row = lineAt(at);
  const width = cellsOf(text, row.start, row.end)?.length;
  let heading: Span | null = null;
  // Up through rows of as many cells, and the one blanked rule under the heading.
  for (let line = row; line.start > 0; ) {
    const above = lineAt(line.start - 1);
    const raw = text.slice(above.start, above.end);
    // The rule is masked to spaces; an empty line is a paragraph break, and ends the table.
    if (raw.replace(/\r$/, "") === "") break;
    const blank = raw.trim() === "";
    if (blank ? text.slice(line.start, line.end).trim() === "" : cellsOf(text, above.start, above.end)?.length !== width) break;
    if (!blank) heading = above;
    line = above;
  }
  return heading;
}

// A two-column row, masked as "  Paiporta : 45  ": its label and its value.
const PAIR_ROW = /^(\s*)(\S(?:.*?\S)?)\s:\s(\S(?:.*?\S)?)\s*$/;

/** A masked two-column row's cells, or null for any other line. */
function pairOf(text: string, line: Span): Span[] | null {
  const m = PAIR_ROW.exec(text.slice(line.start, line.end));
  if (!m || m[2]!.includes(" : ") || m[3]!.includes(" : ")) return null;
  const label = line.start + m[1]!.length;
  const value = line.start + m[0].lastIndexOf(m[3]!);
  return [{ start: label, end: label + m[2]!.length }, { start: value, end: value + m[3]!.length }];
}

/**
 * The heading row of a two-column table whose row is `row`: the row above the table's rule, a
 * line masked to spaces (a paragraph break is an empty line, and ends the search).
 */
function pairHeading(text: string, row: Span): Span[] | null {
  let line = row;
  while (line.start > 0) {
    const above = lineAround(text, { start: line.start - 1, end: line.start - 1 });
    const content = text.slice(above.start, above.end);
    if (content.length > 0 && content.trim() === "") {
      const heading = lineAround(text, { start: above.start - 1, end: above.start - 1 });
      return above.start > 0 ? pairOf(text, heading) : null;
    }
    if (!pairOf(text, above)) return null;
    line = above;
  }
  return null;
}

/**
 * "| Municipality | Dead |" over "| Paiporta | 45 |": a two-column table's figure counts what its
 * heading names, for the row's label (a place, or a group: "| Police officers | 3 |").
 */
function pairCell(text: string, figure: Span, lexicon: Lexicon): MetricReading | null {
  const line = lineAround(text, figure);
  const cells = pairOf(text, line);
  if (!cells || figure.start < cells[1]!.start || !ownsCell(text, cells[1]!, figure)) return null;
  const heading = pairHeading(text, line);
  if (!heading) return null;
  const found = cellReading(text, heading[1]!, lexicon, TABLE_HEADING);
  if (!found) return null;
  const label = text.slice(cells[0]!.start, cells[0]!.end);
  const lead = label.length - label.trimStart().length;
  const group = groupAt(text, cells[0]!.start + lead, lexicon)?.group;
  return group && group !== "people" && appliesTo(found.metric, group) ? { ...found, group } : found;
}

/** Whether a figure is its cell's own content, not a figure inside the cell's words. */
function ownsCell(text: string, cell: Span, figure: Span): boolean {
  // ("| 4,645 (793 to 8,498) |": the range in brackets is the figure's own margin.)
  const rest = (text.slice(cell.start, figure.start) + text.slice(figure.end, cell.end)).replace(/\([^)]*\)/g, " ").trim();
  // ("4,645 (793 to 8,498)": the margin in brackets is the cell's too.)
  return rest === "" || rest.replace(/[()]/g, " ").trim().split(/\s+/).every((word) => CELL_QUALIFIER.test(word) || /^\d[\d.,]*$/.test(word));
}

// Words that may stand beside a cell's figure: "about 3,800", "25,000 or more", "at least 2,521".
const CELL_QUALIFIER = /^(?:about|around|approx\.?|approximately|some|nearly|almost|over|under|at|least|most|more|or|than|up|to|fewer|less|roughly|est\.?|estimated|c\.|ca\.|[~≈<>+*†‡-]+|\*\*)$/i;

/**
 * The reading of a figure in a table's cell from its column's heading, or null when the figure
 * stands in no table, in its first column, or under a heading that names nothing counted.
 */
export function tableCell(text: string, figure: Span, lexicon: Lexicon): MetricReading | null {
  const line = lineAround(text, figure);
  const cells = cellsOf(text, line.start, line.end);
  if (!cells) return pairCell(text, figure, lexicon);
  const column = cells.findIndex((c) => c.start <= figure.start && figure.end <= c.end);
  if (column < 0) return null;
  // "| deaths in the first three days |": a figure inside a cell's words is read by those words.
  if (!ownsCell(text, cells[column]!, figure)) return null;
  const heading = tableHeading(text, line.start);
  if (!heading) return null;
  const headingCells = cellsOf(text, heading.start, heading.end);
  // The first column heads a row (a place, a date), unless its heading says it holds the figures:
  // "| Figure | Given by | Date | What it counts |".
  if (column === 0 && !(headingCells?.[0] && FIGURE_HEADING.test(text.slice(headingCells[0].start, headingCells[0].end)))) return null;
  const cell = headingCells?.[column];
  if (!cell) return null;
  const found = cellReading(text, cell, lexicon, TABLE_HEADING);
  if (found) return found;
  // "| 2004 | Republika Srpska commission | 7,806 | people missing |" and "| State government |
  // deaths caused by the gas | 3,787 |": with no count in its heading, the row's nearest cell
  // that names one says what the figure counts, the cell after it first; the cell that names
  // who gives the figure ("Survivors' groups") counts nothing.
  const source = headingCells.findIndex((c) => CLAIMANT_HEADING.test(text.slice(c.start, c.end)));
  for (let step = 1; step < cells.length; step++) {
    for (const [at, where] of [[column + step, "the cell after the figure"], [column - step, "the cell before the figure"]] as const) {
      const near = cells[at];
      if (at < 0 || at === source || !near) continue;
      const read = cellReading(text, near, lexicon, where);
      if (read) return read;
    }
  }
  // "| Killed | Armed Forces | Defence ministry |" over "| Militants | 920 | 978 |": the corner
  // names the count, the row's first cell the group.
  const corner = column > 0 && headingCells[0] ? cellReading(text, headingCells[0], lexicon, "the table's corner heading") : null;
  if (corner) {
    const label = text.slice(cells[0]!.start, cells[0]!.end);
    const group = groupAt(text, cells[0]!.start + label.length - label.trimStart().length, lexicon)?.group;
    return group && appliesTo(corner.metric, group) ? { ...corner, group } : corner;
  }
  return null;
}

const FIGURE_HEADING = /^\s*(?:figure|figures|number|count|toll|total|estimate|how\s+many)\s*$/i;

// The column that says who gives a row's figures: "| Source | What it counts | Figure |".
const CLAIMANT_HEADING = /^\s*(?:source|sources|claimant|who|whose\s+(?:count|figure)|according\s+to|counted\s+by|given\s+by|reported\s+by|body|organi[sz]ation|agency|authority|by)\s*$/i;

// A column heading that names what is counted, or when, rather than who counts it.
const NOT_WHO_HEADING = /\b(?:counts?|figures?|tolls?|estimates?|totals?|numbers?|dead|deaths?|killed|missing|injured|wounded|displaced|cases|date|year|month|day|as\s+of|what|where|when|place|site|district|province|region|country|city|town)\b|^\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/i;

/**
 * Who gives a table row's figure: its row's cell under a "Source" heading; else, in a table whose
 * columns are its sources ("| As of March 2021 | National Police Agency | Fire and Disaster
 * Management Agency |"), the figure's column heading; else who the figure's own cell names in
 * brackets ("| 3,955 (WHO) |"). Null if none.
 */
export function tableClaimant(text: string, figure: Span): (Span & { text: string }) | null {
  const line = lineAround(text, figure);
  const cells = cellsOf(text, line.start, line.end);
  const heading = cells && tableHeading(text, line.start);
  const headingCells = heading && cellsOf(text, heading.start, heading.end);
  if (!cells || !headingCells) return null;
  const own = cells.findIndex((c) => c.start <= figure.start && figure.end <= c.end);
  // ("| 204 (unchanged) |", "| 82 (final) |": a note on the figure, not who gives it.)
  const bracketed = own >= 0 ? /\((?!\s*(?:unchanged|final|provisional|revised|estimated?|approx\.?|approximate|corrected|updated|preliminary|unconfirmed)\s*\))([^()\d]{2,80})\)/iu.exec(text.slice(figure.end, cells[own]!.end)) : null;
  if (bracketed) {
    const start = figure.end + bracketed.index + 1;
    return { start, end: start + bracketed[1]!.length, text: bracketed[1]!.trim() };
  }
  const column = headingCells.findIndex((c) => CLAIMANT_HEADING.test(text.slice(c.start, c.end)));
  if (column < 0) return columnClaimant(text, headingCells, own);
  const cell = cells[column];
  if (column < 0 || !cell || (cell.start <= figure.start && figure.end <= cell.end)) return null;
  // "Madhya Pradesh government (1980s)": who, without the when.
  const who = text.slice(cell.start, cell.end).replace(/\([^)]*\)/g, "").trim();
  if (!who || /^\d/.test(who)) return null;
  const start = cell.start + text.slice(cell.start, cell.end).indexOf(who.slice(0, 5));
  return { start, end: start + who.length, text: who };
}

/** The figure's column heading, when it names who gives the figures ("Armed Forces (October 2017)"). */
function columnClaimant(text: string, headingCells: Span[], column: number): (Span & { text: string }) | null {
  const cell = column > 0 ? headingCells[column] : undefined;
  if (!cell) return null;
  const who = text.slice(cell.start, cell.end).replace(/\([^)]*\)/g, "").trim();
  if (!/^\p{Lu}/u.test(who) || /\d/.test(who) || NOT_WHO_HEADING.test(who) || CLAIMANT_HEADING.test(who) || FIGURE_HEADING.test(who)) return null;
  const start = cell.start + text.slice(cell.start, cell.end).indexOf(who);
  return { start, end: start + who.length, text: who };
}

/** A count named in a cell ("Civilians killed", "men and boys missing"): its metric and group. */
function cellReading(text: string, cell: Span, lexicon: Lexicon, where: string): MetricReading | null {
  const label = text.slice(cell.start, cell.end);
  const lead = label.length - label.trimStart().length;
  const named = groupAt(text, cell.start + lead, lexicon)?.group ?? "people";
  for (const metric of lexicon.metrics) {
    if (!appliesTo(metric, "people")) continue;
    metric.anywhere.lastIndex = 0;
    const m = metric.anywhere.exec(label);
    if (m) {
      const cue = { start: cell.start + m.index, end: cell.start + m.index + m[0].length };
      const group = appliesTo(metric, named) ? named : "people";
      // "| Australians dead |", "| Indonesians killed |": a nationality's count.
      const people = /^\s*([A-Z][a-z]+)\b/.exec(label)?.[1];
      const nationality = group === "people" && people && DEMONYM.test(people) ? { nationality: people.toLowerCase() } : {};
      return { ...reading(metric, group, cue, `${where}: "${label.trim()}"`), breakdown: true, ...nationality };
    }
  }
  return null;
}

/** The place heading a table row ("Thrissur ; 58 ; 270,000"): its first cell, when a name. */
export const TABLE_ROW_HEAD = /^\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+;\s/u;

/**
 * The day a table row is for, when its first cell is a date ("| 16 Apr 2014, 14:00 | 477 |"):
 * its ISO date, or a null date for a day it cannot place (after the article's); null for a row
 * headed by anything else.
 */
export function tableRowDate(text: string, figure: Span, articleDate: string | null): { date: string | null } | null {
  const line = lineAround(text, figure);
  const first = (cellsOf(text, line.start, line.end) ?? pairOf(text, line))?.[0];
  if (!first || first.end > figure.start) return null;
  const cell = text.slice(first.start, first.end).trim();
  if (!/\d/.test(cell) || !/[A-Za-z]{3}|\d[/.-]\d/.test(cell)) return null;
  const ref = new Date(`${articleDate ?? "9999-12-31"}T23:59:00Z`);
  const date = chrono.parseDate(cell, { instant: ref, timezone: 0 }, { forwardDate: false });
  if (!date) return null;
  // "| 14 May, morning | 157 |" in a recap ten years on: a day of another year, which the row
  // does not say, so the figure has no date rather than the article's.
  return { date: articleDate && date <= ref ? date.toISOString().slice(0, 10) : null };
}
