// A short quotation around a figure reads as if unquoted: `"more than 500" refugees`, `a toll
// "above 180"`, `'MORE THAN TWO THOUSAND' SLAUGHTERED`. The marks are blanked, so every offset
// still slices the file.
import { CARDINAL_START_WORDS } from "../normalize/number-words.js";

// Each opening mark with its own closing one; a single quote opens after a space and closes
// before a non-letter, so an apostrophe ("the army's 150", "5 soldiers' families") is never one.
const FIGURE_QUOTE = /(["“])([^"“”\n]{1,60}?)(["”])|(?<=^|[\s(])(['‘])([^'‘’\n]{1,60}?)(['’])(?![\p{L}])/gmu;
const NUMBER_WORD = new RegExp(String.raw`\d|\b(?:${[...CARDINAL_START_WORDS, "hundreds?", "thousands?", "millions?", "dozens?", "scores"].join("|")})\b`, "i");
const SHORT_QUOTE_WORDS = 7;
// `"We buried 40 people" said the doctor`, `told reporters: "40 dead"`: a quotation with its
// speaker keeps its marks, which attribution reads.
const SPEAKER_AFTER = /^\s*,?\s*(?:said|says|told|added|adds|according)\b/i;
const SPEAKER_BEFORE = /(?:\b(?:said|says|told|added|adds)|:)\s*$/i;

/**
 * Blanks the quotation marks around a short quoted figure. A quoted clause ("We had counted 46
 * bodies by noon," he said) keeps its marks: it is longer, or ends in a stop or a comma.
 */
export function maskFigureQuotes(text: string): string {
  return text.replace(FIGURE_QUOTE, (match, ...groups: unknown[]) => {
    const at = groups[6] as number;
    const inner = (groups[1] ?? groups[4]) as string;
    const words = inner.trim().split(/\s+/).length;
    if (words > SHORT_QUOTE_WORDS || /[.,;:!?]\s*$/.test(inner) || !NUMBER_WORD.test(inner)) return match;
    // (Not `said "about 1,000" people were missing`: the sentence goes on past the quote.)
    const after = text.slice(at + match.length, at + match.length + 20);
    if (SPEAKER_AFTER.test(after) || (SPEAKER_BEFORE.test(text.slice(Math.max(0, at - 20), at)) && !/^\s+\p{Ll}/u.test(after))) return match;
    return ` ${inner} `;
  });
}
