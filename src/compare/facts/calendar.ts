// Calendar arithmetic for durations: whole months between two dates with month-end clamping
// (31 October + 1 month = 30 November; 31 January 2024 + 1 month = 29 February), the days left
// over, and the words explanations need ("5 months and 14 days", "sixth", "21 March 2024").

export type Unit = "day" | "week" | "month" | "year";

export interface Elapsed {
  /** Whole months from `since` to `date` (a month is complete on its clamped anniversary). */
  months: number;
  /** Days after the last whole month. */
  days: number;
  totalDays: number;
  /** Months as a decimal: the days over the length of the month they fall in. */
  fractionalMonths: number;
}

const DAY_MS = 86_400_000;
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split("-").map(Number);
  return [y!, m! - 1, d!];
}

const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const utc = (iso: string) => Date.UTC(...parts(iso));

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** `iso` plus n months, the day clamped to the target month's length. */
export function addMonths(iso: string, n: number): string {
  const [y, m, d] = parts(iso);
  const target = new Date(Date.UTC(y, m + n, 1));
  const day = Math.min(d, daysInMonth(target.getUTCFullYear(), target.getUTCMonth()));
  return toIso(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), day));
}

export function addDays(iso: string, n: number): string {
  return toIso(utc(iso) + n * DAY_MS);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** Time from `since` to `date`; null when `date` is before `since`. */
export function elapsedBetween(since: string, date: string): Elapsed | null {
  if (date < since) return null;
  const [y1, m1] = parts(since);
  const [y2, m2] = parts(date);
  let months = (y2 - y1) * 12 + (m2 - m1);
  while (months > 0 && addMonths(since, months) > date) months--;
  const anniversary = addMonths(since, months);
  const days = daysBetween(anniversary, date);
  const monthLength = daysBetween(anniversary, addMonths(since, months + 1));
  return { months, days, totalDays: daysBetween(since, date), fractionalMonths: months + days / monthLength };
}

/** `iso` plus n units: the boundaries of the "Nth month" or "Nth week" of an event. */
export function addUnits(iso: string, n: number, unit: Unit): string {
  if (unit === "day") return addDays(iso, n);
  if (unit === "week") return addDays(iso, 7 * n);
  return addMonths(iso, unit === "year" ? 12 * n : n);
}

/** Elapsed time in a unit, as a decimal ("7.23 months"). */
export function inUnits(e: Elapsed, unit: Unit): number {
  if (unit === "day") return e.totalDays;
  if (unit === "week") return e.totalDays / 7;
  if (unit === "month") return e.fractionalMonths;
  return e.fractionalMonths / 12;
}

/** Which unit the date falls in, counting the first as 1: day 0 is the first day. */
export function currentOrdinal(e: Elapsed, unit: Unit): number {
  if (unit === "day") return e.totalDays + 1;
  if (unit === "week") return Math.floor(e.totalDays / 7) + 1;
  if (unit === "month") return e.months + 1;
  return Math.floor(e.months / 12) + 1;
}

const ORDINALS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];

export function ordinalWord(n: number): string {
  if (ORDINALS[n]) return ORDINALS[n]!;
  const last = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${last}`;
}

export function longDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${d} ${MONTH_NAMES[m]} ${y}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "5 months and 14 days", "7 months", "12 days". */
export function monthsAndDays(e: Elapsed): string {
  if (e.months === 0) return plural(e.days, "day");
  return e.days === 0 ? plural(e.months, "month") : `${plural(e.months, "month")} and ${plural(e.days, "day")}`;
}
