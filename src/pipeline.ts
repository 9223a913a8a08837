// run(sources, knowledge, ctx) -> Report: a plain composition of the stages.
import { compare } from "./compare/compare.js";
import type { PlaceProfile } from "./compare/find-stories.js";
import { articleBodyText } from "./corpus/body-text.js";
import { extractSource, type Knowledge } from "./extract/extract-source.js";
import type { Claim, Context, Report, Source } from "./types.js";

export interface RunOptions {
  /** `extract` stops before comparison: the report's conflicts stay empty. */
  compare: boolean;
  /** Called after each source, for progress displays. */
  onSource?: (done: number, total: number) => void;
}

export interface CorpusExtraction {
  claims: Claim[];
  asides: Claim[];
  places: Map<string, PlaceProfile>;
}

export function extractAll(sources: readonly Source[], knowledge: Knowledge, ctx: Context, onSource?: RunOptions["onSource"]): CorpusExtraction {
  const result: CorpusExtraction = { claims: [], asides: [], places: new Map() };
  sources.forEach((source, i) => {
    const extraction = extractSource(source, articleBodyText(source), knowledge, ctx);
    result.claims.push(...extraction.claims);
    result.asides.push(...extraction.asides);
    result.places.set(source.id, extraction.places);
    onSource?.(i + 1, sources.length);
  });
  return result;
}

export function run(sources: Source[], knowledge: Knowledge, ctx: Context, options: RunOptions = { compare: true }): Report {
  const { claims, asides, places } = extractAll(sources, knowledge, ctx, options.onSource);
  if (!options.compare) return { version: 1, sources, claims, conflicts: [], asides };
  const compared = compare(claims, sources, places);
  return { version: 1, sources, claims: compared.claims, conflicts: compared.conflicts, asides };
}
