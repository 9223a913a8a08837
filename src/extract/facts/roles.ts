// Who holds which office, where a title stands before a name: "Israeli Minister of Defense Yoav
// Gallant", "CIA chief William Burns", "Director Burns of the U.S. Central Intelligence Agency".
import type { Span } from "../../types.js";
import { matchPhrase, readOffice, type Office, type OfficeVocabulary } from "./offices.js";
import { readNameAt, type PersonName, parseName } from "./person-names.js";
import { capitalized, tokensIn, type Token } from "./tokens.js";

export interface RoleMention {
  /** From the first word of the office to the end of the name (or of a trailing "of" phrase). */
  span: Span;
  nameSpan: Span;
  name: PersonName;
  office: Office;
  former: boolean;
  pattern: string;
}

const MAX_MODIFIERS = 5;
const FORMER = /^(?:former|ex|retired|late)$/i;
const FORMER_PREFIX = /^(then|ex|former)-(.*)$/i;
const RETIRED = /^(?:ret|retd|retired)\.?$/i;
const RANK = /^(?:deputy|assistant|under|acting|interim|caretaker)$/i;
// Capitalised words that start a sentence or clause rather than an office.
const STOP = new Set(
  `the a an as and but or in on at with by for from to of after before when while meanwhile
  however also then this that earlier later yesterday today tonight during since under over`.split(/\s+/),
);

interface Modifiers {
  words: string[];
  start: number | null;
  former: boolean;
}

/** Words before a title that belong to the office: country, organization, portfolio, "former". */
function modifiersBefore(tokens: readonly Token[], titleStart: number, vocab: OfficeVocabulary): Modifiers {
  const found: Modifiers = { words: [], start: null, former: false };
  let k = tokens.findLastIndex((t) => t.end <= titleStart);
  for (; k >= 0 && found.words.length < MAX_MODIFIERS; k--) {
    const t = tokens[k]!;
    if (t.closes) break;
    const glued = FORMER_PREFIX.exec(t.word);
    if (FORMER.test(t.word) || glued) {
      found.former = true;
      if (glued?.[2]) found.words.unshift(glued[2]);
      found.start = t.start;
      break;
    }
    const known = matchPhrase(vocab, [t.word], 0).phrase !== null;
    if (!(capitalized(t.word) && !STOP.has(t.word.toLowerCase())) && !known && !RANK.test(t.word)) break;
    found.words.unshift(t.word);
    found.start = t.start;
    if (t.opens) break;
  }
  return found;
}

/** "of Defense", "of the U.S. Central Intelligence Agency": known phrases, or one unknown word. */
function ofPhrase(tokens: readonly Token[], i: number, vocab: OfficeVocabulary): { words: string[]; next: number; end: number | null } {
  const none = { words: [], next: i, end: null };
  if (tokens[i]?.word !== "of" || tokens[i - 1]?.closes) return none;
  let j = i + 1;
  if (tokens[j]?.word.toLowerCase() === "the") j++;
  const words = tokens.map((t) => t.word);
  const taken: string[] = [];
  while (j < tokens.length && taken.length < MAX_MODIFIERS) {
    const m = matchPhrase(vocab, words, j);
    if (!m.phrase && (taken.length > 0 || !capitalized(words[j]!))) break;
    const length = m.phrase ? m.length : 1;
    taken.push(...words.slice(j, j + length));
    j += length;
    while (!m.phrase && j < tokens.length && vocab.portfolioEndings.has(words[j]!.toLowerCase())) taken.push(words[j++]!);
    if (tokens[j - 1]!.closes) break;
  }
  return taken.length ? { words: taken, next: j, end: tokens[j - 1]!.end } : none;
}

/** Every office-before-name mention in a sentence. `accept` narrows names in title-case headlines. */
export function findRoleMentions(text: string, sentence: Span, vocab: OfficeVocabulary, accept?: (n: PersonName) => boolean): RoleMention[] {
  const tokens = tokensIn(text, sentence.start, sentence.end);
  const found: RoleMention[] = [];
  const pattern = new RegExp(vocab.titlePattern.source, vocab.titlePattern.flags);
  const titles = [...text.slice(sentence.start, sentence.end).matchAll(pattern)];
  const titleAt = titles.map((t) => sentence.start + t.index!);
  for (const m of titles) {
    const titleStart = sentence.start + m.index!;
    const titleEnd = titleStart + m[0].length;
    if (/^['’]s\b/.test(text.slice(titleEnd, titleEnd + 3))) continue; // "the Prime Minister's office"
    const before = modifiersBefore(tokens, titleStart, vocab);
    if (/\b(?:then|ex|former)-$/i.test(text.slice(Math.max(0, titleStart - 7), titleStart))) before.former = true;
    // A lowercase title needs something before it: "CIA chief William Burns", not "chief Burns".
    if (!capitalized(m[0]) && before.words.length === 0) continue;
    let i = tokens.findIndex((t) => t.start >= titleEnd);
    if (i < 0 || tokens[i - 1]?.closes) continue;
    const of = ofPhrase(tokens, i, vocab);
    i = of.next;
    let former = before.former;
    if (tokens[i] && RETIRED.test(tokens[i]!.word)) {
      former = true;
      i++;
    }
    const name = readNameAt(tokens, i, accept);
    if (!name) continue;
    const last = tokens[name.next - 1]!;
    // "Chief District Officer Hari Adhikari": the title is "Officer", read with "Chief District".
    if (titleAt.some((at) => at >= titleEnd && at < last.end)) continue;
    const after = of.words.length === 0 && !last.closes ? ofPhrase(tokens, name.next, vocab) : { words: [], next: name.next, end: null };
    if (tokens[after.next] && RETIRED.test(tokens[after.next]!.word)) former = true;
    const written = tokens.slice(name.first, name.next).map((t) => t.word).join(" ");
    const office = readOffice(vocab, { title: m[0], before: before.words, after: [...of.words, ...after.words] });
    found.push({
      span: { start: before.start ?? titleStart, end: after.end ?? last.end },
      nameSpan: { start: tokens[name.first]!.start, end: last.end },
      name: parseName(written)!,
      office,
      former,
      pattern: `${before.words.length ? "modifiers + " : ""}title${of.words.length ? " + of-phrase" : ""} + name${after.words.length ? " + of-phrase" : ""}`,
    });
  }
  return found;
}
