import { describe, expect, test } from "vitest";
import { lineColumn, makeLocator } from "../../src/report/locate.js";

describe("lineColumn", () => {
  test.each([
    ["first character", "abc", 0, 1, 1],
    ["end of a one-line text", "abc", 3, 1, 4],
    ["after LF", "a\nb", 2, 2, 1],
    ["after CRLF", "a\r\nb", 3, 2, 1],
    ["on the LF of a CRLF", "a\r\nb", 2, 1, 3],
    ["after a lone CR", "a\rb", 2, 2, 1],
    ["an empty line", "a\n\nb", 2, 2, 1],
    ["after a blank line", "a\r\n\r\nb", 5, 3, 1],
    ["past a final newline", "x\n", 2, 2, 1],
    ["the last character", "ab\ncd", 4, 2, 2],
    ["after a surrogate pair", "😀 35", 3, 1, 4],
    ["after two surrogate pairs on line 2", "😀 35\n😀😀x", 10, 2, 5],
    ["empty text", "", 0, 1, 1],
  ])("%s", (_name, text, offset, line, column) => {
    expect(lineColumn(text, offset)).toEqual({ line, column });
    expect(makeLocator(text)(offset)).toEqual({ line, column });
  });

  test.each([
    ["negative", -1],
    ["past the end", 4],
    ["not an integer", 1.5],
    ["NaN", Number.NaN],
  ])("rejects an offset that is %s", (_name, offset) => {
    expect(() => lineColumn("abc", offset)).toThrow(RangeError);
  });

  test("agrees with counting line breaks by hand at every offset", () => {
    const text = "one\r\ntwo\nthree\rfour\r\n\r\n😀five";
    const locate = makeLocator(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const before = text.slice(0, offset);
      const lines = before.split(/\r\n|\r|\n/);
      // An offset between "\r" and "\n" is still on the line the "\r" ends.
      const splitCrlf = before.endsWith("\r") && text[offset] === "\n";
      const line = splitCrlf ? lines.length - 1 : lines.length;
      const column = splitCrlf ? (lines[lines.length - 2] ?? "").length + 2 : (lines.at(-1) ?? "").length + 1;
      expect(locate(offset), `offset ${offset}`).toEqual({ line, column });
    }
  });

  test("gives the right answers when many texts alternate through the cache", () => {
    const texts = Array.from({ length: 20 }, (_, i) => `${"x\n".repeat(i)}end`);
    for (let round = 0; round < 3; round++) {
      texts.forEach((text, i) => expect(lineColumn(text, text.length)).toEqual({ line: i + 1, column: 4 }));
    }
  });

  test("stays fast for thousands of claims in a large file", () => {
    const text = "A line of article text with 35,000 in it.\r\n".repeat(25_000); // ~1 MB
    const offsets = Array.from({ length: 20_000 }, (_, i) => (i * 7919) % text.length);
    const started = performance.now();
    for (const offset of offsets) lineColumn(text, offset);
    // Scanning the text per lookup would take tens of seconds; indexing once takes milliseconds.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(lineColumn(text, 43 * 24_999)).toEqual({ line: 25_000, column: 1 });
  });
});
