// The reviewer's progress over the whole report: how many conflicts carry each verdict, how many
// are still unreviewed, and how many verdicts no longer match their claims.
import { Text } from "ink";
import { VERDICTS } from "../../types.js";
import type { VerdictCounts } from "../selectors.js";
import type { Theme } from "../theme.js";

export interface StatusBarProps {
  counts: VerdictCounts;
  columns: number;
  theme: Theme;
}

export function StatusBar({ counts, columns, theme }: StatusBarProps) {
  // What is left to do comes first; on a narrow terminal the stale count keeps a short name.
  const stale = columns >= 100 ? "changed since review" : "changed";
  return (
    <Text wrap="truncate-end">
      <Text bold>{`unreviewed ${counts.unreviewed}`}</Text>
      {VERDICTS.map((verdict) => (
        <Text key={verdict} color={counts[verdict] > 0 ? theme.verdict[verdict] : undefined}>
          {` · ${verdict} ${counts[verdict]}`}
        </Text>
      ))}
      {counts.stale > 0 ? <Text color={theme.warning}>{` · ${stale} ${counts.stale}`}</Text> : null}
    </Text>
  );
}
