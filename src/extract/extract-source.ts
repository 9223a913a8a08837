// Source -> Claim[]: find every figure first, then read only the sentences around them.
import { createHash } from "node:crypto";
import { findNumbers } from "../normalize/parse-numbers.js";
import { readQuantities } from "../normalize/parse-quantity.js";
import { findAsOf } from "../normalize/as-of.js";
import { extractFacts } from "./facts/extract-facts.js";
import type { FactKnowledge } from "./facts/knowledge.js";
import { claimantsInContext, normalizeAttribution, resolveClaimant, type Claimant } from "../normalize/claimant.js";
import type { Claim, ClaimScope, Context, Quantity, Source, Span } from "../types.js";
import { findAttribution } from "./attribution.js";
import type { CompiledMetric, Lexicon } from "./lexicon.js";
import { notACount } from "./not-a-count.js";
import { findNames, findPlaces, type PlaceMention } from "./places.js";
import type { PlaceProfile } from "../compare/find-stories.js";
import { PLACE_SHARE, readMetric, type MetricReading } from "./read-metric.js";
import { nationalityAfter } from "./read-words.js";
import { markRevisions } from "./revisions.js";
import { maskFigureQuotes } from "./figure-quotes.js";
import { TABLE_HEADING, tableClaimant, tableRowDate } from "./tables.js";
import { findIncidents, readScope, RUNNING_INCIDENTS, type ArticleContext, type Scope } from "./scope.js";
import { paragraphTime } from "./clock-time.js";
import { paragraphs, sentencesOf, type Paragraph } from "./sentences.js";
import { readStatus } from "./status.js";

export interface Knowledge {
  lexicon: Lexicon;
  claimants: readonly Claimant[];
  /** People, offices and events for factual claims; without it only figures are extracted. */
  facts?: FactKnowledge;
}

/** A figure looked at and set aside, with the reason: what `claimdiff explain` shows. */
export interface SetAside {
  span: Span;
  text: string;
  reason: string;
}

export interface Extraction {
  claims: Claim[];
  /** The places the article names and how often: what clusters articles into stories. */
  places: PlaceProfile;
  /** Figures read as projections, negations or history: reported apart, never compared. */
  asides: Claim[];
  skipped: SetAside[];
}

export function claimId(sourceId: string, sentence: string, figure: string, nth: number): string {
  const hash = createHash("sha1").update(`${sourceId}\u0000${sentence}\u0000${figure}\u0000${nth}`).digest("hex");
  return `c-${hash.slice(0, 12)}`;
}

/** `increment`: a day's or a week's figure, not a running total. */
// "a study estimated that 2,975 people died", "1,139 excess deaths": a model's estimate of the
// dead is another quantity than the deaths counted one by one.
const STUDY = /\b(?:study|studies|survey|researchers|epidemiolog\w*|demograph\w*|statistical\s+model|modell?ing|excess\s+deaths?|excess\s+mortality|mortality\s+rate)\b/i;

function metricKey(reading: MetricReading, scope: Scope, increment: Increment, isShare: boolean, estimated = false): { key: string; label: string } {
  const metric: CompiledMetric = reading.arrival ? { ...reading.metric, id: "sheltering", label: "sheltering" } : reading.metric;
  // "hostages-taken" already says who; "killed" + soldiers becomes "killed.soldiers".
  const group = metric.fold.includes(reading.group) ? "people" : reading.group;
  const sub = group === "people" || metric.id.startsWith(group) ? "" : `.${group}`;
  const part = reading.part ? `.part:${reading.part}` : "";
  // A share ("80 percent of residents") is compared with shares only.
  const share = isShare ? ".share" : "";
  const id = `${metric.id}${estimated ? ".estimated" : ""}${sub}${part}${increment ? `.${increment}` : ""}${share}`;
  const who = group === "people" ? "people" : group.replace(/-/g, " ");
  const label = `${isShare ? "share of " : ""}${who} ${metric.label}${reading.part ? ` (those ${reading.part.replace(/-/g, " ")})` : ""}${INCREMENT_LABEL[increment ?? "none"]}${estimated ? " (a study's estimate)" : ""}${isShare ? ", in percent" : ""}`;
  if (scope.type === "incident") {
    const where = scope.placeName ? ` at ${scope.placeName}` : scope.date ? ` of ${scope.date}` : "";
    return { key: `${id}@${scope.incident}${scope.place ? `:${scope.place}` : scope.date ? `:${scope.date}` : ""}`, label: `${label} in the ${scope.incident}${where}` };
  }
  if (scope.place) return { key: `${id}@${scope.place}`, label: `${label} in ${scope.placeName}` };
  return { key: id, label };
}

type Increment = "daily" | "weekly" | "increment" | "peak" | null;
const INCREMENT_LABEL = { daily: " in one day", weekly: " in one week", increment: " (an increment)", peak: " at its peak", none: "" } as const;
const PEAK = /\b(?:at\s+(?:the|its|their)\s+(?:peak|height)|peaked\s+at|at\s+the\s+height\s+of)\b/i;
// "4,645 more people died than in an ordinary year": more than expected, not more than before.
// ("67 more deaths than the figure given yesterday" is an increment all the same.)
// ("10 935 more Muscovites died than a year earlier", "than in the same months of 2009": against
// a year before.)
const EXCESS = /^\s+more\s+[^.;]{0,90}?\bthan\s+(?:(?:would|might|could)\s+(?:otherwise\s+)?have|expected|usual|normal|average|in\s+(?:an?\s+)?(?:ordinary|normal|typical|average|usual)|(?:the|an?)\s+(?:usual|normal|average|expected|ordinary|typical)|(?:a|the)\s+year\s+(?:earlier|before)|in\s+the\s+same\s+(?:[\p{L}-]+\s+)?(?:period|months?|weeks?))\b/iu;

function kindOf(reading: MetricReading, scope: Scope, increment: Increment): CompiledMetric["kind"] {
  // A level's peak is over and done: one figure, whenever it is told.
  if (increment === "peak") return "event";
  if (increment) return "snapshot";
  if (reading.arrival) return "snapshot";
  if (scope.type === "incident" && reading.metric.kind === "cumulative" && !RUNNING_INCIDENTS.has(scope.incident ?? "")) return "event";
  return reading.metric.kind;
}

/** Extracts the claims of one source. Pure: the clock and files come in through `ctx`. */
export function extractSource(source: Source, bodyText: string, knowledge: Knowledge, ctx: Context): Extraction {
  const figures = extractFigures(source, maskFigureQuotes(bodyText), knowledge, ctx);
  if (knowledge.facts) figures.claims.push(...extractFacts(source, bodyText, knowledge.facts, ctx));
  return figures;
}

function extractFigures(source: Source, bodyText: string, knowledge: Knowledge, ctx: Context): Extraction {
  const { lexicon } = knowledge;
  const start = source.bodyStart;
  const numbers = findNumbers(bodyText, start, bodyText.length);
  const skipped: SetAside[] = [];
  if (numbers.length === 0) return { claims: [], asides: [], skipped, places: {} };

  const quantities = readQuantities(bodyText, numbers, ctx.normalize);
  const article: ArticleContext & { claimants: ReadonlySet<string> } = {
    text: bodyText, sourceId: source.id, places: findPlaces(bodyText, start, bodyText.length), incidents: [],
    claimants: claimantsInContext(knowledge.claimants, bodyText),
  };
  findIncidents(article, lexicon, start, bodyText.length);
  const year = Number((source.date ?? ctx.today).slice(0, 4));
  const paras = paragraphs(bodyText, start, bodyText.length);
  const claims: Claim[] = [];
  const asides: Claim[] = [];
  const seen = new Map<string, number>();
  // The scope each reading's claim got, for a later "the figure" that refers back to it.
  const scopeOf = new WeakMap<MetricReading, ClaimScope>();

  let p = 0;
  let sentences: Span[] = [];
  let para: Paragraph = paras[0]!;
  // The last reading, with the first of its sentence (the count the sentence opened with) and
  // whether it was a share; "earlier" and "earlierLead" are the same for the sentence before.
  type Read = { sentence: number; reading: MetricReading; lead: MetricReading; share: boolean };
  let previous: Read | null = null;
  let earlier: MetricReading | null = null;
  let earlierLead: MetricReading | null = null;
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i]!;
    while (p < paras.length && paras[p]!.end <= q.start) p++;
    if (p >= paras.length) break;
    if (para !== paras[p] || sentences.length === 0) {
      para = paras[p]!;
      sentences = sentencesOf(bodyText, para);
    }
    const sentence = sentences.find((s) => s.start <= q.start && q.end <= s.end) ?? para;
    const why = notACount(bodyText, q);
    if (why) {
      skipped.push({ span: q, text: q.text, reason: why });
      continue;
    }
    const next = quantities[i + 1];
    const reading = readMetric({
      text: bodyText,
      sentence,
      quantity: q,
      next: next && next.start < sentence.end ? next : null,
      previous: previous?.sentence === sentence.start ? previous.reading : null,
      earlier: previous && previous.sentence !== sentence.start && !previous.share ? previous.reading : earlier,
      earlierLead: previous && previous.sentence !== sentence.start && !previous.share ? previous.lead : earlierLead,
      lexicon,
    });
    if (!reading) {
      skipped.push({ span: q, text: q.text, reason: "no counted group and event around it" });
      continue;
    }
    // "80 percent of those still there depend on aid": a share is a claim only of a whole count.
    if (q.unit === "percent" && reading.part) {
      skipped.push({ span: q, text: q.text, reason: `a share of part of a count ("${reading.part}"), not compared` });
      continue;
    }
    const prior = previous?.reading ?? earlier;
    // "no innocent civilians had died" counts nothing a later figure could refer back to, and
    // "more than 90 per cent were women" no count a later sentence could carry its group from.
    if (q.figure !== 0) {
      const last: Read | null = previous;
      const lead: MetricReading = last !== null && last.sentence === sentence.start ? last.lead : reading;
      if (last !== null && lead === reading && !last.share) [earlier, earlierLead] = [last.reading, last.lead];
      previous = { sentence: sentence.start, reading, lead, share: q.unit === "percent" };
    }
    const referent = reading.refersTo ? scopeOf.get(reading.refersTo) : undefined;
    const claim = buildClaim(source, bodyText, knowledge, article, { q, sentence, para, reading, year, ctx, seen, prior, referent });
    // "30 died on Friday and 10 at Easter": a share of the count before it that names no place.
    if (reading.breakdown && reading.how.startsWith(PLACE_SHARE) && !claim.scope?.place) {
      skipped.push({ span: q, text: q.text, reason: "a share of the count before it, in no place named" });
      continue;
    }
    if (claim.scope) scopeOf.set(reading, claim.scope);
    claim.asOfTime = paragraphTime(bodyText, para, paras[p - 1]);
    (claim.status === "reported" ? claims : asides).push(claim);
  }
  markRevisions(claims, bodyText);
  return { claims, asides, skipped, places: placeProfile(bodyText, article.places, findNames(bodyText, start, bodyText.length)) };
}

const ORIGIN_BEFORE = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|dozen|others?))\s+(?:(?:were|was|came|come|are)\s+)?from\s+(?:the\s+)?$/i;

function placeProfile(text: string, places: readonly PlaceMention[], names: Record<string, number>): PlaceProfile {
  const profile: PlaceProfile = {};
  for (const [name, count] of Object.entries(names)) profile[`name:${name}`] = { count, name, kind: "name" };
  for (const p of places) {
    // "five were from Iran, four from China": where victims came from, not where the story is.
    if (ORIGIN_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start))) continue;
    const entry = (profile[p.key] ??= { count: 0, name: text.slice(p.start, p.end), at: p.start });
    entry.count++;
    if (p.container) entry.container = true;
    if (p.settlement) entry.settlement = true;
    if (p.division) entry.division = true;
  }
  return profile;
}

/** "305 Malians died": the nationality right after a figure of people, when no listed group names it. */
function nationalityOf(text: string, q: Quantity, reading: MetricReading, lexicon: Lexicon): { nationality: string } | Record<string, never> {
  if (reading.group !== "people") return {};
  if (reading.nationality) return { nationality: reading.nationality };
  const nationality = nationalityAfter(text, q.end, lexicon);
  return nationality ? { nationality } : {};
}

interface ClaimParts {
  q: Quantity;
  sentence: Span;
  para: Paragraph;
  reading: MetricReading;
  year: number;
  ctx: Context;
  seen: Map<string, number>;
  /** The reading of the figure before this one, in this sentence or an earlier one. */
  prior: MetricReading | null;
  /** The scope of the claim a "the figure" refers back to. */
  referent?: ClaimScope;
}

const ADDED = /\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+$/i;

function buildClaim(source: Source, text: string, knowledge: Knowledge, article: ArticleContext & { claimants: ReadonlySet<string> }, parts: ClaimParts): Claim {
  const { q, sentence, para, reading, year, ctx, seen, prior, referent } = parts;
  const sentenceText = source.text.slice(sentence.start, sentence.end);
  const own = readScope(article, knowledge.lexicon, sentence, q, reading.cue, reading.metric.incidents, reading.breakdown === true);
  // "…killed in the city. Sudan's government says the true figure exceeds 15,000": the same count.
  const read = own.type === "none" && referent && referent.type !== "none" ? { ...referent, why: `as the figure it refers to (${referent.placeName ?? referent.incident})` } : own;
  const scope = reading.breakdown && read.place ? { ...read, breakdown: true } : read;
  // "52 deaths in the past 24 hours": the phrase must stand by this figure, not by another one.
  // Cut at the figure before this one, and at the clause break after it: "19 were pulled out
  // overnight, bringing the number rescued to 58" - the 58 is not an overnight figure.
  // A clause before a comma dates this figure only if the figure follows right away ("In the past
  // 24 hours, 52 …"), not across other words ("… overnight, bringing the number rescued to 58").
  const before = text
    .slice(Math.max(sentence.start, q.start - 45), q.start)
    .replace(/^.*\d(?!\d*\s*hours)(?:[^,;]*[,;])?/s, "")
    .replace(/^.*[,;](?=(?:\s*\S+){2,}\s*$)/s, "");
  const after = text.slice(q.end, Math.min(sentence.end, Math.max(q.end, reading.cue.end) + 45)).replace(/\d(?!\d*\s*hours).*$/s, "");
  // "in an overnight raid" says when the raid was, "the toll stood overnight at 17" when the total
  // stood, and "said on the day that 1,300 had died" when it was said: none makes the figure a
  // day's or a night's increment.
  const near = `${before} ${after}`.replace(/\bovernight\s+(?:raid|attack|strike|shelling|bombardment|assault|fighting|storm|flood(?:ing)?|rain|operation)s?\b|\b(?:stood|stands|remained|was|is)\s+overnight\b|\b(?:said|says|reported|announced|stated|claimed|estimated|given|issued|published|released|counted|recorded)\s+(?:on\s+the\s+day|overnight)\b|\bon\s+the\s+day\s+(?:of|itself|after|before)\b/gi, "");
  // "The toll passed the 100 mark overnight", "rose to 58 overnight": when a total moved, not a
  // night's figure.
  const totalMoved = /\b(?:rose|risen|climbed|jumped|soared|increased|reached|went\s+up|gone\s+up)(?:\s+to)?\s*$/i.test(text.slice(Math.max(sentence.start, q.start - 30), q.start)) || /^(?:passed|topped|crossed|exceeded|surpassed)$/i.test(q.qualifier ?? "");
  const dayNear = totalMoved ? near.replace(/\bovernight\b/gi, "") : near;
  // "At the peak of the crisis, 1.5 million were living in camps": a level's past maximum.
  const clause = text.slice(Math.max(sentence.start, text.lastIndexOf(";", q.start) + 1), Math.min(sentence.end, q.end + 30));
  // A level's peak, and a crowd's ("at the peak no more than 250,000 were on the grounds" against
  // the 1.4 million who came over the day).
  const peak = (reading.metric.kind === "snapshot" || reading.metric.id === "present") && PEAK.test(clause);
  // "2,000 were killed … Another 46 deaths were reported in other towns": an addition to the same
  // count; "2,000 were killed and another 10,000 are missing" is the missing's whole count.
  const added = ADDED.test(text.slice(Math.max(sentence.start, q.start - 20), q.start)) && prior?.metric.id === reading.metric.id;
  const excess = EXCESS.test(text.slice(q.end, sentence.end));
  // "Normally 360 people die in Moscow each day. Now it is about 700": "it" is a day's figure too.
  const referred = reading.itBefore ? (text.slice(Math.max(0, sentence.start - 200), sentence.start).trimEnd().split(/(?<=[.!?])\s+/).at(-1) ?? "") : "";
  const increment = peak ? "peak" : knowledge.lexicon.daily.test(`${dayNear} ${referred}`) ? "daily" : knowledge.lexicon.weekly.test(near) ? "weekly" : added || (knowledge.lexicon.increment.test(text.slice(q.end, q.end + 30)) && !excess) ? "increment" : null;
  const isShare = q.unit === "percent";
  const estimated = reading.metric.id === "killed" && (STUDY.test(sentenceText) || excess);
  const { key, label } = metricKey(reading, scope, increment, isShare, estimated);
  const { why: _why, ...claimScope } = scope;
  // "No deaths were reported in the north" says nothing about how many died elsewhere.
  const none = q.figure === 0 && /^(?:no|none|nobody|no one)\b/i.test(q.text);
  const status = none ? { status: "negated" as const, why: `"${q.text}" is a negation, not a count` } : readStatus(text, sentence, q, reading.cue, year, Number((source.date ?? ctx.today).slice(5, 7)));
  const found = tableClaimant(text, q) ?? findAttribution(text, sentence, q);
  // ("is usually said to have killed" names no one.)
  const who = found && /\p{L}/u.test(normalizeAttribution(found.text)) ? found : null;
  const rowDate = reading.how.startsWith(TABLE_HEADING) ? tableRowDate(text, q, source.date) : null;
  const unplaced = rowDate !== null && rowDate.date === null;
  const asOf = rowDate?.date ? { start: q.start, end: q.end, date: rowDate.date, text: "the date heading its table row" } : rowDate ? null : findAsOf(text, sentence, q, source.date);
  const base = `${sentenceText}\u0000${q.text}`;
  const nth = seen.get(base) ?? 0;
  seen.set(base, nth + 1);
  const evidence = [
    `figure "${q.text}" read as ${q.qualifier ? `"${q.qualifier}" ` : ""}${q.figure}`,
    `${reading.how}: "${text.slice(reading.cue.start, reading.cue.end)}" -> ${reading.metric.id} (${reading.group})`,
    `scope: ${scope.why}`,
  ];
  if (status.why) evidence.push(`not compared: ${status.why}`);
  if (asOf) evidence.push(`as of "${asOf.text}" = ${asOf.date}`);
  if (unplaced) evidence.push("no date: the day heading its table row falls after the article's, so its year is unknown");
  return {
    id: claimId(source.id, sentenceText, q.text, nth),
    source: source.id,
    kind: "count",
    metric: key,
    label,
    text: source.text.slice(q.start, q.end),
    span: { start: q.start, end: q.end },
    sentence: sentenceText,
    sentenceSpan: { start: sentence.start, end: sentence.end },
    value: q.interval,
    qualifier: q.qualifier,
    attribution: who?.text ?? null,
    claimant: who ? resolveClaimant(who.text, knowledge.claimants, article.claimants).id : null,
    asOf: unplaced ? null : (asOf?.date ?? source.date),
    asOfFrom: unplaced ? null : asOf ? "text" : source.date ? "article" : null,
    supersededBy: null,
    status: status.status,
    ...(status.year ? { pastYear: status.year } : {}),
    role: para.headline ? "headline" : "body",
    evidence,
    metricKind: kindOf(reading, scope, increment),
    scope: { ...claimScope, incidental: reading.metric.incidents, ...nationalityOf(text, q, reading, knowledge.lexicon) },
    vague: q.vague,
    ...(isShare ? { unit: "percent" as const } : {}),
  };
}
