// `npm run bench` (third part): the review UI on 10,000 synthetic conflicts, rendered with Ink
// through ink-testing-library: time to the first frame, and from a key press to the next frame.
import { createElement } from "react";
import { render } from "ink-testing-library";
import { App } from "../../dist/tui/app.js";

const CONFLICTS = Number(process.env.BENCH_CONFLICTS ?? 10_000);

function syntheticReport(n) {
  const sources = [];
  const claims = [];
  const conflicts = [];
  for (let s = 0; s < 200; s++) {
    const text = `Officials said ${1000 + s} people were killed in Town${s % 40}, and ${s} more were injured.\n`;
    sources.push({ id: `s${s}.md`, path: `bench/s${s}.md`, text, bodyStart: 0, outlet: `Outlet ${s}`, title: null, url: null, author: null, date: `2025-0${1 + (s % 9)}-1${s % 9}`, dateFrom: "front-matter" });
  }
  for (let i = 0; i < n; i++) {
    const pair = [0, 1].map((k) => {
      const source = sources[(i * 2 + k) % sources.length];
      const start = source.text.indexOf(String(1000 + ((i * 2 + k) % sources.length)));
      const claim = {
        id: `c-${i}-${k}`, source: source.id, kind: "count", metric: `killed@town${i % 300}`, label: `people killed (Town${i % 300})`,
        text: source.text.slice(start, start + 4), span: { start, end: start + 4 }, sentence: source.text.trim(), sentenceSpan: { start: 0, end: source.text.length - 1 },
        value: { low: 1000 + k, high: 1000 + k, lowInclusive: true, highInclusive: true }, qualifier: null, attribution: "officials", claimant: null,
        asOf: source.date, asOfFrom: "article", supersededBy: null, status: "reported", role: "body", evidence: [], metricKind: "cumulative", vague: false,
      };
      claims.push(claim);
      return claim.id;
    });
    conflicts.push({ id: `x-${i}`, metric: `killed@town${i % 300}`, kind: "contradiction", severity: ["high", "medium", "low"][i % 3], claims: pair, explanation: "Synthetic disagreement for the benchmark.", review: null });
  }
  return { version: 1, sources, claims, conflicts };
}

const report = syntheticReport(CONFLICTS);
const tick = () => new Promise((resolve) => setImmediate(resolve));
async function nextFrame(frames, count) {
  while (frames.length <= count) await tick();
}

const t0 = performance.now();
const ui = render(createElement(App, { report, options: { color: false } }));
await nextFrame(ui.frames, 0);
const firstFrame = performance.now() - t0;

const latencies = [];
for (const key of ["j", "j", "j", "k", "\r", "\u001b", "G", "g"]) {
  const before = ui.frames.length;
  const t = performance.now();
  ui.stdin.write(key);
  await nextFrame(ui.frames, before);
  latencies.push(performance.now() - t);
}
ui.unmount();
latencies.sort((a, b) => a - b);
console.log(`ui ${CONFLICTS} conflicts: first frame ${firstFrame.toFixed(0)} ms; key press to next frame median ${latencies[latencies.length >> 1].toFixed(1)} ms, worst ${latencies.at(-1).toFixed(1)} ms`);
