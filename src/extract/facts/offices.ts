// Offices written many ways ("Israeli Minister of Defense", "Defence Minister", "CIA chief") read
// into one normalized office: title, scope (portfolio or organization) and country.
import { distance } from "fastest-levenshtein";
import { slug } from "./tokens.js";

export interface Office {
  /** "defense.minister@israel": scope.title@country, each part present only when known. */
  key: string;
  /** "Minister of Defense (Israel)". */
  name: string;
  title: string;
  scope: string | null;
  country: string | null;
  /** 1 when every word matched the vocabulary exactly; lower for spelling variants. */
  score: number;
}

type PhraseKind = "country" | "organization" | "portfolio";

interface Phrase {
  kind: PhraseKind;
  id: string;
  name: string;
  /** Words compared without periods ("U.S." is "US"); capitals-only forms compare case-sensitively. */
  words: string[];
  caseSensitive: boolean;
  /** For organizations, the country their head serves. */
  country: { id: string; name: string } | null;
}

export interface OfficeVocabulary {
  /** Title variants (lowercase, single-spaced) to canonical title. */
  titles: Map<string, { id: string; name: string }>;
  /** Any title as written, longest first, for scanning text. */
  titlePattern: RegExp;
  phrases: Phrase[];
  portfolioEndings: Set<string>;
}

/** Words that change the office ("Deputy Minister" is not "Minister") or leave it as is. */
const RANKS = new Set(["deputy", "assistant", "under"]);
const NEUTRAL = new Set(["acting", "interim", "caretaker"]);
const FUZZY_MIN_LENGTH = 6;

const bare = (word: string) => word.replace(/\./g, "").replace(/['’]s$/, "");
const isAbbreviation = (word: string) => /^[A-Z]{2,5}$/.test(bare(word));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function phrase(kind: PhraseKind, id: string, name: string, written: string, country: Phrase["country"] = null): Phrase {
  const words = written.trim().split(/\s+/).map(bare);
  return { kind, id, name, words, caseSensitive: words.length === 1 && isAbbreviation(written), country };
}

function entries(doc: unknown, where: string): [string, string[]][] {
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) throw new Error(`${where} must map canonical names to lists of variants`);
  return Object.entries(doc as Record<string, unknown>).map(([name, variants]) => {
    if (variants !== null && (!Array.isArray(variants) || !variants.every((v) => typeof v === "string"))) {
      throw new Error(`${where}.${name} must be a list of words`);
    }
    return [name, (variants as string[] | null) ?? []];
  });
}

function organizations(doc: unknown, countries: Map<string, { id: string; name: string }>): Phrase[] {
  if (doc === undefined) return [];
  if (!Array.isArray(doc)) throw new Error("organizations must be a list");
  return doc.flatMap((o: Record<string, unknown>, i) => {
    if (typeof o?.name !== "string") throw new Error(`organizations[${i}] needs a name`);
    const short = typeof o.short === "string" ? o.short : null;
    const country = typeof o.country === "string" ? countries.get(o.country.toLowerCase()) : null;
    if (o.country !== undefined && !country) throw new Error(`organizations[${i}] (${o.name}): country "${String(o.country)}" is not under countries`);
    const also = Array.isArray(o.also) ? o.also.map(String) : [];
    const id = slug(short ?? o.name);
    return [o.name, ...(short ? [short] : []), ...also].map((w) => phrase("organization", id, o.name as string, w, country ?? null));
  });
}

/** Builds the vocabulary from the parsed claims/offices.yaml; throws naming the bad entry. */
export function compileOfficeVocabulary(doc: unknown): OfficeVocabulary {
  if (!doc || typeof doc !== "object") throw new Error("expected a mapping with `titles`, `portfolios`, `countries`");
  const root = doc as Record<string, unknown>;
  const titles = new Map<string, { id: string; name: string }>();
  for (const [name, variants] of entries(root.titles, "titles")) {
    for (const v of [name, ...variants]) titles.set(v.toLowerCase().replace(/\s+/g, " "), { id: slug(name), name });
  }
  const countryIds = new Map<string, { id: string; name: string }>();
  const phrases: Phrase[] = [];
  for (const [name, variants] of entries(root.countries, "countries")) {
    const country = { id: slug(name), name };
    countryIds.set(name.toLowerCase(), country);
    for (const v of [name, ...variants]) phrases.push(phrase("country", country.id, name, v));
  }
  for (const [name, variants] of entries(root.portfolios, "portfolios")) {
    for (const v of [name, ...variants]) phrases.push(phrase("portfolio", slug(name), name, v));
  }
  phrases.push(...organizations(root.organizations, countryIds));
  phrases.sort((a, b) => b.words.length - a.words.length);
  const endings = root["portfolio endings"] ?? [];
  if (!Array.isArray(endings)) throw new Error("`portfolio endings` must be a list of words");
  const alternation = [...titles.keys()].sort((a, b) => b.length - a.length).map((t) => escape(t).replace(/ /g, "\\s+"));
  return {
    titles,
    // A title starts a word, or follows a glued "ex-"/"then-"/"former-" ("ex-Prime Minister").
    titlePattern: new RegExp(`(?:(?<![\\p{L}-])|(?<=\\b(?:then|ex|former)-))(?:${alternation.join("|")})(?![\\p{L}-])`, "giu"),
    phrases,
    portfolioEndings: new Set(endings.map((e) => String(e).toLowerCase())),
  };
}

function sameWord(written: string, known: string, caseSensitive: boolean): boolean {
  const w = bare(written);
  return caseSensitive ? w === known : w.toLowerCase() === known.toLowerCase();
}

export interface PhraseMatch {
  phrase: Phrase | null;
  /** How many words it covers. */
  length: number;
  score: number;
}

/** The vocabulary phrase at words[at], exactly or one letter off; phrase null when unknown. */
export function matchPhrase(vocab: OfficeVocabulary, words: readonly string[], at: number): PhraseMatch {
  for (const p of vocab.phrases) {
    if (p.words.every((w, i) => words[at + i] !== undefined && sameWord(words[at + i]!, w, p.caseSensitive))) {
      return { phrase: p, length: p.words.length, score: 1 };
    }
  }
  const word = bare(words[at] ?? "").toLowerCase();
  if (word.length >= FUZZY_MIN_LENGTH) {
    for (const p of vocab.phrases) {
      if (p.words.length !== 1 || p.caseSensitive) continue;
      const known = p.words[0]!.toLowerCase();
      if (known.length >= FUZZY_MIN_LENGTH && distance(word, known) === 1) return { phrase: p, length: 1, score: 1 - 1 / known.length };
    }
  }
  return { phrase: null, length: 1, score: 1 };
}

/** What an office phrase is made of, as written around its title. */
export interface OfficeParts {
  title: string;
  /** Words before the title ("Israeli", "Defense"), in order. */
  before: readonly string[];
  /** Words of an "of" phrase after the title or the name ("Defense", "the U.S. CIA"). */
  after: readonly string[];
}

interface Scope {
  /** Portfolio, organization and unknown words, in order: "Civil Defense" is civil-defense. */
  pieces: { id: string; name: string; organization: boolean }[];
  country: { id: string; name: string } | null;
  rank: string;
  score: number;
}

function scopeOf(vocab: OfficeVocabulary, written: readonly string[]): Scope {
  const scope: Scope = { pieces: [], country: null, rank: "", score: 1 };
  let orgCountry: Phrase["country"] = null;
  const words = written.filter((w) => !/^(?:the|of)$/i.test(w));
  for (let i = 0; i < words.length; ) {
    const w = words[i]!.toLowerCase();
    if (RANKS.has(w)) scope.rank = `${capitalize(w)} `;
    if (RANKS.has(w) || NEUTRAL.has(w)) {
      i++;
      continue;
    }
    const m = matchPhrase(vocab, words, i);
    const p = m.phrase;
    if (p?.kind === "country") scope.country ??= { id: p.id, name: p.name };
    else if (p) scope.pieces.push({ id: p.id, name: p.name, organization: p.kind === "organization" });
    else scope.pieces.push({ id: slug(words[i]!), name: bare(words[i]!), organization: false });
    if (p?.kind === "organization") orgCountry ??= p.country;
    scope.score = Math.min(scope.score, m.score);
    i += m.length;
  }
  scope.country ??= orgCountry;
  return scope;
}

/** Normalizes an office; words the vocabulary does not know stay in the scope as written. */
export function readOffice(vocab: OfficeVocabulary, parts: OfficeParts): Office {
  const title = vocab.titles.get(parts.title.toLowerCase().replace(/\s+/g, " ")) ?? { id: slug(parts.title), name: parts.title };
  const scope = scopeOf(vocab, [...parts.before, ...parts.after]);
  const titleName = `${scope.rank}${title.name}`;
  const titleId = slug(titleName);
  const scopeId = scope.pieces.length ? scope.pieces.map((p) => p.id).join("-") : null;
  const scopeName = scope.pieces.map((p) => p.name).join(" ");
  const only = scope.pieces.length === 1 ? scope.pieces[0]! : null;
  // "Director of the Central Intelligence Agency", but "Leader of Hamas".
  const article = only?.organization && /\s/.test(only.name) ? "the " : "";
  const of = scopeId ? ` of ${article}${scopeName}` : "";
  const country = scope.country;
  const key = `${scopeId ? `${scopeId}.` : ""}${titleId}${country ? `@${country.id}` : ""}`;
  return { key, name: `${titleName}${of}${country ? ` (${country.name})` : ""}`, title: titleId, scope: scopeId, country: country?.id ?? null, score: scope.score };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Reads an office written on its own ("U.S. Secretary of Defense"), as in claims/people.yaml. */
export function parseOffice(vocab: OfficeVocabulary, written: string): Office | null {
  vocab.titlePattern.lastIndex = 0;
  const m = vocab.titlePattern.exec(written);
  if (!m) return null;
  const before = written.slice(0, m.index).trim().split(/\s+/).filter(Boolean);
  const after = written.slice(m.index + m[0].length).trim().split(/\s+/).filter(Boolean);
  return readOffice(vocab, { title: m[0], before, after });
}

/** Two offices that may be one: same title, and scope and country equal where both are given. */
export function officesCompatible(a: Office, b: Office): boolean {
  const agree = (x: string | null, y: string | null) => x === null || y === null || x === y;
  return a.title === b.title && agree(a.scope, b.scope) && agree(a.country, b.country);
}
