// The list of conflicts: a header per metric group and two lines per conflict (what kind, how
// severe, the verdict; then each claim's figure and source). Receives only the rows on screen.
import { Box, Text } from "ink";
import type { Review, Severity } from "../../types.js";
import type { ConflictEntry } from "../model.js";
import { sourceName } from "../model.js";
import type { Theme } from "../theme.js";

export type ListLine =
  | { kind: "group"; metric: string; label: string | null; count: number }
  | { kind: "conflict"; entry: ConflictEntry; review: Review | null; selected: boolean };

export interface ConflictListProps {
  lines: readonly ListLine[];
  width: number;
  theme: Theme;
}

export const SEVERITY_LABEL: Record<Severity, string> = { high: "HIGH", medium: "MED ", low: "LOW " };

export function ConflictList({ lines, width, theme }: ConflictListProps) {
  return (
    <Box flexDirection="column" width={width}>
      {lines.map((line) =>
        line.kind === "group" ? (
          <GroupHeader key={`g:${line.metric}`} line={line} theme={theme} />
        ) : (
          <ConflictRow key={line.entry.conflict.id} line={line} theme={theme} />
        ),
      )}
    </Box>
  );
}

function GroupHeader({ line, theme }: { line: Extract<ListLine, { kind: "group" }>; theme: Theme }) {
  const label = line.label === null ? "" : ` · ${line.label}`;
  return (
    <Text bold color={theme.accent} wrap="truncate-end">
      {`── ${line.metric}${label} (${line.count})`}
    </Text>
  );
}

function ConflictRow({ line, theme }: { line: Extract<ListLine, { kind: "conflict" }>; theme: Theme }) {
  const { conflict } = line.entry;
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end" bold={line.selected}>
        <Text color={theme.accent}>{line.selected ? "▸ " : "  "}</Text>
        <Text color={theme.severity[conflict.severity]}>{SEVERITY_LABEL[conflict.severity]}</Text>
        {` ${conflict.kind.padEnd(13)} `}
        <VerdictTag review={line.review} theme={theme} />
        {line.review?.note ? `“${line.review.note}” · ` : ""}
        <Text dimColor>{conflict.explanation}</Text>
      </Text>
      <Text wrap="truncate-end">{`  ${figuresLine(line.entry)}`}</Text>
    </Box>
  );
}

/** "[confirmed] " for a reviewed conflict; "[confirmed, changed] " once its claims moved on. */
export function VerdictTag({ review, theme }: { review: Review | null; theme: Theme }) {
  if (review === null) return null;
  return (
    <Text>
      <Text color={theme.verdict[review.verdict]} bold>{`[${review.verdict}`}</Text>
      {review.stale ? <Text color={theme.warning}>, changed</Text> : null}
      <Text color={theme.verdict[review.verdict]} bold>{"] "}</Text>
    </Text>
  );
}

/** Each claim's figure as written with its source and publication date: `"More than 35,000" BBC 2024-05-14`. */
export function figuresLine(entry: ConflictEntry): string {
  return entry.claims
    .map((claim, i) => {
      const source = entry.sources[i] ?? null;
      return `"${claim.text}" ${sourceName(source, claim.source)} ${source?.date ?? "undated"}`;
    })
    .join(" vs ");
}
