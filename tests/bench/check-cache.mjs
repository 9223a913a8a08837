// `npm run bench` (second part): `claimdiff check` against a 10,000-article corpus, first run
// (extracts and fills .claimdiff-cache/) and second run (answers from the cache).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { repositoryArticles } from "./articles.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);

const work = mkdtempSync(path.join(tmpdir(), "claimdiff-check-bench-"));
try {
  const corpus = path.join(work, "corpus");
  mkdirSync(corpus);
  const base = repositoryArticles(ROOT, ["tests/accuracy"], /\.md$/);
  let bytes = 0;
  for (let i = 0; i < ARTICLES; i++) {
    // Vary the figures in the body, never the front matter (its date must stay a date).
    const [, front = "", body = base[i % base.length]] = /^(---\n[\s\S]*?\n---\n)?([\s\S]*)$/.exec(base[i % base.length]) ?? [];
    const text = front + body.replace(/\b(\d{2,})\b/g, (d) => String(Number(d) + (i % 50)));
    bytes += text.length;
    writeFileSync(path.join(corpus, `a${String(i).padStart(5, "0")}.md`), text);
  }
  const draft = path.join(ROOT, "tests/check/drafts/wrong.md");
  const run = () => {
    const t = performance.now();
    try {
      execFileSync(process.execPath, [path.join(ROOT, "bin/claimdiff.js"), "check", draft, "--corpus", corpus, "--format", "json"], { cwd: work, stdio: ["ignore", "ignore", "ignore"] });
    } catch (error) {
      if (error.status !== 1) throw error; // 1 = findings, which is expected here
    }
    return (performance.now() - t) / 1000;
  };
  const first = run();
  const second = run();
  console.log(`check corpus ${ARTICLES} articles, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
  console.log(`check first  ${first.toFixed(2)} s  (extracts the corpus, fills the cache)`);
  console.log(`check second ${second.toFixed(2)} s  (corpus claims from ${path.basename(work)}/.claimdiff-cache)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
