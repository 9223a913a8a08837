// What a figure counts: the group after it ("four SOLDIERS") and the cue that says what
// happened to them ("were KILLED", "KILLING four", "a REFUGE FOR 1.5 million"), including the
// inverted orders news copy uses ("the death toll rose to 214", "Among the dead were eight women",
// "26 of the injured are in critical condition").
import type { Quantity } from "../types.js";
import { CARDINAL_START_WORDS } from "../normalize/number-words.js";
import { appliesTo, namesCount, type CompiledMetric } from "./lexicon.js";
import { LIST_LINE, PLACE_LIST_ITEM, PROSE_LIST_ITEM, UNIT_WORD } from "./places.js";
import { cueEarlierInClause } from "./read-earlier.js";
import { tableCell } from "./tables.js";
import { cueAfter, cueAt, cueBefore, DEMONYM, groupAfter, groupAt, leadsItsSentence, nationalityAfter, reading, type MetricReading, type ReadContext } from "./read-words.js";

export type { MetricReading, ReadContext } from "./read-words.js";

const LIST_WORDS = /\b(?:list|lists|listed|roll|register|registry|memorial|wall|monument|plaque|database|published|compiled|read\s+out|victims?)\b/i;
// "Police say their list of 119 is final".
const LIST_OF_BEFORE = /\blist\s+of\s*$/i;
const NAMES_AFTER = /^\s+names\b(\s+of\s+(?:the\s+)?)?/i;
const WERE_AT = /^\s+(?:were|had\s+been|are)\s+(?:(?:still|already|all)\s+)?(?:on|at|in|inside)\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?(?:mountain|summit|island|party|camp|concert|festival|venue|building|club|stadium|hall|beach|square|station|ship|ferry|boat|train|plane|mall|market|warehouse|site|scene|grounds|hotel|church|mosque|temple|school|bridge|tunnel|mine|slope|slopes|peak)\b/;
const ACCOUNTS_FOR = /^\W*\p{Lu}[^;]*\b(?:accounts?|accounted)\s+for\s+(?:(?:about|some|nearly|almost|over|more\s+than)\s+)?$/u;
// Counts of who was somewhere, whose cues ("on the ship", "visitors") say nothing of what a noun before them is.
const PRESENCE: ReadonlySet<string> = new Set(["on-board", "present", "on-manifest"]);
const MEMORIAL = /\b(?:memorial|monument|plaque|cenotaph|wall\s+of\s+names)\b/i;
const NAMED_COUNTS: ReadonlySet<string> = new Set(["killed", "missing", "hostages-taken", "hostages-held", "detained"]);
const NUMBER_OF_AFTER = /^\s+(?:as\s+)?the\s+(?:total\s+)?(?:number|toll|count|tally|total)\s+of\s+(?:the\s+)?/i;
// "744 heat-related deaths", "197 heatstroke deaths": one or two modifiers, then the count's noun.
const MODIFIED_COUNT = /^\s+((?:[a-z][\p{L}]*(?:-[\p{L}]+)*\s+){1,2})(deaths|fatalities|casualties|injuries)\b/u;
const AUX = /\b(?:have|has|had|are|is|were|was|remain|remains|remained|continue|continued)\b/gi;
const INHERIT = /\b(?:including|among them(?:\s+(?:are|were|is|was))?|of whom|of them|among whom|among those|of which|(?:up|down) from|from)\s*$|\b(?:including|among them|of whom|of them)\b[^.;]*\band\s*$/i;
// "far more than the 300,000 estimate given by the governor", "barely half the 680,000 counted by
// IOM": a figure set against the one before it counts the same thing.
const SET_AGAINST = /\b(?:(?:more|fewer|less|higher|lower|greater|larger|smaller|bigger|above|below)(?:\s+(?:toll|figure|count|number|estimate|total))?\s+than|half|double|twice|triple|thrice|a\s+(?:third|quarter|fraction)\s+of|compared\s+(?:with|to)|against|versus|vs\.?|rather\s+than|instead\s+of)\s+(?:the|its|their|an?|his|her)\s+(?:(?:earlier|official|initial|previous|original|government|official)\s+)?$/i;
// "of the injured", "of its soldiers", "of Gaza's population", "of the district's residents".
const PARTITIVE = /^\s+of\s+(?:(?:the|these|those|its|their|our|his|her)\s+(?:[\p{L}-]+['’]s\s+)?|[\p{L}-]+['’]s\s+|(?:them|whom)\b\s*)/iu;
const INCLUDED_CUE = /\b(?:include[sd]?|including|among\b.*\b(?:were|are))\s*$/i;
const BARE_SUBJECT = /^\s+(?:were|was|are|is|had been|have been|remain|remained)\b/i;
const COPULA_GROUP = /^\s+(?:were|are|was|is)\s+(?:all\s+|mostly\s+)?/i;
const WHOLE_BEFORE = /\d(?:[\d,.]*\d)?(?:\s*(?:million|billion|thousand|m|bn|k))?\s+of\s+(?:the\s+|its\s+|their\s+|some\s+|about\s+)?(?:[\p{L}-]+['’]s\s+)?$/u;
// Unlisted nouns that name people by what they do or are: contractors, officials, suspects…
const PEOPLE_NOUN = /(?:ers|ors|ists|ians|ants|ents|ees|men|women|ials|ives|aires|ites|ects)$/i;

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
    // "some 23,000 died, about 21,000 of them in Armero": a place's share of the figure before.
    if (base && !base.part && /^\s*(?:(?:were|was|are|is|died|killed)\s+)?(?:in|at|on)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}/u.test(text.slice(at, limit))) {
      return { ...base, part: null, breakdown: true, how: PLACE_SHARE };
    }
    if (sub && base && sub.group !== "people" && appliesTo(base.metric, sub.group)) {
      return reading(base.metric, sub.group, { start: at, end: sub.end }, "partitive of the figure before: a subgroup");
    }
    // "23 soldiers have been killed, 13 of them in a single ambush": a part of the count the
    // sentence gave, set apart by when or where.
    const circumstance = /^\s*(?:in|on|at|during|near|inside|within|over|by)\s+(?:a|an|the|one|that|this|its|their)\s+([a-z][\p{L}-]*(?:\s+[a-z][\p{L}-]*)?)/u.exec(text.slice(at, limit));
    if (circumstance && ctx.previous && !ctx.previous.part && !sub) {
      return { ...ctx.previous, part: circumstance[1]!.replace(/\s+/g, "-"), how: "partitive of the figure before: a part set apart by when or where" };
    }
    return null;
  }
  let group = "people";
  let from = at;
  let whole: { metric: CompiledMetric; end: number } | null = null;
  if (next && next.start === at) {
    const inner = groupAfter(text, next.end, limit, lexicon);
    // "39 of Nepal's 75 districts": a part of a whole of things.
    if (inner.kind === "none" || inner.kind === "unknown-noun") return null;
    if (inner.kind === "group") group = inner.group;
    from = next.end;
    // "blamed for 161 of the 246 deaths": the whole is named by a cue right after its figure.
    const gap = /^\s*/.exec(text.slice(next.end, limit))![0].length;
    // (Not a verb: "Seven of the nine were among the dead" is the verb's.)
    if (inner.kind === "implicit" && !/^(?:were|are|was|is|have|has|had|remain|remained)\b/i.test(text.slice(next.end + gap, limit))) whole = cueAt(text, next.end + gap, limit, lexicon);
    if (whole) from = whole.end;
  } else {
    const hit = groupAt(text, at, lexicon);
    whole = hit ? null : cueAt(text, at, limit, lexicon);
    if (hit) group = hit.group;
    from = hit?.end ?? whole?.end ?? at;
  }
  // "Women made up 55 percent of the dead": a group's share of the count.
  if (whole && quantity.unit === "percent") {
    const subject = SHARE_SUBJECT.exec(text.slice(sentence.start, quantity.start));
    const named = subject ? groupAt(text, sentence.start + subject.index, lexicon) : null;
    if (named && named.group !== "people" && appliesTo(whole.metric, named.group)) {
      return reading(whole.metric, named.group, { start: at, end: whole.end }, "a group's share of a count");
    }
  }
  // "Puri district, where the storm made landfall, accounts for 39 of the deaths": a place's share.
  if (whole && ACCOUNTS_FOR.test(text.slice(sentence.start, quantity.start))) {
    return { ...reading(whole.metric, group, { start: at, end: whole.end }, "a place's share of a count it accounts for"), breakdown: true };
  }
  // "Forensic teams had identified 47 of the 64 bodies": the verb before the figure is the part's.
  const verb = whole ? null : cueBefore(text, sentence.start, quantity.start, lexicon, group);
  if (verb && /^\s*$/.test(text.slice(verb.cue.end, quantity.start))) return { ...verb, how: "a verb before a part of a larger group" };
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

// "- **2,600**: the figure an official of the Red Cross gave", "- **202**: the number of victims
// the Mothers have named": a list line that leads with its figure and glosses it after a colon.
const GLOSS_LEAD = /(?:^|\n)[ \t]*(?:[-*•>]|\d+[.)])[ \t]+[*_ \t]*$/;
const GLOSS = /^[*_\s]*[:–—][ \t]+(?:the|a|an|its|their)\s+([^\n]*)/i;
// The count noun the gloss opens with, and the "of" after it ("the number of victims").
const GLOSS_NOUN = /^["“]?(?:[\p{L}-]+\s+){0,2}?(?:figure|range|estimate|number|count|toll|total|tally)\b(\s+of\s+(?:the\s+)?)?/iu;

/** A figure leading its list line, glossed after a colon: the count the gloss names, or the one before. */
function glossedListFigure(ctx: ReadContext): MetricReading | null {
  const { text, quantity, lexicon } = ctx;
  if (!GLOSS_LEAD.test(text.slice(Math.max(0, quantity.start - 40), quantity.start))) return null;
  const gloss = GLOSS.exec(text.slice(quantity.end, quantity.end + 200));
  const noun = gloss ? GLOSS_NOUN.exec(gloss[1]!) : null;
  if (!gloss || !noun) return null;
  const at = quantity.end + gloss[0].length - gloss[1]!.length;
  // ("the minimum estimate of civilian dead": the gloss names its count.)
  const lineEnd = at + (/^[^\n.;]*/.exec(gloss[1]!)?.[0].length ?? 0);
  for (let from = at; from < lineEnd; ) {
    const cue = cueAt(text, from, lineEnd, lexicon, "people");
    if (cue) return reading(cue.metric, "people", { start: from, end: cue.end }, "a list line's figure, glossed after it");
    const next = text.slice(from, lineEnd).search(/\s\S/);
    if (next < 0) break;
    from += next + 1;
  }
  // ("the figure an official gave": the count the list is of, named before it; but "the number
  // of homes destroyed" counts something else.)
  if (noun[1] && !groupAt(text, at + noun[0].length, lexicon)) return null;
  const base = ctx.earlierLead && !ctx.earlierLead.part ? ctx.earlierLead : ctx.earlier;
  if (!base || base.part || base.breakdown) return null;
  return { ...base, group: base.subgroupOfEarlier ? "people" : base.group, subgroupOfEarlier: false, how: "a list line's figure, glossed as \"the figure\": the count before" };
}

/** Reads what a figure counts, or null when it is not a count of people we track. */
export function readMetric(ctx: ReadContext): MetricReading | null {
  const r = readCount(ctx);
  // "seven of the nine were among those freed": a part; but "two Britons were among the dead"
  // is the Britons' count, kept apart by its nationality.
  if (r && r.group === "people" && !r.part && r.cue.start >= ctx.quantity.end && /\bamong\b/i.test(ctx.text.slice(ctx.quantity.end, r.cue.end)) && !nationalityAfter(ctx.text, ctx.quantity.end, ctx.lexicon)) {
    return { ...r, part: "among", how: `${r.how}; "among": a part of the count` };
  }
  return r && r.group === "people" && !r.part ? (groupLabel(ctx, r) ?? r) : r;
}

// "- Students of Danwon High School: 325 on board; 75 rescued", "- Children: 40 deceased": a list
// line headed by a group counts that group.
const LABEL_GROUPS: ReadonlySet<string> = new Set(["children", "women", "civilians", "journalists", "aid-workers", "hostages", "inmates"]);
const GROUP_LABEL = /^[\s*•-]*((?:\p{Lu}[\p{L}'’-]*)(?:\s+[\p{L}'’-]+){0,6}):\s/u;

/** The reading of a figure on a line headed by a group: the group's count, or a part of the whole. */
function groupLabel(ctx: ReadContext, r: MetricReading): MetricReading | null {
  const { text, sentence, quantity, lexicon } = ctx;
  const label = GROUP_LABEL.exec(text.slice(sentence.start, quantity.start));
  if (!label || label.index + label[0].length > quantity.start - sentence.start) return null;
  const at = sentence.start + label.index + label[0].indexOf(label[1]!);
  const named = groupAt(text, at, lexicon);
  if (!named) return null;
  const words = label[1]!.toLowerCase();
  // ("Police: 231 killed", "Army: 12 dead" name who says so, not whom.)
  if (named.group !== "people") return LABEL_GROUPS.has(named.group) && appliesTo(r.metric, named.group) ? { ...r, group: named.group, how: `${r.how}; the line is headed by "${label[1]}"` } : null;
  // "Persons on board: 476" is everyone; "Students of Danwon High School" a part of them.
  if (/^(?:people|persons|person|individuals|total|all|victims|residents|the dead|dead)\b/.test(words)) return null;
  return { ...r, part: words.split(/\s+/).slice(0, 3).join("-").replace(/[^\p{L}-]/gu, ""), how: `${r.how}; a part: the line is headed by "${label[1]}"` };
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
  const cell = tableCell(text, quantity, lexicon);
  if (cell) return cell;
  const namedAfter = countNamedAfter(ctx) ?? listOfNames(ctx) ?? victimsCounted(ctx) ?? modifiedCount(ctx) ?? livesTaken(ctx) ?? answerToQuestion(ctx) ?? glossedListFigure(ctx);
  if (namedAfter) return namedAfter;
  const parted = partitive(ctx);
  if (parted) return parted;
  const against = setAgainst(ctx);
  if (against) return against;

  const found = groupAfter(text, quantity.end, limit, lexicon);
  if (found.kind === "none") return null; // "three tunnel shafts", "several days"
  if (found.kind === "unknown-noun") {
    // "detained at least 12 contractors", "the detention of eight officials": a cue right before.
    // Only for nouns shaped like people's ("contractors", "officials"), not "10 million soles".
    const noun = /([\p{L}-]+)\s*$/u.exec(text.slice(quantity.end, found.end))?.[1] ?? "";
    const before = PEOPLE_NOUN.test(noun) ? cueBefore(text, sentence.start, quantity.start, lexicon, "people") : null;
    if (before && /^\s*$/.test(text.slice(before.cue.end, quantity.start))) return { ...before, how: "a cue right before an unlisted noun" };
    // "two organisers were arrested"; but not "about 40 motorcycles, also killed two guards".
    if (/^\s*[,;:(]/.test(text.slice(found.end, limit))) return PEOPLE_NOUN.test(noun) ? laterListItem(ctx) : null;
    // "two organisers of the fair were arrested": a short "of …" phrase may stand in between.
    const of = /^\s+of\s+(?:the\s+|a\s+|an\s+)?[\p{L}-]+/u.exec(text.slice(found.end, limit));
    const after = cueAfter(text, found.end, limit, lexicon, "people") ?? (of ? cueAfter(text, found.end + of[0].length, limit, lexicon, "people") : null);
    // "40 containers on the ship": who was somewhere is told only of nouns shaped like people's.
    if (after && PRESENCE.has(after.metric.id) && !PEOPLE_NOUN.test(noun)) return null;
    return after ? { ...after, how: "an unlisted noun followed by a cue" } : laterListItem(ctx);
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
  if (immediate) return immediate.group === "people" && firstListItem(ctx) ? { ...immediate, part: "listed" } : withArrival(text, limit, immediate);
  const after = cueAfter(text, found.kind === "group" ? found.end : quantity.end, limit, lexicon, group);
  if (after && bareSubject) return { ...after, how: "a bare figure as subject: part of a set named before", part: "part" };
  // "Of the 353, 198 died in the hot clouds": a part of a figure named before.
  if (after && FRONTED_FIGURE.test(text.slice(sentence.start, quantity.start))) return { ...after, how: "part of a figure the sentence opens with", part: "part" };
  // "... 7,000 Russian soldiers had died. Britain estimated about 15,000 had died": no group named,
  // the same count as the figure before: the same group.
  // A subgroup the sentence before named as part of its count ("including 426 children") is not carried.
  const carried = found.kind === "implicit" && after && ctx.earlier && ctx.earlier.metric.id === after.metric.id && ctx.earlier.group !== "people" && leadsItsSentence(ctx) && !GROUP_LABEL.test(text.slice(sentence.start, quantity.start)) ? ctx.earlier.group : null;
  if (after && carried && !ctx.earlier!.part && !ctx.earlier!.subgroupOfEarlier) return { ...after, group: carried, how: `${after.how}; no group named: the ${carried} of the figure before` };
  // "Two soldiers made the ultimate sacrifice and 5 were wounded": a bare figure joined by "and"
  // to the clause before counts the same group.
  // (Not across another group: "One soldier was killed when a bomb hit a bus carrying pilgrims
  // and 15 were wounded" - the 15 may be pilgrims.)
  const between = ctx.previous ? text.slice(ctx.previous.cue.end, quantity.start) : "";
  const joined = found.kind === "implicit" && after && ctx.previous && ctx.previous.group !== "people" && !ctx.previous.part && ctx.previous.cue.end <= quantity.start
    && /^[^.;:,]*\band\s+$/.test(between) && !namesGroup(text, ctx.previous.cue.end, quantity.start, lexicon);
  if (joined && appliesTo(after.metric, ctx.previous!.group)) return { ...after, group: ctx.previous!.group, how: `${after.how}; no group named: the ${ctx.previous!.group} of the clause before` };
  if (after) {
    // "Three in four people killed were civilians": the share or count is of the subgroup.
    const copula = COPULA_GROUP.exec(text.slice(after.cue.end, limit));
    const sub = copula && group === "people" ? groupAt(text, after.cue.end + copula[0].length, lexicon) : null;
    if (sub && sub.group !== "people" && appliesTo(after.metric, sub.group)) return { ...after, group: sub.group, how: `${after.how}; the group after "${copula![0].trim()}"` };
    return withArrival(text, limit, { ...after, how: found.kind === "group" ? after.how : "cue right after the figure" }, quantity);
  }
  const there = found.kind === "group" && group === "people" ? atSite(ctx, found.end) : null;
  if (there) return there;
  // "Twenty-seven inmates and 14 staff members received treatment": one verb for both.
  const and = /^\s+and\s*$/.exec(text.slice(found.kind === "group" ? found.end : quantity.end, ctx.next?.start ?? quantity.end));
  if (and && ctx.next) {
    const other = groupAfter(text, ctx.next.end, limit, lexicon);
    const shared = cueAfter(text, other.kind === "group" ? other.end : ctx.next.end, limit, lexicon, group);
    if (shared) return { ...shared, how: "a verb shared with the figure after \"and\"" };
  }
  const item = placeListItem(ctx) ?? listUnderHeading(ctx) ?? (found.kind === "implicit" ? (proseListItem(ctx) ?? datedSeriesItem(ctx)) : null);
  if (item) return item;
  // "971 deaths …, plus 15 who died after evacuating - 986 in all": the total of the figures before.
  if (ctx.previous && /^\s+(?:in\s+all|in\s+total|altogether|all\s+told)\b/i.test(text.slice(quantity.end, limit))) {
    return { ...ctx.previous, part: null, how: "the total of the figures before it" };
  }
  // "2,430 people have died; 1,244 were in the Kathmandu valley and 1,176 in Sindhupalchok", and
  // "Of the dead, 1,244 were in the Kathmandu valley".
  const inPlace = found.kind === "implicit" && IN_PLACE_AFTER.test(text.slice(quantity.end, limit));
  if (inPlace) {
    const fronted = FRONTED_OF.exec(text.slice(sentence.start, quantity.start));
    const whole = fronted ? cueAt(text, sentence.start + fronted[0].length, limit, lexicon, "people") : null;
    if (whole && fronted && /^\s*,/.test(text.slice(whole.end, quantity.start))) {
      return { ...reading(whole.metric, "people", { start: sentence.start + fronted[0].length, end: whole.end }, "a place's share of the count the sentence opens with"), breakdown: true };
    }
    if (ctx.previous) return { ...ctx.previous, part: null, breakdown: true, how: PLACE_SHARE };
  }
  const described = describedPart(ctx) ?? copulaSubgroup(ctx) ?? frontedPart(ctx) ?? restated(ctx);
  if (described) return described;
  const earlier = cueEarlierInClause(ctx, found.kind === "group" ? group : null);
  if (earlier) return listed ? { ...earlier, part: "listed" } : earlier;
  const nationality = nationalityItem(ctx);
  if (nationality) return nationality;
  const lead = text.slice(sentence.start, quantity.start);
  // "down from about 210,000" is the earlier value of a figure in its own sentence only.
  const inherited = /\bfrom\s*$/i.test(lead) ? ctx.previous : (ctx.previous ?? ctx.earlier);
  if (inherited && INHERIT.test(lead)) {
    // "11 detained, among them 4 who took part": the same group, so a part of the count.
    const inclusion = !/\bfrom\s*$/i.test(lead) && group === inherited.group && group === "people";
    return { ...inherited, group, how: "subgroup or earlier value of the figure before it", ...(inclusion ? { part: "included" } : {}) };
  }
  // "- Of whom students: 134", "- Including children: 40": a list line naming a subgroup of the line before.
  const label = SUBGROUP_LABEL.exec(lead);
  const named = label && ctx.earlier && (!ctx.earlier.part || ctx.earlier.part === "included") ? groupAt(text, sentence.start + label.index + label[0].lastIndexOf(label[1]!), lexicon) : null;
  if (named) {
    const how = `a list line naming a part of the count before: "${label![0].trim()}"`;
    // A listed subgroup (children) is that subgroup's count; anything else ("students") a part.
    if (named.group !== "people" && appliesTo(ctx.earlier!.metric, named.group)) return { ...ctx.earlier!, group: named.group, part: null, breakdown: undefined, how };
    if (named.group === "people") return { ...ctx.earlier!, breakdown: undefined, part: "included", how };
  }
  return laterListItem(ctx);
}

/**
 * "43,953, or nearly 44,000 people", "117 dead according to the state (122 according to the city
 * hall)": the same count again, rounded or as another claimant gives it.
 */
function restated(ctx: ReadContext): MetricReading | null {
  const { text, sentence, quantity, previous } = ctx;
  if (!previous || previous.part || previous.breakdown) return null;
  const lead = text.slice(sentence.start, quantity.start);
  const after = text.slice(quantity.end, sentence.end);
  // (What follows a count said again is its noun or the end of the clause: not "or 12 of the 14 provinces".)
  const rounded = /\d\s*,\s+or\s+$/.test(lead) && /^\s*(?:(?:people|persons|victims|dead|deaths|injured|wounded|missing)\b|[,.;)]|$)/i.test(after);
  const anotherClaimant = /\(\s*$/.test(lead) && /^\s*(?:according\s+to|by\s+the|per\s|says|said|in\s+the\s+count\s+of)\b[^)]{0,60}\)/i.test(after);
  return rounded || anotherClaimant ? { ...previous, how: rounded ? "the count before, rounded" : "the count before, as another claimant gives it" } : null;
}

// The item before, then its separator: "12 members of its staff and ", "two police officers, ".
// A figure opening a list item: digits or a cardinal word ("12", "four", "a dozen").
const NUMBER_WORD_ITEM = String.raw`(?:\d[\d,.]*|\b(?:${CARDINAL_START_WORDS.join("|")}|a\s+dozen)\b)`;
const ITEM_BEFORE = new RegExp(String.raw`${NUMBER_WORD_ITEM}\s+[^\d,;.:]{1,50}?(?:,\s*and\s+|,\s*|\s+and\s+)$`, "i");

// "The dead were 14 staff members, 24 patients and four caretakers": the first item of a list of
// figures after "were" or a colon, each item a noun phrase (no verb, no "of them").
const LIST_AFTER = new RegExp(String.raw`^\s+(?:(?!\bof\s+(?:them|whom)\b|\b(?:were|was|are|is|had|have|has|died|killed)\b)[^\d,;.:])+?(?:,\s*${NUMBER_WORD_ITEM}\s+(?:(?!\bof\s+(?:them|whom)\b|\b(?:were|was|are|is|had|have|has|died|killed)\b)[^\d,;.:])+?)*(?:,\s*|\s+)and\s+${NUMBER_WORD_ITEM}\s+\p{L}`, "iu");
const LIST_LEAD = /(?:\b(?:were|are|included|include|includes|comprised|comprise)|:)\s*$/i;

/** Whether a figure opens a list of figures that together make up the count named before it. */
function firstListItem(ctx: ReadContext): boolean {
  const { text, sentence, quantity } = ctx;
  return LIST_LEAD.test(text.slice(sentence.start, quantity.start)) && LIST_AFTER.test(text.slice(quantity.end, sentence.end));
}

/**
 * "The strike killed 22 people: 12 members of its staff and 10 patients", "The dead were 14 staff
 * members, 24 patients and four caretakers": a later item of a list shares the cue before the
 * first, as a part of what it counts.
 */
function laterListItem(ctx: ReadContext): MetricReading | null {
  const { text, quantity, lexicon, previous } = ctx;
  if (!previous || previous.breakdown || previous.cue.end > quantity.start) return null;
  const between = text.slice(previous.cue.end, quantity.start);
  if (/[.;]/.test(between) || !ITEM_BEFORE.test(between)) return null;
  const sub = groupAt(text, quantity.end + (/^\s*/.exec(text.slice(quantity.end))?.[0].length ?? 0), lexicon);
  const group = sub && sub.group !== "people" && appliesTo(previous.metric, sub.group) ? sub.group : "people";
  // "Among the 460 were 15 women and 20 children": the items of a list of subgroups are subgroups.
  const part = previous.subgroupOfEarlier && group !== "people" ? null : (previous.part ?? "listed");
  return { ...previous, group, part, how: "a later item of a list: the cue before its first item" };
}

// "Of the 98, four were children", "Seven of the 22 were children", "only 26 were women": the
// figure opens its clause, perhaps after the whole it is taken from - a figure ("Of the 98,") or
// the dead themselves ("Of the dead,"), since "Of the 137 survivors, only 26 were women" counts
// survivors, not the dead before.
const COPULA_LEAD = /(?:^\W*|[;:]\s*)(?:(?:Of|Among)\s+(?:the|these|those)\s+(?:[\d,.]+|dead|victims|deceased|fatalities)\s*,\s*)?(?:only\s+|just\s+)?$/i;
const COPULA_AFTER = /^(?:\s+of\s+(?:the|these|those)\s+[\d,.]+)?\s+(?:were|are)\s+(?:all\s+|mostly\s+)?/i;

// "Of the 206 on the police list, 139 were employed by contractors": a part of the count before,
// set apart by what the copula says of it (a group after the copula is a subgroup, above).
const FRONTED_WHOLE = /^\W*Of\s+(?:the|these|those)\s+[\d,.]+(?:\s+(?:on|in|at|from)\s+[^,;]{1,40})?\s*,\s*$/i;
const PART_PREDICATE = /^\s+(?:were|are)\s+(?!among\b|not\b)([a-z]+)(?:\s+(?:by|in|at|on|from)\b)?/;

/** A figure after a fronted "Of the N …," whose copula says what sets it apart: a part of the count before. */
function frontedPart(ctx: ReadContext): MetricReading | null {
  const { text, sentence, quantity } = ctx;
  const base = ctx.previous ?? ctx.earlier;
  if (!base || base.part || !FRONTED_WHOLE.test(text.slice(sentence.start, quantity.start))) return null;
  const predicate = PART_PREDICATE.exec(text.slice(quantity.end, sentence.end));
  return predicate ? { ...base, part: predicate[1]!, how: `part of the count before: "${predicate[0].trim()}"` } : null;
}

// "Among the 460 were 15 women": the copula stands before the figure, the subgroup right after it.
const AMONG_LEAD = /^\W*(?:Among|Of)\s+(?:the|these|those)\s+(?:[\d,.]+|dead|victims|deceased|fatalities)\s+(?:were|are)\s+(?:also\s+)?$/i;

/** A bare figure whose verb is a copula before a subgroup counts that subgroup of the count before. */
function copulaSubgroup(ctx: ReadContext): MetricReading | null {
  const { text, sentence, quantity, lexicon } = ctx;
  if (AMONG_LEAD.test(text.slice(sentence.start, quantity.start))) {
    // (The whole the sentence before opened with, not its last listed item.)
    const base = ctx.earlierLead && !ctx.earlierLead.part ? ctx.earlierLead : ctx.earlier;
    const sub = groupAt(text, quantity.end + (/^\s*/.exec(text.slice(quantity.end))?.[0].length ?? 0), lexicon);
    if (!base || base.part || !sub || sub.group === "people" || !appliesTo(base.metric, sub.group)) return null;
    const lead = AMONG_LEAD.exec(text.slice(sentence.start, quantity.start))!;
    const cue = { start: sentence.start + lead.index, end: quantity.start };
    return { ...reading(base.metric, sub.group, cue, "a subgroup of the count before, named after \"among … were\""), subgroupOfEarlier: true };
  }
  if (!COPULA_LEAD.test(text.slice(sentence.start, quantity.start))) return null;
  const copula = COPULA_AFTER.exec(text.slice(quantity.end, sentence.end));
  const base = ctx.previous ?? ctx.earlier;
  if (!copula || !base || base.part) return null;
  const sub = groupAt(text, quantity.end + copula[0].length, lexicon);
  if (!sub || sub.group === "people" || !appliesTo(base.metric, sub.group)) return null;
  const how = `a subgroup of the count before, after "${copula[0].trim()}"`;
  return { ...reading(base.metric, sub.group, { start: quantity.end + copula[0].length, end: sub.end }, how), subgroupOfEarlier: true };
}

const SUBGROUP_LABEL = /^\W*(?:of\s+whom|of\s+them|of\s+these|among\s+them|among\s+whom|including|incl\.)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s*[:-]\s*$/iu;

/** "raised to 211 the number of dead", "puts at 89 the number of persons missing": translated copy names the count after its figure. */
function countNamedAfter(ctx: ReadContext): MetricReading | null {
  const { text, sentence, quantity, lexicon } = ctx;
  const limit = sentence.end;
  const countOf = NUMBER_OF_AFTER.exec(text.slice(quantity.end, limit));
  if (!countOf) return null;
  const at = quantity.end + countOf[0].length;
  const direct = cueAt(text, at, limit, lexicon, "people");
  if (direct) return reading(direct.metric, "people", { start: at, end: direct.end }, "the count named after its figure");
  const who = groupAfter(text, at, limit, lexicon);
  const after = who.kind === "group" ? cueAfter(text, who.end, limit, lexicon, who.group) : null;
  return after ? { ...after, how: "the count named after its figure" } : null;
}

/**
 * "the parents' list carries 148 names", "8,372 names of the dead", "their list of 119": a list of
 * the people its sentence names ("CONRED's list of people still missing has 234 names"), or else
 * of those the count before it counts.
 */
function listOfNames(ctx: ReadContext): MetricReading | null {
  const { text, sentence, quantity, lexicon } = ctx;
  const limit = sentence.end;
  const names = NAMES_AFTER.exec(text.slice(quantity.end, limit));
  const listOf = !names && LIST_OF_BEFORE.test(text.slice(Math.max(sentence.start, quantity.start - 20), quantity.start));
  if (!names && !listOf) return null;
  const at = quantity.end + (names?.[0].length ?? 0);
  const own = names?.[1] ? cueAt(text, at, limit, lexicon, "people") : null;
  if (own) return reading(own.metric, "people", { start: at, end: own.end }, "a list of names of the count it names");
  const lead = text.slice(sentence.start, quantity.start);
  if (LIST_WORDS.test(lead)) {
    for (const metric of lexicon.metrics) {
      if (!NAMED_COUNTS.has(metric.id) || !appliesTo(metric, "people")) continue;
      // (Not a word of a name: "the Commission for Missing Persons compiled a list of 8,372 names".)
      const m = [...lead.matchAll(metric.anywhere)].find((hit) => /^[a-z]/.test(hit[0]));
      if (m) return reading(metric, "people", { start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length }, "a list of names of the count it names");
    }
  }
  // "The memorial on Legian Street lists 202 names": a memorial names the dead.
  if (names && !names[1] && MEMORIAL.test(lead)) {
    const killed = metricById(lexicon, "killed");
    if (killed) return reading(killed, "people", { start: quantity.end, end: at }, "the names on a memorial");
  }
  const before = ctx.earlierLead ?? ctx.earlier;
  const ofVictims = LIST_WORDS.test(text.slice(sentence.start, sentence.end));
  return before && ofVictims && !before.part && NAMED_COUNTS.has(before.metric.id) ? { ...before, how: "a list of names: the count before it" } : null;
}

const COUNTING_VERB = /\b(?:counts?|counted|lists?|listed|records?|recorded|documented|registered|names|named|tallied)\s+(?:(?:about|some|nearly|almost|more\s+than|over|at\s+least|only|just)\s+)?$/i;
const VICTIMS_AFTER = /^\s+(?:(?:named|dead|identified)\s+victims|victims|(?:people|persons)\s+by\s+name)\b/i;

/**
 * "The families' association counts 272 victims", "Rights groups documented more than 240 named
 * victims", "records 97,207 people by name": victims a claimant counts are the count before (the
 * missing, the dead) or, with none before, the dead.
 */
function victimsCounted(ctx: ReadContext): MetricReading | null {
  const { text, sentence, quantity, lexicon } = ctx;
  const victims = VICTIMS_AFTER.exec(text.slice(quantity.end, sentence.end));
  if (!victims || !COUNTING_VERB.test(text.slice(sentence.start, quantity.start))) return null;
  const at = quantity.end + victims[0].length;
  if (cueAfter(text, at, sentence.end, lexicon, "people")) return null;
  const before = ctx.previous ?? ctx.earlier;
  if (before && !before.part && NAMED_COUNTS.has(before.metric.id)) return { ...before, how: "victims a claimant counts: the count before" };
  const killed = metricById(lexicon, "killed");
  return killed ? reading(killed, "people", { start: quantity.end, end: at }, "victims a claimant counts: the dead") : null;
}

/**
 * "About 250 people were on the mountain", "more than 600 young people were at the camp": with no
 * other cue, people said to be at a site are who was there.
 */
function atSite(ctx: ReadContext, groupEnd: number): MetricReading | null {
  const { text, sentence, lexicon } = ctx;
  const there = WERE_AT.exec(text.slice(groupEnd, sentence.end));
  const present = there ? metricById(lexicon, "present") : undefined;
  if (!there || !present) return null;
  const at = groupEnd + there.index;
  return reading(present, "people", { start: at, end: at + there[0].length }, "people said to be at a place");
}

// "The flood claimed 38 lives", "the fire cost at least 70 lives", "took the lives of".
const LIVES_VERB = /\b(?:claim(?:s|ed|ing)?|cost(?:s|ing)?|t(?:ook|akes?|aking)|has\s+taken|have\s+taken)\s+(?:(?:at\s+least|more\s+than|over|nearly|almost|about|some|around|up\s+to|a\s+further|another)\s+)?$/i;

/** "claimed 38 lives": lives a disaster took are its dead. */
function livesTaken(ctx: ReadContext): MetricReading | null {
  const { text, sentence, quantity, lexicon } = ctx;
  // (Not "claimed 40 lives were at stake": lives that are the subject of a verb of their own.)
  const lives = /^\s+(?:more\s+|further\s+|other\s+|additional\s+|extra\s+)?lives\b(?!\s+(?:were|are|was|is|had|have|could|would|may|might)\b)/i.exec(text.slice(quantity.end, sentence.end));
  if (!lives || !LIVES_VERB.test(text.slice(Math.max(sentence.start, quantity.start - 40), quantity.start))) return null;
  const killed = metricById(lexicon, "killed");
  return killed ? reading(killed, "people", { start: quantity.end, end: quantity.end + lives[0].length }, "lives a disaster claimed") : null;
}

// What may follow the figure that answers a question: who gives it, or the end of the sentence.
const BARE_ANSWER = /^\s*(?:[,.;:]|[-–—]\s|\s+(?:according|by|says|say|said|on|in|at|as\s+of)\b|$)/i;
// (The answer may open with a word saying whose or how sure: "Officially about 7,000".)
// (… or name the answer first: "The state's official answer is 246".)
const QUESTION = /(?:^|\n)[\s#>*_]*(How\s+many\b[^\n?]*)\?[*_\s]*\n\s*\n[\s>*_-]*(?:(?:Officially|Unofficially|Roughly|Probably|Possibly|Officially,|Perhaps|At\s+first|Initially)\s+|[^\n.?!]{0,50}\b(?:answer|figure|toll|count|total|estimate)\s+(?:is|was|stands\s+at|stood\s+at|remains)\s+)?$/i;

/**
 * "**How many people died?**\n\n88, according to the sheriff's office": an explainer's answer
 * counts what its question asks about.
 */
function answerToQuestion(ctx: ReadContext): MetricReading | null {
  const { text, quantity, lexicon } = ctx;
  if (!BARE_ANSWER.test(text.slice(quantity.end, quantity.end + 40))) return null;
  const question = QUESTION.exec(text.slice(Math.max(0, quantity.start - 300), quantity.start));
  if (!question) return null;
  const asked = question[1]!;
  const qStart = quantity.start - question[0].length + question[0].indexOf(asked);
  const qEnd = qStart + asked.length;
  const who = groupAfter(text, qStart + "how many".length, qEnd, lexicon);
  const group = who.kind === "group" ? who.group : "people";
  // The first word of the question that starts a cue ("died", "still missing", "on board").
  for (const word of asked.matchAll(/\S+/g)) {
    const at = qStart + word.index!;
    const cue = cueAt(text, at, qEnd, lexicon, group);
    if (cue) return reading(cue.metric, group, { start: at, end: cue.end }, "the answer to the question before it");
  }
  return null;
}

function metricById(lexicon: ReadContext["lexicon"], id: string): CompiledMetric | undefined {
  return lexicon.metrics.find((metric) => metric.id === id);
}

/**
 * "202 names: 88 Australians, 38 Indonesians, 23 Britons": each nationality's share of the count
 * the list follows (its key then names the nationality, as "305 Malians died" does).
 */
function nationalityItem(ctx: ReadContext): MetricReading | null {
  const { text, sentence, quantity, previous } = ctx;
  const word = /^\s+([A-Z][a-z]+)\b/.exec(text.slice(quantity.end, sentence.end));
  if (!word || !DEMONYM.test(word[1]!) || !previous || previous.part || !text.slice(sentence.start, quantity.start).includes(":")) return null;
  return { ...previous, part: null, how: `a nationality in a list after the count: "${word[1]}"` };
}

/** "744 heat-related deaths", "197 heatstroke deaths": a modifier, then the count's own noun. */
function modifiedCount(ctx: ReadContext): MetricReading | null {
  const { text, sentence, quantity, lexicon } = ctx;
  const limit = sentence.end;
  const modified = MODIFIED_COUNT.exec(text.slice(quantity.end, limit));
  if (!modified) return null;
  const first = quantity.end + modified[0].indexOf(modified[1]!);
  const words = [...modified[1]!.matchAll(/\S+/g)].map((w) => first + w.index!);
  // "10 civilian deaths" names its group; "12 more deaths" is read as usual; "14 disaster-related
  // deaths" (in Japan, deaths from the hardship after a quake) are another count.
  const plain = words.every((at) => !groupAt(text, at, lexicon) && !cueAt(text, at, limit, lexicon)) && !MODIFIER_NOT_PLAIN.test(modified[1]!);
  const at = quantity.end + modified[0].length - modified[2]!.length;
  const own = plain ? cueAt(text, at, limit, lexicon, "people") : null;
  return own ? reading(own.metric, "people", { start: at, end: own.end }, "a count noun after a modifier") : null;
}

const MODIFIER_NOT_PLAIN = /\b(?:more|new|further|additional|fewer|other|such|of|the|and|or|were|are|have|had)\b|\b(?:disaster-related|indirect|excess)\b/;

// "98 were women", "11 were teenagers", "more than 100 were in their 20s", "five were from Iran".
const DESCRIBED = /^\s+(?:(?:were|was|came|come)\s+)?((?:in\s+their\s+\w+|aged\s+[\w-]+|from\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*|foreign(?:ers|\s+nationals)?))/u;

const PART_OF = "a part of the count before it";

/**
 * "Of the dead, 98 were women and 56 were men": a bare figure that says what part of a count
 * named before is. A listed subgroup (women, children) is that subgroup's count; anything else
 * ("men", "in their 20s", "from Iran") is a part, shown but not compared.
 */
function describedPart(ctx: ReadContext): MetricReading | null {
  const { text, sentence, quantity, lexicon } = ctx;
  const lead = text.slice(sentence.start, quantity.start);
  const after = text.slice(quantity.end, sentence.end);
  // "31 came from villages in Morbi taluka, eight from Wankaner": where each part came from.
  const copula = /^\s+(?:were|was)\s+|^\s+(?:(?:came|come)\s+)?(?=from\s)/.exec(after);
  if (!copula) return null;
  // The whole: the count a fronted "Of the dead," names, the figure before in a list ("…, and"),
  // or, for a sentence that opens with the figure, the figure before the sentence.
  const fronted = /^\W*(?:Of|Among)\s+(?:the|those|these)\s+(?:who\s+(?:have\s+|had\s+)?)?([\p{L}\s-]+),\s*$/u.exec(lead);
  const named = fronted ? cueAt(text, sentence.start + lead.indexOf(fronted[1]!), sentence.end, lexicon, "people") : null;
  // "Of them, 54 were children": the count before.
  const pronoun = /^\W*(?:Of|Among)\s+(?:them|those|these)\s*,\s*$/i.test(lead);
  const whole = named
    ? reading(named.metric, "people", { start: sentence.start + lead.indexOf(fronted![1]!), end: named.end }, "the count the sentence opens with")
    : pronoun ? (ctx.previous ?? ctx.earlier) : /(?:[,:]|\band)\s*$/.test(lead) ? ctx.previous : /^\W*$/.test(lead) ? ctx.earlier : null;
  // A part before this one ("56 were men") is a sibling: both are parts of the same whole.
  if (!whole || (whole.part && !whole.how.startsWith(PART_OF))) return null;
  const sub = groupAt(text, quantity.end + copula[0].length, lexicon);
  if (sub && sub.group !== "people" && appliesTo(whole.metric, sub.group)) return { ...whole, group: sub.group, part: null, how: `${PART_OF}: the ${sub.group}` };
  const noun = sub ? text.slice(quantity.end + copula[0].length, sub.end).trim().toLowerCase() : DESCRIBED.exec(after)?.[1]?.toLowerCase();
  return noun ? { ...whole, group: "people", part: noun.replace(/\s+/g, "-"), how: `${PART_OF}: "${noun}"` } : null;
}

const SHARE_SUBJECT = /([\p{L}-]+)\s+(?:made\s+up|make\s+up|makes\s+up|accounted\s+for|account\s+for|accounts\s+for|constituted|constitutes?|represented|represents?|comprised|comprises?|were|are)\s+$/iu;
const FRONTED_FIGURE = /^\W*(?:Of|Among)\s+(?:the|these|those)\s+\d[\d,.\s]*,\s*$/;
const FRONTED_OF = /^\W*(?:Of|Among)\s+(?:the|those|these)\s+/;
/** How a figure read as a place's share of the one before it says so ("…, 10 at Linwood"). */
export const PLACE_SHARE = "a place's share of the figure before it";

// "1,176 in Sindhupalchok", "10 at Linwood", "10 at a second mosque in the suburb of Linwood".
const IN_PLACE_AFTER = /^\s+(?:(?:were|was|are|is|had\s+died|died)\s+)?(?:in|at|on)\s+(?:(?:the|a|an)\s+)?(?:(?:[\p{Ll}-]+\s+){1,4}(?:in|at|of|near)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+of\s+)?)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}/u;


// What may follow a figure set against another: its noun or who gave it, never a cue of its own.
const AFTER_SET_AGAINST = /^\s*(?:(?:estimate|figure|toll|count|tally|total|number)s?\b|(?:people|persons|victims)\b|(?:given|counted|registered|reported|recorded|cited|claimed|announced|published|documented|confirmed|estimated|put\s+forward)\b|[,;.)—–]|-\s|$)/i;

// "the governor said more than 100 girls had been taken; the principal said 129": a bare figure a
// second speaker gives, with nothing after it, answers the first.
const SAID_BARE = /\b(?:said|says|put\s+it\s+at|puts\s+it\s+at|gave|gives|give|count|counts|counted|lists|listed|records|recorded|registers|registered|tallies|tallied|reported|estimated|estimates)\s+$/i;

const PLACE_SPEAKER = new RegExp(String.raw`^\W*(?:\p{Lu}[\p{L}'’-]*\s+){1,3}${UNIT_WORD}(?:,[^,]{1,40},)?\s+(?:\w+\s+)?(?:reported|recorded|counted|registered|listed|gave|gives|reports|records|counts|registers|lists)\s+$`, "u");

/** "far more than the 300,000 estimate given by the governor": the same count as the figure before. */
function setAgainst(ctx: ReadContext): MetricReading | null {
  const { text, sentence, quantity } = ctx;
  // (A place's share closing the sentence before is not the count another speaker answers.)
  const inherited = ctx.previous ?? (ctx.earlier?.breakdown && ctx.earlierLead && !ctx.earlierLead.breakdown ? ctx.earlierLead : ctx.earlier);
  if (!inherited) return null;
  const lead = text.slice(Math.max(sentence.start, quantity.start - 60), quantity.start);
  if (SAID_BARE.test(lead) && /^\s*(?:[,;.)—–]|-\s|$)/.test(text.slice(quantity.end, sentence.end))) {
    // "Harris County accounted for 25 of the deaths. Travis County reported nine": a place that
    // gives its own share.
    if (PLACE_SPEAKER.test(text.slice(sentence.start, quantity.start))) return { ...inherited, part: null, breakdown: true, how: PLACE_SHARE };
    return { ...inherited, part: null, how: "a bare figure a second speaker gives: the same count as the one before" };
  }
  // "more than 7 million, according to UN agencies; about 4.5 million, according to the NDMA":
  // the same count as another claimant gives it.
  if (ctx.previous && /(?:;|\bwhile|\bwhereas|\bbut)\s*$/i.test(lead) && /^\s*,?\s+according\s+to\b/i.test(text.slice(quantity.end, sentence.end))) {
    return { ...ctx.previous, part: null, how: "the count before, as another claimant gives it" };
  }
  if (!SET_AGAINST.test(lead)) return null;
  if (!AFTER_SET_AGAINST.test(text.slice(quantity.end, sentence.end))) return null;
  return { ...inherited, part: null, how: "a figure set against the one before it: the same count" };
}

/**
 * "The districts with the most deaths are: Sindhupalchok 3 427; Kathmandu 1 222": each item of a
 * list by place counts what the words before the colon name, in that place.
 */
function placeListItem(ctx: ReadContext): MetricReading | null {
  const { text, sentence, quantity } = ctx;
  const m = PLACE_LIST_ITEM.exec(text.slice(sentence.start, quantity.start));
  if (!m || !/^\s*(?:[;,.]|$)/.test(text.slice(quantity.end, sentence.end))) return null;
  const colon = sentence.start + m.index;
  const head = cueEarlierInClause({ ...ctx, quantity: { ...quantity, start: colon, end: colon } }, null);
  return head ? { ...head, how: "an item of a list by place: the count named before the colon" } : null;
}

/** "…with 347 deaths, followed by Balochistan with 238 and Khyber Pakhtunkhwa with 226": a place's share of the figure before. */
function proseListItem(ctx: ReadContext): MetricReading | null {
  const { text, sentence, quantity } = ctx;
  const m = PROSE_LIST_ITEM.exec(text.slice(sentence.start, quantity.start));
  if (!m || NOT_LIST_HEAD.test(m[1]!) || !/^\s*(?:[;,.)]|and\b|$)/.test(text.slice(quantity.end, sentence.end))) return null;
  // An item opening its sentence ("Chichaoua province had 191, …") continues the count before it.
  const opening = m.index === 0;
  const whole = opening ? (m[2] ? ctx.earlier : null) : ctx.previous;
  if (!whole || whole.part) return null;
  return { ...whole, part: null, breakdown: true, how: `an item of a list by place in prose: "${m[1]}" and the count before it` };
}

const WEEKDAY_OR_DATE = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?)`;
const DATED_ITEM = new RegExp(String.raw`^\s+(?:on|by)\s+${WEEKDAY_OR_DATE}\b[^,;.]{0,20}(?:[,;.]|\s+and\b|$)`);

/** "The toll rose to 150 on Monday, 289 on Tuesday and 305 on Wednesday": each day's figure of the count before it. */
function datedSeriesItem(ctx: ReadContext): MetricReading | null {
  const { text, sentence, quantity, previous } = ctx;
  if (!previous || previous.part || previous.breakdown) return null;
  if (!/(?:,|\band)\s*$/.test(text.slice(sentence.start, quantity.start)) || !DATED_ITEM.test(text.slice(quantity.end, sentence.end))) return null;
  return { ...previous, how: "a later day's figure in a series of the count before it" };
}

// Capitalised words that head a clause, not a list item ("…, The ministry 40" never occurs; "and
// Reuters 40" seldom): pronouns, days, months and sentence openers.
const NOT_LIST_HEAD = /^(?:The|A|An|It|He|She|They|We|I|This|That|These|Those|On|In|At|By|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * "The deceased are distributed as follows:" then "- Province of Al Haouz: 1 684": a line of a
 * list by place counts what the heading above the list names.
 */
function listUnderHeading(ctx: ReadContext): MetricReading | null {
  const { text, sentence, quantity } = ctx;
  const label = text.slice(sentence.start, quantity.start);
  // "- Francisco Morazán: 1 106, of which the capital: 537": the item's figure, then its parts.
  if (!LIST_LINE.test(label) || !/^\s*(?:[.;,]?\s*$|,\s*(?:of\s+which|of\s+whom|including)\b)/i.test(text.slice(quantity.end, sentence.end))) return null;
  // "Deaths: 598", "Affected persons: 1 514 662": the label names the count, not a place.
  if (namesCount(ctx.lexicon, label)) return null;
  // The heading: the nearest line above that is not an item of the list, ending with a colon.
  const lineStart = text.lastIndexOf("\n", sentence.start - 1) + 1;
  const indent = indentOf(text.slice(lineStart, sentence.start));
  const lines = text.slice(Math.max(0, sentence.start - 1500), lineStart).split("\n").reverse().slice(1);
  let offset = lineStart - 1;
  for (const line of lines) {
    offset -= line.length + 1;
    // "1. Victims deceased: 1 763 persons." over "   - City of Palu: 1 519": a nested line is a
    // place's share of the item it hangs under.
    const before = ctx.previous ?? ctx.earlier;
    if (line.trim() && indentOf(line) < indent && LIST_ITEM.test(line) && /\d/.test(line)) {
      return before && !before.part ? { ...before, part: null, breakdown: true, how: "a nested line of a list by place: a share of the item above it" } : null;
    }
    // Any bulleted line is an item of the list, whatever follows its figure.
    if (!line.trim() || /^\s*[-*•]\s/.test(line) || LIST_LINE.test(line.replace(/[\d\s.,]+$/, " "))) continue;
    if (!/:\s*$/.test(line)) return null;
    const start = offset + 1 + (line.length - line.trimStart().length);
    const colon = offset + 1 + line.lastIndexOf(":");
    const head = cueEarlierInClause({ ...ctx, sentence: { start, end: colon + 1 }, quantity: { ...quantity, start: colon + 1, end: colon + 1 } }, null);
    if (head) return { ...head, breakdown: true, how: "a line of a list by place: the count its heading names" };
    // "The victims are distributed as follows:" after "the number of victims is 290", "they were:"
    // after "The 61 civilians came from 11 countries": the count before.
    if ((AS_FOLLOWS.test(line) || THEY_WERE.test(line)) && before && !before.part) return { ...before, part: null, breakdown: true, how: `a line of a list by place under "${line.trim()}": the count before it` };
    return null;
  }
  return null;
}

const AS_FOLLOWS = /\b(?:victims|dead|deceased|casualties|fatalities|toll|they)\b[^:]*\bas\s+follows\s*:\s*$/i;
const THEY_WERE = /\b(?:they|these)\s+(?:were|are|came\s+from|come\s+from)\s*:\s*$/i;
const LIST_ITEM = /^\s*(?:[-*•]|\d{1,2}[.)])\s/;
const indentOf = (line: string) => line.length - line.trimStart().length;

const FLED_TO = /^\s+(?:to|into|towards?)\s+(?:the\s+)?[A-Z]/;
const WHERE = /\bwhere\s*$/i;

/** "where 1m people fled" and "fled to Rafah" count arrivals: people sheltering there. */
function withArrival(text: string, limit: number, r: MetricReading, quantity?: Quantity): MetricReading {
  if (r.metric.id !== "fled") return r;
  const toPlace = FLED_TO.test(text.slice(r.cue.end, limit));
  const where = quantity !== undefined && WHERE.test(text.slice(Math.max(0, quantity.start - 12), quantity.start));
  return toPlace || where ? { ...r, arrival: true, how: `${r.how}; fled TO a place` } : r;
}

/** Whether any word in text[from, to) names a group of people ("pilgrims", "civilians"). */
function namesGroup(text: string, from: number, to: number, lexicon: ReadContext["lexicon"]): boolean {
  for (const word of text.slice(from, to).matchAll(/\p{L}+/gu)) if (groupAt(text.slice(0, to), from + word.index!, lexicon)) return true;
  return false;
}
