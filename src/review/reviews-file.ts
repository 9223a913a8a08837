// claims/reviews.yaml on disk: load it, and save one verdict at a time under a lock, merged with
// whatever colleagues saved meanwhile. A file that does not parse is reported, never overwritten.
import { mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseDocument } from "yaml";
import { InputError } from "../errors.js";
import { removeAbandonedTemps, writeFileAtomic } from "./atomic-write.js";
import { withFileLock } from "./file-lock.js";
import type { LockOptions } from "./file-lock.js";
import { applyVerdict, emptyReviewsDoc, isVerdict, parseReviews, renderReviews, sortedDoc } from "./reviews-yaml.js";
import type { ParsedReviews, ReviewEntry, ReviewsDoc } from "./reviews-yaml.js";

// The review stage's public face: callers import from here.
export { emptyReviewsDoc, isVerdict, parseReviews, REVIEWS_HEADER } from "./reviews-yaml.js";
export type { ReviewEntry, ReviewsDoc } from "./reviews-yaml.js";
export { conflictFingerprint } from "./fingerprint.js";
export { attachReviews, currentFingerprint, orphanedReviews, toReview } from "./attach-reviews.js";
export type { OrphanedReview } from "./attach-reviews.js";
export { gitUserName, reviewerName } from "./reviewer-name.js";
export { exportReviewsMarkdown } from "./export-markdown.js";
export { writeFileAtomic } from "./atomic-write.js";

/** A missing file is an empty doc; anything unreadable or malformed throws an InputError. */
export function loadReviews(file: string): ReviewsDoc {
  return readParsed(file).doc;
}

export interface SaveResult {
  /** The file's verdicts after this save, colleagues' concurrent saves included. */
  doc: ReviewsDoc;
  /** The verdict this save replaced or cleared, if there was one. */
  previous: ReviewEntry | null;
}

/**
 * Record (`entry`) or clear (`null`) the verdict on one conflict. Under the lock the current file
 * is re-read and only this change applied, so concurrent saves by colleagues are all kept.
 */
export async function saveVerdict(
  file: string,
  conflictId: string,
  entry: ReviewEntry | null,
  options: LockOptions = {},
): Promise<SaveResult> {
  checkEntry(conflictId, entry);
  mkdirSync(dirname(file), { recursive: true }); // the lock lives beside the file
  return withFileLock(
    `${file}.lock`,
    () => {
      const { doc, yaml } = readParsed(file);
      const previous = doc.entries.get(conflictId) ?? null;
      if (entry === null && previous === null) return { doc, previous };
      applyVerdict(yaml, conflictId, entry);
      writeFileAtomic(file, renderReviews(yaml));
      removeAbandonedTemps(file, options.staleMs ?? 30_000);
      removeAbandonedTemps(`${file}.lock`, options.staleMs ?? 30_000);
      const entries = new Map(doc.entries);
      if (entry === null) entries.delete(conflictId);
      else entries.set(conflictId, { ...entry });
      return { doc: sortedDoc(entries), previous };
    },
    options,
  );
}

function readParsed(file: string): ParsedReviews {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { doc: emptyReviewsDoc(), yaml: parseDocument("") };
    throw new InputError(file, `cannot read: ${code ?? (error as Error).message}`);
  }
  return parseReviews(text, file);
}

/** The UI and the CLI build entries from what a person typed: refuse what could not be read back. */
function checkEntry(conflictId: string, entry: ReviewEntry | null): void {
  if (conflictId.trim() === "" || /[\r\n]/.test(conflictId)) {
    throw new RangeError(`not a conflict id: ${JSON.stringify(conflictId)}`);
  }
  if (entry === null) return;
  if (!isVerdict(entry.verdict)) throw new RangeError(`${conflictId}: unknown verdict '${entry.verdict}'`);
  if (entry.by.trim() === "") throw new RangeError(`${conflictId}: a verdict needs a reviewer`);
  if (Number.isNaN(Date.parse(entry.at))) throw new RangeError(`${conflictId}: 'at' is not a date: '${entry.at}'`);
}
