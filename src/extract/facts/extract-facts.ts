// Source -> fact claims: who holds which office, when incidents happened, how long known events
// have run, and simple statuses. Each finder reads one sentence; this module makes them claims.
import type { Claim, Context, Fact, MetricKind, Source, Span } from "../../types.js";
import { claimId } from "../extract-source.js";
import { findPlaces } from "../places.js";
import { findIncidents, type ArticleContext } from "../scope.js";
import { paragraphs, sentencesOf } from "../sentences.js";
import { findDurations, rankEvents } from "./durations.js";
import { findEventDates, type EventDateMention } from "./event-dates.js";
import type { FactKnowledge } from "./knowledge.js";
import { matchKnown, resolvePerson, type NameInArticle, type PersonName } from "./person-names.js";
import { findRoleMentions, type RoleMention } from "./roles.js";
import { findStatuses } from "./statuses.js";

interface Sentence extends Span {
  headline: boolean;
  /** A title-case line ("Defense Minister Gallant Says…"): names there must be known ones. */
  titleCase: boolean;
}

/** What becomes one claim; the rest of the claim is the same for every kind of fact. */
interface FactMention {
  span: Span;
  sentence: Sentence;
  fact: Fact;
  metric: string;
  label: string;
  metricKind: MetricKind;
  asOf: string | null;
  asOfFrom: Claim["asOfFrom"];
  qualifier: string | null;
  evidence: string[];
}

/** The date a source speaks for: its own, or for an undated draft, today. */
interface When {
  date: string;
  from: Claim["asOfFrom"];
  why: string;
}

const TITLE_CASE_SHARE = 0.6;
const NO_VALUE = { low: null, high: null, lowInclusive: false, highInclusive: false } as const;

function sentencesIn(text: string, start: number, end: number): Sentence[] {
  return paragraphs(text, start, end).flatMap((p) => {
    const words = text.slice(p.start, p.end).split(/\s+/).filter((w) => /^\p{L}/u.test(w));
    const titleCase = p.headline && words.filter((w) => /^\p{Lu}/u.test(w)).length >= TITLE_CASE_SHARE * words.length;
    return joinInitials(text, sentencesOf(text, p)).map((s) => ({ ...s, headline: p.headline, titleCase }));
  });
}

/** The sentence tokenizer ends sentences at a middle initial ("Lloyd J. Austin III") and at
 *  "(ret.)" ("Major General (ret.) Yaakov Amidror"): rejoin them. */
function joinInitials(text: string, spans: Span[]): Span[] {
  const joined: Span[] = [];
  for (const s of spans) {
    const last = joined.at(-1);
    if (last && /(?:(?:^|\s)\p{Lu}\.|\([Rr]et\.\))$/u.test(text.slice(last.start, last.end)) && /^\p{Lu}/u.test(text.slice(s.start, s.end))) last.end = s.end;
    else joined.push({ ...s });
  }
  return joined;
}

/** Role mentions, body first, so that title-case headlines can check names against the body's. */
function roleMentions(text: string, sentences: readonly Sentence[], knowledge: FactKnowledge): { sentence: Sentence; role: RoleMention }[] {
  const found = sentences.filter((s) => !s.titleCase).flatMap((sentence) => findRoleMentions(text, sentence, knowledge.offices).map((role) => ({ sentence, role })));
  const named = found.filter((f) => f.role.name.given).map((f) => f.role.name);
  const known = (n: PersonName) => matchKnown(n, knowledge.people) !== null || named.some((m) => m.surname === n.surname && (!n.given || m.given === n.given));
  for (const sentence of sentences.filter((s) => s.titleCase)) {
    found.push(...findRoleMentions(text, sentence, knowledge.offices, known).map((role) => ({ sentence, role })));
  }
  return found.sort((a, b) => a.role.span.start - b.role.span.start);
}

/** Full names the article gives anywhere: in role mentions, and listed people named bare. */
function namesInArticle(text: string, start: number, roles: readonly { role: RoleMention }[], knowledge: FactKnowledge): NameInArticle[] {
  const names: NameInArticle[] = roles.filter((r) => r.role.name.given).map((r) => ({ at: r.role.nameSpan.start, name: r.role.name }));
  const body = text.slice(start);
  for (const person of knowledge.people) {
    for (const n of person.names) {
      const words = n.written.split(/\s+/);
      // Most listed people are not in most articles: look for the surname before building a pattern.
      if (!n.given || words.length < 2 || !body.includes(words.at(-1)!)) continue;
      const [first, ...rest] = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
      const pattern = new RegExp(`\\b${first}(?:\\s+\\p{Lu}\\.)*\\s+${rest.join("\\s+")}(?![\\p{L}])`, "gu");
      for (const m of body.matchAll(pattern)) names.push({ at: start + m.index!, name: n });
    }
  }
  return names.sort((a, b) => a.at - b.at);
}

function roles(text: string, start: number, sentences: readonly Sentence[], knowledge: FactKnowledge, when: When): FactMention[] {
  const mentions = roleMentions(text, sentences, knowledge);
  const article = namesInArticle(text, start, mentions, knowledge);
  return mentions.map(({ sentence, role }) => {
    const who = resolvePerson(role.name, role.office, when.date, knowledge.people, article, role.nameSpan.start);
    return {
      span: role.span,
      sentence,
      fact: { type: "role", person: who.name, personKey: who.key, office: role.office.name, officeKey: role.office.key, former: role.former, score: Math.min(who.score, role.office.score) },
      metric: `role:${who.key}`,
      label: `office held by ${who.name}`,
      metricKind: "snapshot",
      asOf: when.date,
      asOfFrom: when.from,
      qualifier: role.former ? "former" : null,
      evidence: [
        `role pattern: ${role.pattern}`,
        `office: "${(text.slice(role.span.start, role.nameSpan.start) || text.slice(role.nameSpan.end, role.span.end)).replace(/^[\s,]+|\s+$/g, "")}" -> ${role.office.key} (score ${role.office.score.toFixed(2)})`,
        `person: ${who.how} -> ${who.key} (score ${who.score.toFixed(2)})`,
        ...(role.former ? ["former: the office is not held at the article's date"] : []),
        when.why,
      ],
    };
  });
}

function events(article: ArticleContext, sentences: readonly Sentence[], knowledge: FactKnowledge, ref: string): FactMention[] {
  const found: { sentence: Sentence; m: EventDateMention }[] = [];
  for (const sentence of sentences) {
    // Earlier dates in the article tell which incident "the May 5th attack" is.
    const mentions = findEventDates(article, sentence, knowledge, ref, found.map((f) => f.m));
    found.push(...mentions.map((m) => ({ sentence, m })));
  }
  return found.map(({ sentence, m }): FactMention => ({
    span: m.span,
    sentence,
    fact: m.fact,
    metric: `event-date:${m.fact.event}`,
    label: `date of ${m.what}`,
    metricKind: "event",
    asOf: m.fact.date,
    asOfFrom: "text",
    qualifier: null,
    evidence: m.evidence,
  }));
}

function durations(text: string, sentences: readonly Sentence[], knowledge: FactKnowledge, body: string, when: When): FactMention[] {
  const ranked = rankEvents(knowledge.events, body, when.date);
  return sentences.flatMap((sentence) =>
    findDurations(text, sentence, ranked).map((m): FactMention => ({
      span: m.span,
      sentence,
      fact: m.fact,
      metric: `duration:${m.fact.event}`,
      label: `time since ${m.event.name} began (${m.event.start})`,
      metricKind: "event",
      asOf: when.date,
      asOfFrom: when.from,
      qualifier: null,
      evidence: [...m.evidence, `event: "${text.slice(m.span.start, m.span.end)}" names ${m.event.id}, which began ${m.event.start} (score 1)`],
    })),
  );
}

function statuses(text: string, sentences: readonly Sentence[], knowledge: FactKnowledge, when: When): FactMention[] {
  return sentences.flatMap((sentence) =>
    findStatuses(text, sentence, knowledge, when.date).map((m): FactMention => ({
      span: m.span,
      sentence,
      fact: m.fact,
      metric: `status:${m.fact.subject}`,
      label: `status of ${m.subjectName}`,
      metricKind: "snapshot",
      asOf: m.date?.date ?? when.date,
      asOfFrom: m.date ? "text" : when.from,
      qualifier: null,
      evidence: [...m.evidence, m.date ? `as of "${m.date.text}" = ${m.date.date}` : when.why],
    })),
  );
}

/** The fact claims of one source. Pure: an undated source (a draft) speaks for ctx.today. */
export function extractFacts(source: Source, bodyText: string, knowledge: FactKnowledge, ctx: Context): Claim[] {
  const start = source.bodyStart;
  const end = bodyText.length;
  const when: When = source.date
    ? { date: source.date, from: "article", why: "as of the article's date" }
    : { date: ctx.today, from: null, why: `the source is undated: as of today (${ctx.today})` };
  const sentences = sentencesIn(bodyText, start, end);
  // A place must name somewhere: the day of "the May 6 attack" is not one.
  const places = findPlaces(bodyText, start, end).filter((p) => /\p{L}/u.test(p.key));
  const article: ArticleContext = { text: bodyText, sourceId: source.id, places, incidents: [] };
  findIncidents(article, knowledge.incidentLexicon, start, end);
  const body = bodyText.slice(start, end);
  const mentions = [
    ...roles(bodyText, start, sentences, knowledge, when),
    ...events(article, sentences, knowledge, when.date),
    ...durations(bodyText, sentences, knowledge, body, when),
    ...statuses(bodyText, sentences, knowledge, when),
  ].sort((a, b) => a.span.start - b.span.start);
  const seen = new Map<string, number>();
  return mentions.map((m) => toClaim(source, m, seen));
}

function toClaim(source: Source, m: FactMention, seen: Map<string, number>): Claim {
  const sentence = source.text.slice(m.sentence.start, m.sentence.end);
  const text = source.text.slice(m.span.start, m.span.end);
  // The fact type keeps fact ids apart from count ids made from the same words.
  const figure = `${m.fact.type}:${text}`;
  const base = `${sentence}\u0000${figure}`;
  const nth = seen.get(base) ?? 0;
  seen.set(base, nth + 1);
  return {
    id: claimId(source.id, sentence, figure, nth),
    source: source.id,
    kind: "fact",
    metric: m.metric,
    label: m.label,
    text,
    span: { start: m.span.start, end: m.span.end },
    sentence,
    sentenceSpan: { start: m.sentence.start, end: m.sentence.end },
    value: { ...NO_VALUE },
    qualifier: m.qualifier,
    attribution: null,
    claimant: null,
    asOf: m.asOf,
    asOfFrom: m.asOfFrom,
    supersededBy: null,
    status: "reported",
    role: m.sentence.headline ? "headline" : "body",
    evidence: m.evidence,
    metricKind: m.metricKind,
    vague: false,
    fact: m.fact,
  };
}
