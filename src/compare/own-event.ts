// An anniversary piece names its event's year ("In April 2014, 304 people died when the Sewol
// sank"): read alone, the year makes the toll history; beside articles from that year about the
// same event, it is the story's own toll, still reported.
import type { Claim, Source } from "../types.js";
import type { Stories } from "./find-stories.js";

/**
 * Asides tied to a year since their story's earliest article, or to the year its anniversary
 * pieces look back to (`recalled`, by source id), as reported claims.
 */
export function reinstateOwnEvent(asides: readonly Claim[], sources: readonly Source[], stories: Stories, recalled: ReadonlyMap<string, number> = new Map()): Claim[] {
  const first = new Map<string, number>();
  const looksBackTo = new Map<string, Set<number>>();
  for (const s of sources) {
    const story = stories.storyOf.get(s.id) ?? s.id;
    const year = s.date ? Number(s.date.slice(0, 4)) : null;
    if (stories.storyOf.has(s.id) && year !== null && year < (first.get(story) ?? Infinity)) first.set(story, year);
    const back = recalled.get(s.id);
    if (back !== undefined) looksBackTo.set(story, (looksBackTo.get(story) ?? new Set()).add(back));
  }
  const reported = (c: Claim, why: string): Claim => ({ ...c, status: "reported", evidence: [...c.evidence.filter((e) => !e.startsWith("not compared:")), `reported after all: ${c.pastYear} is ${why}`] });
  const own: Claim[] = [];
  for (const c of asides) {
    if (c.status !== "historical" || c.pastYear === undefined) continue;
    const story = stories.storyOf.get(c.source) ?? c.source;
    // "Ten years after Bhuj: 13,805 dead or 20,023?": the year the piece looks back to is its own event's.
    if (looksBackTo.get(story)?.has(c.pastYear)) {
      own.push(reported(c, "the year this story's anniversary pieces look back to"));
      continue;
    }
    // A count kept since the event ("By 2010 the courts had accepted 5,295 death claims", in a
    // piece of 2024 about a leak of 1984) is the story's own as of that year, too.
    const since = first.get(story);
    if (since === undefined || c.pastYear < since) continue;
    own.push(reported(c, c.pastYear === since ? "the year of this story's own event (its first articles date from then)" : `since this story's own event (its first article dates from ${since})`));
  }
  return own;
}
