// Test helpers for the corpus stage: temp folders written from a tree of files (removed after
// each test), readable warnings, and the InputError a load fails with.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import { InputError } from "../../src/errors.js";
import type { Warning } from "../../src/types.js";

export type Tree = Record<string, string | Buffer>;

/** Returns a function that writes `tree` into a fresh temp folder and returns its path. */
export function useTempFolders(): (tree: Tree) => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (tree) => {
    const dir = mkdtempSync(path.join(tmpdir(), "claimdiff-corpus-"));
    made.push(dir);
    for (const [relative, content] of Object.entries(tree)) {
      const file = path.join(dir, relative);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
    return dir;
  };
}

/** Collects warnings with the file shown relative to `dir`, for readable assertions. */
export function warningsIn(dir: string): { warnings: string[]; onWarning: (w: Warning) => void } {
  const warnings: string[] = [];
  return {
    warnings,
    onWarning: (w) => warnings.push(`${path.relative(dir, w.file) || w.file}: ${w.message}`),
  };
}

/** The InputError a promise rejects with; fails the test when it resolves. */
export async function failureOf(promise: Promise<unknown>): Promise<InputError> {
  const outcome = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  if (!(outcome instanceof InputError)) throw new Error(`expected an InputError, got ${String(outcome)}`);
  return outcome;
}
