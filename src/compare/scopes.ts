// Corpus-level refinement of comparison keys. A toll stated without a place ("more than 34,000
// Palestinians have been killed") usually counts the place the rest of the corpus names for the
// same figure; when one place clearly dominates, the claim joins it, and its evidence says so.
import type { Claim } from "../types.js";

const DOMINANCE = 2 / 3;

export function assumeScopes(claims: readonly Claim[]): Claim[] {
  const scopesById = new Map<string, Map<string, number>>();
  for (const c of claims) {
    const [id, scope] = c.metric.split("@");
    if (!scope || scope.startsWith("incident:")) continue;
    const counts = scopesById.get(id!) ?? new Map<string, number>();
    counts.set(scope, (counts.get(scope) ?? 0) + 1);
    scopesById.set(id!, counts);
  }
  return claims.map((c) => {
    if (c.metric.includes("@")) return c;
    const counts = scopesById.get(c.metric);
    if (!counts) return c;
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const [scope, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    if (n / total < DOMINANCE) return c;
    return {
      ...c,
      metric: `${c.metric}@${scope}`,
      label: `${c.label} in ${scope}`,
      evidence: [...c.evidence, `scope: a guess - no place stated; ${n} of ${total} placed claims of this figure in the corpus count ${scope}`],
    };
  });
}
