// An in-memory CliIO: captures stdout/stderr, pins the clock, never a terminal unless asked.
import type { CliIO } from "../../src/cli/io.js";
import { ROOT } from "../helpers/analyze.js";

export interface FakeIO extends CliIO {
  out: () => string;
  err: () => string;
}

export function fakeIO(overrides: Partial<CliIO> = {}): FakeIO {
  let out = "";
  let err = "";
  return {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    cwd: ROOT,
    env: { NO_COLOR: "1" },
    isTTY: false,
    readStdin: async () => "",
    now: () => new Date("2026-11-21T12:00:00Z"),
    ...overrides,
    out: () => out,
    err: () => err,
  };
}
