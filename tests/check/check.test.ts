// `claimdiff check`: the editor's pre-publication run, in-process with a fake IO.
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { fakeIO } from "../cli/fake-io.js";
import { ROOT } from "../helpers/analyze.js";

const DRAFTS = "tests/check/drafts";
const GOLDEN = path.join(ROOT, "tests/check/golden");
const tmp = mkdtempSync(path.join(tmpdir(), "claimdiff-check-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function check(args: string[], overrides: Parameters<typeof fakeIO>[0] = {}) {
  const io = fakeIO({ env: { NO_COLOR: "1", CLAIMDIFF_REVIEWS: path.join(tmp, "none.yaml") }, ...overrides });
  const code = await main(["check", ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe("the issue's draft", () => {
  it("exits 1 and names both findings with their corpus evidence", async () => {
    const { code, out } = await check([`${DRAFTS}/wrong.md`, "--corpus", "corpus", "--no-cache", "--format", "json"]);
    expect(code).toBe(1);
    const findings = JSON.parse(out).findings as { text: string; line: number; evidence: { outlet: string; path: string; line: number; sentence: string }[] }[];
    const toll = findings.filter((f) => f.text === "30,412");
    const soldiers = findings.filter((f) => f.text === "three");
    expect(toll.length).toBeGreaterThan(0);
    expect(soldiers.length).toBeGreaterThan(0);
    expect(toll.flatMap((f) => f.evidence.map((e) => e.sentence)).join(" ")).toMatch(/35,000/);
    expect(soldiers[0]!.evidence.map((e) => e.sentence).join(" ")).toMatch(/four/);
    expect(soldiers[0]!.evidence[0]!.path).toMatch(/^corpus\/seeds\//);
  });

  it("exits 0 when the draft says more than 34,000 and four soldiers", async () => {
    const { code, out } = await check([`${DRAFTS}/right.md`, "--corpus", "corpus", "--no-cache"]);
    expect(code).toBe(0);
    expect(out).toMatch(/no figure disagrees/);
  });

  it("lists what the corpus confirms with --show-supported", async () => {
    const { out } = await check([`${DRAFTS}/right.md`, "--corpus", "corpus", "--no-cache", "--show-supported"]);
    expect(out).toMatch(/Supported by the corpus:[\s\S]*four/);
  });
});

describe("an anniversary draft", () => {
  const WIRE = "---\nsource: Harbour Wire\ndate: {date}\n---\nMOKRAN, Varland - The coast guard said on Friday that 304 people died when the ferry Orla sank off Mokran on Wednesday. Divers are still searching the wreck off Mokran.\n";
  const DRAFT = "---\nsource: Coast Weekly\ndate: 2019-04-16\n---\nFive years on, Mokran remembers. In April 2014, 250 people died when the ferry Orla sank off Mokran, and families still gather at the harbour in Mokran.\n";
  it.each([
    ["a corpus article from the event's year", "2014-04-18", 1],
    ["a corpus whose articles all date from the anniversary", "2019-04-10", 0],
  ])("checks its toll tied to the event's year against %s", async (_what, wireDate, code) => {
    const folder = mkdtempSync(path.join(tmp, "anniversary-"));
    mkdirSync(path.join(folder, "corpus"));
    writeFileSync(path.join(folder, "corpus", "wire.md"), WIRE.replace("{date}", wireDate));
    writeFileSync(path.join(folder, "draft.md"), DRAFT);
    const { code: exit, out } = await check([path.join(folder, "draft.md"), "--corpus", path.join(folder, "corpus"), "--no-cache"]);
    expect(exit).toBe(code);
    if (code === 1) expect(out).toMatch(/304/);
  });
});

describe("factual claims in a draft", () => {
  it("fails a draft that calls Gallant Foreign Minister or dates the Kerem Shalom attack to 6 May", async () => {
    const { code, out } = await check([`${DRAFTS}/facts-wrong.md`, "--corpus", "corpus", "--no-cache", "--format", "json"]);
    expect(code).toBe(1);
    const findings = JSON.parse(out).findings as { metric: string; evidence: { sentence: string }[] }[];
    expect(findings.map((f) => f.metric).sort()).toEqual(["event-date:attack@kerem-shalom", "role:yoav-gallant"]);
    expect(findings.every((f) => f.evidence.length > 0)).toBe(true);
  });
});

describe("exit codes", () => {
  it.each([
    [["--fail-on", "low"], 1],
    [["--fail-on", "high"], 1],
    [["--fail-on", "nope"], 2],
    [["--format", "xml"], 2],
    [["--date", "14 May"], 2],
  ])("%j -> %i", async (extra, expected) => {
    const { code } = await check([`${DRAFTS}/wrong.md`, "--corpus", "corpus", "--no-cache", ...(extra as string[])]);
    expect(code).toBe(expected);
  });

  it("exits 2 with one line when the corpus is missing", async () => {
    const { code, err } = await check([`${DRAFTS}/wrong.md`, "--corpus", "no/such/dir"]);
    expect(code).toBe(2);
    expect(err).toMatch(/^claimdiff: .*no such file or folder\n$/);
  });

  it("exits 2 without --corpus or a claimdiff.yaml", async () => {
    const { code, err } = await check([`${DRAFTS}/wrong.md`]);
    expect(code).toBe(2);
    expect(err).toMatch(/--corpus DIR is required/);
  });
});

describe("standard input", () => {
  it("reads the draft from - and dates it with --date", async () => {
    const text = "Health officials say 30,412 people have been killed in Gaza since the war began.\n";
    const { code, out } = await check(["-", "--corpus", "corpus", "--no-cache", "--date", "2024-05-14", "--format", "json"], { readStdin: async () => text });
    expect(code).toBe(1);
    expect(JSON.parse(out).draft).toMatchObject({ path: "<stdin>", date: "2024-05-14" });
  });
});

describe("quiet where the newsroom has decided", () => {
  it("silences a line after <!-- claimdiff-ignore-next-line -->", async () => {
    const { code } = await check([`${DRAFTS}/ignored.md`, "--corpus", "corpus", "--no-cache"]);
    expect(code).toBe(0);
  });

  it("does not report conflicts reviewed as false-alarm or explained", async () => {
    const first = await check([`${DRAFTS}/wrong.md`, "--corpus", "corpus", "--no-cache", "--format", "json"]);
    const ids = (JSON.parse(first.out).findings as { conflicts: string[] }[]).flatMap((f) => f.conflicts);
    const reviews = path.join(tmp, "reviews.yaml");
    writeFileSync(reviews, ids.map((id) => `${id}:\n  verdict: explained\n  note: checked\n  by: test\n  at: 2026-11-21T00:00:00.000Z\n`).join(""));
    const again = await check([`${DRAFTS}/wrong.md`, "--corpus", "corpus", "--no-cache", "--reviews", reviews]);
    expect(again.code).toBe(0);
  });

  it("takes corpus and fail-on from a claimdiff.yaml found upward from the draft", async () => {
    const dir = path.join(tmp, "newsroom", "drafts");
    mkdirSync(dir, { recursive: true });
    cpSync(path.join(ROOT, DRAFTS, "wrong.md"), path.join(dir, "wrong.md"));
    writeFileSync(path.join(tmp, "newsroom", "claimdiff.yaml"), `corpus: ${path.join(ROOT, "corpus")}\nfail-on: high\n`);
    const { code, out } = await check([path.join(dir, "wrong.md"), "--no-cache"]);
    expect(code).toBe(1);
    expect(out).toMatch(/30,412/);
  });
});

describe("the corpus cache", () => {
  it("answers the second run from the cache with the same findings", async () => {
    const cwd = path.join(tmp, "cached");
    mkdirSync(cwd, { recursive: true });
    const args = [path.join(ROOT, DRAFTS, "wrong.md"), "--corpus", path.join(ROOT, "corpus"), "--format", "json"];
    const first = await check(args, { cwd });
    expect(existsSync(path.join(cwd, ".claimdiff-cache"))).toBe(true);
    const second = await check(args, { cwd });
    expect(second.out).toBe(first.out);
  });

  it("re-reads an edited article, and ignores a counts file that does not match its index", async () => {
    const cwd = path.join(tmp, "edited");
    cpSync(path.join(ROOT, "corpus"), path.join(cwd, "corpus"), { recursive: true });
    const args = [path.join(ROOT, DRAFTS, "wrong.md"), "--corpus", "corpus", "--format", "json"];
    await check(args, { cwd });
    const file = path.join(cwd, "corpus", "seeds", "002_e8f0b7cfd3862bfc.txt");
    writeFileSync(file, readFileSync(file, "utf8").replace("34,000", "36,000"));
    const uncached = await check([...args, "--no-cache"], { cwd });
    expect((await check(args, { cwd })).out).toBe(uncached.out);
    const folder = path.join(cwd, ".claimdiff-cache");
    const counts = readdirSync(folder).find((f) => f.endsWith(".counts"))!;
    writeFileSync(path.join(folder, counts), "[]");
    expect((await check(args, { cwd })).out).toBe(uncached.out);
  });
});

const FORMATS = ["stylish", "json", "sarif", "github", "markdown"] as const;

describe.each(FORMATS)("format %s", (format) => {
  it("matches its golden output", async () => {
    const { out } = await check([`${DRAFTS}/wrong.md`, "--corpus", "corpus", "--no-cache", "--format", format]);
    const file = path.join(GOLDEN, { stylish: "wrong.stylish.txt", json: "wrong.json", sarif: "wrong.sarif.json", github: "wrong.github.txt", markdown: "wrong.md" }[format]);
    if (process.env.UPDATE_GOLDEN === "1") {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, out);
    }
    expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(out).toBe(readFileSync(file, "utf8"));
  });
});

describe("SARIF", () => {
  it("validates against the SARIF 2.1.0 schema", async () => {
    const require = createRequire(import.meta.url);
    const Ajv = require("ajv-draft-04");
    const schema = require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
    // The published schema's language-tag pattern is not valid under the `u` flag.
    const validate = new Ajv({ strict: false, unicodeRegExp: false, validateFormats: false, logger: false }).compile(schema);
    const { out } = await check([`${DRAFTS}/wrong.md`, "--corpus", "corpus", "--no-cache", "--format", "sarif"]);
    const log = JSON.parse(out);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.runs[0].results.length).toBeGreaterThan(0);
    expect(log.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(7);
  });
});
