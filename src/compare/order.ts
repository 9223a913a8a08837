// The order claims are compared and listed in: by the date they speak for (undated last), then
// by source, then by where they stand in it.
import type { Claim } from "../types.js";

export function byTime(a: Claim, b: Claim): number {
  if (a.asOf !== b.asOf) return a.asOf === null ? 1 : b.asOf === null ? -1 : a.asOf < b.asOf ? -1 : 1;
  return a.source === b.source ? a.span.start - b.span.start : a.source < b.source ? -1 : 1;
}
