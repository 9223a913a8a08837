// Words a fact-checker uses for a figure and its source, for conflict explanations.
import type { Claim, Interval, Source } from "../types.js";

// One formatter for every number: toLocaleString builds a new one on each call.
const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const fmt = (n: number) => NUMBER.format(n);

/** "more than 35,000", "below 35,000", "about 20 (18-22)", "4", "5,000 to 6,000". */
export function inWords(v: Interval): string {
  const { low, high } = v;
  if (low !== null && high !== null && low === high) return fmt(low);
  if (low !== null && high === null) return `${v.lowInclusive ? "at least" : "more than"} ${fmt(low)}`;
  if (low === null && high !== null) return `${v.highInclusive ? "at most" : "fewer than"} ${fmt(high)}`;
  if (low !== null && high !== null) {
    if (!v.lowInclusive && !v.highInclusive) return `between ${fmt(low)} and ${fmt(high)}`;
    if (v.lowInclusive && !v.highInclusive) return (high - low) / high <= 0.2 ? `just under ${fmt(high)}` : `${fmt(low)} to under ${fmt(high)}`;
    if (!v.lowInclusive && v.highInclusive) return (high - low) / high <= 0.2 ? `just over ${fmt(low)}` : `over ${fmt(low)}, up to ${fmt(high)}`;
    return `${fmt(low)} to ${fmt(high)}`;
  }
  return "any number";
}

export function quote(c: Claim): string {
  const words = inWords(c.value);
  return words === c.text.trim() ? `"${c.text}"` : `"${c.text}" (${words})`;
}

export function whoSays(c: Claim, source: Source | undefined): string {
  if (c.role === "headline") return "the headline";
  const outlet = source?.outlet ?? source?.id ?? c.source;
  return c.attribution ? `${outlet}, citing ${c.attribution},` : outlet;
}

export function when(c: Claim): string {
  return c.asOf ?? "undated";
}
