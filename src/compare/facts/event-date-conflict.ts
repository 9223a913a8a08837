// Two sources that date the same incident (same kind, same place, close in time) to different
// days. Two dates stated to the day: high. A weekday ("on Tuesday": the day is stated, the date
// implied by the article's date): medium. A date implied outright ("yesterday"): low.
import type { Claim, EventDateFact, Severity } from "../../types.js";
import type { PairRule } from "../rules/rule.js";
import { daysBetween, longDate } from "./calendar.js";

/** Dates further apart than this are more likely two incidents at one place than one misdated. */
export const SAME_EVENT_WINDOW_DAYS = 14;

const dateOf = (c: Claim): EventDateFact | null => (c.fact?.type === "event-date" ? c.fact : null);

function severity(a: EventDateFact, b: EventDateFact): Severity {
  const toTheDay = (f: EventDateFact) => f.stated.includes("day") && f.stated.includes("month");
  if (toTheDay(a) && toTheDay(b)) return "high";
  const byWeekday = (f: EventDateFact) => toTheDay(f) || f.stated.includes("weekday");
  return byWeekday(a) && byWeekday(b) ? "medium" : "low";
}

function how(c: Claim, f: EventDateFact): string {
  const stated = f.stated.length ? `stated: ${f.stated.join(", ")}` : "implied by the article's date";
  return `${longDate(f.date)} ("${c.text}", ${stated})`;
}

export const eventDateConflict: PairRule = {
  id: "contradiction",
  description: "Two sources date the same incident to different days.",
  check(a, b, ctx) {
    const fa = dateOf(a);
    const fb = dateOf(b);
    if (!fa || !fb || a.source === b.source || fa.date === fb.date) return null;
    const apart = Math.abs(daysBetween(fa.date, fb.date));
    if (apart > SAME_EVENT_WINDOW_DAYS) return null;
    const who = (c: Claim) => ctx.sources.get(c.source)?.outlet ?? c.source;
    const level = severity(fa, fb);
    const weak = level === "high" ? "" : " At least one date is not stated to the day, so this may be a misreading rather than an error.";
    return {
      kind: "contradiction",
      severity: level,
      explanation: `${who(a)} dates ${a.label.replace(/^date of /, "")} to ${how(a, fa)}; ${who(b)} to ${how(b, fb)}.${weak}`,
    };
  },
};
