// Who a verdict is recorded as: flag, environment, git, login, then "unknown".
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gitUserName, reviewerName } from "../../src/review/reviewer-name.js";

describe("reviewerName", () => {
  const cases: [string, Parameters<typeof reviewerName>[0], string | null | undefined, string][] = [
    ["the flag first", { flag: "Ana", env: { CLAIMDIFF_REVIEWER: "Env" }, login: "ana" }, "Git Name", "Ana"],
    ["then the environment", { env: { CLAIMDIFF_REVIEWER: "Env Name" }, login: "ana" }, "Git Name", "Env Name"],
    ["then git", { env: {}, login: "ana" }, "Git Name", "Git Name"],
    ["then the login", { env: {}, login: "ana" }, null, "ana"],
    ["blank values are skipped", { flag: "  ", env: { CLAIMDIFF_REVIEWER: "" }, login: "ana" }, " ", "ana"],
    ["whitespace is tidied", { flag: "  Jane\n  Doe " }, null, "Jane Doe"],
    ["nothing at all", { env: {}, login: null }, null, "unknown"],
  ];
  it.each(cases)("%s", (_name, sources, git, expected) => {
    expect(reviewerName(sources, git)).toBe(expected);
  });

  it("asks git only when flag and environment are silent", () => {
    let asked = 0;
    const git = (): string => {
      asked++;
      return "Git Name";
    };
    expect(reviewerName({ flag: "Ana" }, git)).toBe("Ana");
    expect(asked).toBe(0);
    expect(reviewerName({ env: {}, login: "ana" }, git)).toBe("Git Name");
    expect(asked).toBe(1);
  });
});

describe("gitUserName", () => {
  // Point git at empty configs so the host's own settings do not leak in.
  function gitEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    return { PATH: process.env["PATH"], HOME: "/nonexistent", GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null", ...extra };
  }

  it("reads user.name from the environment git sees", () => {
    const env = gitEnv({ GIT_CONFIG_COUNT: "1", GIT_CONFIG_KEY_0: "user.name", GIT_CONFIG_VALUE_0: "Jane Doe" });
    const folder = mkdtempSync(join(tmpdir(), "claimdiff-git-"));
    try {
      expect(gitUserName(folder, env)).toBe("Jane Doe");
    } finally {
      rmSync(folder, { recursive: true });
    }
  });

  it("is null, quietly, when git has no name or cannot run", () => {
    expect(gitUserName(tmpdir(), gitEnv())).toBeNull();
    expect(gitUserName(tmpdir(), { PATH: "/nonexistent" })).toBeNull();
    expect(gitUserName("/nonexistent-folder", gitEnv())).toBeNull();
  });
});
