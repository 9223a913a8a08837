// `claimdiff review`: subcommands, exit codes and the one-line messages a person sees.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runReviewCommand } from "../../src/cli/review-command.js";
import type { ReviewIO } from "../../src/cli/review-command.js";
import { conflictFingerprint, loadReviews } from "../../src/review/reviews-file.js";
import { makeClaim, makeConflict, makeReport } from "../factories.js";

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), "claimdiff-review-cmd-"));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

const NOW = new Date("2026-11-21T10:00:00.000Z");

async function run(argv: string[], extra: Partial<ReviewIO> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: ReviewIO = {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    cwd,
    env: { CLAIMDIFF_REVIEWER: "Jane Doe" },
    now: () => NOW,
    ...extra,
  };
  const code = await runReviewCommand(argv, io);
  return { code, out, err };
}

const reviewsFile = (): string => join(cwd, "claims", "reviews.yaml");

describe("review set / clear / list", () => {
  it("records a verdict with note, reviewer and time in claims/reviews.yaml", async () => {
    const result = await run(["set", "x-3f2a91c0", "confirmed", "--note", "Headline not updated"]);
    expect(result).toEqual({ code: 0, out: "x-3f2a91c0: confirmed, by Jane Doe (claims/reviews.yaml)\n", err: "" });
    expect(loadReviews(reviewsFile()).entries.get("x-3f2a91c0")).toEqual({
      verdict: "confirmed",
      note: "Headline not updated",
      by: "Jane Doe",
      at: "2026-11-21T10:00:00.000Z",
      fingerprint: null,
    });
  });

  it("says what a new verdict replaced, and what clear removed", async () => {
    await run(["set", "x-1", "follow-up"]);
    const replaced = await run(["set", "x-1", "Explained", "--reviewer", "Sam"]);
    expect(replaced.out).toBe("x-1: explained, by Sam (claims/reviews.yaml); was follow-up by Jane Doe on 2026-11-21\n");
    expect(await run(["clear", "x-1"])).toEqual({ code: 0, out: "x-1: verdict cleared (was explained by Sam on 2026-11-21)\n", err: "" });
    expect(await run(["clear", "x-1"])).toEqual({ code: 0, out: "x-1: no verdict recorded; nothing to clear\n", err: "" });
  });

  it("lists one aligned line per verdict, in id order", async () => {
    await run(["set", "x-22", "false-alarm", "--reviewer", "Sam", "--note", "Different\ndates"]);
    await run(["set", "x-1", "confirmed"]);
    const { code, out } = await run(["list"]);
    expect(code).toBe(0);
    expect(out).toBe(
      "x-1   confirmed    2026-11-21  Jane Doe\n" + "x-22  false-alarm  2026-11-21  Sam  — Different dates\n",
    );
    expect((await run([])).out).toBe(out);
  });

  it("says when there are no verdicts", async () => {
    expect(await run(["list"])).toEqual({ code: 0, out: "no verdicts in claims/reviews.yaml\n", err: "" });
  });

  it("marks stale verdicts and vanished conflicts when the run is at hand", async () => {
    const claims = [makeClaim({ id: "c-0001" }), makeClaim({ id: "c-0002", source: "b.txt" })];
    const report = makeReport({ claims, conflicts: [makeConflict({ id: "x-1" }), makeConflict({ id: "x-2" })] });
    await run(["set", "x-1", "confirmed"], { resolveConflict: async () => ({ fingerprint: conflictFingerprint(claims) }) });
    await run(["set", "x-2", "confirmed"], { resolveConflict: async () => ({ fingerprint: "000000000000" }) });
    await run(["set", "x-3", "confirmed"]);
    const { out } = await run(["list"], { loadReport: async () => report });
    expect(out.split("\n")).toEqual([
      "x-1  confirmed    2026-11-21  Jane Doe",
      "x-2  confirmed    2026-11-21  Jane Doe  [stale: the articles changed]",
      "x-3  confirmed    2026-11-21  Jane Doe  [no longer found]",
      "",
    ]);
  });
});

describe("review set against the current corpus", () => {
  it("stores the fingerprint the corpus gives", async () => {
    await run(["set", "x-1", "confirmed"], { resolveConflict: async (id) => (id === "x-1" ? { fingerprint: "abcdef012345" } : null) });
    expect(loadReviews(reviewsFile()).entries.get("x-1")?.fingerprint).toBe("abcdef012345");
  });

  it("refuses an id the corpus does not have, unless --force", async () => {
    const resolveConflict = async (): Promise<null> => null;
    const refused = await run(["set", "x-typo", "confirmed"], { resolveConflict });
    expect(refused.code).toBe(2);
    expect(refused.err).toBe(
      "claimdiff review: x-typo: no such conflict in the current corpus; check the id, or add --force to record it anyway (see claimdiff review --help)\n",
    );
    expect(loadReviews(reviewsFile()).entries.size).toBe(0);
    const forced = await run(["set", "x-typo", "confirmed", "--force"], { resolveConflict });
    expect(forced.code).toBe(0);
    expect(forced.err).toBe("claimdiff: warning: x-typo: no such conflict in the current corpus; recorded anyway (--force)\n");
    expect(loadReviews(reviewsFile()).entries.get("x-typo")?.fingerprint).toBeNull();
  });
});

describe("where verdicts are kept", () => {
  it("--reviews beats $CLAIMDIFF_REVIEWS beats claims/reviews.yaml", async () => {
    await run(["set", "x-1", "confirmed", "--reviews", "flag.yaml"], { env: { CLAIMDIFF_REVIEWS: "env.yaml", CLAIMDIFF_REVIEWER: "A" } });
    await run(["set", "x-2", "confirmed"], { env: { CLAIMDIFF_REVIEWS: "env.yaml", CLAIMDIFF_REVIEWER: "A" } });
    expect([...loadReviews(join(cwd, "flag.yaml")).entries.keys()]).toEqual(["x-1"]);
    expect([...loadReviews(join(cwd, "env.yaml")).entries.keys()]).toEqual(["x-2"]);
    expect(loadReviews(reviewsFile()).entries.size).toBe(0);
  });

  it("records git's user.name when no reviewer is given", async () => {
    const env = { PATH: process.env["PATH"], HOME: "/nonexistent", GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_COUNT: "1", GIT_CONFIG_KEY_0: "user.name", GIT_CONFIG_VALUE_0: "Git Person" };
    await run(["set", "x-1", "confirmed"], { env });
    expect(loadReviews(reviewsFile()).entries.get("x-1")?.by).toBe("Git Person");
  });
});

describe("usage and input errors: exit 2, one line on stderr", () => {
  const VERDICT_LIST = "confirmed, false-alarm, explained, follow-up";
  const cases: [string, string[], string][] = [
    ["an unknown verdict", ["set", "x-1", "maybe"], `claimdiff review: unknown verdict 'maybe'; expected one of: ${VERDICT_LIST} (see claimdiff review --help)`],
    ["a missing verdict", ["set", "x-1"], "claimdiff review: review set needs VERDICT (see claimdiff review --help)"],
    ["a missing id", ["set"], "claimdiff review: review set needs ID and VERDICT (see claimdiff review --help)"],
    ["an extra argument", ["set", "x-1", "confirmed", "extra"], "claimdiff review: review set: unexpected argument 'extra' (see claimdiff review --help)"],
    ["something that is not a conflict id", ["clear", "c-123"], "claimdiff review: 'c-123' is not a conflict id (they look like x-3f2a91c0) (see claimdiff review --help)"],
    ["an unknown subcommand", ["approve", "x-1"], "claimdiff review: unknown subcommand 'approve'; expected set, clear or list (see claimdiff review --help)"],
    ["an unknown option", ["set", "x-1", "confirmed", "--note=ok", "--colour"], "claimdiff review: unknown option '--colour' (see claimdiff review --help)"],
    ["an option without its value", ["set", "x-1", "confirmed", "--note"], "claimdiff review: option '--note <value>' argument missing (see claimdiff review --help)"],
    ["--export with a subcommand", ["list", "--export", "out.md"], "claimdiff review: --export takes no subcommand (got 'list') (see claimdiff review --help)"],
  ];
  it.each(cases)("%s", async (_name, argv, line) => {
    const result = await run(argv);
    expect(result).toEqual({ code: 2, out: "", err: `${line}\n` });
  });

  const badFile = "x-1:\n  verdict: maybe\n  by: A\n  at: 2026-01-01\n";
  const commands: string[][] = [["set", "x-2", "confirmed"], ["clear", "x-1"], ["list"], ["--export", "out.md"]];
  it.each(commands)("a malformed reviews file stops `review %s` and is left as it was", async (...argv) => {
    mkdirSync(join(cwd, "claims"));
    writeFileSync(reviewsFile(), badFile);
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.err).toBe(`claimdiff: claims/reviews.yaml: x-1: unknown verdict 'maybe'; expected one of ${VERDICT_LIST} (line 2)\n`);
    expect(readFileSync(reviewsFile(), "utf8")).toBe(badFile);
  });

  it("--debug adds the stack", async () => {
    mkdirSync(join(cwd, "claims"));
    writeFileSync(reviewsFile(), "x-1: [\n");
    const { code, err } = await run(["list", "--debug"]);
    expect(code).toBe(2);
    expect(err.split("\n")[0]).toMatch(/^claimdiff: .*reviews\.yaml: not valid YAML \(line \d\): /);
    expect(err).toContain("    at ");
  });
});

describe("review --help and --export", () => {
  it("prints usage listing every verdict", async () => {
    const { code, out, err } = await run(["--help"]);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toContain("claimdiff review set ID VERDICT");
    expect(out).toContain("Verdicts: confirmed, false-alarm, explained, follow-up");
    expect((await run(["set", "-h"])).out).toBe(out);
  });

  it("writes the Markdown memo to a file, with evidence when the run is at hand", async () => {
    await run(["set", "x-0001", "confirmed", "--note", "Headline stale"]);
    const report = makeReport({ claims: [makeClaim({ id: "c-0001" }), makeClaim({ id: "c-0002", source: "b.txt" })], conflicts: [makeConflict({ id: "x-0001" })] });
    const result = await run(["--export", "out/verdicts.md"], { loadReport: async () => report });
    expect(result).toEqual({ code: 0, out: "wrote 1 verdict to out/verdicts.md\n", err: "" });
    const markdown = readFileSync(join(cwd, "out", "verdicts.md"), "utf8");
    expect(markdown).toContain("### x-0001 · people killed in Gaza");
    expect(markdown).toContain("**confirmed** — Headline stale");
    expect(markdown).toContain("(`a.txt`, line 1)");
  });

  it("prints the memo with --export -", async () => {
    await run(["set", "x-1", "explained"]);
    const { code, out } = await run(["--export", "-"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^# Fact-check verdicts\n\n1 verdict: 1 explained\./);
  });
});
