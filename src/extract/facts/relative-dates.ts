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
// chrono tags for phrases computed from the reference date ("yesterday", "last week", "tonight").
const RELATIVE_TAG = /^(?:result\/relativeDate|parser\/ENCasualDateParser|casualReference\/|parser\/ENTimeUnit)/;

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

function precisionOf(result: chrono.ParsedResult, relative: boolean): ResolvedDate["precision"] | null {
  const s = result.start;
  if (relative) {
    const unit = /\b(week|month|year)s?\b/i.exec(result.text)?.[1]?.toLowerCase();
    return (unit as ResolvedDate["precision"] | undefined) ?? "day";
  }
  if (s.isCertain("day") || s.isCertain("weekday")) return "day";
  if (s.isCertain("month")) return "month";
  if (s.isCertain("year")) return "year";
  return null; // a clock time alone
}

/** Every past date named in text[span], resolved against the article's date (ISO). */
export function findDates(text: string, span: Span, articleDate: string): ResolvedDate[] {
  const ref = new Date(`${articleDate}T12:00:00Z`);
  const found: ResolvedDate[] = [];
  for (const result of chrono.parse(text.slice(span.start, span.end), { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const relative = [...result.tags()].some((t) => RELATIVE_TAG.test(t));
    const precision = precisionOf(result, relative);
    const date = intoThePast(result, ref);
    if (!precision || !date) continue;
    const start = span.start + result.index;
    found.push({
      start,
      end: start + result.text.length,
      text: result.text,
      date: iso(date),
      stated: relative ? [] : PARTS.filter((p) => result.start.isCertain(p)),
      precision,
    });
  }
  return found;
}

/** One phrase on its own ("last Tuesday"), for callers and tests that have no surrounding text. */
export function resolveDate(phrase: string, articleDate: string): ResolvedDate | null {
  return findDates(phrase, { start: 0, end: phrase.length }, articleDate)[0] ?? null;
}
