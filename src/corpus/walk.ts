// Turns the paths a person gave into the list of article files, in a fixed order: each path in
// turn, and inside a folder every file below it sorted by relative path (code-unit order, so
// the order never depends on the locale or the file system).
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from "node:fs";
import path from "node:path";
import { InputError } from "../errors.js";
import type { Warning } from "../types.js";
import { isInside, SIDECAR_NAME } from "./sidecar.js";

export const ARTICLE_EXTENSIONS = [".txt", ".md", ".html", ".htm"] as const;
export const NOT_AN_ARTICLE = "skipped: not an article (.txt, .md, .html)";

export interface CorpusFile {
  /** The path shown to people: the path as given joined with the path below it. */
  path: string;
  absolute: string;
  /** The path below the folder given, `/`-separated; the file name for a file given directly. */
  relative: string;
  /** The highest folder whose sources.yaml may apply to this file. */
  boundary: string;
}

export interface Walk {
  files: CorpusFile[];
  /** Absolute folders that were read (sources.yaml entries inside them must name an article). */
  folders: string[];
}

/**
 * Lists the articles under `paths`. A path that does not exist is an InputError; files that
 * are not articles are skipped with a warning, except dotfiles and sources.yaml, which are
 * expected in a corpus folder and skipped silently.
 */
export function walkCorpus(paths: readonly string[], cwd: string, warn: (w: Warning) => void): Walk {
  const walk: Walk = { files: [], folders: [] };
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const stats = statOrThrow(given, absolute);
    const boundary = isInside(absolute, cwd) ? cwd : stats.isDirectory() ? absolute : path.dirname(absolute);
    if (stats.isDirectory()) {
      walk.folders.push(absolute);
      const below = listFolder(absolute, given, warn).sort(compareCodeUnits);
      for (const relative of below) {
        const file = {
          path: path.join(given, relative),
          absolute: path.join(absolute, relative),
          relative,
          boundary,
        };
        if (isArticle(relative)) walk.files.push(file);
        else if (!isExpectedExtra(relative)) warn({ file: file.path, message: NOT_AN_ARTICLE });
      }
    } else if (isArticle(given)) {
      walk.files.push({ path: given, absolute, relative: path.basename(absolute), boundary });
    } else {
      warn({ file: given, message: NOT_AN_ARTICLE });
    }
  }
  return walk;
}

export function isArticle(file: string): boolean {
  const extension = path.extname(file).toLowerCase();
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(extension);
}

/** Files a corpus folder is expected to hold besides articles. */
function isExpectedExtra(relative: string): boolean {
  return path.posix.basename(relative).toLowerCase() === SIDECAR_NAME;
}

function statOrThrow(given: string, absolute: string): Stats {
  try {
    return statSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new InputError(given, "no such file or folder");
    throw new InputError(given, `cannot read: ${describeError(error)}`);
  }
}

/** Every file below `root` as `/`-separated relative paths; dot entries are left out. */
function listFolder(root: string, given: string, warn: (w: Warning) => void): string[] {
  const files: string[] = [];
  const seen = new Set<string>([realpathSync(root)]);
  const visit = (relative: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(path.join(root, relative), { withFileTypes: true });
    } catch (error) {
      if (relative === "") throw new InputError(given, `cannot read: ${describeError(error)}`);
      warn({ file: path.join(given, relative), message: `skipped: cannot read folder: ${describeError(error)}` });
      return;
    }
    for (const entry of entries.sort((a, b) => compareCodeUnits(a.name, b.name))) {
      if (entry.name.startsWith(".")) continue;
      const child = relative === "" ? entry.name : `${relative}/${entry.name}`;
      const kind = entryKind(entry, path.join(root, child));
      if (kind === "file") files.push(child);
      else if (kind === "folder" && firstVisit(seen, path.join(root, child))) visit(child);
      else if (kind === "broken") warn({ file: path.join(given, child), message: "skipped: broken link" });
    }
  };
  visit("");
  return files;
}

/** Symbolic links are followed; a folder reached twice (a link cycle) is read once. */
function entryKind(entry: Dirent, absolute: string): "file" | "folder" | "broken" | "other" {
  if (entry.isFile()) return "file";
  if (entry.isDirectory()) return "folder";
  if (!entry.isSymbolicLink()) return "other";
  try {
    const stats = statSync(absolute);
    return stats.isFile() ? "file" : stats.isDirectory() ? "folder" : "other";
  } catch {
    return "broken";
  }
}

function firstVisit(seen: Set<string>, folder: string): boolean {
  const real = realpathSync(folder);
  if (seen.has(real)) return false;
  seen.add(real);
  return true;
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An fs error as a few plain words ("permission denied") rather than a stack of codes. */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    EACCES: "permission denied",
    EPERM: "permission denied",
    EISDIR: "is a folder",
    ENOENT: "no such file or folder",
    EMFILE: "too many open files",
  };
  return (code && words[code]) ?? (error as Error).message;
}
