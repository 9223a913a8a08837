// "Ten years after Bhuj", "Tiananmen at 30", "Thirty years ago tonight", "on the fifth
// anniversary": an anniversary piece says how long ago its own event was, and so which year's
// tolls are its own rather than history (compare/own-event.ts reinstates them).
import { findOrdinals } from "../normalize/number-ordinals.js";
import { findNumbers } from "../normalize/parse-numbers.js";
import type { Source } from "../types.js";

// "a year after", "a decade on" first; then "ten years after", "30 years later", "five years on:"
// ("on" only before a break: "Jailed for five years on fraud charges" is no anniversary); then
// "the fifth anniversary", "30th anniversary".
const YEARS_SINCE = /\ba\s+(year|decade)\s+(?:after|later|ago|on(?=\s*[:,—–-]|\s*$))|\b([\p{L}-]+|\d{1,3})\s+years?\s+(?:after|later|ago|on(?=\s*[:,—–-]|\s*$))|\b([\p{L}-]+|\d{1,3}(?:st|nd|rd|th))\s+anniversary\b/iu;
// An opening that dates itself: "Thirty years ago tonight, the army moved into central Beijing".
const YEARS_AGO_TODAY = /\b([\p{L}-]+|\d{1,3})\s+years?\s+ago\s+(?:today|tonight|this\s+(?:week|month|morning|evening|afternoon))\b/iu;
// "Tiananmen at 30: …": a name at an age; not "Quake toll at 91, rescuers dig on".
const AT_AGE = /^\W*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+at\s+(\d{1,3})(?=\s*[:,—–-]|\s*$)/u;
const OPENING = 400;

/** The year an anniversary piece looks back to (its own event's), if its title or opening says. */
export function recalledYear(source: Source): number | null {
  const year = source.date ? Number(source.date.slice(0, 4)) : null;
  if (year === null) return null;
  const title = source.title ?? "";
  const since = YEARS_SINCE.exec(title);
  const word = since
    ? (since[1] !== undefined ? (since[1].toLowerCase() === "decade" ? "10" : "1") : (since[2] ?? since[3]!))
    : (AT_AGE.exec(title)?.[1] ?? YEARS_AGO_TODAY.exec(source.text.slice(source.bodyStart, source.bodyStart + OPENING))?.[1]);
  if (word === undefined) return null;
  const n = findOrdinals(word)[0]?.value ?? findNumbers(word)[0]?.value;
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 100 ? year - n : null;
}
