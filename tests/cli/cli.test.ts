// The CLI's contract: exit codes, one-line errors, formats. Run in-process with a fake IO.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { fakeIO } from "./fake-io.js";

const tmp = mkdtempSync(path.join(tmpdir(), "claimdiff-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string | Buffer>): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

const GOOD = "---\nsource: Test Wire\ndate: 2025-01-02\n---\nAt least 12 people were killed in Orvel, police said.\n";

describe("exit status 2 and one line naming the problem", () => {
  const empty = folder("empty", {});
  const badYaml = folder("bad-yaml", { "only.md": "---\ntitle: [unclosed\n---\nText.\n" });
  it.each([
    ["a path that does not exist", ["conflicts", path.join(tmp, "nope")], /nope: no such file or folder/],
    ["an empty corpus", ["conflicts", empty], /no articles found/],
    ["front matter that is not YAML, as the only article", ["conflicts", badYaml], /only\.md: front matter is not valid YAML \(line \d+\)/],
    ["an unknown format", ["conflicts", "--format", "pdf"], /--format must be one of text, json, markdown/],
    ["an unknown option", ["conflicts", "--frobnicate"], /Unknown option/i],
    ["an unknown verdict filter", ["conflicts", "--status", "maybe"], /--status must be one of/],
  ])("%s", async (_what, argv, message) => {
    const io = fakeIO();
    expect(await main(argv as string[], io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.err().trim().split("\n")[0]).toMatch(/^claimdiff: /);
    expect(io.err()).not.toMatch(/\n\s+at /); // no stack trace without --debug
    expect(io.out()).toBe("");
  });
});

describe("warnings keep the rest of the corpus", () => {
  it("skips a binary file and a non-article with a warning", async () => {
    const dir = folder("mixed", { "good.md": GOOD, "photo.txt": Buffer.from([0, 1, 2, 0, 255, 0]), "notes.csv": "a,b\n" });
    const io = fakeIO();
    expect(await main(["conflicts", dir, "--format", "json"], io)).toBe(0);
    const report = JSON.parse(io.out());
    expect(report.sources.map((s: { id: string }) => s.id)).toEqual(["good.md"]);
    expect(io.err()).toMatch(/photo\.txt/);
  });
});

describe("formats", () => {
  const dir = folder("formats", { "good.md": GOOD });
  it.each([
    ["json", (out: string) => expect(JSON.parse(out).version).toBe(1)],
    ["text", (out: string) => expect(out).toMatch(/1 source/)],
    ["markdown", (out: string) => expect(out).toMatch(/^#/m)],
  ])("conflicts --format %s", async (format, check) => {
    const io = fakeIO();
    expect(await main(["conflicts", dir, "--format", format], io)).toBe(0);
    check(io.out());
  });

  it("extract --format json has the claims and no conflicts", async () => {
    const io = fakeIO();
    expect(await main(["extract", dir, "--format", "json"], io)).toBe(0);
    const report = JSON.parse(io.out());
    expect(report.conflicts).toEqual([]);
    expect(report.claims[0]).toMatchObject({ text: "At least 12", value: { low: 12, high: null, lowInclusive: true } });
  });

  it("prints the text report, not the UI, in CI even on a terminal", async () => {
    const io = fakeIO({ isTTY: true, env: { NO_COLOR: "1", CI: "true" } });
    expect(await main([dir], io)).toBe(0);
    expect(io.out()).toMatch(/1 source/);
  });

  it("prints the text report, not the UI, when stdout is not a terminal", async () => {
    const io = fakeIO({ isTTY: false });
    expect(await main([dir], io)).toBe(0);
    expect(io.out()).toMatch(/1 source/);
  });
});

describe("help and version", () => {
  it.each([["--help"], ["conflicts", "--help"], ["extract", "--help"], ["explain", "--help"], ["review", "--help"]])("%s exits 0 with usage", async (...argv) => {
    const io = fakeIO();
    expect(await main(argv, io)).toBe(0);
    expect(io.out()).toMatch(/Usage/);
  });
  it("--version prints the package version", async () => {
    const io = fakeIO();
    expect(await main(["--version"], io)).toBe(0);
    expect(io.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
