// Compiles claims/metrics.yaml (already parsed) into the matchers extraction uses.
// Knowledge lives in the YAML; this module only checks its shape and builds regexes once.
import type { Metric, MetricKind } from "../types.js";

export interface Group {
  id: string;
  subgroup: boolean;
  /** Matches a group word at the start of a string (after the figure). */
  words: RegExp;
}

export interface CompiledMetric extends Metric {
  /** Group ids this metric applies to; null means people and every subgroup but hostages. */
  groups: string[] | null;
  /** A cue after the figure and its group, anchored at the start of the text searched. */
  after: RegExp;
  /** A cue before the figure, anchored at the end of the text searched. */
  before: RegExp | null;
  /** Any cue or before-cue, anywhere (global): for figures that stand after what they count. */
  anywhere: RegExp;
  /** Whether one incident (an attack, an ambush) can be what this figure counts. */
  incidents: boolean;
  /** Subgroups counted as plain people for this metric ("civilians sheltering" are people). */
  fold: string[];
}

export interface Lexicon {
  groups: Group[];
  demonyms: boolean;
  metrics: CompiledMetric[];
  daily: RegExp;
  weekly: RegExp;
  /** "11 more bodies": right after the figure, an increment on an earlier figure. */
  increment: RegExp;
  /** Nouns that are never people ("villages", "vehicles"). */
  notPeople: RegExp;
  incidents: RegExp;
}

const KINDS: readonly MetricKind[] = ["cumulative", "event", "snapshot"];

/** A cue list as one alternation; `kill*` matches any word starting with "kill". */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.trim().toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === "*" ? "*" : `\\${c}`)))
    .map((w) => w.replace(/\s+/g, "\\s+").replace(/\*$/, "[a-z]*"))
    .join("|");
}

function stringList(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
    throw new Error(`${where} must be a list of words`);
  }
  return value as string[];
}

/** Builds the lexicon; throws an Error naming the offending entry when the YAML is malformed. */
const NEVER = /(?!)/;

export function compileLexicon(doc: unknown): Lexicon {
  if (!doc || typeof doc !== "object") throw new Error("expected a mapping with `groups` and `metrics`");
  const root = doc as Record<string, unknown>;
  const groupsDoc = (root.groups ?? {}) as Record<string, Record<string, unknown>>;
  const groups: Group[] = Object.entries(groupsDoc).map(([id, g]) => ({
    id,
    subgroup: g.subgroup === true,
    words: new RegExp(`^(?:${alternation(stringList(g.words, `groups.${id}.words`))})\\b`, "i"),
  }));
  if (!Array.isArray(root.metrics)) throw new Error("`metrics` must be a list");
  const metrics = root.metrics.map((m: Record<string, unknown>, i: number): CompiledMetric => {
    const where = `metrics[${i}]${typeof m.id === "string" ? ` (${m.id})` : ""}`;
    if (typeof m.id !== "string" || typeof m.label !== "string") throw new Error(`${where}: needs an id and a label`);
    if (!KINDS.includes(m.kind as MetricKind)) throw new Error(`${where}: kind must be one of ${KINDS.join(", ")}`);
    const cues = stringList(m.cues, `${where}.cues`);
    const before = stringList(m.before, `${where}.before`);
    return {
      id: m.id,
      label: m.label,
      kind: m.kind as MetricKind,
      cues,
      groups: m.groups === undefined ? null : stringList(m.groups, `${where}.groups`),
      // A metric read only from words before its figure has no cue after it (an empty
      // alternation would match anywhere).
      after: cues.length ? new RegExp(`^(?:${alternation(cues)})\\b`, "i") : NEVER,
      // "killed another 163", "evacuated a further 2,000": a word of addition may stand between.
      before: before.length ? new RegExp(`\\b(?:${alternation(before)})(?:\\s+(?:another|a\\s+further|an\\s+additional|an\\s+estimated|some|nearly|about|around))?$`, "i") : null,
      incidents: m.incidents === true,
      fold: stringList(m.fold, `${where}.fold`),
      anywhere: new RegExp(`\\b(?:${alternation([...cues, ...before])})\\b`, "gi"),
    };
  });
  return {
    groups,
    demonyms: (groupsDoc.people?.demonyms ?? false) === true,
    metrics,
    daily: new RegExp(`\\b(?:${alternation(stringList(root.daily, "daily"))})\\b`, "i"),
    weekly: new RegExp(`\\b(?:${alternation(stringList(root.weekly, "weekly"))})\\b`, "i"),
    increment: new RegExp(`^\\s+(?:${alternation(stringList(root.increments, "increments"))})\\b`, "i"),
    notPeople: new RegExp(`^(?:${alternation(stringList(root.not_people, "not_people"))})$`, "i"),
    incidents: new RegExp(`\\b(?:${alternation(stringList(root.incidents, "incidents"))})\\b`, "gi"),
  };
}

/** Whether some metric's cue stands in a text ("Missing", "Deaths: 598", "who were killed"). */
export function namesCount(lexicon: Lexicon, text: string): boolean {
  return lexicon.metrics.some((metric) => {
    metric.anywhere.lastIndex = 0;
    return metric.anywhere.test(text);
  });
}

/** Whether a metric counts members of a group. */
export function appliesTo(metric: CompiledMetric, groupId: string): boolean {
  if (metric.groups) return metric.groups.includes(groupId);
  return groupId !== "hostages";
}
