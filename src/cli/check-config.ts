// claimdiff.yaml, found upward from the draft's folder (stopping at the filesystem root): the
// newsroom's defaults for `check`. Flags on the command line win.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { InputError } from "../errors.js";
import type { NormalizeOptions } from "../types.js";

export interface CheckConfig {
  corpus?: string;
  failOn?: string;
  maxWarnings?: string;
  reviews?: string;
  tolerances: Partial<NormalizeOptions>;
  file?: string;
}

export const CONFIG_NAME = "claimdiff.yaml";

function share(file: string, key: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !(value >= 0 && value < 1)) throw new InputError(file, `tolerances.${key} must be a share between 0 and 1 (got ${JSON.stringify(value)})`);
  return value;
}

export function findConfig(fromDir: string, cwd: string): CheckConfig {
  for (let dir = path.resolve(fromDir); ; dir = path.dirname(dir)) {
    const file = path.join(dir, CONFIG_NAME);
    if (existsSync(file)) return readConfig(file, cwd);
    if (path.dirname(dir) === dir) return { tolerances: {} };
  }
}

function readConfig(file: string, cwd: string): CheckConfig {
  const shown = path.relative(cwd, file) || file;
  let doc: Record<string, unknown>;
  try {
    doc = (YAML.parse(readFileSync(file, "utf8")) ?? {}) as Record<string, unknown>;
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new InputError(shown, `not valid YAML${line ? ` (line ${line})` : ""}: ${(error as Error).message.split("\n")[0]}`);
  }
  if (typeof doc !== "object" || Array.isArray(doc)) throw new InputError(shown, "expected a mapping (corpus, fail-on, max-warnings, tolerances)");
  const t = (doc.tolerances ?? {}) as Record<string, unknown>;
  const tolerances: Partial<NormalizeOptions> = {};
  const approx = share(shown, "approxWidth", t.approxWidth);
  const nearly = share(shown, "nearlyWidth", t.nearlyWidth);
  if (approx !== undefined) tolerances.approxWidth = approx;
  if (nearly !== undefined) tolerances.nearlyWidth = nearly;
  const str = (v: unknown) => (v === undefined || v === null ? undefined : String(v));
  // Paths in the config are relative to the config file, as in .eslintrc and .vale.ini.
  const corpus = str(doc.corpus);
  const reviews = str(doc.reviews);
  return {
    corpus: corpus === undefined ? undefined : path.relative(cwd, path.resolve(path.dirname(file), corpus)) || ".",
    failOn: str(doc["fail-on"] ?? doc.failOn),
    maxWarnings: str(doc["max-warnings"] ?? doc.maxWarnings),
    reviews: reviews === undefined ? undefined : path.resolve(path.dirname(file), reviews),
    tolerances,
    file,
  };
}
