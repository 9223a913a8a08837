// The corpus side of `check`, cached: an article whose size and modification time are unchanged
// is neither read nor extracted again. Its source is rebuilt from the cache and its text is read
// from disk only if a report needs it (a quote or a line number). Any change to a sources.yaml,
// to what the tool knows or to its version starts the cache afresh.
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { loadCorpus } from "../corpus/load-corpus.js";
import { articleBodyText } from "../corpus/body-text.js";
import { decodeArticle } from "../corpus/decode.js";
import { walkCorpus } from "../corpus/walk.js";
import { InputError } from "../errors.js";
import { clusterSources, type PlaceProfile } from "../compare/find-stories.js";
import { extractSource, type Knowledge } from "../extract/extract-source.js";
import { writeFileAtomic } from "../review/atomic-write.js";
import type { Claim, Context, Source, Warning } from "../types.js";

export const CACHE_FOLDER = ".claimdiff-cache";

const short = (text: string) => createHash("sha1").update(text).digest("hex").slice(0, 12);

/** The cache file for one corpus (by its paths) and one version of what the tool knows. */
export function cacheFile(folder: string, corpusPaths: readonly string[], knowledgeText: string, ctx: Context): string {
  return path.join(folder, `claims-${short(corpusPaths.join("\u0000"))}-${short(`v8\u0000${knowledgeText}\u0000${JSON.stringify(ctx.normalize)}`)}.json`);
}

type StoredSource = Omit<Source, "text">;
type StoredClaim = Omit<Claim, "evidence" | "text" | "sentence">;

interface Entry {
  size: number;
  mtimeMs: number;
  source: StoredSource;
  /** Facts (who holds which office, when an event was) are compared across the whole corpus. */
  facts: StoredClaim[];
  /**
   * Where the article's counts stand in the counts file, as [byte offset, byte length] of their
   * JSON: a draft meets only the counts of its own story, so the rest of a large corpus is never
   * read, let alone parsed.
   */
  counts: [number, number];
  places: PlaceProfile;
}

interface CacheDoc {
  /** The corpus's articles clustered into stories (source id -> cluster root), for a draft to join. */
  roots: Record<string, string>;
  /** Sizes and times of every sources.yaml that could date or name an article. */
  sidecars: string;
  /** The counts file this index was written with, and its size: a mismatch voids the cache. */
  countsFile: string;
  countsSize: number;
  files: Record<string, Entry>;
}

export interface CachedCorpus {
  sources: Source[];
  /** Every fact, and every claim of the articles extracted on this run. */
  claims: Claim[];
  /** The cached counts of the given sources, parsed on demand. */
  countsOf: (sourceIds: ReadonlySet<string>) => Claim[];
  places: Map<string, PlaceProfile>;
  /** The corpus's story clusters (source id -> cluster root), computed once per change of the corpus. */
  roots: Map<string, string>;
  hits: number;
  misses: number;
}

const FROM_CACHE = ["read from the claim cache; run `claimdiff explain FILE` to see how it was read"];

/** A source whose text is read from disk the first time something asks for it. */
function lazySource(stored: StoredSource, absolute: string): Source {
  let text: string | undefined;
  const source = { ...stored } as Source;
  Object.defineProperty(source, "text", {
    enumerable: true,
    get() {
      if (text === undefined) {
        const decoded = decodeArticle(readFileSync(absolute));
        if (!decoded.ok) throw new InputError(stored.path, decoded.reason);
        text = decoded.text;
      }
      return text;
    },
  });
  return source;
}

/**
 * A cached claim, its text and sentence read from its source only when something asks (a report
 * quoting it): most corpus claims in a `check` are never looked at.
 */
function restoreClaim(stored: StoredClaim, source: Source): Claim {
  const claim = stored as Claim;
  claim.evidence = FROM_CACHE;
  Object.defineProperties(claim, {
    text: { enumerable: true, configurable: true, get: () => source.text.slice(stored.span.start, stored.span.end) },
    sentence: { enumerable: true, configurable: true, get: () => source.text.slice(stored.sentenceSpan.start, stored.sentenceSpan.end) },
  });
  return claim;
}

function storedClaims(claims: readonly Claim[]): { facts: StoredClaim[]; counts: string } {
  const stored = claims.map(({ evidence: _e, text: _t, sentence: _s, ...c }) => c);
  return { facts: stored.filter((c) => c.kind === "fact"), counts: JSON.stringify(stored.filter((c) => c.kind !== "fact")) };
}

/** The counts file beside an index: "claims-….json" -> "claims-….counts". */
const countsPath = (file: string) => file.replace(/\.json$/, ".counts");

/** Whether the counts file beside an index is the one the index was written with. */
function countsMatch(file: string, doc: CacheDoc): boolean {
  try {
    return path.basename(countsPath(file)) === doc.countsFile && statSync(countsPath(file)).size === doc.countsSize;
  } catch {
    return false;
  }
}

/** The text at each [offset, length] of a file, opened once. */
function readRanges(file: string, ranges: readonly [number, number][]): string[] {
  if (ranges.length === 0) return [];
  const fd = openSync(file, "r");
  try {
    return ranges.map(([offset, length]) => {
      const buffer = Buffer.alloc(length);
      readSync(fd, buffer, 0, length, offset);
      return buffer.toString("utf8");
    });
  } finally {
    closeSync(fd);
  }
}

function sidecarSignature(folders: readonly string[], cwd: string): string {
  const found = new Set<string>();
  for (const folder of folders) {
    for (const name of readdirSync(folder, { recursive: true }) as string[]) {
      if (path.basename(name) === "sources.yaml") found.add(path.join(folder, name));
    }
    for (let dir = path.dirname(folder); dir.startsWith(cwd); dir = path.dirname(dir)) {
      if (existsSync(path.join(dir, "sources.yaml"))) found.add(path.join(dir, "sources.yaml"));
      if (dir === path.dirname(dir)) break;
    }
  }
  return [...found].sort().map((f) => `${f}:${statSync(f).size}:${statSync(f).mtimeMs}`).join("|");
}

function readCache(file: string): CacheDoc | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as CacheDoc;
  } catch {
    return null; // missing or unreadable: a cache is only ever a shortcut
  }
}

export async function loadCorpusCached(paths: string[], cwd: string, knowledge: Knowledge, ctx: Context, file: string, warn: (w: Warning) => void): Promise<CachedCorpus> {
  const walk = walkCorpus(paths, cwd, warn);
  const sidecars = sidecarSignature(walk.folders, cwd);
  const old = readCache(file);
  const previous = old && old.sidecars === sidecars && countsMatch(file, old) ? old.files : {};
  // Each article's counts: a byte range in the counts file on disk, or the text just extracted.
  const files: Record<string, Omit<Entry, "counts"> & { counts: [number, number] | string }> = {};
  let onDisk: Record<string, Entry> = previous;
  const deferred = new Map<string, { absolute: string; source: Source }>();
  const countsOf = (ids: ReadonlySet<string>) => {
    const wanted = [...ids].flatMap((id) => (deferred.has(id) ? [deferred.get(id)!] : []));
    const texts = readRanges(countsPath(file), wanted.map(({ absolute }) => onDisk[absolute]!.counts));
    return wanted.flatMap(({ source }, i) => (JSON.parse(texts[i]!) as StoredClaim[]).map((c) => restoreClaim(c, source)));
  };
  const result: CachedCorpus = { sources: [], claims: [], countsOf, places: new Map(), roots: new Map(), hits: 0, misses: 0 };
  const changed: string[] = [];
  for (const f of walk.files) {
    const stats = statSync(f.absolute);
    const entry = previous[f.absolute];
    if (!entry || entry.size !== stats.size || entry.mtimeMs !== stats.mtimeMs) {
      changed.push(f.path);
      continue;
    }
    files[f.absolute] = entry;
    result.hits++;
    const source = lazySource(entry.source, f.absolute);
    result.sources.push(source);
    for (const c of entry.facts) result.claims.push(restoreClaim(c, source));
    deferred.set(source.id, { absolute: f.absolute, source });
    result.places.set(entry.source.id, entry.places);
  }
  if (changed.length) {
    for (const source of await loadCorpus(changed, { cwd, onWarning: warn })) {
      const absolute = path.resolve(cwd, source.path);
      const stats = statSync(absolute);
      const extraction = extractSource(source, articleBodyText(source), knowledge, ctx);
      const { text: _text, ...stored } = source;
      const { facts, counts } = storedClaims(extraction.claims);
      files[absolute] = { size: stats.size, mtimeMs: stats.mtimeMs, source: stored, facts, counts, places: extraction.places };
      result.misses++;
      result.sources.push(source);
      result.claims.push(...extraction.claims);
      result.places.set(source.id, extraction.places);
    }
  }
  const unchanged = result.misses === 0 && Object.keys(previous).length === result.hits;
  result.roots = unchanged && old?.roots ? new Map(Object.entries(old.roots)) : clusterSources(result.places);
  if (!unchanged) {
    mkdirSync(path.dirname(file), { recursive: true });
    // The counts first, then the index that points into them: a crash between the two leaves an
    // index whose counts file does not match, which reads as no cache at all.
    const entries = Object.entries(files);
    const kept = entries.flatMap(([, { counts }]) => (typeof counts === "string" ? [] : [counts]));
    const keptTexts = readRanges(countsPath(file), kept);
    const parts: string[] = [];
    const next: CacheDoc = { roots: Object.fromEntries(result.roots), sidecars, countsFile: path.basename(countsPath(file)), countsSize: 0, files: {} };
    let k = 0;
    for (const [absolute, { counts, ...entry }] of entries) {
      const text = typeof counts === "string" ? counts : keptTexts[k++]!;
      const length = Buffer.byteLength(text);
      next.files[absolute] = { ...entry, counts: [next.countsSize, length] };
      next.countsSize += length;
      parts.push(text);
    }
    writeFileAtomic(countsPath(file), parts.join(""));
    writeFileAtomic(file, JSON.stringify(next));
    onDisk = next.files;
    // Older versions of this corpus's cache (other knowledge) are dead weight.
    const corpusPrefix = path.basename(file).split("-").slice(0, 2).join("-");
    for (const name of readdirSync(path.dirname(file))) {
      const current = name === path.basename(file) || name === path.basename(countsPath(file));
      if (name.startsWith(`${corpusPrefix}-`) && !current) rmSync(path.join(path.dirname(file), name), { force: true });
    }
  }
  return result;
}
