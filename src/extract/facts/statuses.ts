// Simple statuses of named facilities: "The Kerem Shalom crossing has since been closed", "the
// crossing, a vital entry point for aid, remained closed on Tuesday", "Israel reopened the Erez
// crossing". Only the present or past as stated; "will reopen" and "has not closed" are not read.
import type { Span, StatusFact } from "../../types.js";
import { placeKey } from "../places.js";
import type { FactKnowledge } from "./knowledge.js";
import { findDates, type ResolvedDate } from "./relative-dates.js";
import { capitalized, tokensIn } from "./tokens.js";

export interface StatusMention {
  span: Span;
  fact: StatusFact;
  /** "the Kerem Shalom crossing", for the claim's label. */
  subjectName: string;
  /** The day the text gives for the status, or null for the article's date. */
  date: ResolvedDate | null;
  evidence: string[];
}

const MAX_PLACE_WORDS = 3;
const NOT_PLACE = /^(?:The|A|An|This|That|Its|Their|His|Her|Our)$/;
// Between the facility and its status: an optional appositive, then a plain present or past verb.
const AFTER = /^(?:\s*,[^,.;:]{1,120},)?\s+(?:(?:has|have|had)\s+(?:since\s+|now\s+|also\s+)?been\s+|(?:was|were|is|are|remains?|remained|stays?|stayed)\s+(?:now\s+|still\s+)?)?$/i;
const BEFORE = /\s+(?:the\s+)?$/i;
// A wish, plan or demand is not a status: "urged Israel to reopen", "must keep the crossing open".
const NOT_STATED = /\b(?:to|will|would|could|should|must|may|might|can|keep|keeps|kept|keeping|leave|let|plans?|expected|demand\w*|urg\w*)\s+(?:\w+\s+)?(?:the\s+)?$/i;

/** Capitalised words right before the facility word: the place that names it. */
function placeBefore(text: string, sentence: Span, facilityStart: number): Span | null {
  const tokens = tokensIn(text, sentence.start, facilityStart);
  let first = tokens.length;
  while (first > 0 && tokens.length - first < MAX_PLACE_WORDS) {
    const t = tokens[first - 1]!;
    if (t.closes || !capitalized(t.word) || NOT_PLACE.test(t.word) || /-\p{Ll}/u.test(t.word)) break;
    first--;
  }
  if (first === tokens.length) return null;
  return { start: tokens[first]!.start, end: tokens.at(-1)!.end };
}

function statusWord(text: string, knowledge: FactKnowledge, from: number, to: number, anchored: "start" | "end"): { span: Span; status: string } | null {
  const pattern = new RegExp(knowledge.statuses.pattern.source, "gi");
  const matches = [...text.slice(from, to).matchAll(pattern)];
  const m = anchored === "start" ? matches[0] : matches.at(-1);
  if (!m) return null;
  const status = knowledge.statuses.classOf(m[0]);
  return status ? { span: { start: from + m.index!, end: from + m.index! + m[0].length }, status } : null;
}

function dayOf(text: string, sentence: Span, after: number, articleDate: string): ResolvedDate | null {
  return findDates(text, sentence, articleDate).find((d) => d.precision === "day" && d.start >= after && d.start - after < 40) ?? null;
}

/** Statuses of named facilities in one sentence. */
export function findStatuses(text: string, sentence: Span, knowledge: FactKnowledge, articleDate: string): StatusMention[] {
  const found: StatusMention[] = [];
  const pattern = new RegExp(knowledge.facilities.pattern.source, "gi");
  for (const m of text.slice(sentence.start, sentence.end).matchAll(pattern)) {
    const facility = { start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length };
    const kind = knowledge.facilities.classOf(m[0]);
    const place = placeBefore(text, sentence, facility.start);
    if (!kind || !place) continue;
    const name = text.slice(place.start, place.end);
    // Passive or copular: "the X crossing remained closed"; active: "Israel closed the X crossing".
    const later = statusWord(text, knowledge, facility.end, Math.min(sentence.end, facility.end + 160), "start");
    const after = later && AFTER.test(text.slice(facility.end, later.span.start)) ? later : null;
    const earlier = after ? null : statusWord(text, knowledge, Math.max(sentence.start, place.start - 30), place.start, "end");
    const before = earlier && BEFORE.test(text.slice(earlier.span.end, place.start)) ? earlier : null;
    const hit = after ?? before;
    if (!hit || NOT_STATED.test(text.slice(Math.max(sentence.start, Math.min(place.start, hit.span.start) - 40), Math.min(place.start, hit.span.start)))) continue;
    const date = dayOf(text, sentence, Math.max(hit.span.end, facility.end), articleDate);
    found.push({
      span: { start: Math.min(place.start, hit.span.start), end: Math.max(facility.end, hit.span.end) },
      fact: { type: "status", subject: `${placeKey(name)}-${kind}`, status: hit.status },
      subjectName: `the ${name} ${kind}`,
      date,
      evidence: [`status pattern: ${after ? "facility, then status" : "status, then facility"}: "${text.slice(hit.span.start, hit.span.end)}" = ${hit.status} (score 1)`],
    });
  }
  return found;
}
