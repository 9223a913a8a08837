// Claim[] -> Conflict[]: group claims by comparison key, decide each pair with the first rule
// that applies, then pass the findings through a chain of array-to-array steps.
import { createHash } from "node:crypto";
import type { Claim, Conflict, Source } from "../types.js";
import { clusterFindings, type PairFinding } from "./cluster.js";
import { disjoint, entirelyBelow } from "./intervals.js";
import { compareFacts } from "./facts/index.js";
import { PAIR_RULES, type PairContext } from "./rules/index.js";
import { findStories, type PlaceProfile, type Stories } from "./find-stories.js";
import { partsAboveWhole } from "./part-above-whole.js";
import { scopeByStory } from "./stories.js";
import { byTime } from "./order.js";

/**
 * Claims that may take part in a conflict: reported, current, precise enough, and a whole count.
 * A part ("26 of the injured are critical") is shown but not compared: which whole it is part
 * of is too often unclear.
 */
export function comparable(c: Claim): boolean {
  return c.kind === "count" && c.status === "reported" && c.supersededBy === null && !c.vague && !c.metric.includes(".part:");
}

/** An id for a conflict that stands alone (a calendar check of one claim). */
export function conflictId(claimIds: readonly string[]): string {
  const hash = createHash("sha1").update([...claimIds].sort().join("\u0000")).digest("hex");
  return `x-${hash.slice(0, 10)}`;
}


function groupByMetric(claims: readonly Claim[]): Map<string, Claim[]> {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    if (!comparable(c)) continue;
    const list = groups.get(c.metric) ?? [];
    list.push(c);
    groups.set(c.metric, list);
  }
  return groups;
}

/** Beyond this many claims about one thing, pairs are found in O(n log n) rather than all checked. */
const PAIRWISE_LIMIT = 40;

/**
 * Reporting that disagrees about one count stays within an order of magnitude or so (a
 * ministry's 400 against a charity's 6,700; an army's 8 hostages against a school's 276). Two
 * figures further apart than this count different things - a village's dead beside a nation's -
 * that the key could not tell apart, and are not set against each other.
 */
const SAME_COUNT_SPREAD = 50;

/**
 * Without two claimants disputing the count, figures this far apart are a part and a whole the
 * key could not tell apart ("288 dead" beside "FIFTY pulled out by rescuers", "67" beside "six of
 * them soldiers") far more often than a disagreement.
 */
const UNDISPUTED_SPREAD = 6;

/** A named claimant's figure against one no one is cited for: between the two above. */
const ONE_CLAIMANT_SPREAD = 20;

function tooFarApart(a: Claim, b: Claim): boolean {
  const low = Math.min(a.value.high ?? Infinity, b.value.high ?? Infinity);
  const high = Math.max(a.value.low ?? 0, b.value.low ?? 0);
  // Two named claimants may dispute a count widely; a figure no one is cited for beside a
  // ministry's is as often a part the key could not tell apart ("129 dead" beside "seven attackers").
  const named = [a.claimant, b.claimant].filter((who) => who !== null).length;
  const spread = a.claimant === b.claimant ? UNDISPUTED_SPREAD : named === 2 ? SAME_COUNT_SPREAD : ONE_CLAIMANT_SPREAD;
  return low > 0 && Number.isFinite(low) && high / low > spread;
}

function firstFinding(a: Claim, b: Claim, ctx: PairContext): PairFinding | null {
  if (tooFarApart(a, b)) return null;
  for (const rule of PAIR_RULES) {
    const finding = rule.check(a, b, ctx);
    if (finding) return markAttribution({ ...finding, a, b });
  }
  return null;
}

/** Incompatible pairs within one group of claims about the same thing. */
function checkGroup(claims: Claim[], ctx: PairContext): PairFinding[] {
  const sorted = [...claims].sort(byTime);
  if (sorted.length > PAIRWISE_LIMIT) return checkLargeGroup(sorted, ctx);
  const found: PairFinding[] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const finding = firstFinding(sorted[i]!, sorted[j]!, ctx);
      if (finding) found.push(finding);
    }
  }
  return found;
}

/**
 * The same findings for a large group without checking every pair: a figure that cannot hold
 * beside some other figure cannot hold beside the most extreme one (the highest lower bound or
 * the lowest upper bound), and a falling total is lower than the highest earlier one. Each such
 * figure is paired with that extreme; clustering then gathers the pairs as usual.
 */
function checkLargeGroup(sorted: Claim[], ctx: PairContext): PairFinding[] {
  const found: PairFinding[] = [];
  const pair = (x: Claim, y: Claim) => {
    const [a, b] = byTime(x, y) <= 0 ? [x, y] : [y, x];
    const finding = firstFinding(a, b, ctx);
    if (finding) found.push(finding);
  };
  const buckets = new Map<string, Claim[]>();
  for (const c of sorted) {
    for (const key of [`source:${c.source}|${c.asOf}`, c.metricKind === "event" ? "event" : `day:${c.asOf}`]) {
      buckets.set(key, [...(buckets.get(key) ?? []), c]);
    }
  }
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    const highestLow = bucket.reduce((m, c) => (c.value.low !== null && (m.value.low === null || c.value.low > m.value.low) ? c : m));
    const lowestHigh = bucket.reduce((m, c) => (c.value.high !== null && (m.value.high === null || c.value.high < m.value.high) ? c : m));
    for (const c of bucket) {
      if (c !== highestLow && disjoint(c.value, highestLow.value)) pair(c, highestLow);
      else if (c !== lowestHigh && disjoint(c.value, lowestHigh.value)) pair(c, lowestHigh);
    }
  }
  // Running totals: each later figure against the highest earlier lower bound.
  let highest: Claim | null = null;
  let day: string | null = null;
  let highestBefore: Claim | null = null;
  for (const c of sorted) {
    if (!c.asOf) continue;
    if (c.asOf !== day) {
      highestBefore = highest;
      day = c.asOf;
    }
    if (highestBefore && c.source !== highestBefore.source && entirelyBelow(c.value, highestBefore.value)) pair(highestBefore, c);
    if (c.value.low !== null && (highest?.value.low ?? -Infinity) < c.value.low) highest = c;
  }
  return found;
}

/** Figures from two different named claimants: a dispute the reporting reflects, not an error. */
function markAttribution(f: PairFinding): PairFinding {
  const { a, b } = f;
  if (f.kind === "internal" || !a.claimant || !b.claimant || a.claimant === b.claimant) return f;
  return {
    ...f,
    kind: "attribution",
    severity: "low",
    explanation: `${f.explanation} The figures come from different claimants (${a.attribution} and ${b.attribution}), so this may be a dispute the reporting reflects rather than an error.`,
  };
}

type Step = (conflicts: Conflict[]) => Conflict[];

const capitalize: Step = (conflicts) => conflicts.map((x) => ({ ...x, explanation: x.explanation.charAt(0).toUpperCase() + x.explanation.slice(1) }));

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;
const sortBySeverity: Step = (conflicts) =>
  [...conflicts].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.metric.localeCompare(b.metric) || a.id.localeCompare(b.id));

const POST_PROCESS: readonly Step[] = [capitalize, sortBySeverity];

export interface Comparison {
  /** Claims with their corpus-level scope refinements applied. */
  claims: Claim[];
  conflicts: Conflict[];
}

export interface CompareOptions {
  /**
   * Narrows what is compared: given the focus claims with their corpus-level keys, which other
   * claims matter (by key). `check` compares only what its draft speaks about.
   */
  focus?: { ids: ReadonlySet<string>; keep: (focus: readonly Claim[]) => (metric: string, claim: Claim) => boolean };
  /** The stories of `places`, when the caller has found them already. */
  stories?: Stories;
}

export function compare(claims: readonly Claim[], sources: readonly Source[], places: ReadonlyMap<string, PlaceProfile> = new Map(), options: CompareOptions = {}): Comparison {
  const stories = options.stories ?? findStories(places);
  const { focus } = options;
  const focusClaims = focus ? claims.filter((c) => focus.ids.has(c.id)) : [];
  // A figure can only meet figures of its own story: the rest of the corpus need not be scoped.
  const focusStories = new Set(focusClaims.map((c) => stories.storyOf.get(c.source)));
  const candidates = focus ? claims.filter((c) => c.kind === "fact" || focusStories.has(stories.storyOf.get(c.source))) : claims;
  const keep = focus ? focus.keep(scopeByStory(focusClaims, stories)) : undefined;
  const refined = scopeByStory(candidates, stories, keep && ((metric, c) => focus!.ids.has(c.id) || keep(metric, c)));
  const ctx: PairContext = { sources: new Map(sources.map((s) => [s.id, s])) };
  const groups = groupByMetric(refined);
  const pairs = [...groups.values()].flatMap((group) => checkGroup(group, ctx));
  pairs.push(...partsAboveWhole(groups, ctx.sources, (part, whole) => !tooFarApart(part, whole)).map(markAttribution));
  let conflicts = [...clusterFindings(pairs, ctx.sources), ...compareFacts(refined, sources)];
  for (const step of POST_PROCESS) conflicts = step(conflicts);
  return { claims: refined, conflicts };
}
