// People's names: read from text, keyed so that middle initials and suffixes do not matter
// ("Lloyd J. Austin III" is lloyd-austin), and resolved to one identity: a listed person, a full
// name given elsewhere in the article, or the name as written.
import JaroWinklerDistance from "natural/lib/natural/distance/jaro-winkler_distance.js";
import { officesCompatible, type Office } from "./offices.js";
import { capitalized, slug, type Token } from "./tokens.js";

export interface PersonName {
  written: string;
  /** Folded first name, or null for a surname alone ("Director Burns"). */
  given: string | null;
  surname: string;
  key: string;
  /** The name without initials or suffixes: "Lloyd Austin". */
  display: string;
}

export interface KnownOffice {
  office: Office;
  from: string | null;
  to: string | null;
}

export interface KnownPerson {
  key: string;
  name: string;
  names: PersonName[];
  offices: KnownOffice[];
}

export interface Identity {
  key: string;
  name: string;
  /** 1 for an exact name; the Jaro-Winkler similarity for a spelling variant; 0 unresolved. */
  score: number;
  how: string;
}

/** A full name an article gives, where it gives it. */
export interface NameInArticle {
  at: number;
  name: PersonName;
}

/** Spelling variants at least this similar (Jaro-Winkler) are the listed person. */
export const FUZZY_NAME_THRESHOLD = 0.92;
/** A surname alone whose office matches exactly one listed person's. */
export const SURNAME_AND_OFFICE_SCORE = 0.9;

const SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;
const PARTICLE = /^(?:al|el|bin|ben|ibn|abu|de|da|del|della|van|von|der|den|la|le|di|du|dos)$/;
const INITIAL = /^\p{Lu}\.?$/u;
// Capitalised words that follow a title without being a name ("President Monday", headlines).
const NOT_NAME = new Set(
  `the a an and or but of on in at to for with from by this that these those his her their its
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december today yesterday says said`.split(/\s+/),
);

const fold = (w: string) => w.normalize("NFD").replace(/\p{M}/gu, "").replace(/[.,]/g, "").toLowerCase();

/** Parses a name as written; null when nothing but initials and suffixes is left. */
export function parseName(written: string): PersonName | null {
  const words = written.trim().split(/\s+/).filter((w) => !SUFFIX.test(w) && !INITIAL.test(w));
  if (words.length === 0) return null;
  let first = words.length - 1;
  while (first > 0 && PARTICLE.test(words[first - 1]!)) first--;
  const surname = fold(words.slice(first).join(" "));
  const given = first > 0 ? fold(words[0]!) : null;
  const key = given ? `${slug(given)}-${slug(surname)}` : slug(surname);
  return { written, given, surname, key, display: words.join(" ") };
}

/** A word that can be part of a name: capitalised, with a lowercase letter, not a common word. */
export function nameWord(word: string): boolean {
  if (NOT_NAME.has(word.toLowerCase())) return false;
  return /^\p{Lu}[\p{L}'’-]*$/u.test(word) && /\p{Ll}/u.test(word);
}

/**
 * The name starting at tokens[i]: capitalised words, initials, particles ("al", "bin") and a
 * suffix, up to a closing punctuation mark. `accept` may reject a reading, and then shorter ones
 * are tried (for title-case headlines, where every word is capitalised).
 */
export function readNameAt(tokens: readonly Token[], i: number, accept?: (n: PersonName) => boolean): { first: number; next: number } | null {
  let j = i;
  let words = 0;
  while (j < tokens.length && j - i < 6) {
    const w = tokens[j]!.word;
    const ok = nameWord(w) || (j > i && INITIAL.test(w) && capitalized(w)) || (j > i && words > 0 && SUFFIX.test(w)) ||
      (j > i && PARTICLE.test(w) && nameWord(tokens[j + 1]?.word ?? ""));
    if (!ok || (j > i && tokens[j]!.opens)) break;
    if (nameWord(w)) words++;
    j++;
    if (tokens[j - 1]!.closes || tokens[j - 1]!.possessive) break;
  }
  if (words === 0 || !nameWord(tokens[i]!.word)) return null;
  for (let next = j; next > i; next--) {
    const name = parseName(tokens.slice(i, next).map((t) => t.word).join(" "));
    if (name && (!accept || accept(name))) return { first: i, next };
    if (!accept) break;
  }
  return null;
}

/** A listed person with this full name, exactly or as a close spelling variant. */
export function matchKnown(name: PersonName, people: readonly KnownPerson[]): Identity | null {
  if (!name.given) return null;
  for (const p of people) {
    if (p.names.some((n) => n.given === name.given && n.surname === name.surname)) {
      return { key: p.key, name: p.name, score: 1, how: `"${name.written}" is the listed ${p.name}` };
    }
  }
  let best: Identity | null = null;
  const full = `${name.given} ${name.surname}`;
  for (const p of people) {
    for (const n of p.names) {
      if (!n.given || n.surname[0] !== name.surname[0]) continue;
      const score = JaroWinklerDistance(full, `${n.given} ${n.surname}`, { ignoreCase: true });
      if (score >= FUZZY_NAME_THRESHOLD && (!best || score > best.score)) {
        best = { key: p.key, name: p.name, score, how: `"${name.written}" is a spelling of the listed ${p.name} (Jaro-Winkler ${score.toFixed(2)})` };
      }
    }
  }
  return best;
}

function holds(o: KnownOffice, date: string | null): boolean {
  return date === null || ((o.from === null || o.from <= date) && (o.to === null || date <= o.to));
}

/**
 * Who a name in an office refers to. A surname alone resolves to the article's own full name
 * with that surname (the nearest before it), else to the one listed person with that surname
 * whose office matches at the date; otherwise it stays unresolved and is never compared.
 */
export function resolvePerson(name: PersonName, office: Office, date: string | null, people: readonly KnownPerson[], article: readonly NameInArticle[], at: number): Identity {
  if (name.given) return matchKnown(name, people) ?? { key: name.key, name: name.display, score: 1, how: `"${name.written}" as written (not a listed person)` };
  const same = article.filter((a) => a.name.given && a.name.surname === name.surname);
  if (same.length > 0) {
    const ref = same.filter((a) => a.at < at).at(-1) ?? same[0]!;
    const full = resolvePerson(ref.name, office, date, people, [], ref.at);
    return { ...full, how: `"${name.written}" refers to "${ref.name.written}" in the same article; ${full.how}` };
  }
  const byOffice = people.filter((p) => p.names.some((n) => n.surname === name.surname) && p.offices.some((o) => holds(o, date) && officesCompatible(o.office, office)));
  if (byOffice.length === 1) {
    const p = byOffice[0]!;
    return { key: p.key, name: p.name, score: SURNAME_AND_OFFICE_SCORE, how: `"${name.written}" with the office ${office.name} is the listed ${p.name}` };
  }
  return { key: `surname:${slug(name.surname)}`, name: name.display, score: 0, how: `"${name.written}" is a surname alone that the article does not resolve` };
}
