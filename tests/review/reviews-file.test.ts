// reviews.yaml on disk: load, save/merge/clear round trips, the lock, and never overwriting a bad file.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { loadReviews, saveVerdict } from "../../src/review/reviews-file.js";
import type { ReviewEntry } from "../../src/review/reviews-file.js";

let folder: string;
let file: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "claimdiff-reviews-"));
  file = join(folder, "claims", "reviews.yaml");
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function entry(overrides: Partial<ReviewEntry> = {}): ReviewEntry {
  return { verdict: "confirmed", note: null, by: "Jane Doe", at: "2026-11-21T10:00:00.000Z", fingerprint: "9c1d00aa11bb", ...overrides };
}

function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", ""]);
  return child.pid ?? 999_999;
}

describe("loadReviews", () => {
  it("reads a missing file as no verdicts", () => {
    expect(loadReviews(file).entries.size).toBe(0);
  });

  it("reports a malformed file with its path", () => {
    writeFileSync(join(folder, "bad.yaml"), "x-1:\n  verdict: [oops\n");
    expect(() => loadReviews(join(folder, "bad.yaml"))).toThrow(InputError);
    expect(() => loadReviews(join(folder, "bad.yaml"))).toThrow(/not valid YAML \(line \d\)/);
  });

  it("reports a folder where the file should be", () => {
    expect(() => loadReviews(folder)).toThrow(/cannot read: EISDIR/);
  });
});

describe("saveVerdict", () => {
  it("creates the folder and file, then merges, replaces and clears", async () => {
    const first = await saveVerdict(file, "x-b", entry());
    expect(first.previous).toBeNull();
    await saveVerdict(file, "x-a", entry({ verdict: "follow-up", note: "Ask the ministry" }));
    const replaced = await saveVerdict(file, "x-b", entry({ verdict: "explained" }));
    expect(replaced.previous?.verdict).toBe("confirmed");
    expect([...replaced.doc.entries.keys()]).toEqual(["x-a", "x-b"]);
    expect(Object.fromEntries(loadReviews(file).entries)).toEqual({
      "x-a": entry({ verdict: "follow-up", note: "Ask the ministry" }),
      "x-b": entry({ verdict: "explained" }),
    });
    const cleared = await saveVerdict(file, "x-a", null);
    expect(cleared.previous?.verdict).toBe("follow-up");
    expect([...loadReviews(file).entries.keys()]).toEqual(["x-b"]);
  });

  it("keeps what a colleague saved between our load and our save", async () => {
    await saveVerdict(file, "x-1", entry());
    const ours = loadReviews(file);
    writeFileSync(file, `${readFileSync(file, "utf8")}x-2:\n  verdict: false-alarm\n  by: Sam\n  at: 2026-11-22\n`);
    const { doc } = await saveVerdict(file, "x-3", entry());
    expect(ours.entries.size).toBe(1);
    expect([...doc.entries.keys()]).toEqual(["x-1", "x-2", "x-3"]);
    expect([...loadReviews(file).entries.keys()]).toEqual(["x-1", "x-2", "x-3"]);
  });

  it("leaves the file untouched when clearing a verdict that is not there", async () => {
    const result = await saveVerdict(file, "x-none", null);
    expect(result.previous).toBeNull();
    expect(existsSync(file)).toBe(false);
  });

  it("never overwrites a malformed file, and releases the lock", async () => {
    const broken = "x-1:\n  verdict: foo\n  by: A\n  at: 2026-01-01\n";
    await saveVerdict(file, "x-0", entry());
    writeFileSync(file, broken);
    await expect(saveVerdict(file, "x-2", entry())).rejects.toThrow(/x-1: unknown verdict 'foo'/);
    expect(readFileSync(file, "utf8")).toBe(broken);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it("refuses entries it could not read back", async () => {
    await expect(saveVerdict(file, "x-1", entry({ verdict: "maybe" as never }))).rejects.toThrow(/unknown verdict 'maybe'/);
    await expect(saveVerdict(file, "x-1", entry({ by: " " }))).rejects.toThrow(/needs a reviewer/);
    await expect(saveVerdict(file, "x-1", entry({ at: "soon" }))).rejects.toThrow(/not a date/);
    await expect(saveVerdict(file, "x-1\nx-2", entry())).rejects.toThrow(/not a conflict id/);
    expect(existsSync(file)).toBe(false);
  });

  it("serialises saves from one process: none is lost", async () => {
    const ids = Array.from({ length: 15 }, (_, i) => `x-${String(i).padStart(2, "0")}`);
    await Promise.all(ids.map((id) => saveVerdict(file, id, entry())));
    expect([...loadReviews(file).entries.keys()]).toEqual(ids);
  });

  it("leaves no lock and no temp file behind", async () => {
    await saveVerdict(file, "x-1", entry());
    expect(readdirSync(join(folder, "claims"))).toEqual(["reviews.yaml"]);
  });
});

describe("the lock", () => {
  function writeLock(holder: { pid: number; host: string; token: string } | string, ageMs = 0): void {
    const lock = `${file}.lock`;
    rmSync(lock, { force: true });
    writeFileSync(lock, typeof holder === "string" ? holder : JSON.stringify(holder));
    const when = new Date(Date.now() - ageMs);
    utimesSync(lock, when, when);
  }

  beforeEach(async () => {
    await saveVerdict(file, "x-0", entry());
  });

  const broken: [string, () => void][] = [
    ["held by a dead process on this host, however fresh", () => writeLock({ pid: deadPid(), host: hostname(), token: "t" })],
    ["held on another host for longer than the stale limit", () => writeLock({ pid: 1, host: "elsewhere", token: "t" }, 60_000)],
    ["unreadable and older than the stale limit", () => writeLock("", 60_000)],
  ];
  it.each(broken)("is broken when %s", async (_name, setUp) => {
    setUp();
    await saveVerdict(file, "x-1", entry(), { timeoutMs: 2000 });
    expect([...loadReviews(file).entries.keys()]).toEqual(["x-0", "x-1"]);
    expect(readdirSync(join(folder, "claims"))).toEqual(["reviews.yaml"]);
  });

  const respected: [string, () => void][] = [
    ["held by a live process on this host, however old", () => writeLock({ pid: process.ppid, host: hostname(), token: "t" }, 60_000)],
    ["held on another host, recently", () => writeLock({ pid: 1, host: "elsewhere", token: "t" })],
    ["unreadable but fresh (its creator is still writing it)", () => writeLock("")],
  ];
  it.each(respected)("is waited for when %s, then reported", async (_name, setUp) => {
    setUp();
    const before = readFileSync(file, "utf8");
    await expect(saveVerdict(file, "x-1", entry(), { timeoutMs: 300 })).rejects.toThrow(/still locked by .* after 0 s; if no claimdiff is saving, delete .*reviews\.yaml\.lock/);
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(existsSync(`${file}.lock`)).toBe(true);
  });

  it("is taken as soon as its holder releases it", async () => {
    writeLock({ pid: process.ppid, host: hostname(), token: "t" });
    setTimeout(() => rmSync(`${file}.lock`), 150);
    await saveVerdict(file, "x-1", entry(), { timeoutMs: 3000 });
    expect(loadReviews(file).entries.has("x-1")).toBe(true);
  });

  it("never exists without its holder: a killed creator leaves only a private file, swept by the next save", async () => {
    const pending = join(folder, "claims", `.reviews.yaml.lock.${deadPid()}.abc123.tmp`);
    writeFileSync(pending, JSON.stringify({ pid: deadPid(), host: hostname(), token: "t" }));
    await saveVerdict(file, "x-1", entry(), { timeoutMs: 2000 });
    expect(loadReviews(file).entries.has("x-1")).toBe(true);
    expect(readdirSync(join(folder, "claims"))).toEqual(["reviews.yaml"]);
  });

  it("cleans up temp files left by a killed writer", async () => {
    const orphan = join(folder, "claims", `.reviews.yaml.${deadPid()}.abc123.tmp`);
    writeFileSync(orphan, "half a fi");
    const unrelated = join(folder, "claims", "notes.tmp");
    writeFileSync(unrelated, "keep me");
    await saveVerdict(file, "x-1", entry());
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(unrelated)).toBe(true);
  });
});
