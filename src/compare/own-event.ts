// An anniversary piece names its event's year ("In April 2014, 304 people died when the Sewol
// sank"): read alone, the year makes the toll history; beside articles from that year about the
// same event, it is the story's own toll, still reported.
import type { Claim, Source } from "../types.js";
import type { Stories } from "./find-stories.js";

// A count kept since the event ("By 2010 the courts had accepted 5,295 death claims", in a
// piece of 2024 about a leak of 1984) is the story's own as of that year, too.
/** Asides tied to a year since their story's earliest article, as reported claims. */
export function reinstateOwnEvent(asides: readonly Claim[], sources: readonly Source[], stories: Stories): Claim[] {
  const first = new Map<string, number>();
  for (const s of sources) {
    const story = stories.storyOf.get(s.id);
    const year = s.date ? Number(s.date.slice(0, 4)) : null;
    if (story && year !== null && year < (first.get(story) ?? Infinity)) first.set(story, year);
  }
  const own: Claim[] = [];
  for (const c of asides) {
    const story = stories.storyOf.get(c.source);
    const since = story ? first.get(story) : undefined;
    if (c.status !== "historical" || c.pastYear === undefined || since === undefined || c.pastYear < since) continue;
    const why = c.pastYear === since ? "the year of this story's own event (its first articles date from then)" : `since this story's own event (its first article dates from ${since})`;
    own.push({ ...c, status: "reported", evidence: [...c.evidence.filter((e) => !e.startsWith("not compared:")), `reported after all: ${c.pastYear} is ${why}`] });
  }
  return own;
}
