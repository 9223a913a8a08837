// Articles clustered into stories by the places they name most (an earthquake's region, a
// besieged city), or, naming none in common, by rare names they share ("Maria", "Grenfell"). A
// story's main places, containers and settlements then decide how its figures are keyed.
import { isCountry } from "../extract/countries.js";
import { isDemonym } from "../extract/places.js";

/** Place key -> how often an article names it, a display name, and whether a dateline names it as a country or region. */
export type PlaceProfile = Record<string, { count: number; name: string; container?: boolean; settlement?: boolean; division?: boolean; kind?: "name"; at?: number }>;

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
  /** Story id -> the places some article calls a district, province or county. */
  divisions: ReadonlyMap<string, ReadonlySet<string>>;
}

const TOP = 5;

function top(profile: PlaceProfile, n: number): string[] {
  return [...placesOf(profile)]
    // Among places named as often, the one named first leads: a dateline's or a lede's place,
    // not a list of victims' countries further down.
    .sort((a, b) => b[1].count - a[1].count || (a[1].at ?? Infinity) - (b[1].at ?? Infinity) || a[0].localeCompare(b[0]))
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
  for (const [source, names] of namesOf) {
    for (const n of names) {
      if (!rare(n)) continue;
      const list = withName.get(n);
      if (list) list.push(source);
      else withName.set(n, [source]);
    }
  }
  // Two shared names, one of them among the names each article uses most ("Maria", not the wire's
  // name). Pairs are keyed by the two articles' positions, a number, not a joined string.
  const position = new Map([...profiles.keys()].map((source, i) => [source, i]));
  const shared = new Map<number, { count: number; leading: boolean }>();
  // An article that names no place at all ("Grenfell", "Cundy", "Kensington" only as names) joins
  // the article it shares the most rare names with, two at least: the best partner of each such
  // article is kept as pairs are counted.
  const placeless = new Set([...profiles].filter(([, profile]) => placesOf(profile).length === 0).map(([source]) => source));
  const best = new Map<string, { other: string; count: number }>();
  const offer = (source: string, other: string, count: number) => {
    if (count < 2 || !placeless.has(source)) return;
    const seen = best.get(source);
    if (!seen || count > seen.count) best.set(source, { other, count });
  };
  for (const [name, sources] of withName) {
    for (let i = 0; i < sources.length; i++) {
      for (let j = i + 1; j < sources.length; j++) {
        const [a, b] = [sources[i]!, sources[j]!];
        const pair = position.get(a)! * profiles.size + position.get(b)!;
        const seen = shared.get(pair) ?? { count: 0, leading: false };
        const next = { count: seen.count + 1, leading: seen.leading || (leadingOf.get(a)!.has(name) && leadingOf.get(b)!.has(name)) };
        shared.set(pair, next);
        if (next.count >= 2 && next.leading && find(a) !== find(b)) union(a, b);
        if (placeless.size > 0) {
          offer(a, b, next.count);
          offer(b, a, next.count);
        }
      }
    }
  }
  for (const [source, { other }] of best) if (find(source) !== find(other)) union(source, other);
}

const LEADING_NAMES = 3;

/** How far into an article its opening (headline and lede) reaches, in characters. */
const OPENING = 400;

/**
 * A place an article names only in passing ties it to another article naming it when the two
 * share something more: another place, or a name few articles use that is not the place's own
 * ("Syrian" beside "Syria"). Checked against a bounded number of articles per place.
 */
function joinByPassingPlaces(
  profiles: ReadonlyMap<string, PlaceProfile>,
  passing: ReadonlyMap<string, string[]>,
  firstWithPlace: ReadonlyMap<string, string>,
  find: (x: string) => string,
  union: (a: string, b: string) => void,
): void {
  const df = new Map<string, number>();
  for (const profile of profiles.values()) for (const [key, p] of Object.entries(profile)) if (p.kind === "name") df.set(key, (df.get(key) ?? 0) + 1);
  const rare = (key: string) => (df.get(key) ?? 0) <= Math.min(MAX_SHARED, Math.max(3, profiles.size * 0.4));
  const withPlace = new Map<string, string[]>();
  for (const [source, profile] of profiles) for (const place of top(profile, TOP)) withPlace.set(place, [...(withPlace.get(place) ?? []), source].slice(0, MAX_SHARED));
  for (const [place, sources] of passing) {
    const root = place.slice(0, 4);
    for (const source of sources) {
      const a = profiles.get(source)!;
      const others = [firstWithPlace.get(place), ...(withPlace.get(place) ?? [])].filter((o): o is string => !!o && o !== source);
      const partner = others.find((other) => {
        if (find(other) === find(source)) return false;
        const b = profiles.get(other)!;
        // "Indian" in a story of an earthquake in Kashmir and in one of the attacks on Mumbai: a
        // people's name ties nothing.
        return Object.entries(a).some(([key, p]) => key !== place && key in b && !key.startsWith(`name:${root}`) && (p.kind === "name" ? rare(key) && !isDemonym(p.name) : !ACTOR_COUNTRY.test(p.name)));
      });
      if (partner) union(source, partner);
    }
  }
}

const ACTOR_COUNTRY = /^(?:the\s+)?(?:[A-Z]\.?){2}$/;

const MAX_SHARED = 60;

/** The top places of an article that tie it to others, and those it names only in passing. */
function tyingPlaces(profile: PlaceProfile): { tying: string[]; passing: string[] } {
  const leading = top(profile, TOP);
  const tying: string[] = [];
  const passing: string[] = [];
  for (const place of leading) {
    // "US brands", "UK troops": a two-letter country is an actor in most stories, not the site
    // of one, and would tie a factory collapse in Savar to an airlift from Kabul.
    if (ACTOR_COUNTRY.test(profile[place]!.name)) continue;
    // A place named once, after others and past the article's opening, may be a passing mention
    // ("a monitoring group in Britain"): it ties only where something else is shared too.
    if (profile[place]!.count < 2 && place !== leading[0] && (profile[place]!.at ?? 0) > OPENING) passing.push(place);
    // "AHMEDABAD, India" and "BHUBANESWAR, India": a dateline's country is too broad to tie two
    // stories by itself (an earthquake in Gujarat, a cyclone in Odisha).
    else if (profile[place]!.container && isCountry(place)) passing.push(place);
    else tying.push(place);
  }
  return { tying, passing };
}

/** Clusters sources that share one of their top places, or two rare names: source -> cluster root. */
export function clusterSources(profiles: ReadonlyMap<string, PlaceProfile>): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  const firstWithPlace = new Map<string, string>();
  const passing = new Map<string, string[]>();
  for (const [source, profile] of profiles) {
    parent.set(source, source);
    const places = tyingPlaces(profile);
    for (const place of places.passing) passing.set(place, [...(passing.get(place) ?? []), source]);
    for (const place of places.tying) {
      const other = firstWithPlace.get(place);
      if (other) parent.set(find(source), find(other));
      else firstWithPlace.set(place, source);
    }
  }
  joinByNames(profiles, find, (a, b) => parent.set(find(a), find(b)));
  joinByPassingPlaces(profiles, passing, firstWithPlace, find, (a, b) => parent.set(find(a), find(b)));
  return new Map([...profiles.keys()].map((source) => [source, find(source)]));
}

/**
 * The clusters of a corpus with one more article (a draft) joined to them, without clustering
 * the corpus again: the article ties to every cluster holding an article it would tie to by the
 * rules above. (Its own names count once more towards how common a name is; a tie it would make
 * between two corpus articles through that count alone is not looked for.)
 */
export function joinCluster(profiles: ReadonlyMap<string, PlaceProfile>, roots: ReadonlyMap<string, string>, added: string): Map<string, string> {
  const mine = profiles.get(added)!;
  const { tying, passing } = tyingPlaces(mine);
  const myNames = Object.entries(mine).filter(([, p]) => p.kind === "name").sort((a, b) => b[1].count - a[1].count);
  const myLeading = new Set(myNames.slice(0, LEADING_NAMES).filter(([, p]) => p.count >= 2).map(([, p]) => p.name));
  const myNameSet = new Set(myNames.map(([, p]) => p.name));
  const df = new Map<string, number>();
  for (const profile of profiles.values()) for (const p of Object.values(profile)) if (p.kind === "name" && myNameSet.has(p.name)) df.set(p.name, (df.get(p.name) ?? 0) + 1);
  const rare = (n: string) => (df.get(n) ?? 0) >= 2 && (df.get(n) ?? 0) <= Math.min(MAX_SHARED, Math.max(3, profiles.size * 0.4));
  const placeless = placesOf(mine).length === 0;
  const partners = new Set<string>();
  let best: { other: string; count: number } | null = null;
  const size = new Map<string, number>();
  for (const root of roots.values()) size.set(root, (size.get(root) ?? 0) + 1);
  for (const [other, profile] of profiles) {
    if (other === added) continue;
    const theirs = tyingPlaces(profile);
    // A place both tie by; a place one names in passing that the other ties by, with another key shared.
    const sharesOther = (place: string) => Object.entries(mine).some(([key, p]) => key !== place && key in profile && !key.startsWith(`name:${place.slice(0, 4)}`) && (p.kind === "name" ? rare(p.name) && !isDemonym(p.name) : !ACTOR_COUNTRY.test(p.name)));
    if (tying.some((place) => theirs.tying.includes(place))) partners.add(other);
    else if (passing.some((place) => (theirs.tying.includes(place) || theirs.passing.includes(place)) && sharesOther(place))) partners.add(other);
    else if (theirs.passing.some((place) => (tying.includes(place) || passing.includes(place)) && sharesOther(place))) partners.add(other);
    if (myNameSet.size === 0 || partners.has(other)) continue;
    // Two rare names shared, one of them among the names each uses most.
    const names = Object.entries(profile).filter(([, p]) => p.kind === "name").sort((a, b) => b[1].count - a[1].count);
    const leading = new Set(names.slice(0, LEADING_NAMES).filter(([, p]) => p.count >= 2).map(([, p]) => p.name));
    const shared = names.filter(([, p]) => myNameSet.has(p.name) && rare(p.name));
    if (shared.length >= 2 && shared.some(([, p]) => leading.has(p.name) && myLeading.has(p.name))) partners.add(other);
    // A corpus article naming no place, alone in its cluster, found no better partner than this one.
    else if (shared.length >= 2 && placesOf(profile).length === 0 && size.get(roots.get(other) ?? other) === 1) partners.add(other);
    else if (placeless && shared.length >= 2 && shared.length > (best?.count ?? 0)) best = { other, count: shared.length };
  }
  if (best && partners.size === 0) partners.add(best.other);
  const merged = new Set([...partners].map((p) => roots.get(p) ?? p));
  const result = new Map<string, string>();
  for (const [source, root] of roots) result.set(source, merged.has(root) ? added : root);
  result.set(added, added);
  return result;
}

/** Articles clustered into stories, each with its main places, containers and settlements. */
export function findStories(profiles: ReadonlyMap<string, PlaceProfile>): Stories {
  return describeStories(profiles, clusterSources(profiles));
}

/**
 * The stories of clustered articles. `only`: describe just the stories of these sources (the
 * rest keep their cluster root as story id), for a caller that compares only those.
 */
export function describeStories(profiles: ReadonlyMap<string, PlaceProfile>, roots: ReadonlyMap<string, string>, only?: ReadonlySet<string>): Stories {
  const wanted = only ? new Set([...only].map((s) => roots.get(s))) : null;
  const members = new Map<string, string[]>();
  const storyOf = new Map<string, string>();
  for (const source of profiles.keys()) {
    const root = roots.get(source) ?? source;
    if (wanted && !wanted.has(root)) {
      storyOf.set(source, `cluster:${root}`);
      continue;
    }
    members.set(root, [...(members.get(root) ?? []), source]);
  }
  const major = new Map<string, Set<string>>();
  const name = new Map<string, string>();
  const containers = new Map<string, Set<string>>();
  const settlements = new Map<string, Set<string>>();
  const divisions = new Map<string, Set<string>>();
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
    divisions.set(id, new Set(sources.flatMap((s) => placesOf(profiles.get(s)!).filter(([, p]) => p.division).map(([key]) => key))));
  }
  return { storyOf, major, name, containers, settlements, divisions };
}
