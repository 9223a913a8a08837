// The review app: holds the state, turns keys into actions, and picks which view to draw.
// Every figure it shows comes from the model and selectors; components only render.
import { useCallback, useMemo, useReducer, useRef } from "react";
import type { Key } from "ink";
import { Box, Text, useApp, useInput, useStdout } from "ink";
import type { Report } from "../types.js";
import { ConflictDetail } from "./components/conflict-detail.js";
import type { ListLine } from "./components/conflict-list.js";
import { ConflictList } from "./components/conflict-list.js";
import { Footer } from "./components/footer.js";
import { Header } from "./components/header.js";
import { HelpScreen } from "./components/help-screen.js";
import { StatusBar } from "./components/status-bar.js";
import type { Track } from "./effects.js";
import { openSource, terminalSize, useTerminalResize, useVerdictSaver } from "./effects.js";
import { BINDINGS, commandAction, commandFor, promptAction, splitKeys } from "./keys.js";
import { locate } from "./locate.js";
import type { ConflictEntry, UiModel } from "./model.js";
import { buildModel, sourceName } from "./model.js";
import type { UiOptions } from "./run-ui.js";
import {
  bodyHeight, currentEntry, listLayout, reviewOf, showsDetail, verdictCounts, visibleEntries, windowItems,
} from "./selectors.js";
import type { Action, UiState } from "./state.js";
import { initialState, reducer } from "./state.js";
import type { Theme } from "./theme.js";
import { makeTheme } from "./theme.js";
import { buildTimeline } from "./timeline.js";

export interface AppProps {
  report: Report;
  options: UiOptions;
  track?: Track;
}

const TIMELINE_ROWS = 12;
const ignore: Track = () => undefined;

export function App({ report, options, track = ignore }: AppProps) {
  const model = useMemo(() => buildModel(report), [report]);
  const theme = useMemo(() => makeTheme(options.color ?? true), [options.color]);
  const { stdout } = useStdout();
  const { exit } = useApp();
  const [state, dispatch] = useReducer(reducer, model, (m: UiModel) => initialState(m, terminalSize(stdout)));
  // Keys can arrive faster than effects re-subscribe the handler; read state through a ref.
  const current = useRef(state);
  current.current = state;
  useTerminalResize(stdout, dispatch);
  useVerdictSaver(state.pending, options.onVerdict, dispatch, track);

  const onKey = useCallback(
    (chunk: string, chunkKey: Key) => {
      for (const { input, key } of splitKeys(chunk, chunkKey)) {
        const now = current.current;
        const action = actionFor(now, input, key);
        if (action === null) continue;
        if (action === "quit") return exit();
        if (action === "open-source") {
          openSource(now, options.openSource, dispatch, track);
          continue;
        }
        dispatch(action);
        // Later keys of the same chunk must see this one's effect before React renders it.
        current.current = reducer(now, action);
      }
    },
    [exit, options.openSource, track],
  );
  useInput(onKey);

  const { columns, rows } = state.size;
  const shown = visibleEntries(state);
  const sourceFilter = state.filters.source === null ? null : (model.sourcesById.get(state.filters.source) ?? null);
  return (
    <Box flexDirection="column" width={columns}>
      <Header
        conflicts={model.entries.length}
        shown={shown.length}
        sources={model.sourceCount}
        claims={model.claimCount}
        filters={state.filters}
        sourceLabel={state.filters.source === null ? null : sourceName(sourceFilter, state.filters.source)}
        theme={theme}
      />
      <Box height={bodyHeight(rows)} flexDirection="column" overflowY="hidden">
        <Body state={state} theme={theme} onMeasure={(height) => dispatch({ type: "detail-measured", height })} />
      </Box>
      <StatusBar counts={verdictCounts(state)} columns={columns} theme={theme} />
      <Footer
        view={state.view}
        input={state.input}
        pending={state.pending}
        message={state.message}
        position={detailPosition(state)}
        theme={theme}
      />
    </Box>
  );
}

/** A prompt takes every key as text; elsewhere keys go through the binding table. */
function actionFor(state: UiState, input: string, key: Key): Action | "quit" | "open-source" | null {
  if (state.view === "note-prompt" || state.view === "filter-prompt") return promptAction(input, key);
  const command = commandFor(input, key);
  return command === null ? null : commandAction(command);
}

function Body({ state, theme, onMeasure }: { state: UiState; theme: Theme; onMeasure: (height: number) => void }) {
  const { model } = state;
  const { columns, rows } = state.size;
  if (model.entries.length === 0) {
    return <Text>{`No conflicts found in ${model.sourceCount} sources (${model.claimCount} claims)`}</Text>;
  }
  if (state.view === "help") return <HelpScreen bindings={BINDINGS} columns={columns} theme={theme} />;
  const entry = currentEntry(state);
  if (showsDetail(state) && entry !== null) {
    return (
      <ConflictDetail
        entry={entry}
        review={reviewOf(state, entry)}
        focusedClaim={state.focusedClaim}
        locations={claimLocations(entry)}
        timeline={timelineFor(model, entry, columns)}
        timelineTotal={model.claimsByMetric.get(entry.conflict.metric)?.length ?? 0}
        metricLabel={model.metricLabels.get(entry.conflict.metric) ?? null}
        columns={columns}
        height={bodyHeight(rows)}
        scroll={state.detailScroll}
        measuredHeight={state.detailHeight}
        onMeasure={onMeasure}
        theme={theme}
      />
    );
  }
  const lines = listLines(state);
  if (lines.length === 0) {
    return <Text wrap="wrap">No conflicts match the filters. Press v, m, s or / to change them.</Text>;
  }
  return <ConflictList lines={lines} width={columns} theme={theme} />;
}

/** The list items on screen, resolved for the list component: never more than the screen holds. */
function listLines(state: UiState): ListLine[] {
  const entries = visibleEntries(state);
  const layout = listLayout(entries);
  const selected = entries[state.cursor];
  return windowItems(layout, state.scroll, bodyHeight(state.size.rows)).map((item): ListLine => {
    if (item.kind === "group") {
      return { ...item, label: state.model.metricLabels.get(item.metric) ?? null };
    }
    const entry = entries[item.entry] as ConflictEntry;
    return { kind: "conflict", entry, review: reviewOf(state, entry), selected: entry === selected };
  });
}

function claimLocations(entry: ConflictEntry) {
  return entry.claims.map((claim, i) => {
    const source = entry.sources[i];
    return source ? locate(source.text, claim.span.start) : null;
  });
}

function timelineFor(model: UiModel, entry: ConflictEntry, columns: number) {
  const barWidth = Math.max(8, Math.min(40, columns - 56));
  const claims = model.claimsByMetric.get(entry.conflict.metric) ?? [];
  return buildTimeline(claims, model.sourcesById, new Set(entry.conflict.claims), barWidth, TIMELINE_ROWS);
}

function detailPosition(state: UiState): string | null {
  const height = bodyHeight(state.size.rows);
  if (state.view !== "detail" || state.detailHeight === null || state.detailHeight <= height) return null;
  const last = Math.min(state.detailScroll + height, state.detailHeight);
  return `lines ${state.detailScroll + 1}–${last} of ${state.detailHeight} (↑↓ scroll)`;
}
