// When an incident happened, where the text gives its day: "the Hamas rocket attack on the Kerem
// Shalom border crossing on May 5th", "the May 5th attack", "Sunday's strike". The event is keyed
// by kind and place (attack@kerem-shalom), or by a known event's id ("the Oct. 7 attack").
import type { EventDateFact, Span } from "../../types.js";
import type { ArticleContext } from "../scope.js";
import { normalizeEventPhrase, type FactKnowledge, type KnownEvent } from "./knowledge.js";
import { findDates, type ResolvedDate } from "./relative-dates.js";

export interface EventDateMention {
  span: Span;
  fact: EventDateFact;
  /** The place as written, or the known event's name, for the claim's label. */
  what: string;
  evidence: string[];
}

// "another rocket attack on Kerem Shalom on Tuesday" is a second event, not a second date.
const ANOTHER = /\b(?:another|a\s+second|a\s+third|a\s+new|a\s+fresh|a\s+further|renewed|fresh|further|other)\s+(?:[\w-]+\s+){0,2}$/i;
// A date right before the incident: "the May 5th attack", "Sunday's attack", "the 7 October terrorist attack".
const BETWEEN_BEFORE = /^(?:['’]s)?(?:\s+[\p{L}-]+){0,2}\s+$/u;
// A date after the incident in the same clause: "attack on the Kerem Shalom crossing on May 5th".
const BETWEEN_AFTER = /^[^.,;:!?()"“”]{0,70}$/;
function dateOf(text: string, incident: Span, dates: readonly ResolvedDate[]): ResolvedDate | null {
  for (const d of dates) {
    if (d.precision !== "day") continue;
    if (d.end <= incident.start && BETWEEN_BEFORE.test(text.slice(d.end, incident.start))) return d;
    if (d.start >= incident.end) {
      const between = text.slice(incident.end, d.start);
      if (BETWEEN_AFTER.test(between) && (/\b(?:on|in|at)\s+$/i.test(between) || /^(?:on|in)\s/i.test(d.text))) return d;
    }
  }
  return null;
}

function knownEvent(text: string, from: number, incident: Span, knowledge: FactKnowledge): KnownEvent | null {
  const phrase = normalizeEventPhrase(text.slice(from, incident.end), knowledge.fillers);
  return knowledge.events.find((e) => e.aliases.includes(phrase)) ?? null;
}

interface Keyed {
  event: string;
  what: string;
  why: string;
}

/** A known event's id; else kind@place, with the place named beside the incident or, for
 *  "the May 5th attack", by the article's earlier incident of that kind dated that day. */
function keyOf(article: ArticleContext, incident: ArticleContext["incidents"][number], kind: string, date: ResolvedDate, span: Span, knowledge: FactKnowledge, earlier: readonly EventDateMention[]): Keyed | null {
  const from = Math.min(date.start, incident.at);
  const known = knownEvent(article.text, from, span, knowledge);
  if (known) return { event: known.id, what: known.name, why: `"${article.text.slice(from, span.end)}" names the known event ${known.id}` };
  if (incident.place) return { event: `${kind}@${incident.place}`, what: `the ${kind} at ${incident.placeName ?? incident.place}`, why: `the place is named beside the ${kind}` };
  const same = earlier.filter((m) => m.fact.date === date.date && m.fact.event.startsWith(`${kind}@`)).at(-1);
  if (!same) return null;
  return { event: same.fact.event, what: same.what, why: `the article's earlier ${kind} dated ${date.date} is ${same.fact.event}` };
}

/**
 * Event dates in one sentence. `article.incidents` comes from findIncidents (extract/scope.ts);
 * `earlier` holds the article's event dates found before this sentence, in reading order.
 */
export function findEventDates(article: ArticleContext, sentence: Span, knowledge: FactKnowledge, articleDate: string, earlier: readonly EventDateMention[] = []): EventDateMention[] {
  const { text } = article;
  const inSentence = article.incidents.filter((i) => i.at >= sentence.start && i.at < sentence.end);
  if (inSentence.length === 0) return [];
  const dates = findDates(text, sentence, articleDate);
  const found: EventDateMention[] = [];
  const word = new RegExp(knowledge.incidents.pattern.source, "iy");
  for (const incident of inSentence) {
    word.lastIndex = incident.at;
    const m = word.exec(text);
    const kind = m ? knowledge.incidents.classOf(m[0]) : null;
    if (!m || !kind) continue;
    const span = { start: incident.at, end: incident.at + m[0].length };
    if (ANOTHER.test(text.slice(Math.max(sentence.start, span.start - 40), span.start))) continue;
    const date = dateOf(text, span, dates);
    if (!date) continue;
    const keyed = keyOf(article, incident, kind, date, span, knowledge, [...earlier, ...found]);
    if (!keyed) continue;
    const mention = { start: Math.min(date.start, span.start), end: Math.max(date.end, span.end) };
    found.push({
      span: mention,
      fact: { type: "event-date", event: keyed.event, date: date.date, stated: date.stated },
      what: keyed.what,
      evidence: [
        `event-date pattern: ${date.end <= span.start ? "date before the incident" : "date after the incident"}: "${date.text}" = ${date.date} (stated: ${date.stated.join(", ") || "nothing; implied by the article's date"})`,
        `event: ${keyed.why} (score 1)`,
      ],
    });
  }
  return found;
}
