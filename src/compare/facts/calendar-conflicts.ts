// A duration that the calendar refutes: an article dated 21 March 2024 that calls the war begun
// on 7 October 2023 "in its fifth month" (it is the sixth). One claim, checked on its own.
//
// Tolerances, so that rounding and publication delays are not reported:
// - "in its Nth month" passes from ORDINAL_GRACE_DAYS before the Nth month begins until that
//   many days after it ends (the Nth month is [start + N-1 months, start + N months)).
// - "N months ago" / "N months into" passes when the real time elapsed is within [N - 0.5, N + 1)
//   units: writers round to the nearest unit or down to the last whole one.
import type { Claim, Conflict, DurationFact, Severity, Source } from "../../types.js";
import { conflictId } from "../compare.js";
import { addDays, addUnits, currentOrdinal, elapsedBetween, inUnits, longDate, monthsAndDays, ordinalWord, type Elapsed } from "./calendar.js";

export const ORDINAL_GRACE_DAYS = 2;
export const ELAPSED_BELOW = 0.5;
export const ELAPSED_ABOVE = 1;

export interface CalendarVerdict {
  ok: boolean;
  severity: Severity;
  /** The arithmetic, in words: "21 March 2024 is 5 months and 14 days after 7 October 2023". */
  arithmetic: string;
  /** What the calendar says instead: "in its sixth month", "about 7 months ago". */
  expected: string;
}

function sinceWords(e: Elapsed, fact: DurationFact, date: string): string {
  const span = fact.unit === "month" || fact.unit === "year" ? monthsAndDays(e) : `${e.totalDays} days`;
  return `${longDate(date)} is ${span} after ${longDate(fact.since)}`;
}

/** Whether a stated duration fits the calendar at `date`; null when it cannot be checked. */
export function checkDuration(fact: DurationFact, date: string): CalendarVerdict | null {
  const e = elapsedBetween(fact.since, date);
  if (!e) return null;
  const arithmetic = sinceWords(e, fact, date);
  if (fact.ordinal !== null) {
    const actual = currentOrdinal(e, fact.unit);
    const from = addDays(addUnits(fact.since, fact.ordinal - 1, fact.unit), -ORDINAL_GRACE_DAYS);
    const to = addDays(addUnits(fact.since, fact.ordinal, fact.unit), ORDINAL_GRACE_DAYS);
    const ok = from <= date && date < to;
    const severity: Severity = Math.abs(actual - fact.ordinal) > 1 ? "high" : "medium";
    return { ok, severity, arithmetic, expected: `in its ${ordinalWord(actual)} ${fact.unit}` };
  }
  if (fact.elapsed !== null) {
    const real = inUnits(e, fact.unit);
    const ok = real >= fact.elapsed - ELAPSED_BELOW && real < fact.elapsed + ELAPSED_ABOVE;
    const off = real < fact.elapsed ? fact.elapsed - ELAPSED_BELOW - real : real - fact.elapsed - ELAPSED_ABOVE;
    const rounded = Math.round(real * 10) / 10;
    return { ok, severity: off >= 1 ? "high" : "medium", arithmetic, expected: `about ${rounded} ${fact.unit}s` };
  }
  return null;
}

/** The event's name from the claim's label ("time since the war in Gaza began (…)"). */
function eventName(claim: Claim): string {
  return /^time since (.+) began\b/.exec(claim.label)?.[1] ?? "the event";
}

function explain(claim: Claim, fact: DurationFact, verdict: CalendarVerdict, source: Source | undefined): string {
  const who = source?.outlet ?? claim.source;
  const stated = fact.ordinal !== null ? `in its ${ordinalWord(fact.ordinal)} ${fact.unit}` : `${fact.elapsed} ${fact.unit}${fact.elapsed === 1 ? "" : "s"}`;
  const name = eventName(claim);
  const so = fact.ordinal !== null ? `so ${name} is ${verdict.expected}, not its ${ordinalWord(fact.ordinal)}` : `so ${name} has run ${verdict.expected}, not ${stated}`;
  return `${who} (${claim.asOf}) says "${claim.text}": ${verdict.arithmetic}, ${so}.`;
}

/** Calendar conflicts among duration claims: each dated claim against its event's start. */
export function calendarConflicts(claims: readonly Claim[], sources: readonly Source[]): Conflict[] {
  const bySource = new Map(sources.map((s) => [s.id, s]));
  const found: Conflict[] = [];
  for (const claim of claims) {
    const fact = claim.fact;
    if (fact?.type !== "duration" || !claim.asOf || claim.status !== "reported") continue;
    const verdict = checkDuration(fact, claim.asOf);
    if (!verdict || verdict.ok) continue;
    found.push({
      id: conflictId([claim.id, "calendar"]),
      metric: claim.metric,
      kind: "calendar",
      severity: verdict.severity,
      claims: [claim.id],
      explanation: explain(claim, fact, verdict, bySource.get(claim.source)),
      review: null,
    });
  }
  return found;
}
