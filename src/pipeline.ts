// run(sources, knowledge, ctx) -> Report: a plain composition of the stages.
import { compare } from "./compare/compare.js";
import { articleBodyText } from "./corpus/body-text.js";
import { extractSource, type Knowledge } from "./extract/extract-source.js";
import type { Claim, Context, Report, Source } from "./types.js";

export interface RunOptions {
  /** `extract` stops before comparison: the report's conflicts stay empty. */
  compare: boolean;
  /** Called after each source, for progress displays. */
  onSource?: (done: number, total: number) => void;
}

export function extractAll(sources: readonly Source[], knowledge: Knowledge, ctx: Context, onSource?: RunOptions["onSource"]): { claims: Claim[]; asides: Claim[] } {
  const claims: Claim[] = [];
  const asides: Claim[] = [];
  sources.forEach((source, i) => {
    const extraction = extractSource(source, articleBodyText(source), knowledge, ctx);
    claims.push(...extraction.claims);
    asides.push(...extraction.asides);
    onSource?.(i + 1, sources.length);
  });
  return { claims, asides };
}

export function run(sources: Source[], knowledge: Knowledge, ctx: Context, options: RunOptions = { compare: true }): Report {
  const { claims, asides } = extractAll(sources, knowledge, ctx, options.onSource);
  if (!options.compare) return { version: 1, sources, claims, conflicts: [], asides };
  const compared = compare(claims, sources);
  return { version: 1, sources, claims: compared.claims, conflicts: compared.conflicts, asides };
}
