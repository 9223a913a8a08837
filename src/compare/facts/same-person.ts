// One person written differently by different sources ("Antony Blinken", "Anthony Blinken"):
// extraction resolves listed people and names within one article; this step joins the rest
// across articles, conservatively, since two people may share a surname.
import { distance } from "fastest-levenshtein";
import type { Claim, RoleFact } from "../../types.js";

interface Name {
  given: string;
  surname: string;
}

/** Names shorter than this must match exactly: "Jon" and "Joan", "Smith" and "Smyth" may be two people. */
const FUZZY_MIN_LENGTH = 6;

function nameOf(person: string): Name | null {
  const words = person.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length < 2) return null;
  return { given: words[0]!, surname: words.at(-1)! };
}

function close(a: string, b: string): number {
  if (a === b) return 0;
  return Math.min(a.length, b.length) >= FUZZY_MIN_LENGTH ? distance(a, b) : Infinity;
}

/** Same person: names at most one letter apart in all, the first name never just different. */
export function sameName(a: string, b: string): boolean {
  const x = nameOf(a);
  const y = nameOf(b);
  if (!x || !y) return false;
  return close(x.given, y.given) + close(x.surname, y.surname) <= 1;
}

const roleOf = (c: Claim): RoleFact | null => (c.fact?.type === "role" ? c.fact : null);

/** Role claims with person keys joined across sources; the most used spelling wins. */
export function unifyPeople(claims: readonly Claim[]): Claim[] {
  const counts = new Map<string, { person: string; n: number }>();
  for (const c of claims) {
    const r = roleOf(c);
    if (!r || r.personKey.startsWith("surname:")) continue;
    const seen = counts.get(r.personKey) ?? { person: r.person, n: 0 };
    seen.n++;
    counts.set(r.personKey, seen);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]));
  const canonical = new Map<string, { key: string; person: string }>();
  for (const [key, { person }] of ranked) {
    const into = ranked.find(([k, v]) => canonical.get(k)?.key === k && sameName(v.person, person));
    canonical.set(key, into ? { key: into[0], person: into[1].person } : { key, person });
  }
  return claims.map((c) => {
    const r = roleOf(c);
    const to = r ? canonical.get(r.personKey) : undefined;
    if (!r || !to || to.key === r.personKey) return c;
    return {
      ...c,
      metric: `role:${to.key}`,
      label: `office held by ${to.person}`,
      fact: { ...r, person: to.person, personKey: to.key },
      evidence: [...c.evidence, `person: "${r.person}" is "${to.person}" in other sources (one letter apart)`],
    };
  });
}
