// Splits a stretch of article text into sentences with offsets, using natural's tokenizer.
// Paragraphs (line breaks) are split first: headlines and datelines carry no final period.
import SentenceTokenizer from "natural/lib/natural/tokenizers/sentence_tokenizer.js";
import type { Span } from "../types.js";

// natural matches abbreviations case-insensitively and without word boundaries, so every entry
// must be safe inside ordinary words: "St." would swallow the period of "first.", "Co." that of
// "Mexico.". These are the ones that are not.
const ABBREVIATIONS = [
  "U.S.", "U.K.", "U.N.", "E.U.", "a.m.", "p.m.", "e.g.", "i.e.", "vs.", "Mr.", "Mrs.", "Dr.",
  "Gen.", "Capt.", "Sgt.", "Maj.", "Brig.", "Adm.", "Gov.", "Rep.", "Sen.", "Prof.", "Jr.", "Sr.",
  "Jan.", "Feb.", "Apr.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Nos.", "approx.", "est.",
];

/**
 * natural's tokenizer, with its placeholder bookkeeping made linear: the stock methods build a
 * regex from every abbreviation on each call and one regex per placeholder when reverting, which
 * dominated extraction time. Same placeholders, same results.
 */
class LinearSentenceTokenizer extends SentenceTokenizer {
  private static readonly abbreviationPattern = new RegExp(`(${ABBREVIATIONS.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "gi");
  declare replacementCounter: number;
  declare replacementMap: Map<string, string>;
  declare delimiterMap: Map<string, string>;

  override replaceAbbreviations(text: string): string {
    return text.replace(LinearSentenceTokenizer.abbreviationPattern, (match) => {
      const code = `{{ABBREV_${this.replacementCounter++}}}`;
      this.replacementMap.set(code, match);
      return code;
    });
  }

  override revertReplacements(text: string): string {
    return text.replace(/\{\{(?:ABBREV|URI|NUMBER)_\d+\}\}/g, (code) => this.replacementMap.get(code) ?? code);
  }

  override revertDelimiters(text: string): string {
    return text.replace(/\{\{DELIM_\d+\}\}/g, (code) => this.delimiterMap.get(code) ?? code);
  }
}

const tokenizer = new LinearSentenceTokenizer(ABBREVIATIONS);

export interface Paragraph extends Span {
  /** A short line without final punctuation: a headline, standfirst or caption title. */
  headline: boolean;
}

const HEADLINE_MAX_WORDS = 25;

/** Lines of text between `start` and `end`, with blank lines dropped. */
export function paragraphs(text: string, start = 0, end = text.length): Paragraph[] {
  const found: Paragraph[] = [];
  let at = start;
  while (at < end) {
    let stop = text.indexOf("\n", at);
    if (stop < 0 || stop > end) stop = end;
    let s = at;
    let e = stop;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) found.push({ start: s, end: e, headline: isHeadline(text.slice(s, e)) });
    at = stop + 1;
  }
  return found;
}

function isHeadline(line: string): boolean {
  if (/[.!?:;,"”’)]$/.test(line)) return false;
  // A table's row (masked to "Sofala ; 600 ; 1 200" or "Deaths : 598") is the body's data, not a summary of it.
  if (/\s[;:]\s/.test(line)) return false;
  // So is a list's line by place ("- Province of Al Haouz: 1 684").
  if (/^\s*(?:[-*•]|\d+\.)\s+[^:]+:\s*[\d][\d\s.,]*$/.test(line)) return false;
  return line.split(/\s+/).length <= HEADLINE_MAX_WORDS;
}

// A place where a sentence may end: terminal punctuation, maybe a closing quote, then space.
const MAYBE_BOUNDARY = /[.?!…]["'”’)\]]*\s+\S/;

/** Sentences inside one paragraph, as offsets into `text`. */
export function sentencesOf(text: string, paragraph: Span): Span[] {
  const slice = text.slice(paragraph.start, paragraph.end);
  // Most headlines and many news paragraphs are one sentence: no need to ask the tokenizer.
  if (!MAYBE_BOUNDARY.test(slice)) return [{ start: paragraph.start, end: paragraph.end }];
  const spans: Span[] = [];
  let cursor = 0;
  for (const sentence of tokenizer.tokenize(slice)) {
    const at = slice.indexOf(sentence, cursor);
    // The tokenizer only trims; if it ever rewrites text, keep the rest of the paragraph whole.
    if (at < 0) {
      spans.push({ start: paragraph.start + cursor, end: paragraph.end });
      return spans;
    }
    const span = { start: paragraph.start + at, end: paragraph.start + at + sentence.length };
    // "Harvard's T.H. Chan School", "George W. Bush": an initial does not end a sentence.
    const previous = spans.at(-1);
    if (previous && INITIAL_END.test(text.slice(previous.start, previous.end))) previous.end = span.end;
    else spans.push(span);
    cursor = at + sentence.length;
  }
  return spans;
}

const INITIAL_END = /(?:^|[\s(])(?:[A-Z]\.){1,3}$/;
