// Bytes to article text: UTF-8 with a leading BOM removed, which is the text every offset in a
// report indexes. Files that are not UTF-8 text are refused with a reason a person can act on.
import { isUtf8 } from "node:buffer";

/** A handful of bad bytes is damage worth a warning; more means another encoding or a binary. */
export const MAX_INVALID_SEQUENCES = 3;

export type Decoded =
  | { ok: true; text: string; invalidSequences: number }
  | { ok: false; reason: string };

const REPLACEMENT = "\uFFFD";
const ENCODED_REPLACEMENT = Buffer.from(REPLACEMENT, "utf8");

export function decodeArticle(bytes: Buffer): Decoded {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { ok: false, reason: "is UTF-16 text; save it as UTF-8" };
  }
  if (bytes.includes(0)) {
    return { ok: false, reason: "looks like a binary file (it contains NUL bytes)" };
  }
  const decoded = bytes.toString("utf8");
  const text = decoded.startsWith("\uFEFF") ? decoded.slice(1) : decoded;
  if (isUtf8(bytes)) return { ok: true, text, invalidSequences: 0 };

  // Replacement characters the file really contains are not decoding failures.
  const invalidSequences = count(decoded, REPLACEMENT) - countBytes(bytes, ENCODED_REPLACEMENT);
  if (invalidSequences > MAX_INVALID_SEQUENCES) {
    return {
      ok: false,
      reason: `is not UTF-8 text (${invalidSequences} invalid byte sequences); save it as UTF-8`,
    };
  }
  return { ok: true, text, invalidSequences };
}

function startsWith(bytes: Buffer, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function count(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

function countBytes(bytes: Buffer, needle: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(needle); i !== -1; i = bytes.indexOf(needle, i + needle.length)) n++;
  return n;
}
