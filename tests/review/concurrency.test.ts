// The two promises, tested with real processes on the compiled code in dist/:
// reviewers saving at once lose nothing, and a save killed at any moment never tears the file.
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseReviews } from "../../src/review/reviews-yaml.js";
import type { ReviewEntry } from "../../src/review/reviews-yaml.js";

const here = dirname(fileURLToPath(import.meta.url));
const built = existsSync(join(here, "..", "..", "dist", "review", "reviews-file.js"));
if (!built) console.warn("tests/review/concurrency: dist/ is missing, skipping (run `npm run build` or `npm test`)");

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "claimdiff-concurrency-"));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stderr })));
}

describe.skipIf(!built)("saving from many processes", () => {
  it("twenty processes started at once leave twenty verdicts", async () => {
    const file = join(folder, "twenty", "reviews.yaml");
    const ids = Array.from({ length: 20 }, (_, i) => `x-${String(i).padStart(2, "0")}`);
    const children = ids.map((id, i) => spawn(process.execPath, [join(here, "save-one.mjs"), file, id, i % 2 ? "explained" : "confirmed"]));
    const results = await Promise.all(children.map(exited));
    expect(results.filter((result) => result.code !== 0)).toEqual([]);
    const { doc } = parseReviews(readFileSync(file, "utf8"), file);
    expect([...doc.entries.keys()]).toEqual(ids);
    expect(readdirSync(dirname(file))).toEqual(["reviews.yaml"]);
  }, 60_000);
});

describe.skipIf(!built)("a save killed with SIGKILL", () => {
  const ROUNDS = 20;

  /** Two hundred ordinary verdicts and one with a 2 MB note, so writing the file takes a while. */
  function seedText(): string {
    let text = "";
    for (let i = 0; i < 200; i++) {
      const id = `x-seed${String(i).padStart(4, "0")}`;
      text += `${id}:\n  verdict: confirmed\n  note: Seed verdict ${i}\n  by: Seeder\n  at: 2026-01-01T00:00:00.000Z\n`;
      text += `  fingerprint: "${i.toString(16).padStart(12, "0")}"\n`;
    }
    const note = "a long note that makes the file big ".repeat(60_000).trim();
    return `${text}x-seedbig:\n  verdict: explained\n  note: ${note}\n  by: Seeder\n  at: 2026-01-01T00:00:00.000Z\n`;
  }

  // When to kill: at a random moment (mostly mid-parse, under the lock); on seeing the writer's temp
  // file appear (mid-write); or on seeing reviews.yaml itself change (a non-atomic writer's truncate,
  // which this catches; for ours, the instant after the rename).
  type Moment = "random" | "temp-file" | "target-change";
  const MOMENTS: Moment[] = ["random", "temp-file", "target-change"];

  async function killMidSave(file: string, moment: Moment): Promise<void> {
    const child = spawn(process.execPath, [join(here, "save-loop.mjs"), file]);
    const done = exited(child);
    await new Promise<void>((resolve) => {
      child.stdout.once("data", () => resolve());
      void done.then(() => resolve());
    });
    if (moment === "random") {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 300));
      child.kill("SIGKILL");
    } else {
      const watcher = watch(dirname(file), (_event, name) => {
        if (moment === "temp-file" ? name?.endsWith(".tmp") : name === basename(file)) child.kill("SIGKILL");
      });
      const fallback = setTimeout(() => child.kill("SIGKILL"), 5000); // should the watcher stay silent
      await done;
      clearTimeout(fallback);
      watcher.close();
    }
    const result = await done;
    expect(result.signal, result.stderr).toBe("SIGKILL");
  }

  it("leaves the old file or a new one, never a torn one", async () => {
    const file = join(folder, "crash", "reviews.yaml");
    const seeded = parseReviews(seedText(), file).doc.entries;
    mkdirSync(dirname(file));
    writeFileSync(file, seedText());
    let last = 0;
    let tempsLeft = 0;
    for (let round = 0; round < ROUNDS; round++) {
      await killMidSave(file, MOMENTS[round % MOMENTS.length] ?? "random");
      tempsLeft += readdirSync(dirname(file)).filter((name) => name.endsWith(".tmp")).length;
      const { doc } = parseReviews(readFileSync(file, "utf8"), file); // throws on a torn file
      const count = Number(doc.entries.get("x-loop")?.note);
      expect(Number.isInteger(count) && count >= last, `round ${round}: note ${count} after ${last}`).toBe(true);
      last = count;
      const seeds = new Map<string, ReviewEntry>([...doc.entries].filter(([id]) => id !== "x-loop"));
      expect(seeds).toEqual(seeded);
    }
    if (process.env["CLAIMDIFF_MEASURE"]) console.log(`crash test: ${ROUNDS} kills, ${tempsLeft} mid-write, ${last} saves`);
    expect(last).toBeGreaterThanOrEqual(ROUNDS); // every round saved at least once before the kill
    // The next save breaks the killed writer's lock and sweeps its temp file.
    const after = spawn(process.execPath, [join(here, "save-one.mjs"), file, "x-after", "confirmed"]);
    expect((await exited(after)).code).toBe(0);
    expect(readdirSync(dirname(file))).toEqual(["reviews.yaml"]);
  }, 120_000);
});
