// The bottom line: the open prompt, else the last message, else the keys that matter here.
import { Text } from "ink";
import type { PendingVerdict, View } from "../state.js";
import type { Theme } from "../theme.js";

export interface FooterProps {
  view: View;
  input: string;
  pending: PendingVerdict | null;
  message: string | null;
  /** "lines 1–20 of 34" in a detail view taller than the screen. */
  position: string | null;
  theme: Theme;
}

const HINTS: Partial<Record<View, string>> = {
  list: "Enter open · c f e u verdict · x clear · n next unreviewed · / v m s filter · ? help · q quit",
  detail: "Esc back · Tab other claim · o open source · c f e u verdict · n next unreviewed · ? help",
  help: "Esc or ? close help",
};

export function Footer({ view, input, pending, message, position, theme }: FooterProps) {
  if (view === "note-prompt" && pending?.verdict) {
    return (
      <Text wrap="truncate-start">
        <Text bold color={theme.verdict[pending.verdict]}>{`Note for ${pending.verdict}`}</Text>
        {` (Enter saves, Esc saves without note): ${input}▏`}
      </Text>
    );
  }
  if (view === "filter-prompt") {
    return <Text wrap="truncate-start">{`Filter (Enter keeps, Esc drops): /${input}▏`}</Text>;
  }
  if (message !== null) return <Text color={message.startsWith("Could not") ? theme.warning : undefined} wrap="truncate-end">{message}</Text>;
  if (pending?.saving) return <Text dimColor>Saving the verdict…</Text>;
  const hints = HINTS[view] ?? "";
  return <Text dimColor wrap="truncate-end">{position === null ? hints : `${position} · ${hints}`}</Text>;
}
