// Not every figure is a report: projections ("could kill up to"), negations ("were not
// killed") and history ("the 2014 war killed 2,251") are kept out of comparisons.
import type { ClaimStatus, Span } from "../types.js";

// "feared missing" counts the missing; "feared dead" is a fear.
// "may have been left homeless" hedges a present count; "could rise" projects one.
// "which would leave 550 unaccounted for" draws a count from an account; "would displace" projects one.
const PROJECTION = /\b(?:could(?!\s+have\b)(?!\s+(?:not\s+)?be\s+(?:attributed|linked|traced|confirmed|identified|verified|counted|found|tied)\b)|might(?!\s+have\b)|would(?!\s+(?:leave|mean|put|imply|bring|make)\b)|feared(?!\s+missing)|fears?|expected\s+to|projected|forecasts?|likely\s+to|set\s+to|threatens?\s+to|at\s+risk|risk\s+of|warned\s+that|if|preparing\s+for|prepared\s+for|planning\s+for|contingency)\b/i;
// "may" only in lower case and not before a day: "on May 5" is a date.
const MAY = /\bmay\b(?!\s*\d)(?!\s+have\b)/;
const NEGATION = /\b(?:not|never|n't)\b/i;
const DENIAL = /\b(?:denied|deny|denies|rejects?|rejected|dismisse?[sd]?|disputes?|disputed|no\s+evidence|no\s+basis)\b/i;
const SPEAKER_VERB = /\b(?:puts?|gives?|gave|says?|said|reports?|reported|estimates?|estimated|counts?|counted|lists?|listed|records?|recorded)\b/i;
const COMPARED_EVENT = /\b(?:than|since|like)\s+((?:the|a|an)\s+[^;,]{3,80}?),\s+(?:which|that|when)\b[^;,]{0,40}$/i;
const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;
const LONG_AGO = /\b(?:(?:a|one|two|three|four|five|several|a\s+few|many|\d+)\s+(?:decades?|centur(?:y|ies))|(?:\d{2,}|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy)\s+years)\s+(?:ago|earlier|before)\b/i;
// "since 2014", "from March 2023": the count starts then and runs to now. "since the 2014
// ceasefire that ended a war which killed…" names a past event instead.
// "since April 1992", "from 5 April 1992 until yesterday", "since the siege began in April 1992":
// the year starts a running count.
const SINCE = /\b(?:(?:since|from)|since\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:began|begun|started|broke\s+out|erupted)(?:\s+(?:in|on))?)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?=[a-z]))?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$/i;
// "1930 GMT", "1800 local time": a clock time, not a year.
const CLOCK_AFTER = /^\s*(?:GMT|UTC|BST|CET|EST|EDT|local|hrs\b|h\b)/i;
const DAY_OR_MONTH = /(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\d{1,2}(?:st|nd|rd|th)?),?\s+$/i;

const sinceCache = new Map<string, boolean>();
function runningSince(text: string, y: number): boolean {
  const key = `${text.length}\u0000${text.slice(0, 64)}\u0000${y}`;
  let found = sinceCache.get(key);
  if (found === undefined) {
    if (sinceCache.size > 1000) sinceCache.clear();
    found = new RegExp(String.raw`\b(?:since|began|begun|started|broke out)\b[^.;]{0,40}\b${y}\b`, "i").test(text);
    sinceCache.set(key, found);
  }
  return found;
}

export interface StatusReading {
  status: ClaimStatus;
  why: string | null;
  /** For history: the year it is tied to ("the 2014 war killed 2,251"). */
  year?: number;
}

/**
 * Reads the clause from the sentence start to just past the cue. `year` is the article's year
 * (or today's for undated ones): a figure tied to an earlier year is history.
 */
export function readStatus(text: string, sentence: Span, figure: Span, givenCue: Span, year: number, month = 12): StatusReading {
  // A cue borrowed from another sentence ("the figure" after "three still missing") says nothing
  // about this sentence's projections or negations: read this sentence around the figure only.
  const cue = givenCue.start < sentence.start || givenCue.end > sentence.end ? figure : givenCue;
  const clauseStart = Math.max(sentence.start, lastClauseBreak(text, sentence.start, Math.min(figure.start, cue.start)));
  const clause = text.slice(clauseStart, Math.max(figure.end, cue.end));
  const projection = PROJECTION.exec(clause) ?? MAY.exec(clause);
  if (projection) return { status: "projection", why: `"${projection[0]}" makes it a projection` };
  // A negation negates the figure only where it governs it: "were not killed", "denied that 40
  // were killed" — not "did not comment on the deaths and said 17 were hurt".
  // (Not a word of the cue itself: "were never found" counts the missing.)
  // (The figure's own words are not a negation: "will not be less than 300" bounds it.)
  const between = cue.end <= figure.start ? text.slice(cue.end, figure.start) : text.slice(Math.min(figure.end, cue.end), Math.max(figure.end, cue.start));
  const governed = between + " " + text.slice(Math.max(clauseStart, Math.min(figure.start, cue.start) - 12), Math.min(figure.start, cue.start));
  // "rejected the official figure of 2,975" disputes someone's figure; the figure is still reported.
  const lead = text.slice(clauseStart, Math.min(figure.start, cue.start));
  const disputed = /\b(?:figure|toll|count|tally|number|estimate)s?\s+(?:of\s+)?(?:[\w-]+\s+){0,2}$/i.test(lead);
  const negation = NEGATION.exec(governed) ?? (disputed ? null : DENIAL.exec(lead));
  if (negation) return { status: "negated", why: `"${negation[0]}" negates it` };
  // "far worse than the Tazreen factory fire in November, which killed 112": the figure tells of
  // the other event the sentence compares with.
  const compared = COMPARED_EVENT.exec(text.slice(sentence.start, Math.min(figure.start, cue.start)));
  if (compared) return { status: "historical", why: `it tells of the event "${compared[1]!.trim()}" this one is compared with` };
  // A year dates the figures of its own clause: "38 had died, … the deadliest since the 1987 flood
  // that killed 212" makes the 212 history, not the 38.
  const from = Math.max(sentence.start, lastBreak(text, sentence.start, Math.min(figure.start, cue.start)));
  const to = nextBreak(text, Math.max(figure.end, cue.end), sentence.end);
  const whole = text.slice(from, to);
  // "Two decades ago, the war in Darfur killed 300,000": long enough ago to be another event ("a
  // year ago today" in an anniversary piece is still the event's own toll).
  const longAgo = LONG_AGO.exec(whole);
  if (longAgo) return { status: "historical", why: `"${longAgo[0]}": another event, long before this one` };
  // "Last June its gunmen killed about 60 people", in April: last year's event, not this one.
  const last = LAST_PERIOD.exec(text.slice(from, Math.min(figure.start, cue.start)));
  if (last && !/\b(?:since|began|begun|started|starting|from)\s+$/i.test(text.slice(from, from + last.index))) {
    const named = last[1] ? MONTHS.indexOf(last[1].toLowerCase().slice(0, 3)) + 1 : 0;
    if (!last[1] || named >= month) return { status: "historical", why: `"${last[0].trim()}": last year, before this event`, year: year - 1 };
  }
  for (const m of whole.matchAll(YEAR)) {
    const y = Number(m[1]);
    const lead = whole.slice(0, m.index);
    if (CLOCK_AFTER.test(whole.slice(m.index! + 4))) continue;
    // "The department, which closed its count in August 2006, puts the toll at 1,464": the year
    // dates an aside about the speaker, closed before the figure.
    // ("The first war, which ended in 1994, killed some 30,000" dates the event itself.)
    const afterAside = /^[^,;]*,([^;]*)$/.exec(whole.slice(m.index!, figure.start - from));
    if (m.index! < figure.start - from && /,\s*(?:which|who)\b[^,;]*$/i.test(lead) && afterAside && SPEAKER_VERB.test(afterAside[1]!)) continue;
    // "killed 316,000, … larger than the toll from the 2004 tsunami": another event it is set against.
    if (m.index! > figure.end - from && /\b(?:than|compared\s+(?:with|to)|surpass\w*|exceed\w*|eclips\w*|overtak\w*|outstrip\w*)\b/i.test(text.slice(figure.end, from + m.index!))) continue;
    // "since 2014" starts a running count; "the largest since 2011, when Israel freed 1,027" recalls 2011.
    if (y >= year || (SINCE.test(lead) && !/^\d{4}\s*,?\s*when\b/i.test(whole.slice(m.index!)))) continue;
    // Last year's date ("7 October 2023") often names the start of what is still being counted;
    // a bare year ("the 2023 quake", "in 2023") or anything older is history.
    if (y === year - 1 && DAY_OR_MONTH.test(lead)) continue;
    // A war the article counts "since April 2023" is still going on: last year's figures are its own.
    if (y === year - 1 && runningSince(text, y)) continue;
    return { status: "historical", why: `tied to ${y}, before the article's year`, year: y };
  }
  return { status: "reported", why: null };
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const LAST_PERIOD = /\b(?:last\s+(January|February|March|April|May|June|July|August|September|October|November|December)|last\s+year|the\s+previous\s+year|a\s+year\s+(?:earlier|before))\b/i;

// Where one clause hands over to another: "…, making the disaster the deadliest since 1987",
// "…; in 2014 …". An introductory "In 2014, the war killed …" stays one clause.
// ", which killed 519" still speaks of the 2007 earthquake named before it: not a break.
// "in 2013, when an estimated 3,000 died": a "when" after a year is that year's clause.
const CLAUSE_BREAK = /;|(?<!\b(?:1[89]\d\d|20\d\d)),\s+(?=when\b)|,\s+(?=(?:making|while|whereas|but|including|bringing|leaving|raising|pushing|although|though|surpassing|overtaking|exceeding|eclipsing|and\s+(?:the|a|an|it|this|that|its|enough))\b)|\s[-–—]\s/g;

function lastBreak(text: string, from: number, to: number): number {
  let at = from;
  for (const m of text.slice(from, to).matchAll(CLAUSE_BREAK)) {
    // "The 1917 Halifax explosion in Canada, when a ship blew up, killed …": the "when" clause
    // belongs to the dated event before it.
    const start = from + m.index!;
    if (/^,\s+when\b/i.test(m[0] + text.slice(start + m[0].length, start + m[0].length + 5)) && YEAR_IN.test(text.slice(at, start))) continue;
    at = start + m[0].length;
  }
  return at;
}

const YEAR_IN = /\b(?:1[89]\d\d|20\d\d)\b/;

function nextBreak(text: string, from: number, to: number): number {
  CLAUSE_BREAK.lastIndex = 0;
  const m = CLAUSE_BREAK.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

function lastClauseBreak(text: string, from: number, to: number): number {
  const slice = text.slice(from, to);
  const m = /.*(?:[;:]|,\s+(?:but|while|whereas|and)\s|\b(?:but|while|whereas)\s)/s.exec(slice);
  return m ? from + m[0].length : from;
}
