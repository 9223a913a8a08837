// `claimdiff explain FILE[:LINE]`: for each figure, the claim it became and why, or why not.
import { parseArgs } from "node:util";
import path from "node:path";
import { loadCorpus } from "../corpus/index.js";
import { articleBodyText } from "../corpus/body-text.js";
import { UsageError } from "../errors.js";
import { extractSource } from "../extract/extract-source.js";
import { formatInterval } from "../report/interval.js";
import { makeLocator } from "../report/locate.js";
import { makeContext } from "./analyze.js";
import type { CliIO } from "./io.js";
import { loadKnowledge } from "./knowledge.js";

const HELP = `Usage: claimdiff explain FILE[:LINE]

For every figure in FILE (or on LINE), shows the claim it became - metric, interval, scope,
status and the cues that decided it - or why it was set aside (a year, money, no counted group).
`;

export async function runExplain(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { help: { type: "boolean", short: "h" }, debug: { type: "boolean" } }, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError("explain: give one FILE or FILE:LINE");
  const m = /^(.*?)(?::(\d+))?$/.exec(positionals[0]!)!;
  const file = m[1]!;
  const onlyLine = m[2] ? Number(m[2]) : null;
  const [source] = await loadCorpus([path.resolve(io.cwd, file)]);
  if (!source) throw new UsageError(`explain: ${file} is not an article`);
  const extraction = extractSource(source, articleBodyText(source), loadKnowledge(io.cwd), makeContext(io, false));
  const locate = makeLocator(source.text);
  const rows: { at: number; line: number; text: string }[] = [];
  for (const c of [...extraction.claims, ...extraction.asides]) {
    const { line, column } = locate(c.span.start);
    const head = c.status === "reported" ? `claim ${c.id}` : `set aside (${c.status})`;
    const detail = [`${c.metric} = ${formatInterval(c.value, c.qualifier)}`, ...c.evidence, c.attribution ? `attribution: ${c.attribution} -> ${c.claimant}` : "no attribution", c.supersededBy ? `superseded by ${c.supersededBy}` : ""].filter(Boolean);
    rows.push({ at: c.span.start, line, text: `${line}:${column}  "${c.text}"  ${head}\n${detail.map((d) => `      ${d}`).join("\n")}\n` });
  }
  for (const s of extraction.skipped) {
    const { line, column } = locate(s.span.start);
    rows.push({ at: s.span.start, line, text: `${line}:${column}  "${s.text}"  not a claim: ${s.reason}\n` });
  }
  const shown = rows.filter((r) => onlyLine === null || r.line === onlyLine).sort((a, b) => a.at - b.at);
  io.stdout(shown.length ? shown.map((r) => r.text).join("") : `No figures found${onlyLine ? ` on line ${onlyLine}` : ""} in ${file}.\n`);
  return 0;
}
