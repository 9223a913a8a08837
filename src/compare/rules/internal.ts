// Two figures in one article that cannot both hold: a headline against its own body.
import { disjoint } from "../intervals.js";
import { quote, when } from "../describe.js";
import type { Claim } from "../../types.js";
import { roundingSlack } from "./decrease.js";
import type { PairRule } from "./rule.js";

/** Whether `round` is an exact round figure that `other` rounds to (41,000 for 41,054). */
function withinRounding(round: Claim, other: Claim): boolean {
  const v = round.value.low;
  if (v === null || v !== round.value.high || other.value.low === null || other.value.high === null) return false;
  const slack = roundingSlack(v);
  return slack > 0 && other.value.low >= v - slack && other.value.high <= v + slack;
}

const SAME_WEEK = 7;

function daysApart(a: string | null, b: string | null): number {
  if (!a || !b) return Infinity;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

export const internal: PairRule = {
  id: "internal",
  description: "One article gives two incompatible figures for the same thing on the same day.",
  check(a, b, ctx) {
    const disputed = (a.claimant !== null || b.claimant !== null) && a.claimant !== b.claimant;
    // A figure dated only by the article (a headline) is read as of the body's stated day too:
    // within a week, or whenever two claimants are set side by side (an official count that
    // stopped moving years ago against a rival's), but not as of a table row's day ten years
    // before ("| 17 January 2012 | 11 |" under "32 dead").
    const sameTime = a.asOf === b.asOf || ((a.asOfFrom === "article" || b.asOfFrom === "article") && (disputed || daysApart(a.asOf, b.asOf) <= SAME_WEEK));
    if (a.source !== b.source || !sameTime || !disjoint(a.value, b.value)) return null;
    // Two different figures in one body are far more often two quantities we could not tell
    // apart than an article contradicting itself; a headline against its body, or two claimants
    // quoted side by side (a named one against another, or against the article's own count), is
    // the disagreement worth a reviewer's time.
    const headline = a.role !== b.role;
    // "41,000 MISSING" over a body's 41,054: a headline rounds.
    if (headline && (withinRounding(a, b) || withinRounding(b, a))) return null;
    if (!headline && !disputed) return null;
    const source = ctx.sources.get(a.source);
    const name = source?.outlet ?? a.source;
    const part = (c: typeof a) => (c.role === "headline" ? "the headline" : "the body");
    const same = a.role === b.role ? `${part(a)} says both ${quote(a)} and ${quote(b)}` : `${part(a)} says ${quote(a)}; ${part(b)} says ${quote(b)}`;
    return {
      kind: "internal",
      severity: "high",
      explanation: `In ${name} (${when(a)}), ${same}, for the same ${a.label} on the same day.`,
    };
  },
};
