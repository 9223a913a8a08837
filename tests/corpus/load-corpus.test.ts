import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus, NO_ARTICLES, sourceIds } from "../../src/corpus/load-corpus.js";
import { readArticle } from "../../src/corpus/read-article.js";
import type { CorpusFile } from "../../src/corpus/walk.js";
import { InputError } from "../../src/errors.js";
import { failureOf, useTempFolders, warningsIn } from "./temp-folder.js";

const ARTICLE = "Four soldiers were killed, the army said.\n";
const BOM = "\uFEFF";

describe("loadCorpus: which files, in which order", () => {
  const folder = useTempFolders();

  it("reads a folder recursively in sorted order, with paths as given", async () => {
    const dir = folder({ "b.txt": ARTICLE, "a/z.md": ARTICLE, "a/b/c.html": "<p>x</p>", "a.txt": ARTICLE, "C.htm": ARTICLE });
    const loaded = await loadCorpus([dir]);
    expect(loaded.map((s) => path.relative(dir, s.path))).toEqual(["C.htm", "a.txt", "a/b/c.html", "a/z.md", "b.txt"]);
    const relative = await loadCorpus(["."], { cwd: dir });
    expect(relative.map((s) => s.path)).toEqual(["C.htm", "a.txt", "a/b/c.html", "a/z.md", "b.txt"]);
  });

  it("reads files and folders given together, in the order given, each file once", async () => {
    const dir = folder({ "x/a.txt": ARTICLE, "x/b.txt": ARTICLE, "y.md": ARTICLE });
    const sources = await loadCorpus(["y.md", "x", "x/a.txt"], { cwd: dir });
    expect(sources.map((s) => s.path)).toEqual(["y.md", "x/a.txt", "x/b.txt"]);
  });

  it("skips other files with a warning, and dotfiles and sources.yaml silently", async () => {
    const dir = folder({
      "a.txt": ARTICLE, "photo.jpg": "jpeg", "notes.pdf": "%PDF", "sources.yaml": "", ".DS_Store": "x",
      ".git/config.txt": ARTICLE, "sub/.hidden.md": ARTICLE,
    });
    const { warnings, onWarning } = warningsIn(dir);
    const sources = await loadCorpus([dir], { onWarning });
    expect(sources.map((s) => s.id)).toEqual(["a.txt"]);
    expect(warnings).toEqual([
      "notes.pdf: skipped: not an article (.txt, .md, .html)",
      "photo.jpg: skipped: not an article (.txt, .md, .html)",
    ]);
  });

  it.each([
    ["a missing folder", ["nope"], "nope", "no such file or folder"],
    ["a missing file beside a good one", ["a.txt", "nope/b.txt"], "nope/b.txt", "no such file or folder"],
    ["an empty folder", ["empty"], "empty", NO_ARTICLES],
    ["a folder of other files", ["other"], "other", NO_ARTICLES],
  ])("throws an InputError for %s", async (_why, paths, file, message) => {
    const dir = folder({ "a.txt": ARTICLE, "empty/.keep": "", "other/x.pdf": "%PDF" });
    const error = await failureOf(loadCorpus(paths, { cwd: dir }));
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ file, message });
    expect((error as InputError).toLine()).toBe(`claimdiff: ${file}: ${message}`);
  });
});

describe("loadCorpus: decoding", () => {
  const folder = useTempFolders();

  it("removes a BOM; offsets index the text, front matter included", async () => {
    const body = "Rafah headline\n\nMore than 35,000 people have died.\n";
    const dir = folder({ "a.md": `${BOM}---\ndate: 2024-05-14\n---\n${body}`, "b.txt": `${BOM}${body}` });
    const [a, b] = await loadCorpus([dir]);
    expect(a?.text).toBe(`---\ndate: 2024-05-14\n---\n${body}`);
    expect(a?.text.slice(a.bodyStart)).toBe(body);
    expect(b?.text).toBe(body);
    expect(b?.bodyStart).toBe(0);
    const figure = a?.text.indexOf("35,000") ?? -1;
    expect(a?.text.slice(figure, figure + 6)).toBe("35,000");
    expect([a?.title, b?.title]).toEqual(["Rafah headline", "Rafah headline"]);
  });

  it("skips binary and non-UTF-8 files with a warning naming them", async () => {
    const dir = folder({
      "a.txt": ARTICLE,
      "binary.txt": Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]),
      "latin1.txt": Buffer.from("Caf\xe9 na\xefve r\xe9sum\xe9 \xe0 la cr\xe8me", "latin1"),
      "utf16.txt": Buffer.from(`\uFEFF${ARTICLE}`, "utf16le"),
      "one-bad-byte.txt": Buffer.concat([Buffer.from("Caf"), Buffer.from([0xe9]), Buffer.from(" and \uFFFD kept\n")]),
    });
    const { warnings, onWarning } = warningsIn(dir);
    const sources = await loadCorpus([dir], { onWarning });
    expect(sources.map((s) => s.id)).toEqual(["a.txt", "one-bad-byte.txt"]);
    expect(sources[1]?.text).toBe("Caf\uFFFD and \uFFFD kept\n");
    expect(warnings).toEqual([
      "binary.txt: looks like a binary file (it contains NUL bytes); skipped",
      "latin1.txt: is not UTF-8 text (6 invalid byte sequences); save it as UTF-8; skipped",
      "one-bad-byte.txt: 1 invalid UTF-8 byte sequence read as U+FFFD",
      "utf16.txt: is UTF-16 text; save it as UTF-8; skipped",
    ]);
  });

  it("stops with the file's own problem when it was the only article", async () => {
    const dir = folder({ "binary.txt": Buffer.from([0, 1, 2]), "notes.pdf": "%PDF" });
    const { warnings, onWarning } = warningsIn(dir);
    const error = await failureOf(loadCorpus([dir], { onWarning }));
    expect(error).toMatchObject({ file: path.join(dir, "binary.txt"), message: "looks like a binary file (it contains NUL bytes)" });
    expect(warnings).toEqual(["notes.pdf: skipped: not an article (.txt, .md, .html)"]);
  });

  it("reports a file that cannot be read", () => {
    const file: CorpusFile = { path: "c/a.txt", absolute: "/c/a.txt", relative: "a.txt", boundary: "/c" };
    const denied = Object.assign(new Error("EACCES: permission denied, open"), { code: "EACCES" });
    const result = readArticle(file, { error: denied }, () => {});
    expect(result).toEqual(new InputError("c/a.txt", "cannot read: permission denied"));
  });
});

describe("loadCorpus: front matter", () => {
  const folder = useTempFolders();
  const broken = "---\ntitle: ok\nbad: a: b\n---\nBody\n";

  it("skips an article with invalid front matter while others remain", async () => {
    const dir = folder({ "a.md": broken, "b.md": ARTICLE });
    const { warnings, onWarning } = warningsIn(dir);
    const sources = await loadCorpus([dir], { onWarning });
    expect(sources.map((s) => s.id)).toEqual(["b.md"]);
    expect(warnings).toEqual([expect.stringMatching(/^a\.md: front matter is not valid YAML \(line 3\): .*; skipped$/)]);
  });

  it("stops when the invalid article was the only one", async () => {
    const dir = folder({ "a.md": broken });
    const error = await failureOf(loadCorpus([path.join(dir, "a.md")]));
    expect(error.toLine()).toMatch(/^claimdiff: .*a\.md: front matter is not valid YAML \(line 3\): Nested mappings/);
  });

  it("reads an unclosed block as text, with a warning", async () => {
    const dir = folder({ "a.md": "---\nFour soldiers were killed.\n" });
    const { warnings, onWarning } = warningsIn(dir);
    const [source] = await loadCorpus([dir], { onWarning });
    expect(source?.bodyStart).toBe(0);
    expect(warnings).toEqual(["a.md: starts with --- but no closing --- line follows; read as text, not front matter"]);
  });
});

describe("loadCorpus: what an article says about itself, by precedence", () => {
  const folder = useTempFolders();
  const FRONT = "---\ndate: 2024-01-01\nsource: Front\ntitle: Front title\n---\n";
  const DATELINE = "Tuesday 14 May 2024 03:50 BST\nFour soldiers were killed.\n";
  const SIDECAR = "a.md: {date: 2024-02-02, outlet: Side, title: Side title, author: Side author}\n";

  it.each([
    ["front matter over all", FRONT + DATELINE, SIDECAR, "2024-01-01", "front-matter", "Front", "Side author"],
    ["sources.yaml over the text", DATELINE, SIDECAR, "2024-02-02", "sidecar", "Side", "Side author"],
    ["the text when nothing else says", DATELINE, "", "2024-05-14", "text", null, null],
    ["nothing", "Four soldiers were killed.\n", "", null, "none", null, null],
    ["sources.yaml after a bad front-matter date", "---\ndate: 14 May\n---\n" + DATELINE, SIDECAR, "2024-02-02", "sidecar", "Side", "Side author"],
    ["the text after a bad sources.yaml date", DATELINE, "a.md: {date: soon}\n", "2024-05-14", "text", null, null],
  ])("%s", async (_why, article, sidecar, date, dateFrom, outlet, author) => {
    const dir = folder({ "a.md": article, ...(sidecar ? { "sources.yaml": sidecar } : {}) });
    const [source] = await loadCorpus([dir], { onWarning: () => {} });
    expect(source).toMatchObject({ date, dateFrom, outlet, author });
  });

  it("takes each field from the highest origin that has it", async () => {
    const dir = folder({ "a.md": "---\ndate: 2024-01-01\n---\nHeadline\n", "sources.yaml": SIDECAR });
    const [source] = await loadCorpus([dir]);
    expect(source).toMatchObject({ date: "2024-01-01", dateFrom: "front-matter", outlet: "Side", title: "Side title" });
  });
});

describe("loadCorpus: HTML articles", () => {
  const folder = useTempFolders();

  it("reads the head's metadata and keeps the raw file as the text", async () => {
    const html = [
      "<!doctype html><html><head><title>Toll nears 35,000 &ndash; News</title>",
      '<meta property="og:site_name" content="The Independent">',
      '<meta property="article:published_time" content="2024-05-14T03:50:00+01:00">',
      '<link rel="canonical" href="https://example.org/rafah"></head>',
      "<body><p>More than 35,000 people have died.</p></body></html>",
    ].join("\n");
    const dir = folder({ "a.html": html });
    const [source] = await loadCorpus([dir]);
    expect(source).toMatchObject({
      text: html, outlet: "The Independent", date: "2024-05-14", dateFrom: "text",
      title: "Toll nears 35,000 – News", url: "https://example.org/rafah",
    });
  });
  it("finds a dateline in the page text however long the head before it", async () => {
    const head = `<head><script>${"var x = 1;\n".repeat(300)}</script></head>`;
    const html = `<html>${head}<body><h1>Rafah</h1><p class="byline">John Bowden, Washington, 14 May 2024</p><p>Text.</p></body></html>`;
    const dir = folder({ "a.htm": html });
    const [source] = await loadCorpus([dir]);
    expect(source).toMatchObject({ date: "2024-05-14", dateFrom: "text", title: "Rafah" });
  });
});

describe("sourceIds", () => {
  const file = (p: string, relative: string): CorpusFile => ({ path: p, absolute: `/abs/${p}`, relative, boundary: "/abs" });

  it.each([
    ["unique names stay names", [file("c/a.txt", "a.txt"), file("c/b.txt", "b.txt")], ["a.txt", "b.txt"]],
    ["a shared name becomes the path below the folder given", [file("c/x/a.txt", "x/a.txt"), file("c/y/a.txt", "y/a.txt"), file("c/b.txt", "b.txt")], ["x/a.txt", "y/a.txt", "b.txt"]],
    ["a shared relative path becomes the full path", [file("one/a.txt", "a.txt"), file("two/a.txt", "a.txt")], ["one/a.txt", "two/a.txt"]],
  ])("%s", (_why, files, ids) => {
    expect(sourceIds(files)).toEqual(ids);
  });

});

describe("loadCorpus: duplicate file names", () => {
  const folder = useTempFolders();

  it("gives articles with the same file name distinct, stable ids", async () => {
    const dir = folder({ "2024/a.txt": ARTICLE, "2023/a.txt": ARTICLE, "b.txt": ARTICLE });
    const sources = await loadCorpus([dir]);
    expect(sources.map((s) => s.id)).toEqual(["2023/a.txt", "2024/a.txt", "b.txt"]);
  });
});
