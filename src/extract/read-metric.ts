// What a figure counts: the group after it ("four SOLDIERS") and the cue that says what
// happened to them ("were KILLED", "KILLING four", "a REFUGE FOR 1.5 million"), including the
// inverted orders news copy uses ("the death toll rose to 214", "Among the dead were eight women",
// "26 of the injured are in critical condition").
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
  lexicon: Lexicon;
}

const WORD = /^[\s,"“”'’]*([\p{L}][\p{L}'’-]*|\d[\d,.]*)/u;
// Words that may stand between a group and its cue: auxiliaries, adverbs, determiners.
const FILLER = new Set(
  `have has had been be being are is were was will would reportedly now also all already so far
  since then still believed thought said to feared estimated confirmed officially at least who
  which that more other additional further new excess reported total remain remains remained
  continue continued currently initially later officially israeli palestinian civilian another
  a total of those were in newly recently verified registered recorded documented among known may
  might could must`.split(/\s+/),
);
const AUX = /\b(?:have|has|had|are|is|were|was|remain|remains|remained|continue|continued)\b/gi;
const INHERIT = /\b(?:including|among them|of whom|of them|among whom|among those|of which|(?:up|down) from|from)\s*$|\b(?:including|among them|of whom|of them)\b[^.;]*\band\s*$/i;
// "of the injured", "of its soldiers", "of Gaza's population", "of the district's residents".
const PARTITIVE = /^\s+of\s+(?:(?:the|these|those|its|their|our|his|her)\s+(?:[\p{L}-]+['’]s\s+)?|[\p{L}-]+['’]s\s+|(?:them|whom)\b\s*)/iu;
const NON_GROUP_STOP = /^(?:in|on|at|of|from|since|during|across|after|before|by|as|and|or|but|with|when|while|inside|near|throughout|over|to|this|that|last|who|which|per|a|an|the|were|was|are|is|have|has|had|for|had|according)$/i;
const DEMONYM = /^[A-Z][a-z]+(?:ans|ians|is|ese|ons|inos)$/;
// A figure standing after what it counts: "the toll rose to 214", "cases had reached 5,842".
const LINK = /(?:\b(?:is|are|was|were|constitutes?|amounts?\s+to|stands?|stands?\s+at|stood\s+at|put\s+at|puts?\s+(?:\w+\s+){0,3}at|at|reached|reach(?:es|ing)?|(?:has\s+|have\s+|had\s+)?(?:risen|rose|rises|climbed|jumped|soared|increased|grown|grew|gone\s+up|went\s+up|reached)\s+to|(?:risen|rose|rises|climbed|climbs|jumped|soared|surged|rocketed|passed|passes|surpassed|exceeded|crossed|topped|neared|nears|approached)(?:\s+(?:past|above|beyond|over))?|to|from|then|totals?|totall?ed|hit|hits|topped|passed|includes?|included|numbered|numbers?|of)|[:—–-])\s*$/i;
const INCLUDED_CUE = /\b(?:include[sd]?|including|among\b.*\b(?:were|are))\s*$/i;
const BARE_SUBJECT = /^\s+(?:were|was|are|is|had been|have been|remain|remained)\b/i;
const COPULA_GROUP = /^\s+(?:were|are|was|is)\s+(?:all\s+|mostly\s+)?/i;
const WHOLE_BEFORE = /\d(?:[\d,.]*\d)?(?:\s*(?:million|billion|thousand|m|bn|k))?\s+of\s+(?:the\s+|its\s+|their\s+|some\s+|about\s+)?(?:[\p{L}-]+['’]s\s+)?$/u;
const IT_STOOD = /\b(?:it|the\s+(?:figure|number|total|tally))\s+(?:\w+\s+){0,2}(?:stood|stands|rose|reached|climbed|remained|remains)\s+(?:at|to)?\s*$/i;
// What "it" can stand for: a count named by a noun ("the death toll"), not a verb ("moved").
const COUNT_WORDS = /\b(?:toll|tally|count|deaths|dead|casualties|injured|wounded|missing|displaced|number)\b/i;
// Unlisted nouns that name people by what they do or are: contractors, officials, suspects…
const PEOPLE_NOUN = /(?:ers|ors|ists|ians|ants|ents|ees|men|women|ials|ives|aires|ites|ects)$/i;
const COUNT_NOUN = /\b(?:toll|tally|figure|count|number|total)\b/gi;

type GroupRead =
  | { kind: "group"; group: string; end: number }
  | { kind: "implicit" }
  | { kind: "unknown-noun"; end: number }
  | { kind: "none" };

/** The longest cue of any metric that applies to `group`, starting exactly at `at`. */
function cueAt(text: string, at: number, limit: number, lexicon: Lexicon, group?: string): { metric: CompiledMetric; end: number } | null {
  const rest = text.slice(at, limit);
  let best: { metric: CompiledMetric; end: number } | null = null;
  for (const metric of lexicon.metrics) {
    if (group && !appliesTo(metric, group)) continue;
    const m = metric.after.exec(rest);
    if (m && (!best || at + m[0].length > best.end)) best = { metric, end: at + m[0].length };
  }
  return best;
}

function groupAt(text: string, at: number, lexicon: Lexicon): { group: string; end: number } | null {
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
function groupAfter(text: string, from: number, limit: number, lexicon: Lexicon): GroupRead {
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
function cueAfter(text: string, from: number, limit: number, lexicon: Lexicon, group: string): MetricReading | null {
  let at = from;
  for (let i = 0; i < 7 && at < limit; i++) {
    const lead = text.slice(at, limit).match(/^[\s,"“”'’]*/)![0].length;
    if (/[;:(]/.test(text.slice(at, at + lead))) return null;
    const hit = cueAt(text, at + lead, limit, lexicon, group);
    if (hit) return reading(hit.metric, group, { start: at + lead, end: hit.end }, "cue after the group");
    // ", including two guards," and "of Kelmar" stand between a group and its verb.
    const aside = ASIDE.exec(text.slice(at, limit));
    if (aside) {
      at += aside[0].length;
      continue;
    }
    const w = WORD.exec(text.slice(at, limit));
    if (!w || !FILLER.has(w[1]!.toLowerCase())) return null;
    at += w[0].length;
  }
  return null;
}

const ASIDE = /^(?:\s*,\s*(?:including|among them|mostly|many of them|most of them)\b[^,;.]{0,60},|\s+(?:of|from|in)\s+(?:the\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2}|\s+(?:of|from|in)\s+the\s+(?:valley|area|region|district|city|town|village|camp|enclave|strip|province|country|north|south|east|west|centre|center|capital|territory|state|county|island|coast|mountains|hills|quake zone|disaster zone|affected areas?)\b)/u;

function reading(metric: CompiledMetric, group: string, cue: Span, how: string, part: string | null = null): MetricReading {
  return { metric, group, cue, how, arrival: false, part };
}

/** A cue ending right before the figure: "killing four", "death toll nears", "a refuge for". */
function cueBefore(text: string, sentenceStart: number, figureStart: number, lexicon: Lexicon, group: string): MetricReading | null {
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

/** The clause a figure stands in: from the last strong break before it. */
function clauseStart(text: string, sentenceStart: number, at: number): number {
  // "The following lost their lives: 8 inmates": a list after a colon belongs to what precedes it.
  const before = text.slice(sentenceStart, at).replace(/:\s*$/, "  ");
  const m = /.*[;:(]|.*\b(?:but|while|whereas)\s/s.exec(before);
  return m ? sentenceStart + m[0].length : sentenceStart;
}

/** "the death toll rose to 214", "Among the dead were eight women": the cue stands earlier in the clause. */
function cueEarlierInClause(ctx: ReadContext, group: string | null): MetricReading | null {
  const { text, sentence, quantity, lexicon } = ctx;
  const start = clauseStart(text, sentence.start, quantity.start);
  const clause = text.slice(start, quantity.start);
  // "displaced 1.9 million people, or 85 percent of the population": a share in apposition.
  const apposition = quantity.unit === "percent" && /,\s*(?:or\s+)?$/.test(clause);
  // "the toll has passed 2,400", "the true figure exceeds 15,000": the verb is the figure's qualifier.
  const verbal = /^(?:passed|passes|exceeds?|exceeded|exceeding|tops|topped|surpass(?:es|ed)?|nears|neared)$/i.test(quantity.qualifier ?? "");
  if (!LINK.test(clause) && !apposition && !verbal) return null;
  let best: { metric: CompiledMetric; at: number; end: number } | null = null;
  for (const metric of lexicon.metrics) {
    if (group && !appliesTo(metric, group)) continue;
    for (const pattern of [metric.anywhere]) {
      pattern.lastIndex = 0;
      for (const m of clause.matchAll(pattern)) {
        const end = start + m.index! + m[0].length;
        if (!best || end > best.end || (end === best.end && m[0].length > best.end - best.at)) best = { metric, at: start + m.index!, end };
      }
    }
  }
  if (best) {
    const cue = { start: best.at, end: best.end };
    // "bringing the toll to six" after "four soldiers were killed": the toll of the same group.
    const sameFigure = ctx.earlier && ctx.earlier.metric.id === best.metric.id ? ctx.earlier.group : null;
    const near = group ?? groupNearCue(ctx, cue) ?? sameFigure ?? "people";
    // "Those taken included 12 foreign nationals": a part of the count, not the count.
    const included = /\b(?:include[sd]?|including|among\s+them\s+(?:were|are))\s*$/i.test(clause) && near === "people";
    if (appliesTo(best.metric, near)) return reading(best.metric, near, cue, "cue earlier in the clause", included ? "included" : null);
  }
  // "Saudi Arabia's official death toll has not moved. It stood at 769": the toll of the sentence before.
  if (IT_STOOD.test(clause)) {
    const before = text.slice(Math.max(0, sentence.start - 240), sentence.start);
    let last: { metric: CompiledMetric; at: number } | null = null;
    for (const metric of lexicon.metrics) {
      if (group && !appliesTo(metric, group)) continue;
      metric.anywhere.lastIndex = 0;
      for (const m of before.matchAll(metric.anywhere)) {
        if (COUNT_WORDS.test(m[0]) && (!last || m.index! > last.at)) last = { metric, at: m.index! };
      }
    }
    if (last) return reading(last.metric, group ?? "people", { start: sentence.start, end: sentence.start + 2 }, "\"it\" refers to the count in the sentence before");
  }
  // "it raised the figure to five": a count noun that refers back to the last figure read.
  COUNT_NOUN.lastIndex = 0;
  const noun = COUNT_NOUN.exec(clause);
  // "the hostage figure", "the civilian toll": a count noun with its own group does not refer back.
  const ownGroup = noun && groupBefore(ctx, start + noun.index);
  if (ctx.earlier && noun && (!ownGroup || ownGroup === ctx.earlier.group)) return { ...ctx.earlier, how: "\"the figure\" refers to the figure before it" };
  return null;
}

/** The group word right before a count noun ("hostage figure", "civilian toll"), if any. */
function groupBefore(ctx: ReadContext, at: number): string | null {
  const word = /([\p{L}-]+)\s+$/u.exec(ctx.text.slice(Math.max(ctx.sentence.start, at - 30), at));
  if (!word) return null;
  const from = at - word[0].length;
  return groupAt(ctx.text, from, ctx.lexicon)?.group ?? (/^hostages?$/i.test(word[1]!) ? "hostages" : null);
}

/** A group word right beside the cue: "the number of SOLDIERS killed", "wounded PERSONS reached". */
function groupNearCue(ctx: ReadContext, cue: Span): string | null {
  const from = Math.max(ctx.sentence.start, cue.start - 30);
  const window = ctx.text.slice(from, Math.min(ctx.quantity.start, cue.end + 20));
  for (let at = window.search(/\S/); at >= 0 && at < window.length; ) {
    const hit = groupAt(ctx.text, from + at, ctx.lexicon);
    if (hit) return hit.group;
    const next = window.slice(at).search(/\s\S/);
    if (next < 0) break;
    at += next + 1;
  }
  return null;
}

/** "26 of the injured are in critical condition", "41 of its soldiers", "Around 45,000 of those who left". */
function partitive(ctx: ReadContext): MetricReading | null {
  const { text, sentence, quantity, next, lexicon } = ctx;
  const limit = sentence.end;
  const m = PARTITIVE.exec(text.slice(quantity.end, limit));
  if (!m) return null;
  const at = quantity.end + m[0].length;
  // "Nine of them survived": a pronoun, then the figure's own verb.
  if (/\b(?:them|whom)\s*$/i.test(m[0])) {
    const own = cueAfter(text, at, limit, lexicon, ctx.earlier?.group ?? "people");
    if (own) return { ...own, how: "partitive of a group named before" };
    // "Some 30,000 of them are children": a subgroup after a copula.
    const copula = /^\s*(?:are|were|is|was)\s+/i.exec(text.slice(at, limit));
    const named = copula ? groupAt(text, at + copula[0].length, lexicon) : null;
    const whole = ctx.previous ?? ctx.earlier;
    if (named && whole && named.group !== "people" && appliesTo(whole.metric, named.group)) {
      return reading(whole.metric, named.group, { start: at, end: named.end }, "partitive of the figure before: a subgroup after a copula");
    }
    // "killed 30 people, 12 of them children", "40% of them children": a subgroup of the figure before.
    const sub = groupAt(text, at, lexicon);
    const base = ctx.previous ?? ctx.earlier;
    if (sub && base && sub.group !== "people" && appliesTo(base.metric, sub.group)) {
      return reading(base.metric, sub.group, { start: at, end: sub.end }, "partitive of the figure before: a subgroup");
    }
    return null;
  }
  let group = "people";
  let from = at;
  let whole: { metric: CompiledMetric; end: number } | null = null;
  if (next && next.start === at) {
    const inner = groupAfter(text, next.end, limit, lexicon);
    if (inner.kind === "group") group = inner.group;
    from = next.end;
  } else {
    const hit = groupAt(text, at, lexicon);
    whole = hit ? null : cueAt(text, at, limit, lexicon);
    if (hit) group = hit.group;
    from = hit?.end ?? whole?.end ?? at;
  }
  AUX.lastIndex = from;
  const aux = AUX.exec(text.slice(0, limit));
  if (!aux) return whole ? reading(whole.metric, group, { start: at, end: whole.end }, "part of a larger count", "part") : null;
  const afterAux = aux.index + aux[0].length;
  const own = cueAfter(text, aux.index, limit, lexicon, group);
  if (own && !whole) return withArrival(text, limit, { ...own, how: "partitive: the verb after the larger group" });
  if (!whole) return null;
  // "Twelve of the dead were women" is a subgroup; "26 of the injured are in critical condition" a part.
  const sub = groupAfter(text, afterAux, limit, lexicon);
  if (sub.kind === "group") return reading(whole.metric, sub.group, { start: at, end: whole.end }, "partitive: a subgroup of a larger count");
  const predicate = (own ? text.slice(own.cue.start, own.cue.end) : text.slice(afterAux, limit).split(/[,.;]/)[0]!).toLowerCase().replace(/\b(?:the|a|an|in|of|to|been|being)\b/g, " ").trim().split(/\s+/).slice(0, 2).join("-");
  return reading(whole.metric, group, { start: at, end: whole.end }, "part of a larger count", predicate || "part");
}

/** Reads what a figure counts, or null when it is not a count of people we track. */
export function readMetric(ctx: ReadContext): MetricReading | null {
  const r = readCount(ctx);
  // "131 Iranians were among the dead", "seven of the nine were among those freed": a part.
  if (r && r.group === "people" && !r.part && r.cue.start >= ctx.quantity.end && /\bamong\b/i.test(ctx.text.slice(ctx.quantity.end, r.cue.end))) {
    return { ...r, part: "among", how: `${r.how}; "among": a part of the count` };
  }
  return r;
}

function readCount(ctx: ReadContext): MetricReading | null {
  const { text, sentence, quantity, lexicon } = ctx;
  const limit = sentence.end;
  // "About 1 million of Gaza's 2.3 million people have fled": the verb is the part's, and the 2.3
  // million only the whole; but in "100 of the 251 hostages taken that day" the whole has its own.
  if (WHOLE_BEFORE.test(text.slice(Math.max(sentence.start, quantity.start - 40), quantity.start))) {
    const whole = groupAfter(text, quantity.end, limit, lexicon);
    if (whole.kind === "group" && /^\s+(?:have|has|had|are|is|were|was)\b/i.test(text.slice(whole.end, limit))) return null;
  }
  const parted = partitive(ctx);
  if (parted) return parted;

  const found = groupAfter(text, quantity.end, limit, lexicon);
  if (found.kind === "none") return null; // "three tunnel shafts", "several days"
  if (found.kind === "unknown-noun") {
    // "detained at least 12 contractors", "the detention of eight officials": a cue right before.
    // Only for nouns shaped like people's ("contractors", "officials"), not "10 million soles".
    const noun = /([\p{L}-]+)\s*$/u.exec(text.slice(quantity.end, found.end))?.[1] ?? "";
    const before = PEOPLE_NOUN.test(noun) ? cueBefore(text, sentence.start, quantity.start, lexicon, "people") : null;
    if (before && /^\s*$/.test(text.slice(before.cue.end, quantity.start))) return { ...before, how: "a cue right before an unlisted noun" };
    // "two organisers were arrested"; but not "about 40 motorcycles, also killed two guards".
    if (/^\s*[,;:(]/.test(text.slice(found.end, limit))) return null;
    // "two organisers of the fair were arrested": a short "of …" phrase may stand in between.
    const of = /^\s+of\s+(?:the\s+|a\s+|an\s+)?[\p{L}-]+/u.exec(text.slice(found.end, limit));
    const after = cueAfter(text, found.end, limit, lexicon, "people") ?? (of ? cueAfter(text, found.end + of[0].length, limit, lexicon, "people") : null);
    return after ? { ...after, how: "an unlisted noun followed by a cue" } : null;
  }
  const group = found.kind === "group" ? found.group : "people";
  // "Two were dead when rescuers reached them", "Three were children": a bare figure as the subject
  // counts part of a set named before, not the whole.
  const bareSubject = found.kind === "implicit" && /^\s*(?:[,;:—–-]\s*)?$/.test(text.slice(sentence.start, quantity.start).replace(/^\W+/, "")) && BARE_SUBJECT.test(text.slice(quantity.end, limit));
  const immediate = cueBefore(text, sentence.start, quantity.start, lexicon, group);
  // "Those taken included 12 foreign nationals", "Among those detained were 12 journalists": a
  // part of the count; a named subgroup (journalists) is already a metric of its own.
  if (immediate && group === "people" && INCLUDED_CUE.test(text.slice(immediate.cue.start, immediate.cue.end))) return { ...immediate, part: "included" };
  // "11 persons lost their lives: 8 inmates and 3 members of staff" - the items are parts.
  const listed = ctx.previous && /:\s*$/.test(text.slice(sentence.start, quantity.start));
  if (immediate) return withArrival(text, limit, immediate);
  const after = cueAfter(text, found.kind === "group" ? found.end : quantity.end, limit, lexicon, group);
  if (after && bareSubject) return { ...after, how: "a bare figure as subject: part of a set named before", part: "part" };
  // "... 7,000 Russian soldiers had died. Britain estimated about 15,000 had died": no group named,
  // the same count as the figure before: the same group.
  const carried = found.kind === "implicit" && after && ctx.earlier && ctx.earlier.metric.id === after.metric.id && ctx.earlier.group !== "people" ? ctx.earlier.group : null;
  if (after && carried && !ctx.earlier!.part) return { ...after, group: carried, how: `${after.how}; no group named: the ${carried} of the figure before` };
  if (after) {
    // "Three in four people killed were civilians": the share or count is of the subgroup.
    const copula = COPULA_GROUP.exec(text.slice(after.cue.end, limit));
    const sub = copula && group === "people" ? groupAt(text, after.cue.end + copula[0].length, lexicon) : null;
    if (sub && sub.group !== "people" && appliesTo(after.metric, sub.group)) return { ...after, group: sub.group, how: `${after.how}; the group after "${copula![0].trim()}"` };
    return withArrival(text, limit, { ...after, how: found.kind === "group" ? after.how : "cue right after the figure" }, quantity);
  }
  // "Twenty-seven inmates and 14 staff members received treatment": one verb for both.
  const and = /^\s+and\s*$/.exec(text.slice(found.kind === "group" ? found.end : quantity.end, ctx.next?.start ?? quantity.end));
  if (and && ctx.next) {
    const other = groupAfter(text, ctx.next.end, limit, lexicon);
    const shared = cueAfter(text, other.kind === "group" ? other.end : ctx.next.end, limit, lexicon, group);
    if (shared) return { ...shared, how: "a verb shared with the figure after \"and\"" };
  }
  const earlier = cueEarlierInClause(ctx, found.kind === "group" ? group : null);
  if (earlier) return listed ? { ...earlier, part: "listed" } : earlier;
  const inherited = ctx.previous ?? ctx.earlier;
  const lead = text.slice(sentence.start, quantity.start);
  if (inherited && INHERIT.test(lead)) {
    // "11 detained, among them 4 who took part": the same group, so a part of the count.
    const inclusion = !/\bfrom\s*$/i.test(lead) && group === inherited.group && group === "people";
    return { ...inherited, group, how: "subgroup or earlier value of the figure before it", ...(inclusion ? { part: "included" } : {}) };
  }
  return null;
}

const FLED_TO = /^\s+(?:to|into|towards?)\s+(?:the\s+)?[A-Z]/;
const WHERE = /\bwhere\s*$/i;

/** "where 1m people fled" and "fled to Rafah" count arrivals: people sheltering there. */
function withArrival(text: string, limit: number, r: MetricReading, quantity?: Quantity): MetricReading {
  if (r.metric.id !== "fled") return r;
  const toPlace = FLED_TO.test(text.slice(r.cue.end, limit));
  const where = quantity !== undefined && WHERE.test(text.slice(Math.max(0, quantity.start - 12), quantity.start));
  return toPlace || where ? { ...r, arrival: true, how: `${r.how}; fled TO a place` } : r;
}
