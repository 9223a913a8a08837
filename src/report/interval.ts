// How an interval reads to a fact-checker: "> 35,000", "≈ 18–22", "< 32,000 (28,800–32,000)".
// Shared by every report format and the review UI, so one figure always reads the same way.
import type { Interval } from "../types.js";

/** Qualifiers that make a closed interval an estimate around a figure rather than a stated range. */
const APPROXIMATE = /^(about|around|roughly|some|approximately|an estimated|estimated|circa|c\.|almost|nearly|close to)\b/;

/** "35000" -> "35,000"; fractions keep at most two decimals ("12.5", "0.33"). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? "-" : "";
  const [whole = "0", fraction] = Math.abs(n).toFixed(2).replace(/\.?0+$/, "").split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const text = fraction ? `${grouped}.${fraction}` : grouped;
  return text === "0" ? "0" : sign + text;
}

/**
 * One interval in the fewest symbols that still say which ends are open:
 *   exact            [4, 4]           -> "4"
 *   lower bound      (35000, ∞)       -> "> 35,000"      [45, ∞)  -> "≥ 45"
 *   upper bound      (-∞, 32000)      -> "< 32,000"      (-∞, 300] -> "≤ 300"
 *   stated range     [5000, 6000]     -> "5,000–6,000"
 *   estimate         (18, 22)         -> "≈ 18–22"
 *   near a limit     [28800, 32000)   -> "< 32,000 (28,800–32,000)"
 *                    (35000, 38500]   -> "> 35,000 (35,000–38,500)"
 *   no bounds                         -> "any"
 * `qualifier` (as written, e.g. "about") marks a closed interval as an estimate; it is optional
 * because the interval alone already tells every other shape apart.
 */
export function formatInterval(value: Interval, qualifier?: string | null): string {
  const { low, high, lowInclusive, highInclusive } = value;
  if (low === null && high === null) return "any";
  if (high === null) return `${lowInclusive ? "≥" : ">"} ${formatNumber(low as number)}`;
  if (low === null) return `${highInclusive ? "≤" : "<"} ${formatNumber(high)}`;

  const range = `${formatNumber(low)}–${formatNumber(high)}`;
  if (low === high) {
    // A single point is only a claim when both ends are closed; otherwise nothing fits in it.
    return lowInclusive && highInclusive ? formatNumber(low) : `empty (${range})`;
  }
  if (low > high) return `empty (${range})`;
  if (lowInclusive && highInclusive) {
    return qualifier && APPROXIMATE.test(qualifier.toLowerCase()) ? `≈ ${range}` : range;
  }
  if (!lowInclusive && !highInclusive) return `≈ ${range}`;
  if (lowInclusive) return `< ${formatNumber(high)} (${range})`;
  return `> ${formatNumber(low)} (${range})`;
}
