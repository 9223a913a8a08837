// What every `check` formatter reads: the draft, its findings, and where evidence stands.
import type { DraftCheck } from "../../compare/check-draft.js";
import type { Claim, ConflictKind, Severity, Source } from "../../types.js";
import { makeLocator, type Position } from "../locate.js";

export interface CheckResult extends DraftCheck {
  draft: Source;
  /** Corpus and draft sources by id, to place evidence. */
  sources: ReadonlyMap<string, Source>;
  showSupported: boolean;
}

export const RULE_HELP: Record<ConflictKind, { name: string; short: string; help: string }> = {
  contradiction: { name: "Contradiction", short: "A figure incompatible with the corpus at the same time.", help: "The draft gives a figure that cannot hold together with a corpus figure for the same thing on the same day (or for a finished event, on any day). Check the newest official figure and its source." },
  decrease: { name: "Decrease", short: "A running total lower than an earlier report.", help: "The draft gives a running total (a death toll) below what the corpus reported earlier. Such totals only grow; the draft's figure is probably out of date." },
  internal: { name: "Internal", short: "Two figures in the draft that cannot both hold.", help: "The draft states the same figure twice with incompatible values (often a headline not updated with the body)." },
  attribution: { name: "Attribution dispute", short: "Claimants disagree; attribute the figure.", help: "The draft's figure and the corpus's come from different claimants who disagree. Name the source of the figure, and consider giving both." },
  calendar: { name: "Calendar", short: "A stated duration or date that the calendar contradicts.", help: "The draft states how long something has run (or when it happened) in a way the calendar contradicts." },
};

export const SEVERITY_LEVEL: Record<Severity, "error" | "warning" | "note"> = { high: "error", medium: "warning", low: "note" };

const locators = new Map<string, (offset: number) => Position>();
export function positionOf(result: CheckResult, claim: Claim): Position & { path: string } {
  const source = result.sources.get(claim.source) ?? result.draft;
  let locate = locators.get(source.id + source.path);
  if (!locate) {
    locate = makeLocator(source.text);
    locators.set(source.id + source.path, locate);
  }
  return { ...locate(claim.span.start), path: source.path };
}

export function outletOf(result: CheckResult, claim: Claim): string {
  const s = result.sources.get(claim.source);
  return s?.outlet ?? s?.id ?? claim.source;
}

/** One line of evidence: outlet, date, quote, file:line. */
export function evidenceLine(result: CheckResult, claim: Claim): string {
  const at = positionOf(result, claim);
  const role = claim.role === "headline" ? " (headline)" : "";
  const by = claim.attribution ? `, citing ${claim.attribution}` : "";
  return `${outletOf(result, claim)}${role}, ${claim.asOf ?? "undated"}${by}: "${claim.sentence.length > 160 ? `${claim.sentence.slice(0, 157)}…` : claim.sentence}" (${at.path}:${at.line})`;
}

export function findingMessage(f: CheckResult["findings"][number]): string {
  const first = f.conflicts[0]!;
  return `"${f.claim.text}" (${f.claim.label}): ${first.explanation}${f.supported ? ` Corpus: ${f.supported}.` : ""}`;
}
