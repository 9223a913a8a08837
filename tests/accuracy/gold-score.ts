// Scores a report against gold labels (format: ../shared/gold/README.md). Our own scoring code:
// the shared scorer is the referee, this is the project's test of itself.
import type { Claim, Interval, Report } from "../../src/types.js";

export interface GoldClaim {
  id: string;
  article: string;
  quote: string;
  occurrence?: number;
  figure?: string;
  metric: string;
  value: number | [number, number];
  bound: "exact" | "lower" | "upper" | "approx" | "range" | "vague";
  optional?: boolean;
  as_of?: string | Date;
}

export interface Gold {
  corpus: string;
  articles: { file: string; date: string | Date }[];
  claims: GoldClaim[];
  conflicts?: { claims?: [string, string]; pairs?: [string, string][] }[];
  not_conflicts?: { claims: [string, string] }[];
  ambiguous?: { claims: [string, string] }[];
}

export interface Scores {
  claimsP: number;
  claimsR: number;
  claimsF1: number;
  values: number;
  groupingF1: number;
  conflictsP: number;
  conflictsR: number;
  conflictsF1: number;
  dates: number;
  /** Human-readable misses, for a failing test's message. */
  notes: string[];
}

const FIGURE = /\d[\d,. ]*\d(?:\s*(?:million|billion|thousand|m|bn|k)\b)?|\d|\b(?:zero|no|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozens?|several|few|hundreds|thousands|millions|half)\b(?:[\s-]+(?:a|and|one|two|three|four|five|six|seven|eight|nine|hundred|thousand|million|billion|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)*/i;

const iso = (d: string | Date | undefined | null) => (d instanceof Date ? d.toISOString().slice(0, 10) : d ?? null);
const close = (a: number | null, b: number) => a !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Where the gold figure stands in its article: [start, end). */
function locateGold(g: GoldClaim, text: string): [number, number] {
  let at = -1;
  for (let n = 0; n < (g.occurrence ?? 1); n++) {
    at = text.indexOf(g.quote, at + 1);
    if (at < 0) throw new Error(`gold ${g.id}: quote not found in ${g.article}`);
  }
  if (g.figure) {
    const i = g.quote.indexOf(g.figure);
    if (i < 0) throw new Error(`gold ${g.id}: figure not in quote`);
    return [at + i, at + i + g.figure.length];
  }
  const m = FIGURE.exec(g.quote);
  if (!m) throw new Error(`gold ${g.id}: no figure in quote`);
  return [at + m.index, at + m.index + m[0].length];
}

export function fits(v: Interval, g: GoldClaim): boolean {
  const { low, high } = v;
  const value = g.value;
  switch (g.bound) {
    case "exact":
      return close(low, value as number) && close(high, value as number);
    case "lower":
      return close(low, value as number) && (high === null || high > (value as number));
    case "upper":
      return close(high, value as number) && (low === null || low < (value as number));
    case "approx":
      return low !== null && high !== null && low < (value as number) && (value as number) < high;
    case "range":
      return close(low, (value as number[])[0]!) && close(high, (value as number[])[1]!);
    case "vague": {
      const [gl, gh] = value as [number, number];
      const point = low !== null && high !== null && low === high;
      return !point && (high === null || high >= gl) && (low === null || low <= gh);
    }
  }
}

export function scoreReport(gold: Gold, full: Report, articleText: (file: string) => string): Scores {
  const notes: string[] = [];
  // Numeric gold scores numeric claims and the conflicts between them; facts are scored elsewhere.
  const counts = new Set(full.claims.filter((c) => c.kind === "count").map((c) => c.id));
  const report = { ...full, claims: full.claims.filter((c) => counts.has(c.id)), conflicts: full.conflicts.filter((x) => x.claims.every((id) => counts.has(id))) };
  const baseOf = new Map(report.sources.map((s) => [s.id, s.path.split(/[\\/]/).pop()!]));
  const located = new Map<string, Claim>(); // gold id -> claim
  const claimGold = new Map<string, GoldClaim>(); // claim id -> gold (first overlap, even duplicates)
  const spans = gold.claims.map((g) => ({ g, span: locateGold(g, articleText(g.article)) }));
  // Best match first: value fits, then the tighter claim.
  const candidates = report.claims.flatMap((c) =>
    spans
      .filter(({ g, span }) => baseOf.get(c.source) === g.article && c.span.start < span[1] && span[0] < c.span.end)
      .map(({ g }) => ({ c, g, ok: fits(c.value, g) })),
  );
  candidates.sort((a, b) => Number(b.ok) - Number(a.ok) || a.c.span.end - a.c.span.start - (b.c.span.end - b.c.span.start));
  const used = new Set<string>();
  for (const { c, g } of candidates) {
    if (!claimGold.has(c.id)) claimGold.set(c.id, g);
    if (used.has(c.id) || located.has(g.id)) continue;
    used.add(c.id);
    located.set(g.id, c);
  }
  const required = gold.claims.filter((g) => !g.optional);
  const found = required.filter((g) => located.has(g.id));
  const optionalHits = report.claims.filter((c) => used.has(c.id) && claimGold.get(c.id)?.optional).length;
  const counted = report.claims.length - optionalHits;
  const claimsP = counted ? found.length / counted : 0;
  const claimsR = required.length ? found.length / required.length : 1;
  for (const g of required) if (!located.has(g.id)) notes.push(`missed ${g.id}: "${g.quote}"`);
  for (const c of report.claims) if (!claimGold.has(c.id)) notes.push(`false ${c.source}: "${c.text}" (${c.metric})`);

  const right = found.filter((g) => fits(located.get(g.id)!.value, g));
  for (const g of found) if (!right.includes(g)) notes.push(`value ${g.id}: ${JSON.stringify(located.get(g.id)!.value)}`);

  let both = 0;
  let inGold = 0;
  let inReport = 0;
  for (let i = 0; i < found.length; i++) {
    for (let j = i + 1; j < found.length; j++) {
      const sameGold = found[i]!.metric === found[j]!.metric;
      const sameReport = located.get(found[i]!.id)!.metric === located.get(found[j]!.id)!.metric;
      inGold += Number(sameGold);
      inReport += Number(sameReport);
      both += Number(sameGold && sameReport);
      if (sameGold !== sameReport) notes.push(`grouping ${found[i]!.id} ~ ${found[j]!.id}: gold ${sameGold ? "same" : "different"}`);
    }
  }
  const groupingF1 = found.length < 2 ? 0 : f1(inReport ? both / inReport : 1, inGold ? both / inGold : 1);

  const pairKey = (a: string, b: string) => [a, b].sort().join("|");
  const groups = (gold.conflicts ?? []).map((x, i) => ({ i, pairs: (x.pairs ?? [x.claims!]).map(([a, b]) => pairKey(a, b)) }));
  const ambiguous = new Set((gold.ambiguous ?? []).map((x) => pairKey(...x.claims)));
  const hit = new Set<number>();
  let wrong = 0;
  let scored = 0;
  for (const x of report.conflicts) {
    const ids = [...new Set(x.claims.map((id) => claimGold.get(id)?.id).filter((id): id is string => Boolean(id)))];
    const keys = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => pairKey(a, b)));
    const matched = groups.filter((gr) => gr.pairs.some((k) => keys.includes(k)));
    matched.forEach((gr) => hit.add(gr.i));
    if (matched.length) scored++;
    else if (keys.some((k) => ambiguous.has(k))) continue;
    else {
      scored++;
      wrong++;
      notes.push(`wrong conflict ${x.id} (${x.metric}): ${ids.join(" ~ ") || "unlabelled claims"}`);
    }
  }
  groups.forEach((gr) => hit.has(gr.i) || notes.push(`missed conflict ${gr.pairs[0]}`));
  const conflictsP = scored ? (scored - wrong) / scored : groups.length ? 0 : 1;
  const conflictsR = groups.length ? hit.size / groups.length : 1;

  const dateOf = new Map(report.sources.map((s) => [baseOf.get(s.id)!, s.date]));
  const dated = gold.articles.filter((a) => dateOf.get(a.file) === iso(a.date));
  return {
    claimsP,
    claimsR,
    claimsF1: f1(claimsP, claimsR),
    values: found.length ? right.length / found.length : 0,
    groupingF1,
    conflictsP,
    conflictsR,
    conflictsF1: f1(conflictsP, conflictsR),
    dates: gold.articles.length ? dated.length / gold.articles.length : 1,
    notes,
  };
}
