// Every claim of one metric across the report on a shared scale, oldest first, so a reviewer
// sees whether a figure is stale or an outlier. Pure: builds rows of text, the component prints them.
import type { Claim, Interval, Source } from "../types.js";
import { claimDate } from "./model.js";

export interface TimelineRow {
  claim: Claim;
  source: Source | null;
  date: string | null;
  /** True for the claims of the conflict being reviewed. */
  inConflict: boolean;
  /** The interval drawn on the scale shared by all rows, `width` characters. */
  bar: string;
}

export interface Timeline {
  rows: TimelineRow[];
  /** Claims of the metric left out to keep the chart short. */
  hidden: number;
  /** The scale's ends, for the axis labels; null when no claim has a finite bound. */
  domain: { low: number; high: number } | null;
}

export function buildTimeline(
  claims: readonly Claim[],
  sourcesById: ReadonlyMap<string, Source>,
  conflictClaimIds: ReadonlySet<string>,
  width: number,
  maxRows: number,
): Timeline {
  const shown = nearConflict(claims, conflictClaimIds, maxRows);
  const domain = domainOf(shown.map((claim) => claim.value));
  const rows = shown.map((claim) => {
    const source = sourcesById.get(claim.source) ?? null;
    return {
      claim,
      source,
      date: claimDate(claim, source),
      inConflict: conflictClaimIds.has(claim.id),
      bar: domain === null ? " ".repeat(width) : drawInterval(claim.value, domain, width),
    };
  });
  return { rows, hidden: claims.length - shown.length, domain };
}

/** The conflict's claims and their nearest neighbours in time, at most `maxRows`, in date order. */
function nearConflict(claims: readonly Claim[], ids: ReadonlySet<string>, maxRows: number): Claim[] {
  if (claims.length <= maxRows) return [...claims];
  const chosen = new Set<number>();
  claims.forEach((claim, index) => {
    if (ids.has(claim.id)) chosen.add(index);
  });
  const anchors = [...chosen];
  for (let radius = 1; chosen.size < maxRows && radius < claims.length; radius++) {
    for (const anchor of anchors) {
      for (const index of [anchor - radius, anchor + radius]) {
        if (chosen.size < maxRows && index >= 0 && index < claims.length) chosen.add(index);
      }
    }
  }
  return [...chosen].sort((a, b) => a - b).map((index) => claims[index] as Claim);
}

function domainOf(values: readonly Interval[]): { low: number; high: number } | null {
  const bounds = values.flatMap((value) => [value.low, value.high]).filter((bound): bound is number => bound !== null);
  if (bounds.length === 0) return null;
  const low = Math.min(...bounds);
  const high = Math.max(...bounds);
  // One distinct value still needs a scale; centre it.
  return low === high ? { low: low - 1, high: high + 1 } : { low, high };
}

/** "├───┤" for a range, "●" for an exact figure, an arrow where the interval is open-ended. */
export function drawInterval(value: Interval, domain: { low: number; high: number }, width: number): string {
  const cells = Array.from({ length: width }, () => " ");
  const at = (bound: number) =>
    Math.max(0, Math.min(width - 1, Math.round(((bound - domain.low) / (domain.high - domain.low)) * (width - 1))));
  const start = value.low === null ? 0 : at(value.low);
  const end = value.high === null ? width - 1 : at(value.high);
  if (value.low === null && value.high === null) return cells.join("");
  if (start === end) {
    cells[start] = value.low === null ? "◀" : value.high === null ? "▶" : "●";
    return cells.join("");
  }
  for (let i = start; i <= end; i++) cells[i] = "─";
  cells[start] = value.low === null ? "◀" : "├";
  cells[end] = value.high === null ? "▶" : "┤";
  return cells.join("");
}
