// The publication date an undated article states about itself: a dateline near the top
// ("Tuesday 14 May 2024 03:50 BST", " date 2024-03-21", "WASHINGTON, May 14, 2024 —") or a line
// that reads as one anywhere ("Published: 14 May 2024"). A date inside a sentence is the date of
// an event, not of the article, and a date without a stated day, month and year is no dateline.
import * as chrono from "chrono-node";
import { calendarDate } from "./article-fields.js";

/** How far into the body a dateline may start, in characters of text (whitespace runs count once). */
export const DATELINE_WINDOW = 600;

export interface Dateline {
  /** The calendar date as stated (YYYY-MM-DD); "03:50 BST" is not moved to another day. */
  date: string;
  /** Offsets of the date as written in the file. */
  start: number;
  end: number;
}

interface Candidate extends Dateline {
  /** 1 for a publication date, 2 for an "Updated …" date, used only when nothing better is found. */
  rank: 1 | 2;
}

const YEAR = /\b(?:19|20)\d\d\b/;
const CUES = "date|dated|published|posted|first published|updated|last updated|modified|last modified";
/** A cue right before the date, at the start of the line or of a byline field ("By X | Published"). */
const CUE_BEFORE = new RegExp(`(?:^|[|•·—–])\\W*(?:${CUES})(?:\\s+on)?[\\s:.|\\-–—]*$`, "i");
const UPDATE_CUE = /\b(?:updated|modified)\b[\s:.|\-–—]*$/i;
const CUE_LINE = new RegExp(`^\\W*(?:${CUES})\\b`, "i");
/** An all-capitals place before the date: "GAZA CITY, ", "WASHINGTON (AP) — ". */
const PLACE_BEFORE = /^\W*[A-Z][A-Z .'’-]+(?:\([A-Za-z]+\))?\s*[,—–-]\s*$/;
const SEPARATOR_AFTER = /^\s*[—–\-:|•·(]/;
const AMBIGUOUS_NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b/;
/** chrono takes "on"/"at" into the match; the dateline is the date itself. */
const LEADING_WORD = /^(?:on|at)\s+/i;
/** chrono needs a reference date for what a text implies; a dateline states everything, so any will do. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/**
 * The dateline of `text` (the article's body text, same length as the file), searching from
 * `bodyStart`. The first publication dateline wins; an "Updated" one counts only when alone.
 */
export function findDateline(text: string, bodyStart = 0): Dateline | null {
  const windowEnd = windowEndAfter(text, bodyStart);
  let best: Candidate | null = null;
  for (let lineStart = bodyStart; lineStart < text.length; ) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const whole = text.slice(lineStart, lineEnd);
    const datelineLike = looksLikeDatelineLine(whole);
    if ((lineStart < windowEnd || datelineLike) && YEAR.test(whole)) {
      // A long paragraph is read only up to the window's end (plus room for a date across it).
      const line = datelineLike ? whole : whole.slice(0, windowEnd + 40 - lineStart);
      for (const candidate of datesOnLine(line, lineStart, windowEnd)) {
        if (!best || candidate.rank < best.rank) best = candidate;
      }
      if (best?.rank === 1) break;
    }
    lineStart = lineEnd + 1;
  }
  return best && { date: best.date, start: best.start, end: best.end };
}

/**
 * Where the first DATELINE_WINDOW characters of text end, a run of whitespace counting as one:
 * masked markup (an HTML head blanked to spaces) must not use up the window.
 */
function windowEndAfter(text: string, bodyStart: number): number {
  let counted = 0;
  let i = bodyStart;
  for (let lastWasSpace = false; i < text.length && counted < DATELINE_WINDOW; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space || !lastWasSpace) counted++;
    lastWasSpace = space;
  }
  return i;
}

function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0;
}

/** A line outside the window is read only when it is short or starts with a dateline cue. */
function looksLikeDatelineLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length <= 100 || CUE_LINE.test(trimmed);
}

function datesOnLine(line: string, lineStart: number, windowEnd: number): Candidate[] {
  const found: Candidate[] = [];
  for (const result of chrono.strict.parse(line, REFERENCE, { forwardDate: false })) {
    const date = statedDate(result);
    if (!date) continue;
    const lead = LEADING_WORD.exec(result.text)?.[0].length ?? 0;
    const start = result.index + lead;
    const end = result.index + result.text.length;
    const inWindow = lineStart + start < windowEnd;
    const placement = placeOnLine(line.slice(0, start), line.slice(end), inWindow);
    if (placement === null) continue;
    found.push({ date, start: lineStart + start, end: lineStart + end, rank: placement });
  }
  return found;
}

/** The date a result states in full, or null when any of day, month and year was implied. */
function statedDate(result: chrono.ParsedResult): string | null {
  const { start } = result;
  if (result.end || !start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) return null;
  // 03/04/2024 is March or April depending on the writer; a dateline must not be a guess.
  const numeric = AMBIGUOUS_NUMERIC.exec(result.text.replace(LEADING_WORD, ""));
  if (numeric && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12 && numeric[1] !== numeric[2]) return null;
  const [year, month, day] = [start.get("year"), start.get("month"), start.get("day")];
  if (year === null || month === null || day === null || year < 1900 || year > 2099) return null;
  return calendarDate(year, month, day);
}

/**
 * Whether the text around a date makes it a dateline, and which kind: after a cue ("Published:"),
 * after an all-capitals place, at the start of a line with little after it, or alone on a short
 * line ("John Bowden, Washington DC, Tuesday 14 May 2024"). Outside the window only a cue or a
 * line that is little more than the date will do.
 */
function placeOnLine(before: string, after: string, inWindow: boolean): 1 | 2 | null {
  if (CUE_BEFORE.test(before)) return UPDATE_CUE.test(before) ? 2 : 1;
  const otherWords = wordCount(before) + wordCount(after);
  if (!inWindow) return otherWords <= 2 && !after.trim().endsWith(".") ? 1 : null;
  if (PLACE_BEFORE.test(before)) return 1;
  const startsLine = !/[\p{L}\p{N}]/u.test(before);
  if (startsLine && (wordCount(after) <= 4 || SEPARATOR_AFTER.test(after))) return 1;
  const shortLine = (before + after).trim().length <= 80 && otherWords <= 4;
  return shortLine && !after.trim().endsWith(".") ? 1 : null;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
