// The UI's side effects, kept out of the reducer: saving verdicts through the CLI's store,
// opening a source in the editor, following the terminal's size.
import { useEffect, useRef } from "react";
import type { Dispatch } from "react";
import type { Review } from "../types.js";
import { locate } from "./locate.js";
import type { UiOptions } from "./run-ui.js";
import { currentEntry, showsDetail } from "./selectors.js";
import type { Action, PendingVerdict, UiState } from "./state.js";

/** Lets runUi wait for saves still in flight when the reviewer quits. */
export type Track = (work: Promise<unknown>) => void;

export interface TerminalLike {
  columns?: number;
  rows?: number;
  on(event: "resize", listener: () => void): unknown;
  off(event: "resize", listener: () => void): unknown;
}

export function terminalSize(stdout: TerminalLike): { columns: number; rows: number } {
  return { columns: stdout.columns || 80, rows: stdout.rows || 24 };
}

export function useTerminalResize(stdout: TerminalLike, dispatch: Dispatch<Action>): void {
  useEffect(() => {
    const onResize = () => dispatch({ type: "resize", ...terminalSize(stdout) });
    stdout.on("resize", onResize);
    return () => {
      stdout.off("resize", onResize);
    };
  }, [stdout, dispatch]);
}

/** Sends a committed verdict to the store once; the reducer hears back whether it was kept. */
export function useVerdictSaver(
  pending: PendingVerdict | null,
  onVerdict: UiOptions["onVerdict"],
  dispatch: Dispatch<Action>,
  track: Track,
): void {
  // Only a new pending verdict may trigger a save: callbacks changing identity must not resend it.
  const latest = useRef({ onVerdict, dispatch, track });
  latest.current = { onVerdict, dispatch, track };
  useEffect(() => {
    if (pending === null || !pending.saving) return;
    const { onVerdict: store, dispatch: send, track: keep } = latest.current;
    const { conflictId, verdict, note } = pending;
    const save = store
      ? store(conflictId, verdict, note)
      : Promise.resolve(verdict === null ? null : unsavedReview(verdict, note));
    const done = save.then(
      (review) => {
        send({ type: "verdict-saved", conflictId, review });
        if (!store) send({ type: "show-message", text: "Verdict kept for this session only: no review store" });
      },
      (error: unknown) => send({ type: "verdict-failed", conflictId, message: errorMessage(error) }),
    );
    keep(done);
  }, [pending]);
}

function unsavedReview(verdict: NonNullable<PendingVerdict["verdict"]>, note: string | null): Review {
  return { verdict, note, by: "this session", at: new Date().toISOString(), stale: false };
}

/** `o`: the focused claim's file at the figure's line, in the editor or as "path:line:column". */
export function openSource(state: UiState, openInEditor: UiOptions["openSource"], dispatch: Dispatch<Action>, track: Track): void {
  const entry = currentEntry(state);
  const index = showsDetail(state) ? state.focusedClaim : 0;
  const claim = entry?.claims[index];
  const source = entry?.sources[index];
  if (!claim || !source) {
    dispatch({ type: "show-message", text: "No source text for this claim" });
    return;
  }
  const { line, column } = locate(source.text, claim.span.start);
  const place = `${source.path}:${line}:${column}`;
  if (!openInEditor) {
    dispatch({ type: "show-message", text: place });
    return;
  }
  track(
    openInEditor(source.path, line).then(
      () => dispatch({ type: "show-message", text: `Opened ${place}` }),
      (error: unknown) => dispatch({ type: "show-message", text: `Could not open ${place}: ${errorMessage(error)}` }),
    ),
  );
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
