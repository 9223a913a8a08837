// Whole runs against committed expectations: tests/golden/<case>/{corpus/ | corpus-path,
// expected.json, expected.txt}. UPDATE_GOLDEN=1 rewrites the expectations.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatJson } from "../../src/report/json.js";
import { formatText } from "../../src/report/text.js";
import { analyzeFolder, ROOT } from "../helpers/analyze.js";

const HERE = path.join(ROOT, "tests/golden");
const CASES = readdirSync(HERE, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const update = process.env.UPDATE_GOLDEN === "1";

function corpusOf(name: string): string {
  const pointer = path.join(HERE, name, "corpus-path");
  return existsSync(pointer) ? readFileSync(pointer, "utf8").trim() : path.join("tests/golden", name, "corpus");
}

function expectGolden(file: string, actual: string): void {
  if (update) writeFileSync(file, actual);
  expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(file, "utf8"));
}

describe.each(CASES)("golden run: %s", (name) => {
  it("matches expected.json and expected.txt", async () => {
    const report = await analyzeFolder(corpusOf(name));
    expectGolden(path.join(HERE, name, "expected.json"), formatJson(report));
    expectGolden(path.join(HERE, name, "expected.txt"), formatText(report, { color: false, width: 100 }));
  });
});
