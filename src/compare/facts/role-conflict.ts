// One person given two incompatible offices by two sources at about the same date: "Defense
// Minister Yoav Gallant" in one, "Foreign Minister Yoav Gallant" in another a week later.
// A former office ("former", "ret.", "then-") is not held at the article's date, so never conflicts.
import type { Claim, RoleFact } from "../../types.js";
import type { PairRule } from "../rules/rule.js";
import { daysBetween } from "./calendar.js";

/** Offices held within this many days of each other are taken as held at the same time. */
export const ROLE_WINDOW_DAYS = 30;
/** Below this match score (person or office), a conflict is reported as less certain. */
export const SURE_MATCH = 0.95;

interface OfficeParts {
  scope: string | null;
  title: string;
  country: string | null;
}

/** "defense.minister@israel" -> scope defense, title minister, country israel. */
export function officeParts(key: string): OfficeParts {
  const [body = "", country = null] = key.split("@");
  const dot = body.indexOf(".");
  return { scope: dot < 0 ? null : body.slice(0, dot), title: dot < 0 ? body : body.slice(dot + 1), country };
}

/** One office written with more or less detail: same title, scope and country agree where given. */
export function officesCompatible(a: string, b: string): boolean {
  const x = officeParts(a);
  const y = officeParts(b);
  const agree = (p: string | null, q: string | null) => p === null || q === null || p === q;
  return x.title === y.title && agree(x.scope, y.scope) && agree(x.country, y.country);
}

const roleOf = (c: Claim): RoleFact | null => (c.fact?.type === "role" ? c.fact : null);

export const roleConflict: PairRule = {
  id: "contradiction",
  description: "Two sources give one person incompatible offices at about the same date.",
  check(a, b, ctx) {
    const ra = roleOf(a);
    const rb = roleOf(b);
    if (!ra || !rb || a.source === b.source || ra.former || rb.former || !a.asOf || !b.asOf) return null;
    const apart = Math.abs(daysBetween(a.asOf, b.asOf));
    if (apart > ROLE_WINDOW_DAYS || officesCompatible(ra.officeKey, rb.officeKey)) return null;
    const who = (c: Claim) => ctx.sources.get(c.source)?.outlet ?? c.source;
    const score = Math.min(ra.score, rb.score);
    const sure = score >= SURE_MATCH;
    const when = apart === 0 ? "on the same day" : `${apart} day${apart === 1 ? "" : "s"} apart`;
    return {
      kind: "contradiction",
      severity: sure ? "high" : "medium",
      explanation: `${who(a)} (${a.asOf}) calls ${ra.person} "${a.text}" (${ra.office}); ${who(b)} (${b.asOf}) says "${b.text}" (${rb.office}), ${when}: one person does not hold both offices${score < 1 ? ` (names and offices matched with score ${score.toFixed(2)})` : ""}.`,
    };
  },
};
