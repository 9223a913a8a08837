// A lock file beside a shared file (`reviews.yaml.lock`), so colleagues saving at once take turns.
// Linked into place whole (see tryCreate); a lock left by a killed process is broken, a live one
// is waited for.
import { linkSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
import { InputError } from "../errors.js";

export interface LockOptions {
  /** How long to keep retrying before giving up. */
  timeoutMs?: number;
  /** A lock this old is broken when its holder cannot be checked (another host, unreadable). */
  staleMs?: number;
}

interface Holder {
  pid: number;
  host: string;
  token: string;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_STALE_MS = 30_000;

/** Run `work` while holding `lockPath`; the lock is released however `work` ends. */
export async function withFileLock<T>(lockPath: string, work: () => T | Promise<T>, options: LockOptions = {}): Promise<T> {
  const token = await acquire(lockPath, options);
  try {
    return await work();
  } finally {
    release(lockPath, token);
  }
}

async function acquire(lockPath: string, options: LockOptions): Promise<string> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const token = `${process.pid}.${randomBytes(6).toString("hex")}`;
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    if (tryCreate(lockPath, token)) return token;
    const seen = inspect(lockPath);
    if (seen && isAbandoned(seen, staleMs)) {
      breakLock(lockPath, seen.holder);
      continue;
    }
    if (Date.now() >= deadline) throw lockedError(lockPath, seen?.holder ?? null, timeoutMs);
    // Saves take milliseconds: start with short waits, jittered so waiters do not march in step.
    const wait = Math.min(250, 5 * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random());
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/**
 * The lock appears with its holder already written: the holder goes to a private file first,
 * which is then linked into place (failing if a lock exists). Created empty and filled after, a
 * lock whose creator was killed in between would name no holder and block every save until it
 * grew stale. A private file left by a killed creator is swept by `removeAbandonedTemps`.
 */
function tryCreate(lockPath: string, token: string): boolean {
  const holder: Holder = { pid: process.pid, host: hostname(), token };
  const pending = join(dirname(lockPath), `.${basename(lockPath)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  writeFileSync(pending, `${JSON.stringify(holder)}\n`, { flag: "wx" });
  try {
    linkSync(pending, lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    unlinkSync(pending);
  }
}

/** What the current lock says about its holder; null when it vanished while we looked. */
function inspect(lockPath: string): { holder: Holder | null; ageMs: number } | null {
  try {
    const ageMs = Date.now() - statSync(lockPath).mtimeMs;
    return { holder: readHolder(lockPath), ageMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

function readHolder(path: string): Holder | null {
  try {
    const holder = JSON.parse(readFileSync(path, "utf8")) as Partial<Holder>;
    if (typeof holder.pid === "number" && typeof holder.host === "string" && typeof holder.token === "string") {
      return { pid: holder.pid, host: holder.host, token: holder.token };
    }
  } catch {
    // Empty while its creator is still writing it, or garbage: judged by age alone.
  }
  return null;
}

/**
 * On this host a dead pid settles it at once (a save killed mid-way must not block the next one
 * for half a minute). A holder on another host, or an unreadable lock, is trusted until `staleMs`.
 */
function isAbandoned(seen: { holder: Holder | null; ageMs: number }, staleMs: number): boolean {
  const { holder, ageMs } = seen;
  if (holder && holder.host === hostname()) return !isAlive(holder.pid);
  return ageMs > staleMs;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Move the abandoned lock aside rather than deleting it: if another process broke it and took a
 * fresh lock between our look and our move, the token tells, and the fresh lock is put back.
 */
function breakLock(lockPath: string, judged: Holder | null): void {
  const aside = `${lockPath}.broken.${process.pid}.${randomBytes(4).toString("hex")}`;
  try {
    renameSync(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const moved = readHolder(aside);
  if (moved && moved.token !== judged?.token) {
    try {
      linkSync(aside, lockPath); // fails if yet another lock appeared: never overwrite one
    } catch {
      // That holder's own release tolerates a missing lock.
    }
  }
  try {
    unlinkSync(aside);
  } catch {
    // Already gone.
  }
}

/** Remove the lock only if it is still ours (it may have been broken while we were stopped). */
function release(lockPath: string, token: string): void {
  if (readHolder(lockPath)?.token !== token) return;
  try {
    unlinkSync(lockPath);
  } catch {
    // Gone already: nothing to release.
  }
}

function lockedError(lockPath: string, holder: Holder | null, timeoutMs: number): InputError {
  const who = holder ? `claimdiff (pid ${holder.pid} on ${holder.host})` : "another claimdiff";
  return new InputError(
    lockPath.replace(/\.lock$/, ""),
    `still locked by ${who} after ${Math.round(timeoutMs / 1000)} s; if no claimdiff is saving, delete ${lockPath}`,
  );
}
