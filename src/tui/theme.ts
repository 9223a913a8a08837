// Colours for the review UI in one place, so NO_COLOR (options.color false) turns them all off.
// Bold, dim and inverse stay: they carry meaning without colour.
import type { Severity, Verdict } from "../types.js";

export interface Theme {
  severity: Record<Severity, string | undefined>;
  verdict: Record<Verdict, string | undefined>;
  /** Titles, the cursor and the focused claim. */
  accent: string | undefined;
  /** "changed since review", failed saves. */
  warning: string | undefined;
}

export function makeTheme(color: boolean): Theme {
  if (!color) {
    return {
      severity: { high: undefined, medium: undefined, low: undefined },
      verdict: { confirmed: undefined, "false-alarm": undefined, explained: undefined, "follow-up": undefined },
      accent: undefined,
      warning: undefined,
    };
  }
  return {
    severity: { high: "red", medium: "yellow", low: "gray" },
    verdict: { confirmed: "red", "false-alarm": "green", explained: "cyan", "follow-up": "magenta" },
    accent: "cyan",
    warning: "yellow",
  };
}
