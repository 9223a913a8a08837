// Writes the interval a figure commits to in a reviewer's shorthand: "> 35,000", "≈ 18–22",
// "[5,000, 6,000]", "< 35,000". The bracket form keeps open and closed ends visible.
import type { Interval } from "../types.js";

/** Qualifiers that make a figure an estimate around a point rather than a hard range.
 *  "nearly"/"almost" are not here: they commit to a hard upper end, which brackets show. */
const APPROXIMATE = new Set([
  "about", "around", "roughly", "some", "approximately", "an estimated", "estimated", "circa",
  "approx.",
]);

const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export function formatFigure(value: number): string {
  return numberFormat.format(value);
}

export function describeInterval(value: Interval, qualifier: string | null = null): string {
  const { low, high } = value;
  if (low === null && high === null) return "any value";
  if (low === null) return `${value.highInclusive ? "≤" : "<"} ${formatFigure(high as number)}`;
  if (high === null) return `${value.lowInclusive ? "≥" : ">"} ${formatFigure(low)}`;
  if (low === high && value.lowInclusive && value.highInclusive) return `= ${formatFigure(low)}`;
  if (qualifier !== null && APPROXIMATE.has(qualifier.toLowerCase())) {
    return `≈ ${formatFigure(low)}–${formatFigure(high)}`;
  }
  const open = value.lowInclusive ? "[" : "(";
  const close = value.highInclusive ? "]" : ")";
  return `${open}${formatFigure(low)}, ${formatFigure(high)}${close}`;
}
