// A cue standing earlier in the clause than the figure: "the death toll ROSE TO 214", "Among the
// DEAD were eight women", "It STOOD AT 769" after a sentence about the toll.
import type { Span } from "../types.js";
import { VERBS } from "./attribution.js";
import { appliesTo, namesCount, type CompiledMetric } from "./lexicon.js";
import { groupAt, leadsItsSentence, reading, type MetricReading, type ReadContext } from "./read-words.js";

// A figure standing after what it counts: "the toll rose to 214", "cases had reached 5,842".
const LINK = /(?:\b(?:is|are|was|were|constitutes?|amounts?\s+to|stands?|stands?\s+at|stood\s+at|put\s+at|(?:put|puts|putting)\s+(?:\w+\s+){0,3}(?:at|past|above|over|beyond|near)|at|reached|reach(?:es|ing)?|(?:has\s+|have\s+|had\s+)?(?:risen|rose|rises|climbed|jumped|soared|increased|grown|grew|gone\s+up|went\s+up|reached)\s+to|(?:risen|rose|rises|climbed|climbs|jumped|soared|surged|rocketed|passed|passes|surpassed|exceeded|crossed|topped|neared|nears|approached)(?:\s+(?:past|above|beyond|over))?|to|from|then|as|(?:figure|toll|count|tally|total|number),|totals?|totall?ed|hit|hits|topped|passed|includes?|included|numbered|numbers?|rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|(?:has|have|had)\s+so\s+far|of|will|would|could|may|might|should|must|can|cannot)|[:—–-])(?:\s+["“]?(?:already|now|still|probably|likely|actually|officially|currently|thought\s+to\s+be|so\s+far))*\s*["“]?\s*$/i;
// "it was revised down to 176", "it has since been corrected to 44": a revision names its count by "it" too.
const IT_STOOD = /\b(?:it|the\s+(?:figure|number|total|tally))\s+(?:\w+\s+){0,3}(?:stood|stands|rose|reached|climbed|remained|remains|was|is|had|has|(?:revised|lowered|raised|corrected|adjusted|updated|cut|reduced)(?:\s+(?:down|up)(?:wards?)?)?)\s+(?:at|to)?\s*$/i;
// What "it" can stand for: a count named by a noun ("the death toll"), not a verb ("moved").
// "it was revised down to", "now it is": "it" as the count itself, not a body that reached people.
const IT_IS_THE_COUNT = /^it\s+(?:\w+\s+){0,3}(?:stood|stands|is|was|(?:revised|lowered|raised|corrected|adjusted|updated|cut|reduced)\b)/i;
const SPEAKER_BEFORE = new RegExp(String.raw`\b(?:${VERBS}|that)\s+$`, "i");
const COUNT_WORDS = /\b(?:toll|tally|count|deaths|dead|casualties|injured|wounded|missing|displaced|number)\b/i;
const COUNT_NOUN = /\b(?:toll|tally|figure|count|number|total)\b/gi;

/** The clause a figure stands in: from the last strong break before it. */
export function clauseStart(text: string, sentenceStart: number, at: number): number {
  // "The following lost their lives: 8 inmates": a list after a colon belongs to what precedes it.
  // "Deaths confirmed by the disaster office (19 March): 11": a closed bracket is no break.
  const before = text.slice(sentenceStart, at).replace(/:\s*$/, "  ").replace(/\([^()]*\)/g, (aside) => " ".repeat(aside.length));
  const m = /.*[;:(]|.*\b(?:but|while|whereas)\s/s.exec(before);
  return m ? sentenceStart + m[0].length : sentenceStart;
}

const DIED_BEFORE = /\b(?:died|dies|die|dead)\b[^.;,]{0,25}$/i;

/** "the death toll rose to 214", "Among the dead were eight women": the cue stands earlier in the clause. */
export function cueEarlierInClause(ctx: ReadContext, group: string | null): MetricReading | null {
  const { text, sentence, quantity, lexicon } = ctx;
  const start = clauseStart(text, sentence.start, quantity.start);
  const clause = text.slice(start, quantity.start);
  // "displaced 1.9 million people, or 85 percent of the population": a share in apposition.
  const apposition = quantity.unit === "percent" && /,\s*(?:or\s+)?$/.test(clause);
  // "the toll has passed 2,400", "the true figure exceeds 15,000": the verb is the figure's qualifier.
  const verbal = /^(?:passed|passes|exceeds?|exceeded|exceeding|tops|topped|surpass(?:es|ed)?|nears|neared)$/i.test(quantity.qualifier ?? "");
  if (!LINK.test(clause) && !apposition && !verbal) return null;
  let best: { metric: CompiledMetric; at: number; end: number } | null = null;
  const titleCase = isTitleCase(text.slice(sentence.start, sentence.end));
  for (const metric of lexicon.metrics) {
    if (group && !appliesTo(metric, group)) continue;
    for (const pattern of [metric.anywhere]) {
      pattern.lastIndex = 0;
      for (const m of clause.matchAll(pattern)) {
        // "The Kinglake Ranges Survivors' Network keeps a list of 123": a word of a name.
        if (!titleCase && inName(clause, m.index!, m[0])) continue;
        // "died of his wounds in hospital later, bringing the number to 69": where he died.
        if (metric.id === "hospitalised" && DIED_BEFORE.test(clause.slice(0, m.index!))) continue;
        const end = start + m.index! + m[0].length;
        if (!best || end > best.end || (end === best.end && m[0].length > best.end - best.at)) best = { metric, at: start + m.index!, end };
      }
    }
  }
  if (best) {
    const cue = { start: best.at, end: best.end };
    // "bringing the toll to six" after "four soldiers were killed": the toll of the same group.
    // "The overall count of the dead" is everyone's.
    const sameFigure = ctx.earlier && ctx.earlier.metric.id === best.metric.id && leadsItsSentence(ctx) && !/\b(?:overall|total|combined|whole|all)\b/i.test(clause) ? ctx.earlier.group : null;
    const near = group ?? groupNearCue(ctx, cue) ?? sameFigure ?? "people";
    // "Those taken included 12 foreign nationals": a part of the count, not the count.
    const included = /\b(?:include[sd]?|including|among\s+them\s+(?:were|are))\s*$/i.test(clause) && near === "people";
    if (appliesTo(best.metric, near)) return reading(best.metric, near, cue, "cue earlier in the clause", included ? "included" : null);
    // "recovered two more bodies, and the death toll rose to 17": a group word nearby that the
    // count cannot apply to belongs to another verb.
    if (!group && appliesTo(best.metric, "people")) return reading(best.metric, "people", cue, "cue earlier in the clause", included ? "included" : null);
  }
  // "Saudi Arabia's official death toll has not moved. It stood at 769": the toll of the sentence before.
  const it = IT_STOOD.exec(clause);
  if (it) {
    // "the count had reached 178, but it was revised down to 176": the count earlier in the sentence.
    if (ctx.previous && !ctx.previous.part && /^it\b/i.test(it[0]) && start + it.index > ctx.previous.cue.start) {
      return { ...ctx.previous, how: "\"it\" refers to the count earlier in the sentence" };
    }
    const before = text.slice(Math.max(0, sentence.start - 240), sentence.start);
    let last: { metric: CompiledMetric; at: number } | null = null;
    for (const metric of lexicon.metrics) {
      if (group && !appliesTo(metric, group)) continue;
      metric.anywhere.lastIndex = 0;
      for (const m of before.matchAll(metric.anywhere)) {
        if (COUNT_WORDS.test(m[0]) && (!last || m.index! > last.at)) last = { metric, at: m.index! };
      }
    }
    if (last) return { ...reading(last.metric, group ?? "people", { start: sentence.start, end: sentence.start + 2 }, "\"it\" refers to the count in the sentence before"), itBefore: true };
    // "… said 212 people had died. On Tuesday it was revised down to 176": the figure just before.
    const earlier = ctx.earlier;
    // (Not "the WFP said it had reached 3 million": "it" after a speaker is the speaker.)
    const itIsTheCount = IT_IS_THE_COUNT.test(it[0]) && !SPEAKER_BEFORE.test(clause.slice(0, it.index));
    if (earlier && !earlier.part && !earlier.breakdown && itIsTheCount && earlier.cue.start >= sentence.start - 240) return { ...earlier, how: "\"it\" refers to the figure in the sentence before", itBefore: true };
  }
  // "it raised the figure to five": a count noun that refers back to the last figure read.
  COUNT_NOUN.lastIndex = 0;
  const noun = COUNT_NOUN.exec(clause);
  // "the hostage figure", "the civilian toll": a count noun with its own group does not refer back.
  const ownGroup = noun && groupBefore(ctx, start + noun.index);
  // "the total number of pilgrims who performed the Hajj": a count of something else, named after it.
  const of = noun ? /^(?:\s+(?:number|count|figure|tally|toll))?\s+of\s+(?:the\s+)?([\p{L}-]+)/u.exec(clause.slice(noun.index + noun[0].length)) : null;
  const ofAt = of ? start + noun!.index + noun![0].length + of[0].length - of[1]!.length : 0;
  // "the number of pilgrims who performed the Hajj": a group, then a verb that is no cue.
  const relative = of ? /^[\p{L}-]+\s+(?:who|that)\s+([^,;]*)$/u.exec(ctx.text.slice(ofAt, ctx.quantity.start)) : null;
  const otherVerb = relative !== null && !namesCount(ctx.lexicon, relative[1]!);
  const otherCount = of !== null && ((!groupAt(ctx.text, ofAt, ctx.lexicon) && !COUNT_WORDS.test(of[1]!)) || otherVerb);
  // "rescued 39 people, six of them children. That is fewer than the mayor's figure of 43": the
  // figure before is the count the sentence opened with, not the subgroup it took out.
  const before = leadsItsSentence(ctx) ? ctx.earlier : (ctx.earlierLead ?? ctx.earlier);
  // "A total of 102 inmates left": a count of its own, not the total before.
  const indefinite = /\ba\s+total\s+of\s*$/i.test(ctx.text.slice(Math.max(0, ctx.quantity.start - 20), ctx.quantity.start));
  if (before && noun && !otherCount && !indefinite && (!ownGroup || ownGroup === before.group)) {
    // "the true figure" is the one before; "its figure" may be a claimant's own, of another place.
    const definite = /\bthe\s+(?:[\p{L}-]+\s+)?$/u.test(clause.slice(Math.max(0, noun.index - 20), noun.index));
    // "the count of children killed in the parade": the count of a subgroup of the figure before.
    const named = of ? groupAt(ctx.text, ofAt, ctx.lexicon)?.group : undefined;
    const group = named && named !== "people" && appliesTo(before.metric, named) ? named : before.group;
    return { ...before, group, how: "\"the figure\" refers to the figure before it", ...(definite && group === before.group ? { refersTo: before } : {}) };
  }
  return null;
}

/** Whether a capitalised cue stands inside a multi-word name ("Survivors' Network", "Missing Persons"). */
function inName(clause: string, at: number, cue: string): boolean {
  if (!/^\p{Lu}/u.test(cue)) return false;
  const before = /(\S+)\s+$/u.exec(clause.slice(Math.max(0, at - 30), at))?.[1] ?? "";
  const after = /^['’]?s?['’]?\s+(\S+)/u.exec(clause.slice(at + cue.length, at + cue.length + 30))?.[1] ?? "";
  return /^\p{Lu}\p{Ll}/u.test(before) || /^\p{Lu}\p{Ll}/u.test(after);
}

/** Whether a sentence is a headline in Title Case, where every word is capitalised. */
function isTitleCase(sentence: string): boolean {
  const words = sentence.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.7;
}

/** The group word right before a count noun ("hostage figure", "civilian toll"), if any. */
function groupBefore(ctx: ReadContext, at: number): string | null {
  const word = /([\p{L}-]+)\s+$/u.exec(ctx.text.slice(Math.max(ctx.sentence.start, at - 30), at));
  if (!word) return null;
  const from = at - word[0].length;
  return groupAt(ctx.text, from, ctx.lexicon)?.group ?? (/^hostages?$/i.test(word[1]!) ? "hostages" : null);
}

// (A time word may stand between: "The police yesterday lowered the number of the killed".)
const SPEAKER_AFTER = new RegExp(String.raw`^\s+(?:(?:yesterday|today|now|later|again|also|then|on\s+\w+day)\s+)?(?:(?:have|has|had)\s+)?(?:${VERBS}|say|put|puts|gave|gives|estimate|raised|raise|raises|revised|revise|revises|lowered|lower|lowers|cut|cuts|corrected|updated|sp[eo]ke\s+of|speaks\s+of|talked\s+of|cited|insisted|maintained)\b`, "i");

/** A group word right beside the cue: "the number of SOLDIERS killed", "wounded PERSONS reached". */
function groupNearCue(ctx: ReadContext, cue: Span): string | null {
  const from = Math.max(ctx.sentence.start, cue.start - 30);
  const window = ctx.text.slice(from, Math.min(ctx.quantity.start, cue.end + 20));
  for (let at = window.search(/\S/); at >= 0 && at < window.length; ) {
    const hit = groupAt(ctx.text, from + at, ctx.lexicon);
    // "police put the toll at 125": the speaker, not who was counted.
    if (hit && !SPEAKER_AFTER.test(ctx.text.slice(hit.end, hit.end + 20))) return hit.group;
    const next = window.slice(at).search(/\s\S/);
    if (next < 0) break;
    at += next + 1;
  }
  return null;
}

