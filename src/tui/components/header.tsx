// The top line: what was read, how many conflicts, and which filters narrow the list.
import { Text } from "ink";
import type { Filters } from "../state.js";
import type { Theme } from "../theme.js";

export interface HeaderProps {
  conflicts: number;
  shown: number;
  sources: number;
  claims: number;
  filters: Filters;
  /** How the source filter's id reads to a person (its outlet). */
  sourceLabel: string | null;
  theme: Theme;
}

export function Header({ conflicts, shown, sources, claims, filters, sourceLabel, theme }: HeaderProps) {
  const active = describeFilters(filters, sourceLabel);
  const counts = active === ""
    ? `${conflicts} conflict${conflicts === 1 ? "" : "s"} in ${sources} sources (${claims} claims)`
    : `showing ${shown} of ${conflicts} · ${active}`;
  return (
    <Text wrap="truncate-end">
      <Text bold color={theme.accent}>claimdiff</Text>
      {` · ${counts}`}
    </Text>
  );
}

export function describeFilters(filters: Filters, sourceLabel: string | null): string {
  const parts: string[] = [];
  if (filters.verdict !== "all") parts.push(`verdict: ${filters.verdict}`);
  if (filters.metric !== null) parts.push(`metric: ${filters.metric}`);
  if (filters.source !== null) parts.push(`source: ${sourceLabel ?? filters.source}`);
  if (filters.text !== "") parts.push(`text: "${filters.text}"`);
  return parts.join(", ");
}
