// Runs the whole pipeline in-process on a corpus folder, with the date pinned.
import path from "node:path";
import { loadKnowledge } from "../../src/cli/knowledge.js";
import { loadCorpus } from "../../src/corpus/index.js";
import { DEFAULT_NORMALIZE } from "../../src/normalize/parse-quantity.js";
import { run } from "../../src/pipeline.js";
import type { Context, Report } from "../../src/types.js";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const SHARED = path.resolve(ROOT, "../shared");

export const TEST_CONTEXT: Context = { today: "2026-11-21", normalize: DEFAULT_NORMALIZE };

export async function analyzeFolder(folder: string, options: { compare?: boolean } = {}): Promise<Report> {
  const sources = await loadCorpus([folder], { cwd: ROOT });
  return run(sources, loadKnowledge(ROOT), TEST_CONTEXT, { compare: options.compare ?? true });
}
