// Dates as articles write them ("on May 5th", "Tuesday", "last week", "on 12 May"), resolved
// against the article's date with chrono-node. What the text stated is kept apart from what the
// article's date implied (chrono's certain versus implied components), since a stated date can
// contradict another and an implied one only weakly.
import * as chrono from "chrono-node";
import type { EventDateFact, Span } from "../../types.js";

export type DatePart = EventDateFact["stated"][number];

export interface ResolvedDate extends Span {
  text: string;
  date: string;
  stated: DatePart[];
  /** How much time the phrase names: "May 5th" a day, "last week" a week, "in May" a month. */
  precision: "day" | "week" | "month" | "year";
}

const DAY_MS = 86_400_000;
const PARTS: readonly DatePart[] = ["day", "month", "year", "weekday"];
// chrono tags for dates computed from the reference date ("yesterday", "last week", "two days ago").
const RELATIVE_DATE_TAGS = new Set(["result/relativeDate", "parser/ENCasualDateParser"]);
// A time of day with no date ("this morning"): today, as implied by the article.
const CASUAL_TIME_TAG = "parser/ENCasualTimeParser";

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * News convention: a weekday named without "next" is the most recent one, and a day and month
 * without a year that would fall after the article are last year's. Anything still after the
 * article is a plan, not an event, and is dropped.
 */
function intoThePast(result: chrono.ParsedResult, ref: Date): Date | null {
  let date = result.start.date();
  const start = result.start;
  if (date > ref && start.isCertain("weekday") && !start.isCertain("day")) date = new Date(date.getTime() - 7 * DAY_MS);
  if (date > ref && start.isCertain("month") && !start.isCertain("year")) {
    date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate(), 12));
  }
  return iso(date) > iso(ref) ? null : date;
}

interface Reading {
  /** Computed from the article's date rather than stated: nothing in it counts as stated. */
  relative: boolean;
  precision: ResolvedDate["precision"];
}

function readingOf(result: chrono.ParsedResult): Reading | null {
  const s = result.start;
  const tags = [...result.tags()];
  const unit = /\b(week|month|year)s?\b/i.exec(result.text)?.[1]?.toLowerCase() as ResolvedDate["precision"] | undefined;
  if (tags.some((t) => RELATIVE_DATE_TAGS.has(t))) return { relative: true, precision: unit ?? "day" };
  if (!PARTS.some((p) => s.isCertain(p))) {
    // "this morning" is today; "a night of shelling" names no day at all.
    if (tags.includes(CASUAL_TIME_TAG) && /^(?:this|tonight)\b/i.test(result.text)) return { relative: true, precision: "day" };
    return unit ? { relative: true, precision: unit } : null; // a clock time alone
  }
  if (s.isCertain("day") || s.isCertain("weekday")) return { relative: false, precision: "day" };
  return { relative: false, precision: s.isCertain("month") ? "month" : "year" };
}

// Words without which chrono finds no date: asking it only when one appears saves most calls.
const DATE_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|last|this|ago|week|month|year|morning|evening|night|\d{1,2}(?:st|nd|rd|th)|\d{4})/i;

/** Every past date named in text[span], resolved against the article's date (ISO). */
export function findDates(text: string, span: Span, articleDate: string): ResolvedDate[] {
  if (!DATE_WORD.test(text.slice(span.start, span.end))) return [];
  const ref = new Date(`${articleDate}T12:00:00Z`);
  const found: ResolvedDate[] = [];
  for (const result of chrono.parse(text.slice(span.start, span.end), { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const reading = readingOf(result);
    const date = intoThePast(result, ref);
    if (!reading || !date) continue;
    const start = span.start + result.index;
    found.push({
      start,
      end: start + result.text.length,
      text: result.text,
      date: iso(date),
      stated: reading.relative ? [] : PARTS.filter((p) => result.start.isCertain(p)),
      precision: reading.precision,
    });
  }
  return found;
}

/** One phrase on its own ("last Tuesday"), for callers and tests that have no surrounding text. */
export function resolveDate(phrase: string, articleDate: string): ResolvedDate | null {
  return findDates(phrase, { start: 0, end: phrase.length }, articleDate)[0] ?? null;
}
