import { describe, expect, it } from "vitest";
import { decodeArticle, MAX_INVALID_SEQUENCES } from "../../src/corpus/decode.js";

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

describe("decodeArticle", () => {
  it.each([
    ["plain UTF-8", bytes("Gaza – 35,000"), "Gaza – 35,000", 0],
    ["a leading BOM removed", bytes([0xef, 0xbb, 0xbf], "Gaza"), "Gaza", 0],
    ["only the leading BOM removed", bytes([0xef, 0xbb, 0xbf], "a\uFEFFb"), "a\uFEFFb", 0],
    ["a replacement character the file really has", bytes("a \uFFFD b"), "a \uFFFD b", 0],
    ["a few bad bytes", bytes("caf", [0xe9], " ok"), "caf\uFFFD ok", 1],
    ["an empty file", bytes(), "", 0],
  ])("reads %s", (_why, input, text, invalidSequences) => {
    expect(decodeArticle(input)).toEqual({ ok: true, text, invalidSequences });
  });

  it.each([
    ["a NUL byte", bytes("PK", [0x03, 0x04, 0x00, 0x00]), /binary/],
    ["UTF-16 little-endian", Buffer.from("\uFEFFGaza", "utf16le"), /UTF-16/],
    ["UTF-16 big-endian", bytes([0xfe, 0xff, 0x00, 0x47]), /UTF-16/],
    ["many bad bytes", bytes("x", Array(MAX_INVALID_SEQUENCES + 1).fill(0xe9)), /not UTF-8 text \(4 invalid/],
  ])("refuses %s", (_why, input, reason) => {
    const decoded = decodeArticle(input);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.reason).toMatch(reason);
  });
});
