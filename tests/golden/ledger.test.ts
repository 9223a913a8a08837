// The committed ledger (claims/ledger/) is what `claimdiff extract --write` writes for the bundled
// corpus; this fails when extraction changed and the ledger was not regenerated.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { formatLedger } from "../../src/report/ledger.js";
import { analyzeFolder, ROOT } from "../helpers/analyze.js";

it("claims/ledger is up to date (regenerate with `claimdiff extract --write`)", async () => {
  const report = await analyzeFolder("corpus", { compare: false });
  const expected = formatLedger(report);
  const folder = path.join(ROOT, "claims", "ledger");
  const committed = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith(".yaml")) : [];
  expect(committed.sort()).toEqual([...expected.keys()].sort());
  for (const [name, text] of expected) expect(readFileSync(path.join(folder, name), "utf8"), name).toBe(text);
});
