// The shape of a conflict check: one small module per rule, like a textlint rule.
import type { Claim, ConflictKind, Severity, Source } from "../../types.js";

export interface PairContext {
  sources: ReadonlyMap<string, Source>;
}

export interface Finding {
  kind: ConflictKind;
  severity: Severity;
  explanation: string;
}

export interface PairRule {
  id: ConflictKind;
  description: string;
  /** `a` is the earlier claim (by as-of date, then reading order). */
  check(a: Claim, b: Claim, ctx: PairContext): Finding | null;
}
