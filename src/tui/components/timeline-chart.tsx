// Draws a Timeline: one row per claim of the metric, oldest first, with the interval on a shared
// scale and the figure as written; the conflict's own claims are marked.
import { Box, Text } from "ink";
import { formatFigure } from "../describe-interval.js";
import { sourceName } from "../model.js";
import type { Theme } from "../theme.js";
import type { Timeline } from "../timeline.js";

export interface TimelineChartProps {
  metric: string;
  timeline: Timeline;
  /** Total claims of the metric in the report. */
  total: number;
  theme: Theme;
}

export function TimelineChart({ metric, timeline, total, theme }: TimelineChartProps) {
  const scale = timeline.domain === null
    ? ""
    : `, scale ${formatFigure(timeline.domain.low)} to ${formatFigure(timeline.domain.high)}`;
  return (
    <Box flexDirection="column">
      <Text bold color={theme.accent} wrap="truncate-end">
        {`Timeline of ${metric}: ${total} claim${total === 1 ? "" : "s"}${scale}`}
      </Text>
      {timeline.rows.map((row) => (
        <Text key={row.claim.id} wrap="truncate-end" bold={row.inConflict}>
          <Text color={row.inConflict ? theme.accent : undefined}>{row.inConflict ? "▸ " : "  "}</Text>
          {`${(row.date ?? "undated").padEnd(10)} │${row.bar}│ `}
          {`${row.claim.text} · ${sourceName(row.source, row.claim.source)}`}
          {row.claim.supersededBy === null ? "" : <Text dimColor> (revised later)</Text>}
        </Text>
      ))}
      {timeline.hidden > 0 ? <Text dimColor>{`  … ${timeline.hidden} more claims not shown`}</Text> : null}
    </Box>
  );
}
