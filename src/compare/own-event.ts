// An anniversary piece names its event's year ("In April 2014, 304 people died when the Sewol
// sank"): read alone, the year makes the toll history; beside articles from that year about the
// same event, it is the story's own toll, still reported.
import type { Claim, Source } from "../types.js";
import type { Stories } from "./find-stories.js";

/** Asides tied to a year in which other articles of their story were published, as reported claims. */
export function reinstateOwnEvent(asides: readonly Claim[], sources: readonly Source[], stories: Stories): Claim[] {
  const years = new Map<string, Set<number>>();
  for (const s of sources) {
    const story = stories.storyOf.get(s.id);
    if (story && s.date) years.set(story, (years.get(story) ?? new Set()).add(Number(s.date.slice(0, 4))));
  }
  const own: Claim[] = [];
  for (const c of asides) {
    const story = stories.storyOf.get(c.source);
    if (c.status !== "historical" || c.pastYear === undefined || !story || !years.get(story)?.has(c.pastYear)) continue;
    own.push({ ...c, status: "reported", evidence: [...c.evidence.filter((e) => !e.startsWith("not compared:")), `reported after all: ${c.pastYear} is the year of this story's own event (other articles about it date from then)`] });
  }
  return own;
}
