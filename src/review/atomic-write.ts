// Replace a file so that a reader, or a crash at any moment, sees the old text or the new text,
// never half of one: write a temp file in the same folder, fsync it, rename it over the original.
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
import { isAlive } from "./file-lock.js";

export function writeFileAtomic(file: string, text: string): void {
  const folder = dirname(file);
  mkdirSync(folder, { recursive: true });
  const temp = join(folder, `.${basename(file)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  const fd = openSync(temp, "wx", existingMode(file));
  try {
    try {
      writeFileSync(fd, text); // loops until every byte is written, unlike one writeSync
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Never created or already renamed.
    }
    throw error;
  }
  syncFolder(folder);
}

/** Keep a file's permissions across the replace (a shared, group-writable reviews file stays so). */
function existingMode(file: string): number {
  try {
    return statSync(file).mode & 0o777;
  } catch {
    return 0o666;
  }
}

/** Make the rename itself durable; some platforms cannot open a folder, and that is fine. */
function syncFolder(folder: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(folder, "r");
    fsyncSync(fd);
  } catch {
    // Best effort: the data is already safe, only the rename's durability is at stake.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Delete temp files left by writers that were killed before their rename. Call it only while
 * holding the file's lock, so no live writer's temp file is in flight.
 */
export function removeAbandonedTemps(file: string, olderThanMs: number): number {
  const folder = dirname(file);
  const prefix = `.${basename(file)}.`;
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return 0;
  }
  for (const name of names) {
    const match = name.startsWith(prefix) ? /^(\d+)\.[0-9a-f]+\.tmp$/.exec(name.slice(prefix.length)) : null;
    if (!match) continue;
    const path = join(folder, name);
    try {
      const old = Date.now() - statSync(path).mtimeMs > olderThanMs;
      if (Number(match[1]) === process.pid || (isAlive(Number(match[1])) && !old)) continue;
      unlinkSync(path);
      removed++;
    } catch {
      // Vanished meanwhile.
    }
  }
  return removed;
}
