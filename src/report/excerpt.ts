// The sentence around a figure, cut to a readable length with the figure kept whole, so a
// report can show "… death toll «nears 35,000» as Israel …" in any format's own markup.
import type { Claim } from "../types.js";

export interface Excerpt {
  /** Text before the figure, starting with "…" when the sentence was cut. */
  before: string;
  figure: string;
  /** Text after the figure, ending with "…" when the sentence was cut. */
  after: string;
}

const ELLIPSIS = "…";

/** Runs of whitespace (line breaks in a headline, double spaces) read as one space. */
function squash(text: string): string {
  return text.replace(/\s+/g, " ");
}

/** Where the figure sits in the sentence: by offsets when they agree, else by search. */
function figureIndex(claim: Claim): number {
  const byOffset = claim.span.start - claim.sentenceSpan.start;
  if (claim.sentence.slice(byOffset, byOffset + claim.text.length) === claim.text) return byOffset;
  return claim.sentence.indexOf(claim.text);
}

/** Keeps at most `room` characters of `text` next to the figure, cutting at a word boundary. */
function keepEnd(text: string, room: number): string {
  if (text.length <= room) return text;
  const cut = text.slice(text.length - room);
  const space = cut.indexOf(" ");
  const trimmed = space >= 0 && space < cut.length / 2 ? cut.slice(space + 1) : cut;
  return ELLIPSIS + trimmed;
}

function keepStart(text: string, room: number): string {
  if (text.length <= room) return text;
  const cut = text.slice(0, room);
  const space = cut.lastIndexOf(" ");
  const trimmed = space > cut.length / 2 ? cut.slice(0, space) : cut;
  return trimmed + ELLIPSIS;
}

/**
 * The claim's sentence split around its figure, at most about `maxLength` characters long.
 * Context is shared evenly on both sides; a side that needs less gives the rest to the other.
 */
export function excerpt(claim: Claim, maxLength = 160): Excerpt {
  const figure = squash(claim.text).trim();
  const at = figureIndex(claim);
  if (at < 0) return { before: "", figure, after: "" };

  const before = squash(claim.sentence.slice(0, at)).trimStart();
  const after = squash(claim.sentence.slice(at + claim.text.length)).trimEnd();
  const room = Math.max(0, maxLength - figure.length);
  const half = Math.floor(room / 2);
  const beforeRoom = after.length < half ? room - after.length : Math.max(half, room - after.length);
  const afterRoom = room - Math.min(before.length, beforeRoom);
  return { before: keepEnd(before, beforeRoom), figure, after: keepStart(after, afterRoom) };
}
