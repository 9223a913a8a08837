// Resolves an attribution as written ("the Hamas-run health ministry") to a canonical claimant
// from claims/claimants.yaml: contained alias first, then Jaro-Winkler for spelling variants.
import JaroWinklerDistance from "natural/lib/natural/distance/jaro-winkler_distance.js";

export interface Claimant {
  id: string;
  name: string;
  aliases: string[];
  /**
   * Names that fit any war's claimant ("the army", "the ministry"): they stand for this one only
   * in an article whose text names one of `context` ("Israel", "IDF").
   */
  generic: string[];
  context: RegExp | null;
}

export interface ClaimantMatch {
  id: string;
  /** 1 for an alias contained in the attribution, else the Jaro-Winkler similarity. */
  score: number;
}

const ROLE_WORD = /\b(?:spokes(?:man|woman|person)|official|officials|chief|head|director|coordinator|secretary|minister|commander|representative|officer|president|chairman|chairwoman|governor)\b/;

/** Below this similarity, an attribution is its own claimant (keyed by its normalized text). */
export const FUZZY_THRESHOLD = 0.92;
const WORD_THRESHOLD = 0.85;

const NOISE = /\b(?:the|a|an|estimates?|figures?|data|numbers?|statement|from|by|of|its|their|latest|official|officials'|spokes(?:man|woman|person)\s+for)\b/g;
// "the BNPB yesterday", "the city council has so far", "is usually": when and how it was said is
// not who said it.
const WHEN_NOISE = /\b(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|tonight|earlier|later|now|also|again|still|already|usually|so\s+far|has|have|had|is|are|was|were)\b/g;

export function normalizeAttribution(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "'").replace(NOISE, " ").replace(WHEN_NOISE, " ").replace(/[^\p{L}\p{N}' -]+/gu, " ").replace(/\s+/g, " ").trim();
}

export function parseClaimants(doc: unknown): Claimant[] {
  if (!Array.isArray(doc)) throw new Error("expected a list of claimants");
  return doc.map((c: Record<string, unknown>, i) => {
    if (typeof c.id !== "string" || !Array.isArray(c.aliases)) throw new Error(`entry ${i + 1}: needs an id and aliases`);
    const list = (key: string): string[] => (Array.isArray(c[key]) ? (c[key] as unknown[]).map(String) : []);
    const context = list("context");
    if (list("generic").length > 0 && context.length === 0) throw new Error(`entry ${i + 1} (${c.id}): generic names need context words`);
    return {
      id: c.id,
      name: typeof c.name === "string" ? c.name : c.id,
      aliases: c.aliases.map((a) => normalizeAttribution(String(a))),
      generic: list("generic").map(normalizeAttribution),
      context: context.length ? new RegExp(`\\b(?:${context.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b`, "i") : null,
    };
  });
}

function containsPhrase(haystack: string, needle: string): boolean {
  const at = haystack.indexOf(needle);
  if (at < 0) return false;
  const before = haystack[at - 1];
  const after = haystack[at + needle.length];
  return (before === undefined || before === " ") && (after === undefined || after === " " || after === "'");
}

/** The claimants whose generic names ("the army") an article's text makes specific. */
export function claimantsInContext(claimants: readonly Claimant[], text: string): ReadonlySet<string> {
  return new Set(claimants.filter((c) => c.context?.test(text)).map((c) => c.id));
}

// Articles repeat the same few attributions; fuzzy matching each against every alias is not free.
const resolved = new WeakMap<readonly Claimant[], Map<string, ClaimantMatch>>();

/**
 * The claimant an attribution names; unknown claimants get a key of their own text. `inContext`
 * (from claimantsInContext) lets a generic name ("the army") stand for a listed claimant.
 */
export function resolveClaimant(attribution: string, claimants: readonly Claimant[], inContext: ReadonlySet<string> = new Set()): ClaimantMatch {
  let cache = resolved.get(claimants);
  if (!cache) resolved.set(claimants, (cache = new Map()));
  const key = inContext.size ? `${attribution}\u0000${[...inContext].join(",")}` : attribution;
  let match = cache.get(key);
  if (!match) cache.set(key, (match = matchClaimant(attribution, claimants, inContext)));
  return match;
}

function matchClaimant(attribution: string, claimants: readonly Claimant[], inContext: ReadonlySet<string>): ClaimantMatch {
  const norm = normalizeAttribution(attribution);
  let best: { id: string; length: number } | null = null;
  for (const c of claimants) {
    const names = inContext.has(c.id) ? [...c.aliases, ...c.generic] : c.aliases;
    for (const alias of names) {
      if (alias && containsPhrase(norm, alias) && (!best || alias.length > best.length)) best = { id: c.id, length: alias.length };
    }
  }
  if (best) return { id: best.id, score: 1 };
  // Similarity is for spelling variants ("Gaza helth ministry"), not for a generic name missing
  // its qualifier: "health ministry" is not "Gaza health ministry", so word counts must agree.
  // Word by word too: "health ministry in damascus" shares a long start with "health ministry in
  // gaza", but Damascus is not a misspelling of Gaza.
  const words = norm.split(" ");
  let fuzzy: ClaimantMatch | null = null;
  for (const c of claimants) {
    for (const alias of c.aliases) {
      const aliasWords = alias.split(" ");
      if (aliasWords.length !== words.length) continue;
      if (!aliasWords.every((w, i) => JaroWinklerDistance(w, words[i]!, { ignoreCase: true }) >= WORD_THRESHOLD)) continue;
      const score = JaroWinklerDistance(norm, alias, { ignoreCase: true });
      if (score >= FUZZY_THRESHOLD && (!fuzzy || score > fuzzy.score)) fuzzy = { id: c.id, score };
    }
  }
  if (fuzzy) return fuzzy;
  // An unlisted claimant is its organisation, not the person speaking for it: "NEMA spokesman
  // Ibrahim Dauda" and "NEMA" are one claimant.
  // "Chief District Officer Hari Prasad Adhikari" is the office, not the person.
  // "the city's governor" has no organisation before the role: the office is the claimant.
  const before = norm.split(ROLE_WORD)[0]!.trim();
  // "the village head", "the city's governor": no organisation before the role, so the office speaks.
  const office = /^(?:(?:the|a|an)\s+)?(?:[\p{L}-]+'s|village|town|city|district|local|community|camp|hospital|regional|provincial|county|state)$/u.test(before) ? ROLE_WORD.exec(norm) : null;
  const organisation = (office ? norm.slice(0, office.index + office[0].length).replace(/^the\s+/, "").trim() : before) || (/^(.*?\b(?:officer|official|spokes\w+|director|minister|chief|head|coordinator))\b/.exec(norm)?.[1] ?? norm);
  return { id: `other:${organisation.replace(/\s+/g, "-")}`, score: 0 };
}
