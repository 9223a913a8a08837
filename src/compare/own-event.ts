// An anniversary piece names its event's year ("In April 2014, 304 people died when the Sewol
// sank"): read alone, the year makes the toll history; beside articles from that year about the
// same event, it is the story's own toll, still reported.
import { findNumbers } from "../normalize/parse-numbers.js";
import type { Claim, Source } from "../types.js";
import type { Stories } from "./find-stories.js";

// A count kept since the event ("By 2010 the courts had accepted 5,295 death claims", in a
// piece of 2024 about a leak of 1984) is the story's own as of that year, too.
// "Ten years after Bhuj", "Tiananmen at 30", "Thirty years ago tonight", "on the fifth
// anniversary": an anniversary piece says how long ago its own event was.
const YEARS_SINCE = /\b((?:[\p{L}-]+|\d{1,3}))\s+years?\s+(?:after|on|later|ago)\b|\ba\s+(year|decade)\s+(?:after|on|later|ago)\b|\b([\p{L}-]+|\d{1,3})(?:st|nd|rd|th)?\s+anniversary\b/iu;
const YEARS_AGO_TODAY = /\b([\p{L}-]+|\d{1,3})\s+years?\s+ago\s+(?:today|tonight|this\s+(?:week|month|morning|evening|afternoon))\b/iu;
const AT_AGE = /\bat\s+(\d{1,3})(?=\s*[:,—–-]|\s*$)/;
const ORDINALS: Readonly<Record<string, number>> = { a: 1, an: 1, first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50 };

/** How many years before its publication an anniversary piece's own event was, if it says. */
function yearsSince(source: Source): number | null {
  // (The title, or an opening that says "ago tonight": a body's "two years after the siege
  // began" counts from another day.)
  const m = YEARS_SINCE.exec(source.title ?? "");
  const at = AT_AGE.exec(source.title ?? "");
  const ago = YEARS_AGO_TODAY.exec(source.text.slice(source.bodyStart, source.bodyStart + 400));
  const word = m ? (m[1] ?? m[3] ?? (m[2]!.toLowerCase() === "decade" ? "10" : "1")) : (at?.[1] ?? ago?.[1]);
  if (!word) return null;
  const n = ORDINALS[word.toLowerCase()] ?? findNumbers(word)[0]?.value;
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 100 ? n : null;
}

/** Asides tied to a year since their story's earliest article, or to the year its anniversary pieces recall, as reported claims. */
export function reinstateOwnEvent(asides: readonly Claim[], sources: readonly Source[], stories: Stories): Claim[] {
  const first = new Map<string, number>();
  const recalled = new Map<string, Set<number>>();
  for (const s of sources) {
    const story = stories.storyOf.get(s.id) ?? s.id;
    const year = s.date ? Number(s.date.slice(0, 4)) : null;
    if (year === null) continue;
    if (stories.storyOf.has(s.id) && year < (first.get(story) ?? Infinity)) first.set(story, year);
    const ago = yearsSince(s);
    if (ago !== null) recalled.set(story, (recalled.get(story) ?? new Set()).add(year - ago));
  }
  const own: Claim[] = [];
  for (const c of asides) {
    const story = stories.storyOf.get(c.source) ?? c.source;
    const since = first.get(story);
    if (c.status !== "historical" || c.pastYear === undefined) continue;
    // "Ten years after Bhuj: 13,805 dead or 20,023?": the year the piece looks back to is its own event's.
    if (recalled.get(story)?.has(c.pastYear)) {
      own.push({ ...c, status: "reported", evidence: [...c.evidence.filter((e) => !e.startsWith("not compared:")), `reported after all: ${c.pastYear} is the year this story's anniversary pieces look back to`] });
      continue;
    }
    if (since === undefined || c.pastYear < since) continue;
    const why = c.pastYear === since ? "the year of this story's own event (its first articles date from then)" : `since this story's own event (its first article dates from ${since})`;
    own.push({ ...c, status: "reported", evidence: [...c.evidence.filter((e) => !e.startsWith("not compared:")), `reported after all: ${c.pastYear} is ${why}`] });
  }
  return own;
}
