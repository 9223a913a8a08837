// Loads what the tool knows (claims/metrics.yaml, claims/claimants.yaml): the project's own
// claims/ folder in the working directory wins, else the copy shipped with claimdiff.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";
import { InputError } from "../errors.js";
import type { Knowledge } from "../extract/extract-source.js";
import { compileLexicon } from "../extract/lexicon.js";
import { compileFactKnowledge } from "../extract/facts/knowledge.js";
import { parseClaimants } from "../normalize/claimant.js";

export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }).version;
}

export function knowledgeFile(cwd: string, name: string): string {
  const local = path.join(cwd, "claims", name);
  return existsSync(local) ? local : path.join(PACKAGE_ROOT, "claims", name);
}

function readYaml(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new InputError(file, `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    return YAML.parse(text);
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new InputError(file, `not valid YAML${line ? ` (line ${line})` : ""}: ${(error as Error).message.split("\n")[0]}`);
  }
}

function compiled<T>(file: string, build: (doc: unknown) => T): T {
  try {
    return build(readYaml(file));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, (error as Error).message);
  }
}

/** The text of every knowledge file, for cache keys: change a cue word and the cache is rebuilt. */
const KNOWLEDGE_FILES = ["metrics.yaml", "claimants.yaml", "people.yaml", "offices.yaml", "events.yaml"];

export function knowledgeText(cwd: string): string {
  return KNOWLEDGE_FILES.map((name) => readFileSync(knowledgeFile(cwd, name), "utf8")).join("\u0000");
}

/**
 * What identifies this build of claimdiff for caches: the package version and the size and time
 * of every compiled module, so extraction changed by an upgrade (or a rebuild) is never served
 * stale claims.
 */
export function buildId(): string {
  const dist = path.join(PACKAGE_ROOT, "dist");
  const parts = [packageVersion()];
  for (const name of (readdirSync(dist, { recursive: true }) as string[]).sort()) {
    if (!name.endsWith(".js")) continue;
    const stats = statSync(path.join(dist, name));
    parts.push(`${name}:${stats.size}:${stats.mtimeMs}`);
  }
  return parts.join("|");
}

export function loadKnowledge(cwd: string): Knowledge {
  return {
    lexicon: compiled(knowledgeFile(cwd, "metrics.yaml"), compileLexicon),
    claimants: compiled(knowledgeFile(cwd, "claimants.yaml"), parseClaimants),
    facts: compileFactKnowledge({
      people: readYaml(knowledgeFile(cwd, "people.yaml")),
      offices: readYaml(knowledgeFile(cwd, "offices.yaml")),
      events: readYaml(knowledgeFile(cwd, "events.yaml")),
    }),
  };
}
