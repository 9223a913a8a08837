// The words around a figure, read one at a time: the group after it ("four SOLDIERS"), a cue
// after the group ("were KILLED") or right before the figure ("KILLING four").
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
  /** A part of a larger count ("26 of the injured are in critical condition"): what sets it apart. */
  part: string | null;
  /** One place's share of the count before it ("Of the dead, 1,244 were in the Kathmandu valley"). */
  breakdown?: boolean;
  /** "Sudan's government says the true figure exceeds 15,000": the reading "the figure" refers to. */
  refersTo?: MetricReading;
  /** "Of the 98, four were children": a subgroup taken from the count before, whose group the next sentence's bare figure does not inherit. */
  subgroupOfEarlier?: boolean;
  /** "Now it is about 700": "it" stands for the count of the sentence before, whose period words apply. */
  itBefore?: boolean;
  /** "| Australians dead | 88 |": the nationality a table's cell names for its row. */
  nationality?: string;
}

export interface ReadContext {
  text: string;
  sentence: Span;
  quantity: Quantity;
  /** The quantity right after this one in the sentence, if any. */
  next: Quantity | null;
  /** The reading of the previous figure in the sentence ("35,000 killed, including 14,500 children"). */
  previous: MetricReading | null;
  /** The reading of the last figure before this sentence, for "Among them were…" and "the figure". */
  earlier: MetricReading | null;
  /**
   * The first reading of the sentence "earlier" stands in: the count a bare figure carries its
   * group from ("1,429 were killed, including 426 children. Britain said at least 350 died").
   */
  earlierLead?: MetricReading | null;
  lexicon: Lexicon;
}

/** Whether the figure before this sentence counts the group its own sentence opened with, not a subgroup of it. */
export function leadsItsSentence(ctx: ReadContext): boolean {
  return !ctx.earlierLead || ctx.earlierLead.group === ctx.earlier?.group;
}


// "U.S." and "U.N." are one word: "13 U.S. service members".
const WORD = /^[\s,"“”'’]*((?:\p{Lu}\.){2,}|[\p{L}][\p{L}'’-]*|\d[\d,.]*)/u;
// Words that may stand between a group and its cue: auxiliaries, adverbs, determiners.
const FILLER = new Set(
  `have has had been be being are is were was will would reportedly now also all already so far
  since then still believed thought said to feared estimated confirmed officially at least who
  which that more other additional further new excess reported total remain remains remained
  continue continued currently initially later officially israeli palestinian civilian another
  a total of those were in newly recently verified registered recorded documented among known may
  might could must there living live lived ever`.split(/\s+/),
);
const NON_GROUP_STOP = /^(?:in|on|at|of|from|since|during|across|after|before|by|as|and|or|but|with|when|while|inside|near|throughout|over|to|this|that|last|who|which|per|a|an|the|were|was|are|is|have|has|had|for|had|according|yesterday|today|tonight|overnight|now|earlier|later|then|again|so)$/i;
export const DEMONYM = /^[A-Z][a-z]+(?:ans|ians|is|ese|ons|inos)$/;

/**
 * "305 Malians died": the nationality right after a figure, when no listed group names it.
 * Listed nationalities ("Palestinians", "Syrians") are a story's people, not a subgroup.
 */
export function nationalityAfter(text: string, end: number, lexicon: Lexicon): string | null {
  const word = /^\s+([A-Z][a-z]+)\b/.exec(text.slice(end, end + 30));
  if (!word || !DEMONYM.test(word[1]!) || groupAt(text, end + word[0].length - word[1]!.length, lexicon)) return null;
  return word[1]!.toLowerCase();
}

export type GroupRead =
  | { kind: "group"; group: string; end: number }
  | { kind: "implicit" }
  | { kind: "unknown-noun"; end: number }
  | { kind: "none" };

/** The longest cue of any metric that applies to `group`, starting exactly at `at`. */
export function cueAt(text: string, at: number, limit: number, lexicon: Lexicon, group?: string): { metric: CompiledMetric; end: number } | null {
  const rest = text.slice(at, limit);
  let best: { metric: CompiledMetric; end: number } | null = null;
  for (const metric of lexicon.metrics) {
    if (group && !appliesTo(metric, group)) continue;
    const m = metric.after.exec(rest);
    if (m && (!best || at + m[0].length > best.end)) best = { metric, end: at + m[0].length };
  }
  return best;
}

export function groupAt(text: string, at: number, lexicon: Lexicon): { group: string; end: number } | null {
  const rest = text.slice(at);
  for (const g of lexicon.groups) {
    const m = g.words.exec(rest);
    if (m) return { group: g.id, end: at + m[0].length };
  }
  return null;
}

/**
 * The counted group in the words right after the figure. "implicit": none named, but a cue can
 * imply people ("45 dead", "killed 12 in the market"); "unknown-noun": an unlisted noun that only
 * a cue right after can make a count of people ("two organisers were arrested"); "none": nothing.
 */
export function groupAfter(text: string, from: number, limit: number, lexicon: Lexicon): GroupRead {
  let at = from;
  let unknown: number | null = null;
  for (let i = 0; i < 4 && at < limit; i++) {
    const lead = text.slice(at, limit).match(/^[\s,]*/)![0].length;
    if (/[,;:.]/.test(text.slice(at, at + lead))) break;
    const hit = groupAt(text.slice(0, limit), at + lead, lexicon);
    if (hit) return { kind: "group", ...hit };
    const w = WORD.exec(text.slice(at, limit));
    if (!w) break;
    const token = w[1]!;
    if (lexicon.demonyms && DEMONYM.test(token)) return { kind: "group", group: "people", end: at + w[0].length };
    if (NON_GROUP_STOP.test(token) || cueAt(text, at + lead, limit, lexicon)) break;
    if (lexicon.notPeople.test(token)) return { kind: "none" };
    const modifier = /^[A-Z]/.test(token) || FILLER.has(token.toLowerCase()) || /^\d/.test(token);
    if (!modifier) unknown = at + w[0].length;
    at += w[0].length;
  }
  if (unknown !== null) return /s$/.test(text.slice(from, unknown).trim()) ? { kind: "unknown-noun", end: unknown } : { kind: "none" };
  return { kind: "implicit" };
}

/** Looks for a cue within a few words after `from`, skipping auxiliaries and adverbs. */
export function cueAfter(text: string, from: number, limit: number, lexicon: Lexicon, group: string, depth = 0): MetricReading | null {
  let at = from;
  for (let i = 0; i < 7 && at < limit; i++) {
    const lead = text.slice(at, limit).match(/^[\s,"“”'’]*/)![0].length;
    if (/[;:(]/.test(text.slice(at, at + lead))) return null;
    const hit = cueAt(text, at + lead, limit, lexicon, group);
    if (hit) return reading(hit.metric, group, { start: at + lead, end: hit.end }, "cue after the group");
    // ", including two guards," and "of Kelmar" stand between a group and its verb; so does who
    // says so ("123 people it says were killed").
    const aside = ASIDE.exec(text.slice(at, limit)) ?? SPEAKER_ASIDE.exec(text.slice(at, limit)) ?? DASH_ASIDE.exec(text.slice(at, limit));
    if (aside) {
      at += aside[0].length;
      continue;
    }
    // "305 people on its list are still unaccounted for", "61 people from her state had died": a
    // short phrase of a preposition and a determiner stands between; its noun is one to three words.
    const phrase = depth === 0 ? DETERMINED_PHRASE.exec(text.slice(at, limit)) : null;
    if (phrase) {
      let end = at + phrase[0].length;
      for (let k = 0; k < 3; k++) {
        const noun = /^\s*[\p{Ll}-]+/u.exec(text.slice(end, limit));
        if (!noun) break;
        end += noun[0].length;
        const found = cueAfter(text, end, limit, lexicon, group, depth + 1);
        // "61 people from her state had died": where they came from sets them apart from the whole.
        if (found && /^\s+from\s/i.test(phrase[0])) return { ...found, part: text.slice(at, end).trim().toLowerCase().replace(/\s+/g, "-") };
        if (found) return found;
      }
    }
    // "61 climbers and guides were injured": a second group shares the verb.
    const and = /^\s+(?:and|or)\s+/.exec(text.slice(at, limit));
    const other = and ? groupAt(text.slice(0, limit), at + and[0].length, lexicon) : null;
    if (other) {
      at = other.end;
      continue;
    }
    // "Three children were among the injured": "among the" before any count's cue.
    const among = /^\s+among\s+the(?=\s+\p{Ll})/u.exec(text.slice(at, limit));
    if (among) {
      at += among[0].length;
      continue;
    }
    const w = WORD.exec(text.slice(at, limit));
    if (!w || !FILLER.has(w[1]!.toLowerCase())) return null;
    at += w[0].length;
  }
  return null;
}

const DETERMINED_PHRASE = /^\s+(?:of|from|on|in|at|with|under|inside|near)\s+(?:its|their|his|her|the|a|an|our|this|that)\s+(?=\p{Ll})/u;

// "SIXTEEN people - FOURTEEN passengers and TWO crew - are still missing": an aside between dashes,
// or the closing dash before the verb.
// (A hyphen inside a word - "THIRTY-SEVEN" - is no dash: the aside closes at a spaced one.)
const DASH_ASIDE = /^\s+[-–—]\s+(?:[^.;:]{1,80}?\s[-–—]\s+)?(?=(?:are|were|is|was|have|has|had|remain|remained|still|lay|lie|lies)\b)/i;
const SPEAKER_ASIDE = /^\s+(?:(?:it|they|he|she|we|police|officials|the\s+group|the\s+association)\s+(?:says?|said|believes?|believed|claims?|claimed|estimates?|estimated)|(?:who|that)\s+(?:it|they|he|she|we)\s+(?:says?|said|believes?|believed))(?=\s)/i;
const ASIDE = /^(?:\s*,\s*(?:including|among them|mostly|many of them|most of them)\b[^,;.]{0,60},|\s*,\s*(?:(?:roughly|about|around|nearly|almost|some|more\s+than|over|just\s+under)\s+)?(?:half|a\s+third|two\s+thirds|a\s+quarter|three\s+quarters|a\s+fifth|a\s+tenth|one\s+in\s+\w+|\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent))\s+of\s+[^,;.]{1,60},|\s+(?:of|from|in)\s+(?:the\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2}|\s+(?:of|from|in)\s+the\s+(?:valley|area|region|district|city|town|village|camp|enclave|strip|province|country|north|south|east|west|centre|center|capital|territory|state|county|island|coast|mountains|hills|quake zone|disaster zone|affected areas?)\b)/u;

export function reading(metric: CompiledMetric, group: string, cue: Span, how: string, part: string | null = null): MetricReading {
  return { metric, group, cue, how, arrival: false, part };
}

/** A cue ending right before the figure: "killing four", "death toll nears", "a refuge for". */
export function cueBefore(text: string, sentenceStart: number, figureStart: number, lexicon: Lexicon, group: string): MetricReading | null {
  const head = text.slice(sentenceStart, figureStart).replace(/\s+$/, "");
  let best: MetricReading | null = null;
  for (const metric of lexicon.metrics) {
    if (!metric.before || !appliesTo(metric, group)) continue;
    const m = metric.before.exec(head);
    if (m && (!best || m[0].length > best.cue.end - best.cue.start)) {
      best = reading(metric, group, { start: sentenceStart + m.index, end: sentenceStart + m.index + m[0].length }, "cue before the figure");
    }
  }
  return best;
}

