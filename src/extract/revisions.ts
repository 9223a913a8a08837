// A figure the article itself revises is superseded, not contradicted: "Initially the army said
// three soldiers were killed ... the attack has now killed four", "rose to 52 from 45".
import type { Claim } from "../types.js";

const OLD = /\b(?:initially|originally|at first|first reported|earlier|previously|had (?:said|put|reported|given)|an earlier|preliminary|provisional|correction|corrected|previously stated|our \S+ (?:post|report|update) said|(?:first|initial|original)\s+(?:official\s+)?(?:figure|toll|count|tally|estimate|report|statement|bulletin|communiqu[eé]|update|briefing|announcement)|on the first day)\b/i;
// "Russia has not updated its toll": a negated update is no update.
const NEW = /(?<!\bnot\s|n't\s|\bnever\s)\b(?:now|has risen|have risen|rose|risen|revised|raised|updated|later|latest|since (?:risen|climbed)|succumbed|another|climbed|increased|jumped|new toll|final toll)\b/i;
// "1.6 million are now displaced, up from 1.5 million": the figure after "up from" is the old one.
const UP_FROM = /,\s*(?:up|down|rising|falling|increasing|decreasing)\s+from\s*$/i;
const FROM_OLD = /^\s*,?\s*(?:(?:up|down)\s+)?from\s*$/i;
// "from 220 … to 310 and then 717 by the evening": each figure before "then" is an older one.
// "From 351 dead to more than 138,000": the figure after "from" is the older one.
const FROM_BEFORE = /\bfrom\s*$/i;
const TO_NEWER = /^[^.;\d]{0,30}?\bto\s*$/i;
const THEN = /^[^.;]{0,40}?\b(?:and\s+then|then|and\s+later|before\s+(?:reaching|rising\s+to|climbing\s+to))\s*(?:to\s+)?$/i;

const low = (c: Claim) => c.value.low ?? c.value.high;
const high = (c: Claim) => c.value.high ?? c.value.low;

/** Marks revised claims within one source; claims must be in reading order. */
export function markRevisions(claims: Claim[], text: string): void {
  const byMetric = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.status !== "reported") continue;
    // By what is counted, not where: "killing five guards" in the attack's sentence and
    // "initially three guards were killed" a paragraph later are one figure, revised.
    const what = c.metric.split("@")[0]!;
    const list = byMetric.get(what) ?? [];
    list.push(c);
    byMetric.set(what, list);
  }
  // Two named claimants giving two figures disagree; neither revises the other.
  const rival = (a: Claim, b: Claim) => a.claimant !== null && b.claimant !== null && a.claimant !== b.claimant;
  for (const all of byMetric.values()) {
    for (const older of all) {
      // A vague figure ("hundreds" in a headline) revises nothing.
      const list = all.filter((c) => c === older || (!rival(c, older) && !c.vague));
      // "rose to 52 from 45": the figure after "from" is the old one, in the same sentence.
      const between = (a: Claim, b: Claim) => text.slice(a.span.end, b.span.start);
      const sameSentenceNewer = list.find((c) => c !== older && c.sentenceSpan.start === older.sentenceSpan.start && c.span.end <= older.span.start && (FROM_OLD.test(between(c, older)) || UP_FROM.test(between(c, older))));
      if (sameSentenceNewer) {
        older.supersededBy = sameSentenceNewer.id;
        continue;
      }
      const fromTo = FROM_BEFORE.test(text.slice(Math.max(older.sentenceSpan.start, older.span.start - 8), older.span.start));
      const thenNewer = list.find((c) => c !== older && c.sentenceSpan.start === older.sentenceSpan.start && c.span.start >= older.span.end && (THEN.test(between(older, c)) || (fromTo && TO_NEWER.test(between(older, c)))));
      if (thenNewer) {
        older.supersededBy = thenNewer.id;
        continue;
      }
      // A live blog's entries carry their times: the figure of an earlier entry is an older one.
      // A rival's lower morning figure is too (the ministry's 78, then the minister's 135); a
      // rival's higher one is a dispute the later count does not settle (a witness's "at least
      // 150" against the police's 30).
      const risen = (c: Claim) => !rival(c, older) || (low(c) ?? 0) >= (high(older) ?? Infinity);
      const later = older.asOfTime ? all.filter((c) => !c.vague && risen(c)).filter((c) => c.asOfTime && c.asOfTime > older.asOfTime!).sort((a, b) => (a.asOfTime! < b.asOfTime! ? 1 : -1))[0] : undefined;
      if (later) {
        older.supersededBy = later.id;
        continue;
      }
      const others = list.filter((c) => c !== older && c.sentenceSpan.start !== older.sentenceSpan.start && !OLD.test(c.sentence));
      const updated = others.find((c) => NEW.test(c.sentence));
      // "Initially three …": the article's current figure, wherever it stands, replaces it.
      // The "earlier" must stand by this figure: "…, which had earlier said hundreds" a clause away
      // speaks of another.
      const oldHere = OLD.test(text.slice(Math.max(older.sentenceSpan.start, older.span.start - 50), Math.min(older.sentenceSpan.end, older.span.end + 25)));
      if (oldHere && (updated ?? others[0])) {
        older.supersededBy = (updated ?? others[0])!.id;
        continue;
      }
      // A running total the article says has since risen past it.
      if (updated && older.metricKind === "cumulative" && updated.span.start > older.span.start && below(older, updated)) older.supersededBy = updated.id;
    }
  }
}

function below(a: Claim, b: Claim): boolean {
  return a.value.high !== null && b.value.low !== null && a.value.high <= b.value.low;
}
