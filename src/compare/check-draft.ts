// A draft against a corpus: the conflicts that involve at least one of the draft's claims,
// grouped into one finding per draft claim and rule, with what the corpus supports instead.
import type { Claim, Conflict, ConflictKind, Severity, Source } from "../types.js";
import { compare, comparable } from "./compare.js";
import { inWords } from "./describe.js";
import type { PlaceProfile, Stories } from "./find-stories.js";

export interface DraftFinding {
  rule: ConflictKind;
  severity: Severity;
  /** The draft's claim the finding is about. */
  claim: Claim;
  /** The claims it disagrees with: the corpus's, or the draft's own for `internal`. */
  against: Claim[];
  conflicts: Conflict[];
  /** "sources dated 2024-05-14 say more than 35,000 (The Independent)", or null. */
  supported: string | null;
}

export interface DraftCheck {
  findings: DraftFinding[];
  /** Draft claims that corpus claims of the same metric agree with. */
  confirmed: { claim: Claim; by: Claim[] }[];
  /** Draft claims after corpus-level refinement (scope guesses). */
  claims: Claim[];
}

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** What the corpus says for a metric, nearest before (or on) the draft claim's date. */
function supportedView(claim: Claim, corpus: readonly Claim[], sources: ReadonlyMap<string, Source>): string | null {
  const same = corpus.filter((c) => c.metric === claim.metric && comparable(c));
  if (same.length === 0) return null;
  const dated = same.filter((c) => c.asOf && (!claim.asOf || c.asOf <= claim.asOf));
  const latest = dated.length ? dated.reduce((a, b) => (a.asOf! >= b.asOf! ? a : b)).asOf : null;
  const pick = latest ? same.filter((c) => c.asOf === latest) : same;
  const values = [...new Set(pick.map((c) => inWords(c.value)))];
  const outlets = [...new Set(pick.map((c) => sources.get(c.source)?.outlet ?? c.source))];
  return `sources dated ${latest ?? "(undated)"} say ${values.join(" / ")} (${outlets.join(", ")})`;
}

const surname = (personKey: string) => personKey.split(/[-:]/).at(-1)!;

/**
 * Only what the draft speaks about needs comparing: its own keys (and the named incidents an
 * unnamed one of the draft may join), and for people, anyone who shares a surname with someone
 * it names (one person may be keyed differently before unifying).
 */
function aboutTheDraft(mine: readonly Claim[]): (metric: string, c: Claim) => boolean {
  // Any incident of the same figure in the story: an unnamed one may join a named one.
  const incidentKind = (metric: string) => metric.replace(/\/.*$/, "/incident");
  const keys = new Set(mine.map((c) => c.metric));
  const kinds = new Set(mine.map((c) => incidentKind(c.metric)));
  const surnames = new Set(mine.flatMap((c) => (c.fact?.type === "role" ? [surname(c.fact.personKey)] : [])));
  return (metric, c) => keys.has(metric) || kinds.has(incidentKind(metric)) || (c.fact?.type === "role" && surnames.has(surname(c.fact.personKey)));
}

export function checkDraft(draft: readonly Claim[], corpus: readonly Claim[], sources: readonly Source[], places: ReadonlyMap<string, PlaceProfile>, keep: (x: Conflict) => boolean = () => true, stories?: Stories): DraftCheck {
  const draftIds = new Set(draft.map((c) => c.id));
  const { claims, conflicts } = compare([...corpus, ...draft], sources, places, { focus: { ids: draftIds, keep: aboutTheDraft }, ...(stories ? { stories } : {}) });
  const byId = new Map(claims.map((c) => [c.id, c]));
  const bySource = new Map(sources.map((s) => [s.id, s]));
  const corpusClaims = claims.filter((c) => !draftIds.has(c.id));
  const groups = new Map<string, DraftFinding>();
  for (const x of conflicts) {
    if (!keep(x)) continue;
    const mine = x.claims.filter((id) => draftIds.has(id));
    if (mine.length === 0) continue;
    const claim = byId.get(mine[0]!)!;
    const key = `${claim.id}\u0000${x.kind}`;
    const finding = groups.get(key) ?? { rule: x.kind, severity: x.severity, claim, against: [], conflicts: [], supported: supportedView(claim, corpusClaims, bySource) };
    finding.conflicts.push(x);
    if (RANK[x.severity] < RANK[finding.severity]) finding.severity = x.severity;
    for (const id of x.claims) if (id !== claim.id && !finding.against.some((c) => c.id === id)) finding.against.push(byId.get(id)!);
    groups.set(key, finding);
  }
  const findings = [...groups.values()].sort((a, b) => a.claim.span.start - b.claim.span.start || RANK[a.severity] - RANK[b.severity]);
  const flagged = new Set(findings.map((f) => f.claim.id));
  const refinedDraft = claims.filter((c) => draftIds.has(c.id));
  const confirmed = refinedDraft
    .filter((c) => comparable(c) && !flagged.has(c.id))
    .map((claim) => ({ claim, by: corpusClaims.filter((c) => c.metric === claim.metric && comparable(c)) }))
    .filter((s) => s.by.length > 0);
  return { findings, confirmed, claims: refinedDraft };
}
