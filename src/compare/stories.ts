// Corpus-level scoping: a figure counts for its story (see find-stories.ts) unless it names a
// place that is not one of the story's main places ("83 were in Tambocancha" is a town's toll,
// not the region's). Incidents are keyed within their story by kind and place or date.
import type { Claim } from "../types.js";
import { isCountry } from "../extract/countries.js";
import { RUNNING_INCIDENTS } from "../extract/scope.js";
import type { Stories } from "./find-stories.js";

/**
 * An article about one incident often states its toll without naming it again ("at least 41
 * people were killed"): a figure with no scope joins the article's incident for the same metric -
 * its only one, or, where it names several, the one named last before the figure (the first, if
 * none is named before it). A figure naming a place stays with that place.
 */
function inheritArticleIncident(claims: readonly Claim[]): Claim[] {
  const key = (c: Claim) => `${c.source}\u0000${c.metric.split("@")[0]}`;
  // Per article and metric: the claims naming an incident, in the order they stand.
  const incidents = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.scope?.type !== "incident") continue;
    incidents.set(key(c), [...(incidents.get(key(c)) ?? []), c]);
  }
  for (const named of incidents.values()) named.sort((a, b) => a.span.start - b.span.start);
  return claims.map((c) => {
    const all = c.scope?.type === "none" && c.scope.incidental !== false ? incidents.get(key(c)) : undefined;
    if (!all) return c;
    const named = all.findLast((n) => n.span.start < c.span.start) ?? all[0]!;
    // A war's running toll beside one attack's is a different figure: only a figure of the same
    // order as the incident's joins it.
    const [a, b] = [middle(c), middle(named)];
    if (a === null || b === null || a > b * 5 || b > a * 5) return c;
    const { incident, place, placeName, date } = named.scope!;
    const which = all.length === 1 ? "the only" : "the nearest";
    return {
      ...c,
      metricKind: c.metricKind === "cumulative" && !RUNNING_INCIDENTS.has(incident ?? "") ? "event" : c.metricKind,
      scope: { type: "incident", incident, place, placeName, date, guessed: true },
      evidence: [...c.evidence, `scope: a guess - ${which} ${incident} this article ties the same figure to`],
    };
  });
}

function middle(c: Claim): number | null {
  const { low, high } = c.value;
  return low !== null && high !== null ? (low + high) / 2 : (low ?? high);
}

/**
 * Rewrites each claim's comparison key from its scope and story. `keep`, given the new key, drops
 * claims no one will compare before they are copied (a draft's check needs few of a corpus's).
 */
export function scopeByStory(claims: readonly Claim[], stories: Stories, keep?: (metric: string, claim: Claim) => boolean): Claim[] {
  // A place that names an incident in the story ("the ambush on Route 6") stands for it.
  const incidentAt = new Map<string, string>();
  for (const c of claims) {
    const story = stories.storyOf.get(c.source);
    if (story && c.scope?.type === "incident" && c.scope.place && !stories.major.get(story)!.has(c.scope.place) && !stories.containers.get(story)!.has(c.scope.place)) {
      incidentAt.set(`${story}\u0000${c.scope.place}`, c.scope.incident!);
    }
  }
  const atIncidents = claims.map((c) => {
    const story = stories.storyOf.get(c.source);
    const incident = c.scope?.type === "place" && c.scope.incidental !== false && c.scope.place && story ? incidentAt.get(`${story}\u0000${c.scope.place}`) : undefined;
    return incident ? { ...c, scope: { ...c.scope!, type: "incident" as const, incident } } : c;
  });
  const peers = peerPlaces(claims, stories);
  const scoped: Claim[] = [];
  for (const c of inheritArticleIncident(atIncidents)) {
    const keyed = storyKey(c, stories, peers);
    if (keep && !keep(keyed?.metric ?? c.metric, c)) continue;
    scoped.push(keyed ? { ...c, metric: keyed.metric, label: keyed.label() } : c);
  }
  return joinStoryIncident(joinSingleEvent(joinUnnamedIncidents(scoped)), stories);
}

/**
 * "The attacks killed 166" in a story of one attack is the story's own toll: an incident the
 * story names by neither place nor day, left unjoined to a named one, is the story's. Not in a
 * war's story ("since the war began"), where an unplaced attack is one among many, and not "a
 * new quake", another than the story's.
 */
function joinStoryIncident(claims: Claim[], stories: Stories): Claim[] {
  const ongoing = new Set<string>();
  for (const c of claims) {
    const story = stories.storyOf.get(c.source);
    if (story && !ongoing.has(story) && ONGOING.test(c.sentence)) ongoing.add(story);
  }
  return claims.map((c) => {
    const story = stories.storyOf.get(c.source);
    if (!story || ongoing.has(story) || c.scope?.fresh || !c.metric.endsWith(`@${story}/incident`)) return c;
    return { ...c, metric: c.metric.slice(0, -"/incident".length) };
  });
}

/**
 * Main places of a story that are counted side by side: when one article gives the same figure
 * for two of them ("3,549 killed in Turkey … 812 in Syria"), they are peers, not a country and
 * its city. A figure placed in a peer counts that peer alone; an unplaced one, or one placed in
 * both ("in Turkey and Syria"), is the story's whole. Story id -> its peer place keys.
 */
function peerPlaces(claims: readonly Claim[], stories: Stories): Map<string, Set<string>> {
  const placedIn = new Map<string, Set<string>>();
  for (const c of claims) {
    const story = stories.storyOf.get(c.source);
    const place = c.scope?.type === "place" ? c.scope.place : null;
    // A city and its country ("KATHMANDU, Nepal") are not peers: only places no article calls a city.
    if (!story || !place || c.scope!.nationwide || !isBroad(stories, story, place) || stories.settlements.get(story)?.has(place)) continue;
    const key = `${story}\u0000${c.source}\u0000${c.metric.split("@")[0]}`;
    placedIn.set(key, (placedIn.get(key) ?? new Set()).add(place));
  }
  // A pair seen in two articles: one article's town and its harbour district are not peers.
  const pairs = new Map<string, Set<string>>();
  for (const [key, places] of placedIn) {
    const [story, source] = key.split("\u0000") as [string, string];
    const list = [...places].sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const pair = `${story}\u0000${list[i]}\u0000${list[j]}`;
        pairs.set(pair, (pairs.get(pair) ?? new Set()).add(source));
      }
    }
  }
  const peers = new Map<string, Set<string>>();
  for (const [pair, sources] of pairs) {
    if (sources.size < 2) continue;
    const [story, a, b] = pair.split("\u0000") as [string, string, string];
    peers.set(story, (peers.get(story) ?? new Set<string>()).add(a).add(b));
  }
  return peers;
}

/** A place too broad to be a site of the story: one of its main places or containers. */
function isBroad(stories: Stories, story: string, place: string): boolean {
  return stories.major.get(story)!.has(place) || stories.containers.get(story)!.has(place);
}

/**
 * A finished event's figure stated without its incident ("63 people were abducted") joins the
 * story's incident when the story names only one for that figure: an abduction story is about
 * one raid. Running totals never do (a war's toll is not one attack's).
 */
function joinSingleEvent(claims: Claim[]): Claim[] {
  const variants = new Map<string, Set<string>>();
  for (const c of claims) {
    const m = /^(.*?@[^/]+)\/.+$/.exec(c.metric);
    // Only an incident is joined: "280 pupils seized in Kuriga" is another raid, not this one's.
    if (m && c.metricKind === "event" && c.scope?.type === "incident") variants.set(m[1]!, (variants.get(m[1]!) ?? new Set()).add(c.metric));
  }
  return claims.map((c) => {
    const only = c.metricKind === "event" && c.scope?.incidental !== false && !c.metric.includes("/") ? variants.get(c.metric) : undefined;
    if (!only || only.size !== 1) return c;
    const [metric] = [...only];
    const partner = claims.find((x) => x.metric === metric)!;
    return { ...c, metric: metric!, label: partner.label, evidence: [...c.evidence, "scope: a guess - the only incident this story names for this figure"] };
  });
}

/** A claim's key within its story, and its label (built only for the claims that are kept). */
function storyKey(c: Claim, stories: Stories, peers: ReadonlyMap<string, ReadonlySet<string>>): { metric: string; label: () => string } | null {
    const story = stories.storyOf.get(c.source);
    if (!c.scope || !story) return null;
    const where = stories.name.get(story)!;
    const major = stories.major.get(story)!;
    const base = withNationality(c.metric.split("@")[0]!, c.scope.nationality, major);
    const nationality = base !== c.metric.split("@")[0] ? c.scope.nationality : undefined;
    const labelBase = () => {
      const plain = c.label.replace(/ (?:in|at) .*$/, "");
      return nationality ? plain.replace(/^people\b/, nationality.charAt(0).toUpperCase() + nationality.slice(1)) : plain;
    };
    const { type, incident, placeName, date } = c.scope;
    // A place that is one of the story's main places adds nothing to a figure's key: "an ambush in
    // Varesh" is told apart from another ambush by its day, or not at all.
    const containers = stories.containers.get(story)!;
    // "across Ukraine" in a story about Mariupol is the country's count; in a story about Ukraine, the story's.
    const wide = c.scope.nationwide === true && c.scope.place !== story;
    // "killed in Syria" in a story that counts Turkey and Syria side by side is Syria's count.
    const peer = c.scope.place ? (peers.get(story)?.has(c.scope.place) ?? false) : false;
    // A breakdown's place counts apart; "alone" too, even the story's own ("in Derna alone").
    const part = c.scope.breakdown === true || c.scope.alone === true;
    // "in Turkey and Syria" where both are the story's main places: the story's whole count.
    const whole = c.scope.joint?.every((p) => isBroad(stories, story, p)) === true;
    // A district or town among the main places of a story that names their country counts apart
    // from the country ("3,440 in Sindhupalchok" in a story about Nepal).
    const settlements = stories.settlements.get(story)!;
    // The place a story is named for is the story's own, even a province in a named country: "in
    // Herat" in a story about Herat is its toll. (Keeping such a province apart, as for Sindh's
    // floods in Pakistan, split more stories than it kept apart on reporting not studied.)
    const sub = c.scope.place !== null && c.scope.place !== story && settlements.has(c.scope.place) && [...containers].some((p) => !settlements.has(p));
    // "in Jérémie" in a story about Haiti: a town's toll, apart from the country's.
    const inCountry = c.scope.place !== null && c.scope.place !== story && !c.scope.scene && !c.scope.origin && isCountry(story) && !isCountry(c.scope.place);
    const place = c.scope.place && !whole && (wide || peer || part || sub || inCountry || (!c.scope.scene && !major.has(c.scope.place) && !containers.has(c.scope.place))) ? c.scope.place : null;
    // "the operation at Mosul", "the offensive on Mosul" in a story about Mosul is the story's war
    // itself, not one incident in it: its toll is the story's. (An unplaced "ground offensive"
    // may be one campaign of a longer war.)
    const campaign = type === "incident" && !c.scope.guessed && CAMPAIGNS.has(incident!) && c.scope.place !== null && major.has(c.scope.place) && !place && !date;
    if (campaign) return { metric: `${base}@${story}`, label: () => `${labelBase()} (${where})` };
    if (type === "incident") {
      const noun = incident!;
      const detail = place ? `:${place}` : date ? `:${date}` : "";
      // Unplaced, undated incidents are one in a story whatever word names them ("the raid",
      // "the attack"); a place or a day is what tells two incidents apart.
      return { metric: `${base}@${story}/${detail ? noun : "incident"}${detail}`, label: () => `${labelBase()} in the ${noun}${place ? ` at ${placeName}` : date ? ` of ${date}` : ""} (${where})` };
    }
    if (type === "place" && place) return { metric: `${base}@${story}/${place}`, label: () => `${labelBase()} in ${placeName} (${where})` };
    return { metric: `${base}@${story}`, label: () => `${labelBase()} (${where})` };
}

// A story that counts a war's running toll, where one attack is one among many.
const ONGOING = /\bwar\b|\bsince\s+(?:the\s+)?(?:conflict|fighting|offensive|invasion|siege)\b/i;

const CAMPAIGNS: ReadonlySet<string> = new Set(["operation", "offensive"]);

/**
 * "305 Malians", "two Britons" in a story about Mecca count foreign nationals among the dead: a
 * subgroup. "8,000 Nepalis" in a story about Nepal count its people: the whole.
 */
function withNationality(base: string, nationality: string | undefined, major: ReadonlySet<string>): string {
  if (!nationality) return base;
  const stem = nationality.replace(/(?:ians|ans|is|ese|ons|inos|s)$/, "").slice(0, 4);
  if ([...major].some((place) => place.startsWith(stem))) return base;
  const [metric, ...rest] = base.split(".");
  return [metric, nationality, ...rest].join(".");
}

/** Whether an unnamed incident may be a named one: the same noun, or a plain "attack". */
function sameKind(unnamed: string | null | undefined, named: string | null | undefined): boolean {
  return !unnamed || !named || unnamed === named || unnamed === "attack" || unnamed === "incident";
}

/**
 * "a Hamas-led attack killed some 1,200" names no place or day; when the story has exactly one
 * named incident of that kind for the same figure, it is a guess that both mean the same one.
 */
function joinUnnamedIncidents(claims: Claim[]): Claim[] {
  const named = new Map<string, Set<string>>();
  for (const c of claims) {
    const m = /^(.*)\/[a-z-]+:.+$/.exec(c.metric);
    if (m) named.set(`${m[1]}/incident`, (named.get(`${m[1]}/incident`) ?? new Set()).add(c.metric));
  }
  const first = new Map<string, Claim>();
  for (const c of claims) if (!first.has(c.metric)) first.set(c.metric, c);
  return claims.map((c) => {
    // "the strike" is not "the ambush on Route 6": only the same kind of incident, or a plain "attack".
    const only = [...(named.get(c.metric) ?? [])].filter((m) => sameKind(c.scope?.incident, first.get(m)!.scope?.incident));
    if (only.length !== 1) return c;
    const [metric] = only;
    const partner = first.get(metric!)!;
    return { ...c, metric: metric!, label: partner.label, evidence: [...c.evidence, `scope: a guess - the only ${c.scope?.incident} this story names for this figure`] };
  });
}
