// The bundled seed corpus, read as a person would read it: `claimdiff` with no path means `corpus`.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleBodyText } from "../../src/corpus/body-text.js";
import { findDateline } from "../../src/corpus/dateline.js";
import { loadCorpus } from "../../src/corpus/load-corpus.js";
import type { Warning } from "../../src/types.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

const SEEDS = [
  // [file, date, outlet, the dateline as written in the text, or null]
  ["000_85a5aafa3107d4e0.txt", "2024-05-06", null, null],
  ["001_bab6041d936568cf.txt", "2024-08-23", null, null],
  ["002_e8f0b7cfd3862bfc.txt", "2024-05-07", null, null],
  ["003_1bb60bc09e960d9e.txt", "2024-03-21", null, "2024-03-21"],
  ["004_ce69c97202e0541c.txt", "2024-05-14", "The Independent", "Tuesday 14 May 2024 03:50 BST"],
] as const;

describe("the seed corpus", () => {
  it("loads all five, byte-for-byte, dated by corpus/sources.yaml, without warnings", async () => {
    const warnings: Warning[] = [];
    const sources = await loadCorpus(["corpus"], { cwd: ROOT, onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([]);
    expect(sources.map((s) => [s.id, s.path, s.date, s.dateFrom, s.outlet])).toEqual(
      SEEDS.map(([file, date, outlet]) => [file, `corpus/seeds/${file}`, date, "sidecar", outlet]),
    );
    for (const source of sources) {
      expect(source.text).toBe(readFileSync(path.join(ROOT, source.path), "utf8"));
      expect(source.bodyStart).toBe(0);
    }
  });

  it.each(SEEDS)("%s: the dateline parser alone finds the date the text states", async (file, date, _outlet, written) => {
    // Working from corpus/seeds puts corpus/sources.yaml out of reach: only the text speaks.
    const cwd = path.join(ROOT, "corpus/seeds");
    const [source] = await loadCorpus([file], { cwd });
    if (!source) throw new Error(`${file} not loaded`);
    const dateline = findDateline(articleBodyText(source), source.bodyStart);
    if (written === null) {
      expect(dateline).toBeNull();
      expect(source).toMatchObject({ date: null, dateFrom: "none" });
    } else {
      expect(source).toMatchObject({ date, dateFrom: "text" });
      expect(dateline && source.text.slice(dateline.start, dateline.end)).toBe(written);
    }
  });

  it("gives titles only to seeds whose first line is a headline", async () => {
    const sources = await loadCorpus(["corpus"], { cwd: ROOT });
    expect(sources.map((s) => s.title)).toEqual([
      "Kerem Shalom Strike Likely Played Key Role in Negotiations Collapse",
      null,
      null,
      null,
      "US is ‘helping Israel target Hamas leaders’ in hopes of limiting invasion of Rafah",
    ]);
  });
});
