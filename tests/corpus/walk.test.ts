import { symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isArticle, walkCorpus } from "../../src/corpus/walk.js";
import type { Warning } from "../../src/types.js";
import { useTempFolders } from "./temp-folder.js";

describe("isArticle", () => {
  it.each([["a.txt"], ["a.md"], ["a.html"], ["a.htm"], ["A.TXT"], ["dir.v2/a.Html"]])("%s is", (file) => {
    expect(isArticle(file)).toBe(true);
  });
  it.each([["a.pdf"], ["a.txt.gz"], ["sources.yaml"], ["README"], ["a.markdownx"]])("%s is not", (file) => {
    expect(isArticle(file)).toBe(false);
  });
});

describe("walkCorpus", () => {
  const folder = useTempFolders();

  it("follows links to files and folders, reads a folder reached twice once, reports broken links", () => {
    const dir = folder({ "real/a.txt": "x", "b.txt": "x" });
    symlinkSync(path.join(dir, "real"), path.join(dir, "real/loop"));
    symlinkSync(path.join(dir, "b.txt"), path.join(dir, "c.txt"));
    symlinkSync(path.join(dir, "missing.txt"), path.join(dir, "broken.txt"));
    const warnings: Warning[] = [];
    const walk = walkCorpus(["."], dir, (w) => warnings.push(w));
    expect(walk.files.map((f) => f.path)).toEqual(["b.txt", "c.txt", "real/a.txt"]);
    expect(warnings).toEqual([{ file: "broken.txt", message: "skipped: broken link" }]);
  });

  it("records the folders read and where sources.yaml lookups stop", () => {
    const dir = folder({ "c/a.txt": "x", "d.txt": "x" });
    const walk = walkCorpus(["c", path.join(dir, "d.txt")], dir, () => {});
    expect(walk.folders).toEqual([path.join(dir, "c")]);
    expect(walk.files.map((f) => [f.relative, f.boundary])).toEqual([["a.txt", dir], ["d.txt", dir]]);
    const outside = walkCorpus([path.join(dir, "c")], path.join(dir, "elsewhere"), () => {});
    expect(outside.files.map((f) => f.boundary)).toEqual([path.join(dir, "c")]);
  });
});
