// `npm run bench`: extraction throughput (MB/s) and peak memory on a synthetic corpus of at
// least 10 MB built from every article in the repository (seeds and our varied test sets), each
// copy shifted in names, figures and dates so the corpus is not one article repeated.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadKnowledge } from "../../dist/cli/knowledge.js";
import { DEFAULT_NORMALIZE } from "../../dist/normalize/parse-quantity.js";
import { extractAll, run } from "../../dist/pipeline.js";
import { repositoryArticles } from "./articles.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const TARGET_BYTES = Number(process.env.BENCH_MB ?? 10) * 1024 * 1024;

function buildCorpus() {
  const base = repositoryArticles(ROOT, ["corpus", "tests/accuracy"]);
  const sources = [];
  let bytes = 0;
  for (let i = 0; bytes < TARGET_BYTES; i++) {
    const original = base[i % base.length];
    // Vary figures and names so the regexes see fresh text on every copy.
    const text = original.replace(/\d[\d,]*/g, (d) => String(Number(d.replace(/,/g, "")) + (i % 97))).replace(/\b([A-Z][a-z]{3,})\b/g, (w) => (i % 3 ? w : `${w}a`));
    bytes += Buffer.byteLength(text);
    sources.push({ id: `bench-${i}.md`, path: `bench/bench-${i}.md`, text, bodyStart: 0, outlet: null, title: null, url: null, author: null, date: `2025-0${1 + (i % 9)}-1${i % 9}`, dateFrom: "front-matter" });
  }
  return { sources, bytes };
}

const { sources, bytes } = buildCorpus();
const knowledge = loadKnowledge(ROOT);
const ctx = { today: "2026-11-21", normalize: DEFAULT_NORMALIZE };
let peak = process.memoryUsage().rss;
const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);

extractAll(sources.slice(0, 50), knowledge, ctx); // warm up the JIT
globalThis.gc?.();
const t0 = performance.now();
const { claims } = extractAll(sources, knowledge, ctx);
const t1 = performance.now();
const report = run(sources, knowledge, ctx, { compare: true });
const t2 = performance.now();
clearInterval(sample);
peak = Math.max(peak, process.memoryUsage().rss);

const mb = bytes / 1024 / 1024;
console.log(`corpus      ${sources.length} articles, ${mb.toFixed(1)} MB`);
console.log(`extraction  ${((t1 - t0) / 1000).toFixed(2)} s  ${(mb / ((t1 - t0) / 1000)).toFixed(1)} MB/s  (${claims.length} claims, one core)`);
console.log(`whole run   ${((t2 - t1) / 1000).toFixed(2)} s  (extract + compare, ${report.conflicts.length} conflicts)`);
console.log(`peak RSS    ${(peak / 1024 / 1024).toFixed(0)} MB`);
