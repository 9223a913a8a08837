// Who holds which office: a title before a name ("Israeli Minister of Defense Yoav Gallant", "CIA
// chief William Burns", "Director Burns of the U.S. Central Intelligence Agency") or after it, set
// off by commas ("Lloyd Austin, the U.S. defense secretary, said").
import type { Span } from "../../types.js";
import { matchPhrase, readOffice, type Office, type OfficeVocabulary } from "./offices.js";
import { nameWord, parseName, readNameAt, type PersonName } from "./person-names.js";
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

interface TitleAt {
  written: string;
  start: number;
  end: number;
}

interface Reading {
  text: string;
  tokens: readonly Token[];
  vocab: OfficeVocabulary;
  /** Every title in the sentence: a name cannot run into or out of another title. */
  titles: readonly TitleAt[];
  accept?: (n: PersonName) => boolean;
}

interface Found {
  title: TitleAt;
  before: Modifiers;
  /** Words of "of" phrases after the title or the name. */
  after: string[];
  name: { first: number; next: number };
  span: Span;
  former: boolean;
  pattern: string;
}

function mention(r: Reading, f: Found): RoleMention {
  const { tokens } = r;
  const written = tokens.slice(f.name.first, f.name.next).map((t) => t.word).join(" ");
  return {
    span: f.span,
    nameSpan: { start: tokens[f.name.first]!.start, end: tokens[f.name.next - 1]!.end },
    name: parseName(written)!,
    office: readOffice(r.vocab, { title: f.title.written, before: f.before.words, after: f.after }),
    former: f.former,
    pattern: f.pattern,
  };
}

const inTitle = (r: Reading, t: Token) => r.titles.some((title) => title.start <= t.start && t.end <= title.end);

/** "Israeli Minister of Defense Yoav Gallant", "Director Burns of the U.S. CIA". */
function titleThenName(r: Reading, title: TitleAt, before: Modifiers): RoleMention | null {
  const { tokens, vocab } = r;
  let i = tokens.findIndex((t) => t.start >= title.end);
  if (i < 0 || tokens[i - 1]?.closes) return null;
  const of = ofPhrase(tokens, i, vocab);
  i = of.next;
  let former = before.former;
  if (tokens[i] && RETIRED.test(tokens[i]!.word)) {
    former = true;
    i++;
  }
  const name = readNameAt(tokens, i, r.accept);
  if (!name) return null;
  const last = tokens[name.next - 1]!;
  // "Chief District Officer Hari Adhikari": the title is "Officer", read with "Chief District".
  if (r.titles.some((t) => t.start >= title.end && t.start < last.end)) return null;
  const after = of.words.length === 0 && !last.closes && !last.possessive ? ofPhrase(tokens, name.next, vocab) : { words: [], next: name.next, end: null };
  if (tokens[after.next] && RETIRED.test(tokens[after.next]!.word)) former = true;
  const span = { start: before.start ?? title.start, end: after.end ?? last.end };
  const pattern = `${before.words.length ? "modifiers + " : ""}title${of.words.length ? " + of-phrase" : ""} + name${after.words.length ? " + of-phrase" : ""}`;
  return mention(r, { title, before, after: [...of.words, ...after.words], name, span, former, pattern });
}

/** "Lloyd Austin, the U.S. defense secretary, said": a name, a comma, then the office. */
function nameThenTitle(r: Reading, title: TitleAt, before: Modifiers): RoleMention | null {
  const { tokens, vocab, text } = r;
  const officeStart = before.start ?? title.start;
  let k = tokens.findLastIndex((t) => t.end <= officeStart);
  if (/^(?:the|a)$/i.test(tokens[k]?.word ?? "")) k--;
  const comma = tokens[k];
  if (!comma || text[comma.end] !== ",") return null;
  const next = tokens.findIndex((t) => t.start >= title.end);
  const of = next < 0 || tokens[next - 1]!.closes ? { words: [], next, end: null } : ofPhrase(tokens, next, vocab);
  const closing = of.end === null ? tokens[next - 1] : tokens[of.next - 1];
  if (next >= 0 && !closing?.closes) return null; // the office must end its clause: "…secretary, said"
  let first = k;
  while (first > 0 && k - first < 4) {
    const t = tokens[first - 1]!;
    if (!nameWord(t.word) || t.closes || inTitle(r, t) || matchPhrase(vocab, [t.word], 0).phrase) break;
    first--;
  }
  // "Prime Minister Benjamin Netanyahu, Israeli Minister…": that name has its office already.
  if (tokens[first - 1] && inTitle(r, tokens[first - 1]!)) return null;
  for (; first <= k; first++) {
    const name = readNameAt(tokens, first, r.accept);
    if (name?.next !== k + 1) continue;
    const span = { start: tokens[first]!.start, end: of.end ?? title.end };
    const pattern = `name + appositive${before.words.length ? " modifiers +" : ""} title${of.words.length ? " + of-phrase" : ""}`;
    return mention(r, { title, before, after: of.words, name, span, former: before.former, pattern });
  }
  return null;
}

/** Every role mention in a sentence. `accept` narrows names in title-case headlines. */
export function findRoleMentions(text: string, sentence: Span, vocab: OfficeVocabulary, accept?: (n: PersonName) => boolean): RoleMention[] {
  const tokens = tokensIn(text, sentence.start, sentence.end);
  const pattern = new RegExp(vocab.titlePattern.source, vocab.titlePattern.flags);
  const titles: TitleAt[] = [...text.slice(sentence.start, sentence.end).matchAll(pattern)].map((m) => ({
    written: m[0],
    start: sentence.start + m.index!,
    end: sentence.start + m.index! + m[0].length,
  }));
  const reading: Reading = { text, tokens, vocab, titles, accept };
  const found: RoleMention[] = [];
  for (const title of titles) {
    if (/^['’]s\b/.test(text.slice(title.end, title.end + 3))) continue; // "the Prime Minister's office"
    const before = modifiersBefore(tokens, title.start, vocab);
    if (/\b(?:then|ex|former)-$/i.test(text.slice(Math.max(0, title.start - 7), title.start))) before.former = true;
    // A lowercase title needs something before it: "CIA chief William Burns", not "chief Burns".
    const prenominal = capitalized(title.written) || before.words.length > 0 ? titleThenName(reading, title, before) : null;
    const role = prenominal ?? nameThenTitle(reading, title, before);
    if (role) found.push(role);
  }
  return found;
}
