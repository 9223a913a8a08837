// sources.yaml: metadata for articles that must stay byte-for-byte as received. It maps a file
// name (or a path relative to the sources.yaml) to the front-matter fields, and applies to the
// articles in its folder and below; the nearest sources.yaml that names an article wins.
import { readFileSync } from "node:fs";
import path from "node:path";
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Pair } from "yaml";
import { InputError } from "../errors.js";
import type { Warning } from "../types.js";
import { FIELD_NAMES, readArticleFields, type ArticleFields } from "./article-fields.js";
import { reason } from "./front-matter.js";

export const SIDECAR_NAME = "sources.yaml";

export interface SidecarEntry {
  /** The file name or relative path as written, with `/` separators. */
  key: string;
  line: number;
  fields: ArticleFields;
}

export interface Sidecar {
  /** The path shown to people. */
  file: string;
  /** Absolute folder the sidecar sits in. */
  dir: string;
  entries: SidecarEntry[];
}

const EXAMPLE = `such as "001.txt: {date: 2024-05-14, outlet: The Independent}"`;

/** Parses a sources.yaml; malformed YAML or a wrong shape is an InputError with its line. */
export function parseSidecar(yaml: string, file: string, dir: string, warn: (w: Warning) => void): Sidecar {
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
  const lineAt = (offset: number | undefined) => lines.linePos(offset ?? 0).line;
  const error = doc.errors[0];
  if (error) {
    throw new InputError(file, `not valid YAML (line ${lineAt(error.pos[0])}): ${reason(error.message)}`);
  }
  const sidecar: Sidecar = { file, dir, entries: [] };
  if (doc.contents === null) return sidecar;
  if (!isMap(doc.contents)) {
    const line = lineAt(doc.contents.range?.[0]);
    throw new InputError(file, `line ${line}: expected file names mapped to fields, ${EXAMPLE}`);
  }
  for (const pair of doc.contents.items) {
    sidecar.entries.push(readEntry(pair, file, lineAt, warn));
  }
  return sidecar;
}

function readEntry(
  pair: Pair,
  file: string,
  lineAt: (offset: number | undefined) => number,
  warn: (w: Warning) => void,
): SidecarEntry {
  const keyNode = isScalar(pair.key) ? pair.key : null;
  const line = lineAt(keyNode?.range?.[0]);
  if (!keyNode || keyNode.value === null || typeof keyNode.value === "object") {
    throw new InputError(file, `line ${line}: expected a file name as the key, ${EXAMPLE}`);
  }
  const key = path.posix.normalize(String(keyNode.value).replaceAll("\\", "/"));
  const value: unknown = isNode(pair.value) ? pair.value.toJSON() : pair.value;
  if (value !== null && value !== undefined && (typeof value !== "object" || Array.isArray(value))) {
    throw new InputError(file, `line ${line}: the entry for "${key}" must be fields, ${EXAMPLE}`);
  }
  const data = (value ?? {}) as Record<string, unknown>;
  const say = (message: string) => warn({ file, message: `line ${line}: "${key}": ${message}` });
  for (const name of Object.keys(data)) {
    if (!(FIELD_NAMES as readonly string[]).includes(name)) {
      say(`unknown field "${name}" ignored (known: ${FIELD_NAMES.join(", ")})`);
    }
  }
  return { key, line, fields: readArticleFields(data, say) };
}

/** An article as the sidecar lookup sees it. */
export interface SidecarTarget {
  absolute: string;
  /** The highest folder whose sources.yaml may apply. */
  boundary: string;
}

export interface SidecarMatch {
  sidecar: string;
  fields: ArticleFields;
}

/**
 * Finds the sources.yaml files that apply to `articles` and returns each article's entry.
 * Entries that name no article are reported only for sidecars inside `walkedFolders`: a
 * sidecar above the folder given may well describe articles that were not asked for.
 */
export function matchSidecars(
  articles: readonly SidecarTarget[],
  walkedFolders: readonly string[],
  display: (absolute: string) => string,
  warn: (w: Warning) => void,
): Map<string, SidecarMatch> {
  const chains = new Map(articles.map((a) => [a.absolute, folderChain(a.absolute, a.boundary)]));
  const sidecars = loadSidecars(new Set([...chains.values()].flat()), display, warn);

  const coveredBy = new Map<string, SidecarTarget[]>();
  for (const article of articles) {
    for (const dir of chains.get(article.absolute) ?? []) {
      if (!sidecars.has(dir)) continue;
      const covered = coveredBy.get(dir);
      if (covered) covered.push(article);
      else coveredBy.set(dir, [article]);
    }
  }
  const matched = new Map<string, Map<string, ArticleFields>>();
  for (const sidecar of sidecars.values()) {
    const covered = coveredBy.get(sidecar.dir) ?? [];
    const reportUnmatched = walkedFolders.some((folder) => isInside(sidecar.dir, folder));
    matched.set(sidecar.dir, matchEntries(sidecar, covered, reportUnmatched, warn));
  }

  const result = new Map<string, SidecarMatch>();
  for (const [absolute, chain] of chains) {
    for (const dir of chain) {
      const fields = matched.get(dir)?.get(absolute);
      const sidecar = sidecars.get(dir);
      if (fields && sidecar) {
        result.set(absolute, { sidecar: sidecar.file, fields });
        break;
      }
    }
  }
  return result;
}

function matchEntries(
  sidecar: Sidecar,
  covered: readonly SidecarTarget[],
  reportUnmatched: boolean,
  warn: (w: Warning) => void,
): Map<string, ArticleFields> {
  const relative = (a: SidecarTarget) => path.relative(sidecar.dir, a.absolute).split(path.sep).join("/");
  const byPath = groupBy(covered, relative);
  const byName = groupBy(covered, (a) => path.basename(a.absolute));
  const byArticle = new Map<string, ArticleFields>();
  for (const entry of sidecar.entries) {
    const hits = byPath.get(entry.key) ?? byName.get(entry.key) ?? [];
    const say = (message: string) =>
      warn({ file: sidecar.file, message: `line ${entry.line}: "${entry.key}" ${message}` });
    const [hit, ...others] = hits;
    if (!hit) {
      if (reportUnmatched) say("names no article in this folder or below; entry ignored");
    } else if (others.length > 0) {
      const files = hits.map(relative).join(", ");
      say(`matches ${hits.length} files (${files}); write the path relative to sources.yaml`);
    } else {
      byArticle.set(hit.absolute, entry.fields);
    }
  }
  return byArticle;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function loadSidecars(dirs: Set<string>, display: (absolute: string) => string, warn: (w: Warning) => void) {
  const sidecars = new Map<string, Sidecar>();
  for (const dir of [...dirs].sort()) {
    const absolute = path.join(dir, SIDECAR_NAME);
    let yaml: string;
    try {
      yaml = readFileSync(absolute, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") continue;
      throw new InputError(display(absolute), `cannot read: ${(error as Error).message}`);
    }
    sidecars.set(dir, parseSidecar(yaml.replace(/^\uFEFF/, ""), display(absolute), dir, warn));
  }
  return sidecars;
}

/** The article's folder and its ancestors up to `boundary`, nearest first. */
function folderChain(absolute: string, boundary: string): string[] {
  const chain: string[] = [];
  let dir = path.dirname(absolute);
  while (isInside(dir, boundary)) {
    chain.push(dir);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return chain;
}

/** Whether `dir` is `folder` or below it. */
export function isInside(dir: string, folder: string): boolean {
  const relative = path.relative(folder, dir);
  const outside = relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return !outside;
}
