// Corpus-level scoping. Articles are clustered into stories by the places they name most (an
// earthquake's region, a besieged city); a figure then counts for its story unless it names a
// place that is not one of the story's main places ("83 were in Tambocancha" is a town's toll,
// not the region's). Incidents are keyed within their story by kind and place or date.
import type { Claim } from "../types.js";
import { RUNNING_INCIDENTS } from "../extract/scope.js";

/** Place key -> how often an article names it, a display name, and whether a dateline names it as a country or region. */
export type PlaceProfile = Record<string, { count: number; name: string; container?: boolean; settlement?: boolean; kind?: "name" }>;

export interface Stories {
  storyOf: ReadonlyMap<string, string>;
  /** Story id -> its main place keys. */
  major: ReadonlyMap<string, ReadonlySet<string>>;
  /** Story id -> display name ("Rafah"). */
  name: ReadonlyMap<string, string>;
  /** Story id -> the places nearly every article names (a dateline's country): containers, not sites. */
  containers: ReadonlyMap<string, ReadonlySet<string>>;
  /** Story id -> the places some article calls a city, town or village (a dateline's city). */
  settlements: ReadonlyMap<string, ReadonlySet<string>>;
}

const TOP = 5;

function top(profile: PlaceProfile, n: number): string[] {
  return [...placesOf(profile)]
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([key]) => key);
}

const placeEntries = new WeakMap<PlaceProfile, [string, PlaceProfile[string]][]>();

/** The profile's places, without the names it also carries. */
function placesOf(profile: PlaceProfile): [string, PlaceProfile[string]][] {
  let entries = placeEntries.get(profile);
  if (!entries) placeEntries.set(profile, (entries = Object.entries(profile).filter(([, p]) => p.kind !== "name")));
  return entries;
}

/**
 * Articles about one event that name no place in common ("Hurricane Maria", "Puerto Rico's
 * government"): two clusters join when they share at least two names that few articles use.
 */
function joinByNames(profiles: ReadonlyMap<string, PlaceProfile>, find: (x: string) => string, union: (a: string, b: string) => void): void {
  const namesOf = new Map<string, Set<string>>();
  const leadingOf = new Map<string, Set<string>>();
  const df = new Map<string, number>();
  for (const [source, profile] of profiles) {
    const names = Object.entries(profile).filter(([, p]) => p.kind === "name").sort((a, b) => b[1].count - a[1].count);
    namesOf.set(source, new Set(names.map(([, p]) => p.name)));
    leadingOf.set(source, new Set(names.slice(0, LEADING_NAMES).filter(([, p]) => p.count >= 2).map(([, p]) => p.name)));
    for (const [, p] of names) df.set(p.name, (df.get(p.name) ?? 0) + 1);
  }
  // Pairs are counted through the names they share; a name in more than MAX_SHARED articles is
  // too common to tie two of them (and would make this quadratic on a large corpus).
  const rare = (n: string) => (df.get(n) ?? 0) >= 2 && (df.get(n) ?? 0) <= Math.min(MAX_SHARED, Math.max(3, profiles.size * 0.4));
  const withName = new Map<string, string[]>();
  for (const [source, names] of namesOf) for (const n of names) if (rare(n)) withName.set(n, [...(withName.get(n) ?? []), source]);
  // Two shared names, one of them among the names each article uses most ("Maria", not the wire's name).
  const shared = new Map<string, { count: number; leading: boolean }>();
  for (const [name, sources] of withName) {
    for (let i = 0; i < sources.length; i++) {
      for (let j = i + 1; j < sources.length; j++) {
        const [a, b] = [sources[i]!, sources[j]!];
        const pair = `${a}\u0000${b}`;
        const seen = shared.get(pair) ?? { count: 0, leading: false };
        const next = { count: seen.count + 1, leading: seen.leading || (leadingOf.get(a)!.has(name) && leadingOf.get(b)!.has(name)) };
        shared.set(pair, next);
        if (next.count >= 2 && next.leading && find(a) !== find(b)) union(a, b);
      }
    }
  }
  // An article that names no place at all ("Grenfell", "Cundy", "Kensington" only as names) joins
  // the article it shares the most rare names with, two at least.
  for (const [source, profile] of profiles) {
    if (placesOf(profile).length > 0) continue;
    let best: { other: string; count: number } | null = null;
    for (const [pair, { count }] of shared) {
      const [a, b] = pair.split("\u0000") as [string, string];
      const other = a === source ? b : b === source ? a : null;
      if (other && count >= 2 && (!best || count > best.count)) best = { other, count };
    }
    if (best && find(source) !== find(best.other)) union(source, best.other);
  }
}

const LEADING_NAMES = 3;

const ACTOR_COUNTRY = /^(?:the\s+)?(?:[A-Z]\.?){2}$/;

const MAX_SHARED = 60;

/** Clusters sources that share one of their top places, or two rare names. */
export function findStories(profiles: ReadonlyMap<string, PlaceProfile>): Stories {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  const firstWithPlace = new Map<string, string>();
  for (const [source, profile] of profiles) {
    parent.set(source, source);
    for (const place of top(profile, TOP)) {
      // "US brands", "UK troops": a two-letter country is an actor in most stories, not the site
      // of one, and would tie a factory collapse in Savar to an airlift from Kabul.
      if (ACTOR_COUNTRY.test(profile[place]!.name)) continue;
      const other = firstWithPlace.get(place);
      if (other) parent.set(find(source), find(other));
      else firstWithPlace.set(place, source);
    }
  }
  joinByNames(profiles, find, (a, b) => parent.set(find(a), find(b)));
  const members = new Map<string, string[]>();
  for (const source of profiles.keys()) {
    const root = find(source);
    members.set(root, [...(members.get(root) ?? []), source]);
  }
  const storyOf = new Map<string, string>();
  const major = new Map<string, Set<string>>();
  const name = new Map<string, string>();
  const containers = new Map<string, Set<string>>();
  const settlements = new Map<string, Set<string>>();
  for (const sources of members.values()) {
    const totals = new Map<string, { count: number; seenIn: number; name: string }>();
    for (const s of sources) {
      for (const [key, { count, name: display }] of placesOf(profiles.get(s)!)) {
        const t = totals.get(key) ?? { count: 0, seenIn: 0, name: display };
        totals.set(key, { count: t.count + count, seenIn: t.seenIn + 1, name: t.name });
      }
    }
    // Main places: named by at least half the story's articles (two at least), or, for a story of
    // one article, named at least half as often as its most named place.
    const leading = new Set(sources.flatMap((s) => top(profiles.get(s)!, 5)));
    const need = Math.max(2, Math.ceil(sources.length / 2));
    const most = Math.max(0, ...[...totals.values()].map((t) => t.count));
    const isMain = (t: { count: number; seenIn: number }) => (sources.length === 1 ? t.count * 2 >= most : t.seenIn >= need);
    const main = [...totals.entries()].filter(([key, t]) => leading.has(key) && isMain(t)).sort((a, b) => b[1].count - a[1].count);
    const id = main[0]?.[0] ?? `story-${[...sources].sort()[0]}`;
    for (const s of sources) storyOf.set(s, id);
    major.set(id, new Set(main.map(([key]) => key)));
    // Containers: places too broad to tell one incident from another - named by nearly every
    // article, or named about as often as the story's first place (a dateline's country).
    const first = main[0]?.[1].count ?? 0;
    const datelined = sources.flatMap((s) => placesOf(profiles.get(s)!).filter(([, p]) => p.container).map(([key]) => key));
    containers.set(id, new Set(main.filter(([, t]) => (sources.length > 2 && t.seenIn * 3 >= sources.length * 2) || t.count * 2 >= first).map(([key]) => key).concat(id, datelined)));
    name.set(id, main.length ? main.slice(0, 3).map(([, t]) => t.name).join(", ") : "one article");
    settlements.set(id, new Set(sources.flatMap((s) => placesOf(profiles.get(s)!).filter(([, p]) => p.settlement).map(([key]) => key))));
  }
  return { storyOf, major, name, containers, settlements };
}

/**
 * An article about one incident often states its toll without naming it again ("at least 41
 * people were killed"): a figure with no scope joins the article's only incident for the same
 * metric. A figure naming a place stays with that place.
 */
function inheritArticleIncident(claims: readonly Claim[]): Claim[] {
  const key = (c: Claim) => `${c.source}\u0000${c.metric.split("@")[0]}`;
  const signature = (c: Claim) => JSON.stringify([c.scope!.incident, c.scope!.place, c.scope!.date]);
  // Per article and metric: the incidents named, and the first claim naming one.
  const incidents = new Map<string, { signatures: Set<string>; named: Claim }>();
  for (const c of claims) {
    if (c.scope?.type !== "incident") continue;
    const entry = incidents.get(key(c)) ?? { signatures: new Set<string>(), named: c };
    entry.signatures.add(signature(c));
    incidents.set(key(c), entry);
  }
  return claims.map((c) => {
    const entry = c.scope?.type === "none" && c.scope.incidental !== false ? incidents.get(key(c)) : undefined;
    if (!entry || entry.signatures.size !== 1) return c;
    const { named } = entry;
    // A war's running toll beside one attack's is a different figure: only a figure of the same
    // order as the incident's joins it.
    const [a, b] = [middle(c), middle(named)];
    if (a === null || b === null || a > b * 5 || b > a * 5) return c;
    const { incident, place, placeName, date } = named.scope!;
    return {
      ...c,
      metricKind: c.metricKind === "cumulative" && !RUNNING_INCIDENTS.has(incident ?? "") ? "event" : c.metricKind,
      scope: { type: "incident", incident, place, placeName, date },
      evidence: [...c.evidence, `scope: a guess - the only ${incident} this article ties the same figure to`],
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
  return joinSingleEvent(joinUnnamedIncidents(scoped));
}

/**
 * Main places of a story that are counted side by side: when one article gives the same figure
 * for two of them ("3,549 killed in Turkey … 812 in Syria"), they are peers, not a country and
 * its city. A figure placed in a peer other than the story's leading one counts that peer alone.
 * Story id -> place key -> whether it leads (the peer the articles name most).
 */
function peerPlaces(claims: readonly Claim[], stories: Stories): Map<string, Map<string, boolean>> {
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
  const peers = new Map<string, Map<string, boolean>>();
  for (const [pair, sources] of pairs) {
    if (sources.size < 2) continue;
    const [story, a, b] = pair.split("\u0000") as [string, string, string];
    const known = peers.get(story) ?? new Map<string, boolean>();
    known.set(a, false).set(b, false);
    peers.set(story, known);
  }
  for (const [story, known] of peers) {
    const order = [...stories.major.get(story)!];
    const leading = order.find((p) => known.has(p));
    if (leading) known.set(leading, true);
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
    if (m && c.metricKind === "event") variants.set(m[1]!, (variants.get(m[1]!) ?? new Set()).add(c.metric));
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
function storyKey(c: Claim, stories: Stories, peers: ReadonlyMap<string, ReadonlyMap<string, boolean>>): { metric: string; label: () => string } | null {
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
    const peer = c.scope.place ? peers.get(story)?.get(c.scope.place) === false : false;
    // A breakdown's place counts apart; "alone" too, unless it is the story's own ("In Turkey alone").
    const part = c.scope.breakdown === true || (c.scope.alone === true && c.scope.place !== story);
    const place = c.scope.place && (wide || peer || part || (!c.scope.scene && !major.has(c.scope.place) && !containers.has(c.scope.place))) ? c.scope.place : null;
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
