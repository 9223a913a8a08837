// Short phrases every format uses the same way: counts, review verdicts, dates, a claim's origin.
import type { Claim, Review, Source } from "../types.js";
import type { Position } from "./locate.js";

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const VERDICT_WORDS: Record<Review["verdict"], string> = {
  confirmed: "✓ confirmed",
  "false-alarm": "✗ marked a false alarm",
  explained: "✓ explained",
  "follow-up": "? flagged for follow-up",
};

/** "✓ confirmed by Jane, 2026-11-21: note". Staleness is left to the caller to emphasise. */
export function describeReview(review: Review): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(review.at)?.[0] ?? review.at;
  const note = review.note ? `: ${review.note}` : "";
  return `${VERDICT_WORDS[review.verdict]} by ${review.by}, ${day}${note}`;
}

/** Why a stale verdict needs a second look; each format adds its own emphasis. */
export const STALE_REVIEW = "the claims differ from those the verdict was given on";

/** A source's date, saying so when it was read from the article text rather than declared. */
export function describeDate(source: Source): string {
  if (source.date === null) return "undated";
  return source.dateFrom === "text" ? `${source.date} (dateline)` : source.date;
}

/** Claims that take part in comparison: reported figures, not projections or negations. */
export function isCompared(claim: Claim): boolean {
  return claim.status === "reported";
}

/** Notes on a claim that change how it should be read, e.g. ["headline", "superseded by c-2"]. */
export function claimNotes(claim: Claim, source: Source): string[] {
  const notes: string[] = [];
  if (claim.role === "headline") notes.push("headline");
  if (claim.status !== "reported") notes.push(claim.status);
  if (claim.asOf !== null && (claim.asOfFrom === "text" || claim.asOf !== source.date)) {
    notes.push(`as of ${claim.asOf}`);
  }
  if (claim.supersededBy !== null) notes.push(`superseded by ${claim.supersededBy}`);
  return notes;
}

/** "The Independent, 2024-05-14 (dateline), corpus/a.txt:9:1, according to the ministry". */
export function describeOrigin(claim: Claim, source: Source, at: Position): string {
  const parts = [
    source.outlet ?? source.id,
    describeDate(source),
    `${source.path}:${at.line}:${at.column}`,
  ];
  if (claim.attribution) parts.push(`according to ${claim.attribution}`);
  return parts.join(", ");
}
