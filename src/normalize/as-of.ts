// When a figure was true, where the sentence says so ("by Friday", "as of Tuesday", "on 12 May",
// "last night"), resolved against the article's date with chrono-node. "since October 7" starts
// the period being counted; it is not the figure's date.
import * as chrono from "chrono-node";
import type { Span } from "../types.js";

const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
const DAY_PART = String.raw`(?:\s+(?:morning|afternoon|evening|night))?`;
const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day${DAY_PART}`;
// "on 16 August 2012", "on April 15, 1989": the year, where given, is part of the date.
const DATE = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS})\.?|(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+(?:1[89]|20)\d\d)?`;
const PHRASE = new RegExp(
  String.raw`\b(?:(on|by|as\s+of|until|till|through|at\s+the\s+end\s+of|since|from|between|after|before|following)\s+)?` +
    String.raw`(last\s+night|yesterday${DAY_PART}|this\s+(?:morning|afternoon|evening)|today|tonight|${WEEKDAY}|${DATE}|(?:${MONTHS}))\b`,
  "gi",
);
// These start or bound a period, or date an event rather than the count.
const NOT_AS_OF = /^(?:since|from|between|after|before|following)$/i;
// A day named with no preposition ("Sunday's toll", "said Sunday") dates the figure only beside a
// verb of counting or reporting; "on Sunday", "by Friday" always do.
const COUNT_VERB = /\b(?:toll|tally|figure|count|total|stood|stands|rose|risen|reached|climbed|put|gave|updated|revised|said|says|reported|announced|confirmed|registered|recorded)\b/i;

const EVENT = String.raw`(?:earthquakes?|quakes?|attacks?|explosions?|blasts?|floods?|flooding|storms?|strikes?|airstrikes?|massacres?|raids?|ambush|bombings?|crush|stampede|collapse|fire|landslides?|tremors?|hurricane|cyclone|typhoon|invasion|offensive|eruption|sinking|crash)`;
const EVENT_AFTER = new RegExp(String.raw`^\s*(?:['’]s\s+)?(?:[\w-]+\s+)?${EVENT}\b`, "i");
const EVENT_BEFORE = new RegExp(String.raw`\b${EVENT}\b(?:\s+(?!said|says|rose|reached|stood)[\p{L}'’-]+){0,5}(?:\s+(?:on|of))?\s*$`, "iu");

export interface AsOf extends Span {
  date: string;
  text: string;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

function endOfMonth(month: string, ref: Date): Date | null {
  const parsed = chrono.parseDate(`1 ${month}`, { instant: ref, timezone: 0 });
  if (!parsed) return null;
  const end = new Date(Date.UTC(parsed.getUTCFullYear(), parsed.getUTCMonth() + 1, 0, 12));
  return end > ref ? new Date(Date.UTC(end.getUTCFullYear() - 1, end.getUTCMonth() + 1, 0, 12)) : end;
}

const BARE_MONTH = new RegExp(`^(?:${MONTHS})$`, "i");
// Many figures share a phrase and an article date ("on Tuesday"): resolve each pair once.
const cache = new Map<string, Date | null>();

function resolve(phrase: string, preposition: string | undefined, ref: Date): Date | null {
  const key = `${phrase.toLowerCase()}\u0000${preposition ?? ""}\u0000${ref.toISOString()}`;
  if (cache.has(key)) return cache.get(key)!;
  if (cache.size > 10_000) cache.clear();
  const date = resolveUncached(phrase, preposition, ref);
  cache.set(key, date);
  return date;
}

/** Resolves a phrase against the article date, never into the article's future. */
function resolveUncached(phrase: string, preposition: string | undefined, ref: Date): Date | null {
  if (/^at\s+the\s+end\s+of$/i.test(preposition ?? "")) return endOfMonth(phrase, ref);
  if (BARE_MONTH.test(phrase)) return null; // a bare month is too loose
  const [result] = chrono.parse(phrase, { instant: ref, timezone: 0 }, { forwardDate: false });
  if (!result) return null;
  let date = result.start.date();
  // News convention: a weekday named without "next" is the most recent one; a day and month
  // without a year that would fall after the article is last year's.
  if (date > ref && result.start.isCertain("weekday") && !result.start.isCertain("day")) date = new Date(date.getTime() - 7 * 86_400_000);
  if (date > ref && !result.start.isCertain("year")) date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate(), 12));
  return date > ref ? null : date;
}

/**
 * The date a sentence gives for the figure between `clause.start` and `clause.end`, nearest to
 * `figure` first; null when the sentence gives none or only the start of the counted period.
 */
export function findAsOf(text: string, clause: Span, figure: Span, articleDate: string | null): AsOf | null {
  if (!articleDate) return null;
  // The end of the article's day: "on Tuesday evening" in Tuesday's paper is that Tuesday.
  const ref = new Date(`${articleDate}T23:59:00Z`);
  const candidates: { start: number; end: number; text: string; preposition: string | undefined; phrase: string }[] = [];
  for (const m of text.slice(clause.start, clause.end).matchAll(PHRASE)) {
    const start = clause.start + m.index!;
    const end = start + m[0].length;
    if (start < figure.end && figure.start < end) continue;
    const before = text.slice(Math.max(clause.start, start - 6), start);
    if (NOT_AS_OF.test(m[1] ?? "") || (!m[1] && /\bthe\s+$/i.test(before))) continue;
    // "the 6 February earthquakes", "the explosion at a fuel depot on 25 September": the event's day.
    if (EVENT_AFTER.test(text.slice(end, end + 24)) || (end <= figure.start && EVENT_BEFORE.test(text.slice(Math.max(clause.start, start - 60), start)))) continue;
    // "killed since forces closed the ring on Feb. 12": the date belongs to the "since" clause.
    if ((!m[1] || /^on$/i.test(m[1])) && /\b(?:since|from|after|before|following)\b(?:\s+\S+){0,8}\s*$/i.test(text.slice(Math.max(clause.start, start - 70), start)) && !/[,;]/.test(text.slice(Math.max(clause.start, start - 70), start).replace(/^.*\b(?:since|from|after|before|following)\b/is, ""))) continue;
    if (!m[1] && !/^(?:last\s+night|yesterday|this\s|today|tonight)/i.test(m[2]!) && !COUNT_VERB.test(text.slice(clause.start, clause.end))) continue;
    // "the afternoon of 3 June 2018, the official toll stands at 194": a dated day with no
    // preposition of its own is the event's.
    if (!m[1] && /\d{4}$/.test(m[2]!)) continue;
    candidates.push({ start, end, text: m[0], preposition: m[1], phrase: m[2]! });
  }
  // Nearest first, and chrono only until one resolves: it is the costly step.
  candidates.sort((a, b) => Math.abs(a.start - figure.start) - Math.abs(b.start - figure.start));
  for (const c of candidates) {
    const date = resolve(c.phrase, c.preposition, ref);
    if (date) return { start: c.start, end: c.end, text: c.text, date: iso(date) };
  }
  return null;
}
