// What a figure counts: the group after it ("four SOLDIERS") and the cue that says what
// happened to them ("were KILLED", "KILLING four", "a REFUGE FOR 1.5 million").
import type { Quantity, Span } from "../types.js";
import { appliesTo, type CompiledMetric, type Lexicon } from "./lexicon.js";

export interface MetricReading {
  metric: CompiledMetric;
  group: string;
  /** The cue as written and where it stands. */
  cue: Span;
  /** Which rule found it, for `explain`. */
  how: string;
  /** "fled to" a place: the figure counts people arriving (sheltering), not leaving. */
  arrival: boolean;
}

const WORD = /^[\s,]*([\p{L}][\p{L}'’-]*|\d[\d,.]*)/u;
// Words that may stand between a group and its cue: auxiliaries, adverbs, determiners.
const FILLER = new Set(
  `have has had been be being are is were was will reportedly now also all already so far since
  then still believed thought said to feared estimated confirmed officially had been at least
  who which that more other additional further israeli palestinian civilian`.split(/\s+/),
);
const AUX = /\b(?:have|has|had|are|is|were|was|remain|remains|remained)\b/gi;
const INHERIT = /\b(?:including|among them|of whom|of them|among whom|among those|of which)\s*$/i;
const PARTITIVE = /^\s+of\s+(?:the|these|those|its|an estimated|some)?\s*/i;
const NON_GROUP_STOP = /^(?:in|on|at|of|from|since|during|across|after|before|by|as|and|or|but|with|when|while|inside|near|throughout|over|to|this|that|last|who|which|per|a|an|the|were|was|are|is|have|has|had|for)$/i;
const DEMONYM = /^[A-Z][a-z]+(?:ans|ians|is|ese)$/;

interface GroupHit {
  group: string;
  end: number;
}

/**
 * Finds the counted group in the words right after the figure. null: no group word, but the
 * next word lets a cue imply people ("45 dead", "killed 12 in the market"); "none": the figure
 * counts something else ("three tunnel shafts", "several days").
 */
function groupAfter(text: string, from: number, limit: number, lexicon: Lexicon): GroupHit | null | "none" {
  let at = from;
  for (let i = 0; i < 4 && at < limit; i++) {
    const rest = text.slice(at, limit);
    const lead = rest.match(/^[\s,]*/)![0].length;
    for (const g of lexicon.groups) {
      const m = g.words.exec(rest.slice(lead));
      if (m) return { group: g.id, end: at + lead + m[0].length };
    }
    const w = WORD.exec(rest);
    if (!w) return null;
    const token = w[1]!;
    if (lexicon.demonyms && DEMONYM.test(token)) return { group: "people", end: at + w[0].length };
    if (NON_GROUP_STOP.test(token) || cueAt(text, at + lead, limit, lexicon)) return null;
    const modifier = /^[A-Z]/.test(token) || /-/.test(token) || FILLER.has(token.toLowerCase());
    if (!modifier) return "none";
    at += w[0].length;
  }
  return "none";
}

function cueAt(text: string, at: number, limit: number, lexicon: Lexicon, group?: string): { metric: CompiledMetric; end: number } | null {
  const rest = text.slice(at, limit);
  for (const metric of lexicon.metrics) {
    if (group && !appliesTo(metric, group)) continue;
    const m = metric.after.exec(rest);
    if (m) return { metric, end: at + m[0].length };
  }
  return null;
}

/** Looks for a cue within a few words after `from`, skipping auxiliaries and adverbs. */
function cueAfter(text: string, from: number, limit: number, lexicon: Lexicon, group: string): MetricReading | null {
  let at = from;
  for (let i = 0; i < 7 && at < limit; i++) {
    const lead = text.slice(at, limit).match(/^[\s,]*/)![0].length;
    if (/[;:(]/.test(text.slice(at, at + lead))) return null;
    const hit = cueAt(text, at + lead, limit, lexicon, group);
    if (hit) {
      return { metric: hit.metric, group, cue: { start: at + lead, end: hit.end }, how: "cue after the group", arrival: false };
    }
    const w = WORD.exec(text.slice(at, limit));
    if (!w || !FILLER.has(w[1]!.toLowerCase())) return null;
    at += w[0].length;
  }
  return null;
}

/** A cue before the figure: "killing four", "death toll nears", "a refuge for". */
function cueBefore(text: string, sentenceStart: number, figureStart: number, lexicon: Lexicon, group: string, slack: boolean): MetricReading | null {
  const before = text.slice(sentenceStart, figureStart).replace(/\s+$/, "");
  const candidates = slack ? [before, before.replace(/(?:\s+[a-z]+){1,3}$/, "")] : [before];
  for (const [n, head] of candidates.entries()) {
    for (const metric of lexicon.metrics) {
      if (!metric.before || !appliesTo(metric, group)) continue;
      const m = metric.before.exec(head);
      if (m) {
        const start = sentenceStart + m.index;
        return { metric, group, cue: { start, end: start + m[0].length }, how: n === 0 ? "cue before the figure" : "cue a few words before the figure", arrival: false };
      }
    }
  }
  return null;
}

export interface ReadContext {
  text: string;
  sentence: Span;
  quantity: Quantity;
  /** The quantity right after this one in the sentence, if any. */
  next: Quantity | null;
  /** The reading of the previous figure in the sentence ("35,000 killed, including 14,500 children"). */
  previous: MetricReading | null;
  lexicon: Lexicon;
}

/** Reads what a figure counts, or null when it is not a count of people we track. */
export function readMetric(ctx: ReadContext): MetricReading | null {
  const { text, sentence, quantity, next, lexicon } = ctx;
  const limit = sentence.end;

  // "300,000 of the more than 1 million civilians sheltering there have fled the city"
  const partitive = PARTITIVE.exec(text.slice(quantity.end, limit));
  if (next && partitive && quantity.end + partitive[0].length === next.start) {
    const inner = groupAfter(text, next.end, limit, lexicon);
    if (inner && inner !== "none") {
      AUX.lastIndex = inner.end;
      const aux = AUX.exec(text.slice(0, limit));
      if (aux) {
        const reading = cueAfter(text, aux.index, limit, lexicon, inner.group);
        if (reading) return { ...reading, how: "partitive: the verb after the larger group" };
      }
    }
  }

  const found = groupAfter(text, quantity.end, limit, lexicon);
  if (found === "none") return null; // "three tunnel shafts", "several days"
  const group = found?.group ?? "people";
  const immediate = cueBefore(text, sentence.start, quantity.start, lexicon, group, false);
  if (immediate) return withArrival(text, limit, immediate);
  const after = cueAfter(text, found?.end ?? quantity.end, limit, lexicon, group);
  if (after) return withArrival(text, limit, { ...after, how: found ? after.how : "cue right after the figure" }, quantity);
  const slack = cueBefore(text, sentence.start, quantity.start, lexicon, group, true);
  if (slack) return slack;
  if (ctx.previous && INHERIT.test(text.slice(sentence.start, quantity.start))) {
    return { ...ctx.previous, group, how: "subgroup of the figure before it", metric: ctx.previous.metric };
  }
  return null;
}

const FLED_TO = /^\s+(?:to|into|towards?)\s+(?:the\s+)?[A-Z]/;
const WHERE = /\bwhere\s*$/i;

/** "where 1m people fled" and "fled to Rafah" count arrivals: people sheltering there. */
function withArrival(text: string, limit: number, reading: MetricReading, quantity?: Quantity): MetricReading {
  if (reading.metric.id !== "fled") return reading;
  const toPlace = FLED_TO.test(text.slice(reading.cue.end, limit));
  const where = quantity !== undefined && WHERE.test(text.slice(Math.max(0, quantity.start - 12), quantity.start));
  return toPlace || where ? { ...reading, arrival: true, how: `${reading.how}; fled TO a place` } : reading;
}
