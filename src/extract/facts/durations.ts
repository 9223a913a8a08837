// How long a known event has run, as an article says it: "the war in Gaza rages into its seventh
// month", "the ongoing war, now in its fifth month", "since the war began seven months ago",
// "seven months into the war". Checked against the calendar later (compare/facts).
import { findNumbers, findOrdinals } from "../../normalize/parse-numbers.js";
import type { DurationFact, Span } from "../../types.js";
import type { KnownEvent } from "./knowledge.js";

export interface EventMention extends Span {
  event: KnownEvent;
}

export interface DurationMention {
  span: Span;
  fact: DurationFact;
  event: KnownEvent;
  evidence: string[];
}

type Unit = DurationFact["unit"];

const ORDINAL_BEFORE = /\b(?:in|into|enters?|entered|entering|reaches|reached)\s+(?:its|their|the)\s+$/i;
const UNIT_AFTER = /^[\s-]+(day|week|month|year)s?\b/i;
const AGO_AFTER = /^[\s-]+(day|week|month|year)s?\s+ago\b/i;
const INTO_AFTER = /^[\s-]+(day|week|month|year)s?\s+into\s+/i;
// "the war began seven months ago", "the war, which started seven months ago"
const BEGAN = /^,?\s+(?:that\s+|which\s+)?(?:began|started|erupted|broke\s+out|was\s+launched|kicked\s+off)\s+$/i;
// "the war in Gaza rages into its seventh month", "the ongoing war, now in its fifth month"
const LINK = /^[^.;:!?()]{0,40}$/;

/**
 * Known events named in a sentence. `ranked` lists the events this article may mean, best
 * first, so that "the war" in an article about Gaza is the Gaza war.
 */
export function findEventMentions(text: string, sentence: Span, ranked: readonly KnownEvent[]): EventMention[] {
  const found: EventMention[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  for (const event of ranked) {
    for (const m of slice.matchAll(new RegExp(event.mention.source, event.mention.flags))) {
      const start = sentence.start + m.index!;
      const end = start + m[0].length;
      if (!found.some((f) => f.start < end && start < f.end)) found.push({ start, end, event });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function unitOf(match: RegExpExecArray): Unit {
  return match[1]!.toLowerCase() as Unit;
}

function fact(event: KnownEvent, unit: Unit, ordinal: number | null, elapsed: number | null): DurationFact {
  return { type: "duration", event: event.id, since: event.start, unit, ordinal, elapsed };
}

/** "its seventh month" after an event mention. */
function ordinals(text: string, sentence: Span, events: readonly EventMention[]): DurationMention[] {
  const found: DurationMention[] = [];
  for (const o of findOrdinals(text, sentence.start, sentence.end)) {
    const unit = UNIT_AFTER.exec(text.slice(o.end, sentence.end));
    if (!unit || !ORDINAL_BEFORE.test(text.slice(sentence.start, o.start))) continue;
    const mention = events.filter((e) => e.end <= o.start && LINK.test(text.slice(e.end, o.start))).at(-1);
    if (!mention) continue;
    const end = o.end + unit[0].length;
    found.push({
      span: { start: mention.start, end },
      fact: fact(mention.event, unitOf(unit), o.value, null),
      event: mention.event,
      evidence: [`duration pattern "in its Nth ${unitOf(unit)}": "${o.text}" = ${o.value}`],
    });
  }
  return found;
}

/** "the war began seven months ago" and "seven months into the war". */
function elapsed(text: string, sentence: Span, events: readonly EventMention[]): DurationMention[] {
  const found: DurationMention[] = [];
  for (const n of findNumbers(text, sentence.start, sentence.end)) {
    if (!Number.isInteger(n.value) || n.unit !== null || n.vague) continue;
    const rest = text.slice(n.end, sentence.end);
    const ago = AGO_AFTER.exec(rest);
    const into = INTO_AFTER.exec(rest);
    if (ago) {
      const mention = events.filter((e) => e.end <= n.start && BEGAN.test(text.slice(e.end, n.start))).at(-1);
      if (!mention) continue;
      found.push({
        span: { start: mention.start, end: n.end + ago[0].length },
        fact: fact(mention.event, unitOf(ago), null, n.value),
        event: mention.event,
        evidence: [`duration pattern "began N ${unitOf(ago)}s ago": "${n.text}" = ${n.value}`],
      });
    } else if (into) {
      const mention = events.find((e) => e.start === n.end + into[0].length);
      if (!mention) continue;
      found.push({
        span: { start: n.start, end: mention.end },
        fact: fact(mention.event, unitOf(into), null, n.value),
        event: mention.event,
        evidence: [`duration pattern "N ${unitOf(into)}s into": "${n.text}" = ${n.value}`],
      });
    }
  }
  return found;
}

/** Durations stated in one sentence about the events it names. */
export function findDurations(text: string, sentence: Span, ranked: readonly KnownEvent[]): DurationMention[] {
  const events = findEventMentions(text, sentence, ranked);
  if (events.length === 0) return [];
  return [...ordinals(text, sentence, events), ...elapsed(text, sentence, events)].sort((a, b) => a.span.start - b.span.start);
}

/**
 * The events an article may mean, best first: begun by its date, and, when an event lists
 * context words, mentioned with at least one of them (the most mentions first).
 */
export function rankEvents(events: readonly KnownEvent[], body: string, articleDate: string): KnownEvent[] {
  const scored = events
    .filter((e) => e.start <= articleDate)
    .map((e) => ({ e, score: e.context ? [...body.matchAll(new RegExp(e.context.source, e.context.flags))].length : 0.5 }))
    .filter((s) => s.score > 0);
  return scored.sort((a, b) => b.score - a.score).map((s) => s.e);
}
