import { describe, expect, test } from "vitest";
import { formatInterval, formatNumber } from "../../src/report/interval.js";
import type { Interval } from "../../src/types.js";

const iv = (low: number | null, high: number | null, lowInclusive: boolean, highInclusive: boolean): Interval => ({
  low,
  high,
  lowInclusive,
  highInclusive,
});

describe("formatInterval", () => {
  test.each<[string, Interval, string | null, string]>([
    ["an exact count", iv(4, 4, true, true), null, "4"],
    ["an exact large count", iv(251000, 251000, true, true), null, "251,000"],
    ["more than", iv(35000, null, false, false), "more than", "> 35,000"],
    ["at least", iv(45, null, true, false), "at least", "≥ 45"],
    ["fewer than", iv(null, 32000, false, false), "fewer than", "< 32,000"],
    ["up to, unbounded below", iv(null, 300, false, true), "up to", "≤ 300"],
    ["nearly, bounded below", iv(28800, 32000, true, false), "nearly", "< 32,000 (28,800–32,000)"],
    ["above a figure with a cap", iv(35000, 38500, false, true), null, "> 35,000 (35,000–38,500)"],
    ["an open estimate", iv(18, 22, false, false), "about", "≈ 18–22"],
    ["a stated range", iv(5000, 6000, true, true), null, "5,000–6,000"],
    ["a closed range from an approximate word", iv(18, 22, true, true), "about", "≈ 18–22"],
    ["a closed range whose qualifier is not approximate", iv(18, 22, true, true), "between", "18–22"],
    ["a fractional figure", iv(1.5, 1.5, true, true), null, "1.5"],
    ["no bounds at all", iv(null, null, false, false), null, "any"],
    ["a point with an open end (empty)", iv(5, 5, true, false), null, "empty (5–5)"],
    ["bounds the wrong way round (empty)", iv(6, 5, true, true), null, "empty (6–5)"],
  ])("%s", (_name, value, qualifier, expected) => {
    expect(formatInterval(value, qualifier)).toBe(expected);
  });

  test("needs no qualifier to tell the shapes apart", () => {
    expect(formatInterval(iv(35000, null, false, false))).toBe("> 35,000");
    expect(formatInterval(iv(18, 22, false, false))).toBe("≈ 18–22");
  });
});

describe("formatNumber", () => {
  test.each([
    [0, "0"],
    [999, "999"],
    [1000, "1,000"],
    [1234567, "1,234,567"],
    [-45000, "-45,000"],
    [12.5, "12.5"],
    [0.333333, "0.33"],
    [100.0, "100"],
    [31500.000000000004, "31,500"],
    [-0.001, "0"],
    [Number.POSITIVE_INFINITY, "Infinity"],
  ])("%s -> %s", (n, expected) => {
    expect(formatNumber(n)).toBe(expected);
  });
});
