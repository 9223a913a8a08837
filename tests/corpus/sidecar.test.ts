import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load-corpus.js";
import { parseSidecar } from "../../src/corpus/sidecar.js";
import { InputError } from "../../src/errors.js";
import type { Warning } from "../../src/types.js";
import { failureOf, useTempFolders, warningsIn } from "./temp-folder.js";

const ARTICLE = "Four soldiers were killed, the army said.\n";

describe("parseSidecar", () => {
  const parse = (yaml: string, warnings: Warning[] = []) => parseSidecar(yaml, "sources.yaml", "/c", (w) => warnings.push(w));

  it("reads entries with their lines", () => {
    const yaml = "# seeds\na.txt:\n  date: 2024-05-14\n  outlet: The Independent\nsub/b.txt: {source: AP, title: Rafah}\nc.txt:\n";
    expect(parse(yaml).entries).toEqual([
      { key: "a.txt", line: 2, fields: { date: "2024-05-14", outlet: "The Independent" } },
      { key: "sub/b.txt", line: 5, fields: { outlet: "AP", title: "Rafah" } },
      { key: "c.txt", line: 6, fields: {} },
    ]);
  });

  it("reads an empty file as no entries", () => {
    expect(parse("# nothing yet\n").entries).toEqual([]);
  });

  it.each([
    ["invalid YAML", "a.txt:\n  date: [2024\nb.txt: {}\n", /^not valid YAML \(line \d\): /],
    ["a list at the top", "- a.txt\n- b.txt\n", /^line 1: expected file names mapped to fields/],
    ["an entry that is not fields", "a.txt:\n  date: 2024-05-14\nb.txt: 2024-05-14\n", /^line 3: the entry for "b.txt" must be fields/],
    ["an entry that is a list", "a.txt:\n  - 2024-05-14\n", /^line 1: the entry for "a.txt" must be fields/],
  ])("throws for %s with the line", (_why, yaml, message) => {
    expect(() => parse(yaml)).toThrow(InputError);
    expect(() => parse(yaml)).toThrow(message);
  });

  it("warns about unknown fields and bad dates, with the line", () => {
    const warnings: Warning[] = [];
    const sidecar = parse("a.txt:\n  dat: 2024-05-14\nb.txt:\n  date: 14/05/2024\n", warnings);
    expect(sidecar.entries.map((e) => e.fields)).toEqual([{}, {}]);
    expect(warnings).toEqual([
      { file: "sources.yaml", message: expect.stringMatching(/^line 1: "a.txt": unknown field "dat" ignored/) },
      { file: "sources.yaml", message: expect.stringMatching(/^line 3: "b.txt": date "14\/05\/2024" is not an ISO date/) },
    ]);
  });
});

describe("sources.yaml in a corpus", () => {
  const folder = useTempFolders();

  it("applies to files in its folder and below, by name or relative path", async () => {
    const dir = folder({
      "sources.yaml": "a.txt: {date: 2024-05-01, outlet: AP}\nb.txt: {date: 2024-05-02}\nsub/c.txt: {date: 2024-05-03}\n",
      "a.txt": ARTICLE,
      "sub/b.txt": ARTICLE,
      "sub/c.txt": ARTICLE,
      "sub/d.txt": ARTICLE,
    });
    const sources = await loadCorpus([dir]);
    expect(sources.map((s) => [s.id, s.date, s.dateFrom, s.outlet])).toEqual([
      ["a.txt", "2024-05-01", "sidecar", "AP"],
      ["b.txt", "2024-05-02", "sidecar", null],
      ["c.txt", "2024-05-03", "sidecar", null],
      ["d.txt", null, "none", null],
    ]);
  });

  it("lets the nearest sources.yaml that names an article win", async () => {
    const dir = folder({
      "sources.yaml": "a.txt: {date: 2024-05-01}\nb.txt: {date: 2024-05-01}\n",
      "sub/sources.yaml": "a.txt: {date: 2024-06-01}\n",
      "sub/a.txt": ARTICLE,
      "sub/b.txt": ARTICLE,
    });
    const sources = await loadCorpus([dir]);
    expect(sources.map((s) => [s.id, s.date])).toEqual([["a.txt", "2024-06-01"], ["b.txt", "2024-05-01"]]);
  });

  it("warns about entries that name no article, and about names that match two files", async () => {
    const dir = folder({
      "sources.yaml": "gone.txt: {date: 2024-05-01}\nx.txt: {date: 2024-05-02}\nnotes.pdf: {}\n",
      "a/x.txt": ARTICLE,
      "b/x.txt": ARTICLE,
      "notes.pdf": "%PDF",
    });
    const { warnings, onWarning } = warningsIn(dir);
    const sources = await loadCorpus([dir], { onWarning });
    expect(sources.map((s) => s.date)).toEqual([null, null]);
    expect(warnings).toEqual([
      "notes.pdf: skipped: not an article (.txt, .md, .html)",
      'sources.yaml: line 1: "gone.txt" names no article in this folder or below; entry ignored',
      'sources.yaml: line 2: "x.txt" matches 2 files (a/x.txt, b/x.txt); write the path relative to sources.yaml',
      'sources.yaml: line 3: "notes.pdf" names no article in this folder or below; entry ignored',
    ]);
  });

  it("stops the run for a malformed sources.yaml", async () => {
    const dir = folder({ "sources.yaml": "a.txt:\n  date: 2024-05-01\n bad\n", "a.txt": ARTICLE });
    await expect(loadCorpus([dir])).rejects.toThrow(/^not valid YAML \(line 3\)/);
    const error = await failureOf(loadCorpus([dir]));
    expect(error.file).toBe(path.join(dir, "sources.yaml"));
  });

  it("is looked up above the folder given as far as the working folder", async () => {
    const dir = folder({ "sources.yaml": "a.txt: {date: 2024-05-01}\nother.txt: {}\n", "seeds/a.txt": ARTICLE });
    const { warnings, onWarning } = warningsIn(dir);
    const inside = await loadCorpus(["seeds"], { cwd: dir, onWarning });
    expect(inside.map((s) => [s.path, s.date])).toEqual([["seeds/a.txt", "2024-05-01"]]);
    // A sources.yaml above the folder given may describe files not asked for: no warning.
    expect(warnings).toEqual([]);

    const direct = await loadCorpus(["seeds/a.txt"], { cwd: dir });
    expect(direct.map((s) => [s.path, s.date])).toEqual([["seeds/a.txt", "2024-05-01"]]);

    // Outside the working folder the folder given is the limit.
    const outside = await loadCorpus([path.join(dir, "seeds")], { cwd: path.join(dir, "elsewhere") });
    expect(outside.map((s) => s.date)).toEqual([null]);
  });
});
