// Not every figure is a report: projections ("could kill up to"), negations ("were not
// killed") and history ("the 2014 war killed 2,251") are kept out of comparisons.
import type { ClaimStatus, Span } from "../types.js";

const PROJECTION = /\b(?:could|might|would|feared|fears?|expected\s+to|projected|forecasts?|likely\s+to|set\s+to|threatens?\s+to|at\s+risk|risk\s+of|warned\s+that|if)\b/i;
// "may" only in lower case and not before a day: "on May 5" is a date.
const MAY = /\bmay\b(?!\s*\d)/;
const NEGATION = /\b(?:not|never|n't)\b/i;
const DENIAL = /\b(?:denied|deny|denies|rejected\s+claims|no\s+evidence)\b/i;
const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;
// "since 2014", "from March 2023": the count starts then and runs to now. "since the 2014
// ceasefire that ended a war which killed…" names a past event instead.
const SINCE = /\b(?:since|from)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$/i;
// "1930 GMT", "1800 local time": a clock time, not a year.
const CLOCK_AFTER = /^\s*(?:GMT|UTC|BST|CET|EST|EDT|local|hrs\b|h\b)/i;
const DAY_OR_MONTH = /(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\d{1,2}(?:st|nd|rd|th)?),?\s+$/i;

export interface StatusReading {
  status: ClaimStatus;
  why: string | null;
}

/**
 * Reads the clause from the sentence start to just past the cue. `year` is the article's year
 * (or today's for undated ones): a figure tied to an earlier year is history.
 */
export function readStatus(text: string, sentence: Span, figure: Span, cue: Span, year: number): StatusReading {
  const clauseStart = Math.max(sentence.start, lastClauseBreak(text, sentence.start, Math.min(figure.start, cue.start)));
  const clause = text.slice(clauseStart, Math.max(figure.end, cue.end));
  const projection = PROJECTION.exec(clause) ?? MAY.exec(clause);
  if (projection) return { status: "projection", why: `"${projection[0]}" makes it a projection` };
  // A negation negates the figure only where it governs it: "were not killed", "denied that 40
  // were killed" — not "did not comment on the deaths and said 17 were hurt".
  const governed = text.slice(Math.min(figure.end, cue.end), Math.max(figure.end, cue.end)) + " " + text.slice(Math.max(clauseStart, Math.min(figure.start, cue.start) - 12), Math.min(figure.start, cue.start));
  const negation = NEGATION.exec(governed) ?? DENIAL.exec(text.slice(clauseStart, Math.min(figure.start, cue.start)));
  if (negation) return { status: "negated", why: `"${negation[0]}" negates it` };
  const whole = text.slice(sentence.start, sentence.end);
  for (const m of whole.matchAll(YEAR)) {
    const y = Number(m[1]);
    const lead = whole.slice(0, m.index);
    if (CLOCK_AFTER.test(whole.slice(m.index! + 4))) continue;
    if (y >= year || SINCE.test(lead)) continue;
    // Last year's date ("7 October 2023") often names the start of what is still being counted;
    // a bare year ("the 2023 quake", "in 2023") or anything older is history.
    if (y === year - 1 && DAY_OR_MONTH.test(lead)) continue;
    return { status: "historical", why: `tied to ${y}, before the article's year` };
  }
  return { status: "reported", why: null };
}

function lastClauseBreak(text: string, from: number, to: number): number {
  const slice = text.slice(from, to);
  const m = /.*(?:[;:]|,\s+(?:but|while|whereas|and)\s|\b(?:but|while|whereas)\s)/s.exec(slice);
  return m ? from + m[0].length : from;
}
