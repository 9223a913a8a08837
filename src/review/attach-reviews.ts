// Join recorded verdicts to the conflicts of the current run (pure). A verdict whose conflict is
// gone stays in the file: the CLI lists it as orphaned rather than silently dropping someone's work.
import type { Claim, Conflict, Review } from "../types.js";
import { conflictFingerprint } from "./fingerprint.js";
import type { ReviewEntry, ReviewsDoc } from "./reviews-yaml.js";

export interface OrphanedReview {
  id: string;
  entry: ReviewEntry;
}

/**
 * Each conflict with its `review` (or null). `stale` is true when the claims behind the conflict
 * no longer hash to the recorded fingerprint; a verdict recorded without one is never stale.
 */
export function attachReviews(
  conflicts: readonly Conflict[],
  claimsById: ReadonlyMap<string, Claim>,
  doc: ReviewsDoc,
): Conflict[] {
  return conflicts.map((conflict) => {
    const entry = doc.entries.get(conflict.id);
    if (!entry) return { ...conflict, review: null };
    return { ...conflict, review: toReview(entry, currentFingerprint(conflict, claimsById)) };
  });
}

/** A stored verdict as the report shows it, judged against the claims' fingerprint now. */
export function toReview(entry: ReviewEntry, current: string | null): Review {
  const { verdict, note, by, at, fingerprint } = entry;
  return { verdict, note, by, at, stale: fingerprint !== null && fingerprint !== current };
}

/** The fingerprint of a conflict's claims as they are now; claims no longer found count as changed. */
export function currentFingerprint(conflict: Conflict, claimsById: ReadonlyMap<string, Claim>): string | null {
  const claims = conflict.claims.map((id) => claimsById.get(id));
  if (claims.some((claim) => claim === undefined)) return null;
  return conflictFingerprint(claims as Claim[]);
}

/** Verdicts on conflicts the current run did not find, in id order. */
export function orphanedReviews(doc: ReviewsDoc, conflicts: readonly Conflict[]): OrphanedReview[] {
  const found = new Set(conflicts.map((conflict) => conflict.id));
  return [...doc.entries]
    .filter(([id]) => !found.has(id))
    .map(([id, entry]) => ({ id, entry }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
