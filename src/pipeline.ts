// run(sources, knowledge, ctx) -> Report: a plain composition of the stages.
import { compare } from "./compare/compare.js";
import { findStories, type PlaceProfile } from "./compare/find-stories.js";
import { reinstateOwnEvent } from "./compare/own-event.js";
import { articleBodyText } from "./corpus/body-text.js";
import { recalledYear } from "./extract/anniversary.js";
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
  const extraction = extractAll(sources, knowledge, ctx, options.onSource);
  const { claims, asides, places } = withOwnEvents(extraction, sources);
  if (!options.compare) return { version: 1, sources, claims, conflicts: [], asides };
  const compared = compare(claims, sources, places);
  return { version: 1, sources, claims: compared.claims, conflicts: compared.conflicts, asides };
}

/** Moves back among the claims the asides an anniversary piece dated by its own event's year. */
function withOwnEvents(extraction: CorpusExtraction, sources: readonly Source[]): CorpusExtraction {
  const own = reinstateOwnEvent(extraction.asides, sources, findStories(extraction.places), recalledYears(sources));
  if (own.length === 0) return extraction;
  const moved = new Set(own.map((c) => c.id));
  const order = new Map(extraction.claims.concat(own).map((c, i) => [c.id, [c.source, c.span.start, i] as const]));
  const claims = [...extraction.claims, ...own].sort((a, b) => {
    const [sa, pa] = order.get(a.id)!;
    const [sb, pb] = order.get(b.id)!;
    return sa === sb ? pa - pb : 0;
  });
  return { ...extraction, claims, asides: extraction.asides.filter((c) => !moved.has(c.id)) };
}

/** The year each anniversary piece looks back to, by source id. */
export function recalledYears(sources: readonly Source[]): Map<string, number> {
  return new Map(sources.flatMap((s) => {
    const year = recalledYear(s);
    return year === null ? [] : [[s.id, year] as const];
  }));
}
