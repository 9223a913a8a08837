// The clock time a figure is given for, where the text says: live blogs stamp each entry
// ("0900 GMT: the toll rose to 112", "Update, 14:00 — …").
import type { Span } from "../types.js";

const TIME = /\b(?:at\s+)?([01]?\d|2[0-3])(?::|\.|h)?([0-5]\d)\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|local(?:\s+time)?|hrs|h)\b|\b(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*(a\.m\.|p\.m\.|am\b|pm\b)/i;

function asHHMM(m: RegExpExecArray): string {
  if (m[1] !== undefined) return `${m[1].padStart(2, "0")}:${m[2]}`;
  let hour = Number(m[3]) % 12;
  if (/^p/i.test(m[5]!)) hour += 12;
  return `${String(hour).padStart(2, "0")}:${m[4] ?? "00"}`;
}

// A live blog's entry stamp may be a bare "11:15" ("**11:15** - …"), but only as the entry's head.
const STAMP = /^[\s*_#[(]*([01]?\d|2[0-3])[:.]([0-5]\d)\b/;

/** The time stamp that opens a paragraph, or that stands alone on the line before it. */
export function paragraphTime(text: string, paragraph: Span, previous: Span | undefined): string | null {
  const head = TIME.exec(text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 24)));
  if (head && head.index <= 4) return asHHMM(head);
  const stamp = STAMP.exec(text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 12)));
  if (stamp) return `${stamp[1]!.padStart(2, "0")}:${stamp[2]}`;
  if (previous && previous.end - previous.start <= 24) {
    const line = TIME.exec(text.slice(previous.start, previous.end));
    if (line) return asHHMM(line);
  }
  return null;
}
