// What a fact-checker judged, reduced to a short hash: when an article is edited and the claims
// behind a reviewed conflict change, the hash changes and the verdict is flagged as stale.
import { createHash } from "node:crypto";
import type { Claim } from "../types.js";

/**
 * sha1 over each claim's source, quoted text, sentence and interval, in claim-id order. Offsets,
 * labels and extractor evidence are left out: an edit elsewhere in the article, or a better
 * label, or re-wrapped lines, do not change what was judged.
 */
export function conflictFingerprint(claims: readonly Claim[]): string {
  const judged = [...claims]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((claim) => [
      claim.source,
      squeeze(claim.text),
      squeeze(claim.sentence),
      // Fixed field order, so the hash does not depend on how the interval object was built.
      [claim.value.low, claim.value.high, claim.value.lowInclusive, claim.value.highInclusive],
    ]);
  return createHash("sha1").update(JSON.stringify(judged)).digest("hex").slice(0, 12);
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
