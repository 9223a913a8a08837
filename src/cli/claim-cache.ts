// Corpus claims cached by content: a second `check` against the same corpus skips extraction.
// One JSON file per knowledge version in .claimdiff-cache/ (git-ignored); entries are keyed by
// a hash of the source's id, date and text, so an edited or renamed article is read again.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { articleBodyText } from "../corpus/body-text.js";
import { extractSource, type Extraction, type Knowledge } from "../extract/extract-source.js";
import { writeFileAtomic } from "../review/atomic-write.js";
import type { CorpusExtraction } from "../pipeline.js";
import type { Claim, Context, Source } from "../types.js";

export const CACHE_FOLDER = ".claimdiff-cache";

type Entry = Pick<Extraction, "claims" | "asides" | "places">;
type Stored = Omit<Claim, "text" | "sentence" | "evidence">;
interface StoredEntry {
  claims: Stored[];
  asides: Stored[];
  places: Entry["places"];
}

// The cache keeps what cannot be recomputed cheaply; a claim's text and sentence are slices of the
// source it comes from, and its evidence (how it was read) is for `explain`, which never uses it.
const FROM_CACHE = ["read from the claim cache; run with --no-cache (or `claimdiff explain`) to see how"];

function store(claims: readonly Claim[]): Stored[] {
  return claims.map(({ text: _t, sentence: _s, evidence: _e, ...rest }) => rest);
}

function restore(stored: readonly Stored[], source: Source): Claim[] {
  return stored.map((c) => ({
    ...c,
    source: source.id,
    text: source.text.slice(c.span.start, c.span.end),
    sentence: source.text.slice(c.sentenceSpan.start, c.sentenceSpan.end),
    evidence: FROM_CACHE,
  }));
}

const short = (text: string) => createHash("sha1").update(text).digest("hex").slice(0, 12);

/** The cache file for one corpus (by its paths) and one version of what the tool knows. */
export function cacheFile(folder: string, corpusPaths: readonly string[], knowledgeText: string, ctx: Context): string {
  return path.join(folder, `claims-${short(corpusPaths.join("\u0000"))}-${short(`v1\u0000${knowledgeText}\u0000${JSON.stringify(ctx.normalize)}`)}.json`);
}

const sourceHash = (s: Source) => createHash("sha1").update(`v2\u0000${s.id}\u0000${s.date ?? ""}\u0000${s.text}`).digest("base64url").slice(0, 22);

export interface CachedExtraction extends CorpusExtraction {
  hits: number;
  misses: number;
}

export function extractWithCache(sources: readonly Source[], knowledge: Knowledge, ctx: Context, file: string): CachedExtraction {
  let cached: Record<string, StoredEntry> = {};
  try {
    cached = JSON.parse(readFileSync(file, "utf8")) as Record<string, StoredEntry>;
  } catch {
    cached = {}; // missing or unreadable: a cache is only ever a shortcut
  }
  const next: Record<string, StoredEntry> = {};
  const claims: Claim[] = [];
  const asides: Claim[] = [];
  const places = new Map<string, Entry["places"]>();
  let hits = 0;
  for (const source of sources) {
    const hash = sourceHash(source);
    const stored = cached[hash];
    if (stored) {
      hits++;
      next[hash] = stored;
      claims.push(...restore(stored.claims, source));
      asides.push(...restore(stored.asides, source));
      places.set(source.id, stored.places);
      continue;
    }
    const extraction = extractSource(source, articleBodyText(source), knowledge, ctx);
    next[hash] = { claims: store(extraction.claims), asides: store(extraction.asides), places: extraction.places };
    claims.push(...extraction.claims);
    asides.push(...extraction.asides);
    places.set(source.id, extraction.places);
  }
  if (hits !== sources.length || Object.keys(cached).length !== sources.length) {
    const folder = path.dirname(file);
    mkdirSync(folder, { recursive: true });
    writeFileAtomic(file, JSON.stringify(next));
    // Older versions of this corpus's cache (other knowledge) are dead weight.
    const corpusPrefix = path.basename(file).split("-").slice(0, 2).join("-");
    for (const name of readdirSync(folder)) if (name.startsWith(`${corpusPrefix}-`) && name !== path.basename(file)) rmSync(path.join(folder, name), { force: true });
  }
  return { claims, asides, places, hits, misses: sources.length - hits };
}
