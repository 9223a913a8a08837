// Line and column for the UI: the report stage's locator, with offsets clamped to the text so a
// stale offset (an article edited while the UI is open) never throws.
import { lineColumn, type Position } from "../report/locate.js";

export type Location = Position;

/** Line and column of `offset` in `text`; an offset past the end is clamped to the end. */
export function locate(text: string, offset: number): Location {
  return lineColumn(text, Math.max(0, Math.min(offset, text.length)));
}
