// A place's own count above its story's whole on the same day: "25,000 dead in Kashmir alone" against
// Pakistan's 19,396 cannot both be true, whoever gives them. The two stand under different keys
// (`killed@pakistan/kashmir`, `killed@pakistan`), so no pair rule ever meets them.
import type { Claim, Source } from "../types.js";
import type { PairFinding } from "./cluster.js";
import { quote, whoSays } from "./describe.js";

// "killed@pakistan/kashmir": a place's share of "killed@pakistan". Not an incident
// ("/strike:varo", "/incident"), nor places counted together ("/syria+turkey", "/all-countries").
const PLACE_PART = /^(.+@[^/]+)\/([^/:+]+)$/;

/** Same-day pairs of a place's count and its story's whole where the part is the larger. */
export function partsAboveWhole(groups: ReadonlyMap<string, Claim[]>, sources: ReadonlyMap<string, Source>, related: (part: Claim, whole: Claim) => boolean): PairFinding[] {
  const found: PairFinding[] = [];
  for (const [key, parts] of groups) {
    const m = PLACE_PART.exec(key);
    const wholes = m && m[2] !== "incident" && m[2] !== "all-countries" ? groups.get(m[1]!) : undefined;
    if (!wholes) continue;
    // Only a count its words set apart ("in the Grand'Anse alone"): a place's figure is too often
    // what the key took for the whole's (a town's toll beside "the 12 from the village").
    for (const part of parts.filter((c) => c.scope?.alone === true)) {
      for (const whole of wholes) {
        if (!part.asOf || part.asOf !== whole.asOf || part.value.low === null || whole.value.high === null) continue;
        if (!(part.value.low > whole.value.high) || !related(part, whole)) continue;
        const place = part.scope?.placeName ?? m![2]!;
        found.push({
          a: whole,
          b: part,
          kind: part.source === whole.source ? "internal" : "contradiction",
          severity: "medium",
          explanation: `${whoSays(part, sources.get(part.source))} gives ${quote(part)} for ${place} alone, more than ${whoSays(whole, sources.get(whole.source))} gives for the whole (${quote(whole)}) on the same day (${whole.asOf}): a part cannot exceed its whole.`,
        });
      }
    }
  }
  return found;
}
