// Words with offsets, for parsers that walk left and right from an anchor (a title, a status
// word) and must know where punctuation ends a phrase.
import type { Span } from "../../types.js";

export interface Token extends Span {
  /** The word without surrounding quotes, brackets, final punctuation or possessive 's. */
  word: string;
  /** Punctuation right after the word: the phrase it belongs to ends there. */
  closes: boolean;
  /** A possessive 's: a name ends there ("Netanyahu's"), an office may go on ("Israel's"). */
  possessive: boolean;
  /** An opening quote or bracket before the word: a phrase cannot reach back across it. */
  opens: boolean;
}

const LEADING = /^[“"‘'(\[]+/;
// A final period is kept on initials and abbreviations ("J.", "U.S."), dropped elsewhere.
const TRAILING = /(?:[,;:!?”"’)\]]+|(?<![A-Z]|\.[A-Z]|\b(?:Jr|Sr|Gen|Sen|Col|Adm|Maj|Lt|Brig))\.)+$/u;
const POSSESSIVE = /['’]s$/;

/** Every whitespace-separated word in text[start, end). */
export function tokensIn(text: string, start: number, end: number): Token[] {
  const found: Token[] = [];
  for (const m of text.slice(start, end).matchAll(/\S+/g)) {
    const raw = m[0];
    const lead = LEADING.exec(raw)?.[0].length ?? 0;
    const rest = raw.slice(lead);
    const trail = TRAILING.exec(rest)?.[0].length ?? 0;
    const possessive = POSSESSIVE.test(rest.slice(0, rest.length - trail));
    const word = rest.slice(0, rest.length - trail - (possessive ? 2 : 0));
    const s = start + m.index! + lead;
    found.push({ start: s, end: s + word.length, word, closes: trail > 0, possessive, opens: lead > 0 });
  }
  return found.filter((t) => t.word.length > 0);
}

/** True when the word starts with a capital letter ("Defense", "U.S.", "al-Sisi" does not). */
export function capitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** A key from words: lowercase ASCII letters and digits joined by hyphens. */
export function slug(words: string): string {
  return words
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
