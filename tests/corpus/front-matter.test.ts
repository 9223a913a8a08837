import { describe, expect, it } from "vitest";
import { isoDate, readArticleFields } from "../../src/corpus/article-fields.js";
import { readFrontMatter } from "../../src/corpus/front-matter.js";
import { InputError } from "../../src/errors.js";

describe("readFrontMatter", () => {
  it.each([
    ["fields", "---\ndate: 2024-05-14\nsource: The Independent\n---\nBody", { date: "2024-05-14", source: "The Independent" }],
    ["Windows line ends", "---\r\ntitle: Rafah\r\n---\r\nBody", { title: "Rafah" }],
    ["an empty block", "---\n---\nBody", {}],
    ["a closing line with trailing spaces", "---\nauthor: J. Bowden\n---  \nBody", { author: "J. Bowden" }],
  ])("reads %s and starts the body after the closing line", (_why, text, data) => {
    const found = readFrontMatter(text, "a.md");
    expect(found).toEqual({ kind: "found", data, bodyStart: text.indexOf("Body") });
  });

  it("starts the body at the end when nothing follows the closing line", () => {
    expect(readFrontMatter("---\ntitle: x\n---", "a.md")).toMatchObject({ bodyStart: 16 });
  });

  it.each([
    ["no block", "Body\n---\n"],
    ["a block that is not at the very start", "\n---\ndate: 2024-05-14\n---\nBody"],
    ["dashes that do not stand alone on the line", "--- date\nBody"],
  ])("finds nothing in %s", (_why, text) => {
    expect(readFrontMatter(text, "a.md")).toEqual({ kind: "none" });
  });

  it("reports an opening line that is never closed", () => {
    expect(readFrontMatter("---\ndate: 2024-05-14\nBody", "a.md")).toEqual({ kind: "unterminated" });
  });

  it.each([
    ["a nested mapping in a compact one", "---\ntitle: ok\nbad: a: b\n---\nBody", 3, /Nested mappings/],
    ["a tab as indentation", "---\nlist:\n  - 1\n\tbad: 2\n---\n", 4, /Tabs/],
    ["a repeated key", "---\ndate: 2024-05-14\ndate: 2024-05-15\n---\n", 3, /unique/],
  ])("throws for %s, naming the file's line", (_why, text, line, reason) => {
    const error = catchError(() => readFrontMatter(text, "corpus/x.md"));
    expect(error).toBeInstanceOf(InputError);
    expect(error.file).toBe("corpus/x.md");
    expect(error.message).toMatch(new RegExp(`^front matter is not valid YAML \\(line ${line}\\): `));
    expect(error.message).toMatch(reason);
    expect(error.message).not.toContain("\n");
  });

  it("throws for valid YAML that is not a mapping of fields", () => {
    const error = catchError(() => readFrontMatter("---\n- a list\n---\nBody", "x.md"));
    expect(error.message).toMatch(/^front matter is not a mapping of fields \(line 2\)/);
  });
});

describe("readArticleFields", () => {
  it("reads the known fields; source and outlet both name the outlet", () => {
    const warnings: string[] = [];
    const data = { source: "AP", date: "2024-05-14", title: "Rafah", url: "https://x.org/a", author: "J. B.", tags: ["x"] };
    expect(readArticleFields(data, (m) => warnings.push(m))).toEqual({
      outlet: "AP", date: "2024-05-14", title: "Rafah", url: "https://x.org/a", author: "J. B.",
    });
    expect(readArticleFields({ outlet: "Reuters" }, (m) => warnings.push(m))).toEqual({ outlet: "Reuters" });
    expect(warnings).toEqual([]);
  });

  it.each([
    ["14 May 2024", /"14 May 2024" is not an ISO date/],
    ["2024-02-30", /"2024-02-30" is not an ISO date/],
    [20240514, /"20240514" is not an ISO date/],
  ])("warns about the date %j and leaves the article undated", (date, warning) => {
    const warnings: string[] = [];
    expect(readArticleFields({ date }, (m) => warnings.push(m))).toEqual({});
    expect(warnings).toEqual([expect.stringMatching(warning)]);
  });

  it("warns about a field that is a list", () => {
    const warnings: string[] = [];
    expect(readArticleFields({ title: ["a", "b"] }, (m) => warnings.push(m))).toEqual({});
    expect(warnings).toEqual([expect.stringMatching(/field "title" should be plain text/)]);
  });
});

describe("isoDate keeps the calendar date as written", () => {
  it.each([
    ["2024-05-14", "2024-05-14"],
    ["2024-05-14T03:50:00+01:00", "2024-05-14"],
    ["2024-05-13T23:50:00-04:00", "2024-05-13"],
    ["2024-05-14 03:50", "2024-05-14"],
    [new Date(Date.UTC(2024, 4, 14)), "2024-05-14"],
    ["2024-02-29", "2024-02-29"],
  ])("%j -> %s", (value, expected) => expect(isoDate(value)).toBe(expected));

  it.each([["2023-02-29"], ["2024-13-01"], ["May 14, 2024"], ["2024-5-14"], [null], [20240514], [new Date(NaN)]])(
    "%j is not a date",
    (value) => expect(isoDate(value)).toBeNull(),
  );
});

function catchError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    return error as InputError;
  }
  throw new Error("expected an error");
}
