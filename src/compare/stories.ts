// Corpus-level scoping. Articles are clustered into stories by the places they name most (an
// earthquake's region, a besieged city); a figure then counts for its story unless it names a
// place that is not one of the story's main places ("83 were in Tambocancha" is a town's toll,
// not the region's). Incidents are keyed within their story by kind and place or date.
import type { Claim } from "../types.js";

/** Place key -> how often an article names it, and a display name. */
export type PlaceProfile = Record<string, { count: number; name: string }>;

export interface Stories {
  storyOf: ReadonlyMap<string, string>;
  /** Story id -> its main place keys. */
  major: ReadonlyMap<string, ReadonlySet<string>>;
  /** Story id -> display name ("Rafah"). */
  name: ReadonlyMap<string, string>;
}

const TOP = 3;

function top(profile: PlaceProfile, n: number): string[] {
  return Object.entries(profile)
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([key]) => key);
}

/** Clusters sources that share one of their top places. */
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
      const other = firstWithPlace.get(place);
      if (other) parent.set(find(source), find(other));
      else firstWithPlace.set(place, source);
    }
  }
  const members = new Map<string, string[]>();
  for (const source of profiles.keys()) {
    const root = find(source);
    members.set(root, [...(members.get(root) ?? []), source]);
  }
  const storyOf = new Map<string, string>();
  const major = new Map<string, Set<string>>();
  const name = new Map<string, string>();
  for (const sources of members.values()) {
    const totals = new Map<string, { count: number; seenIn: number; name: string }>();
    for (const s of sources) {
      for (const [key, { count, name: display }] of Object.entries(profiles.get(s)!)) {
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
    name.set(id, main[0]?.[1].name ?? "this story");
  }
  return { storyOf, major, name };
}

/** Rewrites each claim's comparison key from its scope and story. */
export function scopeByStory(claims: readonly Claim[], stories: Stories): Claim[] {
  const scoped = claims.map((c) => {
    const story = stories.storyOf.get(c.source);
    if (!c.scope || !story) return c;
    const base = c.metric.split("@")[0]!;
    const where = stories.name.get(story)!;
    const labelBase = c.label.replace(/ (?:in|at) .*$/, "");
    const { type, incident, place, placeName, date } = c.scope;
    if (type === "incident") {
      const detail = place ? `:${place}` : date ? `:${date}` : "";
      return { ...c, metric: `${base}@${story}/${incident}${detail}`, label: `${labelBase} in the ${incident}${placeName ? ` at ${placeName}` : date ? ` of ${date}` : ""} (${where})` };
    }
    if (type === "place" && place && !stories.major.get(story)!.has(place)) {
      return { ...c, metric: `${base}@${story}/${place}`, label: `${labelBase} in ${placeName} (${where})` };
    }
    return { ...c, metric: `${base}@${story}`, label: `${labelBase} in ${where}` };
  });
  return joinUnnamedIncidents(scoped);
}

/**
 * "a Hamas-led attack killed some 1,200" names no place or day; when the story has exactly one
 * named incident of that kind for the same figure, it is a guess that both mean the same one.
 */
function joinUnnamedIncidents(claims: Claim[]): Claim[] {
  const named = new Map<string, Set<string>>();
  for (const c of claims) {
    const m = /^(.*\/[a-z]+):.+$/.exec(c.metric);
    if (m) named.set(m[1]!, (named.get(m[1]!) ?? new Set()).add(c.metric));
  }
  return claims.map((c) => {
    const only = named.get(c.metric);
    if (!only || only.size !== 1) return c;
    const [metric] = [...only];
    const partner = claims.find((x) => x.metric === metric)!;
    return { ...c, metric: metric!, label: partner.label, evidence: [...c.evidence, `scope: a guess - the only ${c.scope?.incident} this story names for this figure`] };
  });
}
