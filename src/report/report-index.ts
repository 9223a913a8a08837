// Lookups every formatter needs: claims and sources by id, positions of claims, and the order in
// which a reader should meet conflicts (worst first, a metric's conflicts together).
import type { Claim, Conflict, Report, Severity, Source } from "../types.js";
import { makeLocator, type Locator, type Position } from "./locate.js";

export const SEVERITY_ORDER: readonly Severity[] = ["high", "medium", "low"];

export interface ReportIndex {
  source(id: string): Source;
  claim(id: string): Claim;
  /** Line and column where the claim's figure starts in its source file. */
  position(claim: Claim): Position;
}

/** Indexes a report once; throws when a claim or conflict points at something the report lacks. */
export function indexReport(report: Report): ReportIndex {
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const locators = new Map<string, Locator>();

  const source = (id: string): Source => {
    const found = sources.get(id);
    if (!found) throw new Error(`report refers to source "${id}", which it does not contain`);
    return found;
  };
  return {
    source,
    claim(id) {
      const found = claims.get(id);
      if (!found) throw new Error(`report refers to claim "${id}", which it does not contain`);
      return found;
    },
    position(claim) {
      let locate = locators.get(claim.source);
      if (!locate) {
        locate = makeLocator(source(claim.source).text);
        locators.set(claim.source, locate);
      }
      return locate(claim.span.start);
    },
  };
}

/**
 * Conflicts grouped by metric, the groups ordered by their worst severity, then by metric id;
 * within a group, worst first, otherwise in the order the comparison produced them.
 */
export function groupConflicts(conflicts: readonly Conflict[]): Array<[string, Conflict[]]> {
  const rank = (c: Conflict) => SEVERITY_ORDER.indexOf(c.severity);
  const groups = new Map<string, Conflict[]>();
  for (const conflict of conflicts) {
    const group = groups.get(conflict.metric);
    if (group) group.push(conflict);
    else groups.set(conflict.metric, [conflict]);
  }
  const sorted = [...groups].map(([metric, group]): [string, Conflict[]] => [
    metric,
    [...group].sort((a, b) => rank(a) - rank(b)),
  ]);
  const worst = (group: Conflict[]) => Math.min(...group.map(rank));
  return sorted.sort(
    ([ma, a], [mb, b]) => worst(a) - worst(b) || (ma < mb ? -1 : ma > mb ? 1 : 0),
  );
}
