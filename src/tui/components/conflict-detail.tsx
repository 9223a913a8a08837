// One conflict in full: why the tool flags it, the verdict so far, each claim (side by side on a
// wide terminal, stacked otherwise) and the metric's timeline. Scrolls inside a fixed height.
import { useEffect, useRef } from "react";
import type { DOMElement } from "ink";
import { Box, Text, measureElement } from "ink";
import type { Review } from "../../types.js";
import type { Location } from "../locate.js";
import type { ConflictEntry } from "../model.js";
import type { Theme } from "../theme.js";
import type { Timeline } from "../timeline.js";
import { ClaimCard } from "./claim-card.js";
import { SEVERITY_LABEL } from "./conflict-list.js";
import { TimelineChart } from "./timeline-chart.js";

/** Below this width two claims side by side would wrap every line; stack them instead. */
export const SIDE_BY_SIDE_COLUMNS = 120;

export interface ConflictDetailProps {
  entry: ConflictEntry;
  review: Review | null;
  focusedClaim: number;
  /** Parallel to entry.claims: where each figure sits in its file. */
  locations: readonly (Location | null)[];
  timeline: Timeline;
  timelineTotal: number;
  metricLabel: string | null;
  columns: number;
  height: number;
  scroll: number;
  measuredHeight: number | null;
  onMeasure: (height: number) => void;
  theme: Theme;
}

export function ConflictDetail(props: ConflictDetailProps) {
  const { entry, columns, height, scroll, measuredHeight, onMeasure, theme } = props;
  const content = useRef<DOMElement>(null);
  // The reducer needs the content height to stop scrolling at the bottom.
  useEffect(() => {
    if (content.current === null) return;
    const measured = measureElement(content.current).height;
    if (measured !== measuredHeight) onMeasure(measured);
  });
  const { conflict } = entry;
  const label = props.metricLabel === null ? "" : ` (${props.metricLabel})`;
  const sideBySide = columns >= SIDE_BY_SIDE_COLUMNS;
  return (
    <Box height={height} width={columns} overflowY="hidden" flexDirection="column">
      <Box ref={content} flexDirection="column" flexShrink={0} marginTop={-scroll} width={columns}>
        <Text wrap="truncate-end" bold>
          {`${conflict.id} · `}
          <Text color={theme.severity[conflict.severity]}>{SEVERITY_LABEL[conflict.severity].trim()}</Text>
          {` ${conflict.kind} · ${conflict.metric}${label}`}
        </Text>
        <Text>
          <Text bold>Why they conflict: </Text>
          {conflict.explanation}
        </Text>
        <VerdictLine review={props.review} theme={theme} />
        <Box flexDirection={sideBySide ? "row" : "column"} width={columns}>
          {entry.claims.map((claim, i) => (
            <ClaimCard
              key={claim.id}
              claim={claim}
              source={entry.sources[i] ?? null}
              index={i}
              total={entry.claims.length}
              location={props.locations[i] ?? null}
              focused={i === props.focusedClaim}
              sideBySide={sideBySide}
              theme={theme}
            />
          ))}
        </Box>
        <TimelineChart metric={conflict.metric} timeline={props.timeline} total={props.timelineTotal} theme={theme} />
      </Box>
    </Box>
  );
}

function VerdictLine({ review, theme }: { review: Review | null; theme: Theme }) {
  if (review === null) {
    return <Text wrap="truncate-end">Verdict: none yet (c confirmed · f false alarm · e explained · u follow-up)</Text>;
  }
  return (
    <Text>
      {"Verdict: "}
      <Text bold color={theme.verdict[review.verdict]}>{review.verdict}</Text>
      {review.note === null ? "" : ` — "${review.note}"`}
      {` (${review.by}, ${review.at.slice(0, 10)})`}
      {review.stale ? <Text color={theme.warning} bold> changed since review</Text> : null}
    </Text>
  );
}
