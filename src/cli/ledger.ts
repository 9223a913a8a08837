// Writes claims/ledger/ for `extract --write`: every file atomically, stale ones removed.
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { formatLedger } from "../report/ledger.js";
import { writeFileAtomic } from "../review/atomic-write.js";
import type { Report } from "../types.js";
import type { CliIO } from "./io.js";

export function writeLedger(io: CliIO, report: Report, folder = path.join(io.cwd, "claims", "ledger")): void {
  const files = formatLedger(report);
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of files) writeFileAtomic(path.join(folder, name), text);
  for (const name of readdirSync(folder)) {
    if (name.endsWith(".yaml") && !files.has(name)) rmSync(path.join(folder, name));
  }
  io.stderr(`claimdiff: wrote ${files.size} ledger file(s) to ${path.relative(io.cwd, folder) || folder}\n`);
}
