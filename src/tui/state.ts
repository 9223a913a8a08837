// The review UI's state and the reducer over every action a key or a finished save can cause.
// No React here: the app dispatches, components render what selectors derive from this state.
import type { Review, Verdict } from "../types.js";
import { VERDICTS } from "../types.js";
import type { UiModel } from "./model.js";
import {
  ROW_LINES, bodyHeight, currentEntry, listLayout, reviewOf, scrollToShow, visibleEntries,
} from "./selectors.js";

export type View = "list" | "detail" | "help" | "note-prompt" | "filter-prompt";
export type VerdictFilter = "all" | "unreviewed" | Verdict;

export interface Filters {
  verdict: VerdictFilter;
  metric: string | null;
  source: string | null;
  text: string;
}

/** A verdict on its way to the review store. `saving` is set once the reviewer has committed it. */
export interface PendingVerdict {
  conflictId: string;
  /** null clears the verdict. */
  verdict: Verdict | null;
  note: string | null;
  saving: boolean;
}

export interface UiState {
  readonly model: UiModel;
  view: View;
  /** The view under the help screen or a prompt, where Esc returns. */
  underlying: "list" | "detail";
  /** Index into the visible (filtered) conflicts. */
  cursor: number;
  /** Index of the first list item on screen. */
  scroll: number;
  /** The conflict the detail view shows: pinned, so a save that filters it out does not swap it. */
  openId: string | null;
  detailScroll: number;
  /** Lines the detail content takes, once measured; null until then. */
  detailHeight: number | null;
  /** Which of the conflict's claims the detail view focuses (Tab), and `o` opens. */
  focusedClaim: number;
  size: { columns: number; rows: number };
  filters: Filters;
  /** The prompt's text: the note being typed, or the free-text filter. */
  input: string;
  pending: PendingVerdict | null;
  /** Verdicts recorded or cleared during this run, by conflict id; they override the report's. */
  reviews: Readonly<Record<string, Review | null>>;
  message: string | null;
}

export type FilterField = "verdict" | "metric" | "source";

export type Action =
  | { type: "resize"; columns: number; rows: number }
  | { type: "move"; delta: number }
  | { type: "page"; direction: 1 | -1 }
  | { type: "jump"; to: "start" | "end" }
  | { type: "open-detail" }
  | { type: "back" }
  | { type: "show-help" }
  | { type: "switch-claim" }
  | { type: "start-verdict"; verdict: Verdict }
  | { type: "clear-verdict" }
  | { type: "open-filter" }
  | { type: "type"; text: string }
  | { type: "erase" }
  | { type: "submit-prompt" }
  | { type: "dismiss-prompt" }
  | { type: "cycle-filter"; field: FilterField }
  | { type: "next-unreviewed" }
  | { type: "verdict-saved"; conflictId: string; review: Review | null }
  | { type: "verdict-failed"; conflictId: string; message: string }
  | { type: "detail-measured"; height: number }
  | { type: "show-message"; text: string };

export const VERDICT_FILTERS: readonly VerdictFilter[] = ["all", "unreviewed", ...VERDICTS];

export function initialState(model: UiModel, size = { columns: 80, rows: 24 }): UiState {
  return {
    model, view: "list", underlying: "list", cursor: 0, scroll: 0, openId: null,
    detailScroll: 0, detailHeight: null, focusedClaim: 0, size,
    filters: { verdict: "all", metric: null, source: null, text: "" },
    input: "", pending: null, reviews: {}, message: null,
  };
}

/** Actions that do not come from the reviewer's keys leave the message line alone. */
const KEEPS_MESSAGE = new Set<Action["type"]>(["resize", "verdict-saved", "verdict-failed", "detail-measured", "show-message"]);

export function reducer(state: UiState, action: Action): UiState {
  const base = KEEPS_MESSAGE.has(action.type) || state.message === null ? state : { ...state, message: null };
  return settle(step(base, action));
}

function step(state: UiState, action: Action): UiState {
  switch (action.type) {
    case "resize":
      return { ...state, size: { columns: action.columns, rows: action.rows } };
    case "move":
    case "page":
    case "jump":
      return navigate(state, action);
    case "open-detail":
      return openDetail(state);
    case "back":
      if (state.view === "help") return { ...state, view: state.underlying };
      return state.view === "detail" ? { ...state, view: "list", underlying: "list" } : state;
    case "show-help":
      if (state.view === "help") return { ...state, view: state.underlying };
      return { ...state, view: "help", underlying: state.view === "detail" ? "detail" : "list" };
    case "switch-claim": {
      const count = currentEntry(state)?.claims.length ?? 0;
      if (state.view !== "detail" || count < 2) return state;
      return { ...state, focusedClaim: (state.focusedClaim + 1) % count };
    }
    case "start-verdict":
      return startVerdict(state, action.verdict);
    case "clear-verdict":
      return clearVerdict(state);
    case "open-filter":
      return { ...state, view: "filter-prompt", underlying: "list", input: state.filters.text };
    case "type":
      return isPrompt(state.view) ? retarget(state, { input: state.input + printable(action.text) }) : state;
    case "erase":
      return isPrompt(state.view) ? retarget(state, { input: Array.from(state.input).slice(0, -1).join("") }) : state;
    case "submit-prompt":
      return closePrompt(state, true);
    case "dismiss-prompt":
      return closePrompt(state, false);
    case "cycle-filter":
      return cycleFilter(state, action.field);
    case "next-unreviewed":
      return nextUnreviewed(state);
    case "verdict-saved":
    case "verdict-failed":
      return saveFinished(state, action);
    case "detail-measured":
      return action.height === state.detailHeight ? state : scrollDetail({ ...state, detailHeight: action.height }, 0);
    case "show-message":
      return { ...state, message: action.text };
    default: {
      const unhandled: never = action;
      throw new Error(`unhandled action ${JSON.stringify(unhandled)}`);
    }
  }
}

/** Up, down, a page, an end: the list's cursor, or the detail's scroll when a detail is open. */
function navigate(state: UiState, action: Extract<Action, { type: "move" | "page" | "jump" }>): UiState {
  const inDetail = state.view === "detail";
  if (action.type === "move") {
    return inDetail ? scrollDetail(state, action.delta) : { ...state, cursor: state.cursor + action.delta };
  }
  if (action.type === "page") {
    return inDetail
      ? scrollDetail(state, action.direction * bodyHeight(state.size.rows))
      : { ...state, cursor: state.cursor + action.direction * rowsPerPage(state) };
  }
  if (inDetail) return scrollDetail(state, action.to === "start" ? -Infinity : Infinity);
  return { ...state, cursor: action.to === "start" ? 0 : visibleEntries(state).length - 1 };
}

/** The review store answered: keep the verdict it stored (null when cleared), or say why it refused. */
function saveFinished(state: UiState, action: Extract<Action, { type: "verdict-saved" | "verdict-failed" }>): UiState {
  const pending = state.pending?.conflictId === action.conflictId ? null : state.pending;
  if (action.type === "verdict-failed") {
    return { ...state, pending, message: `Could not save the verdict: ${action.message}` };
  }
  const message = action.review === null ? "Verdict cleared" : `Marked ${action.review.verdict}`;
  return { ...state, pending, reviews: { ...state.reviews, [action.conflictId]: action.review }, message };
}

function isPrompt(view: View): boolean {
  return view === "note-prompt" || view === "filter-prompt";
}

/** Typing a filter narrows the list as it goes, so the cursor restarts at the top. */
function retarget(state: UiState, change: Partial<UiState>): UiState {
  const next = { ...state, ...change };
  return state.view === "filter-prompt" ? { ...next, cursor: 0, scroll: 0 } : next;
}

/** Keeps only what a person types: drops control characters and line breaks. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, "");
}

function rowsPerPage(state: UiState): number {
  return Math.max(1, Math.floor(bodyHeight(state.size.rows) / ROW_LINES) - 1);
}

function scrollDetail(state: UiState, delta: number): UiState {
  const viewport = bodyHeight(state.size.rows);
  const max = state.detailHeight === null ? Number.MAX_SAFE_INTEGER : Math.max(0, state.detailHeight - viewport);
  const detailScroll = Math.max(0, Math.min(max, state.detailScroll + delta));
  return detailScroll === state.detailScroll ? state : { ...state, detailScroll };
}

function openDetail(state: UiState): UiState {
  if (state.view !== "list") return state;
  const entry = visibleEntries(state)[state.cursor];
  if (!entry) return { ...state, message: "Nothing to open" };
  return {
    ...state, view: "detail", underlying: "detail", openId: entry.conflict.id,
    detailScroll: 0, detailHeight: null, focusedClaim: 0,
  };
}

function startVerdict(state: UiState, verdict: Verdict): UiState {
  if (state.view !== "list" && state.view !== "detail") return state;
  const entry = currentEntry(state);
  if (!entry) return { ...state, message: "No conflict selected" };
  return {
    ...state, view: "note-prompt", underlying: state.view, input: "",
    pending: { conflictId: entry.conflict.id, verdict, note: null, saving: false },
  };
}

function clearVerdict(state: UiState): UiState {
  if (state.view !== "list" && state.view !== "detail") return state;
  const entry = currentEntry(state);
  if (!entry || reviewOf(state, entry) === null) return { ...state, message: "No verdict to clear" };
  return { ...state, pending: { conflictId: entry.conflict.id, verdict: null, note: null, saving: true } };
}

/** Enter keeps what was typed; Esc drops the filter edit, or saves the verdict without a note. */
function closePrompt(state: UiState, submit: boolean): UiState {
  if (state.view === "filter-prompt") {
    const filters = submit ? { ...state.filters, text: state.input.trim() } : state.filters;
    return { ...state, view: "list", underlying: "list", filters, input: "", cursor: 0, scroll: 0 };
  }
  if (state.view !== "note-prompt" || state.pending === null) return state;
  const note = submit ? state.input.trim() || null : null;
  return { ...state, view: state.underlying, input: "", pending: { ...state.pending, note, saving: true } };
}

function cycleFilter(state: UiState, field: FilterField): UiState {
  if (state.view !== "list" && state.view !== "detail") return state;
  const { filters, model } = state;
  const next = { ...filters };
  if (field === "verdict") next.verdict = following(VERDICT_FILTERS, filters.verdict);
  if (field === "metric") next.metric = following([null, ...model.metrics], filters.metric);
  if (field === "source") next.source = following([null, ...model.sourceIds], filters.source);
  const shown = field === "verdict" ? next.verdict : (next[field] ?? "all");
  return {
    ...state, view: "list", underlying: "list", filters: next, cursor: 0, scroll: 0,
    message: `${field} filter: ${shown}`,
  };
}

function following<T>(options: readonly T[], current: T): T {
  const index = options.indexOf(current);
  return options[(index + 1) % options.length] as T;
}

function nextUnreviewed(state: UiState): UiState {
  if (state.view !== "list" && state.view !== "detail") return state;
  const entries = visibleEntries(state);
  // From the opened conflict; if a filter dropped it, the cursor already sits on its successor.
  const openIndex = state.view === "detail" ? entries.findIndex((e) => e.conflict.id === state.openId) : -1;
  const from = state.view !== "detail" ? state.cursor : openIndex >= 0 ? openIndex : state.cursor - 1;
  for (let step = 1; step <= entries.length; step++) {
    const index = (from + step) % entries.length;
    const entry = entries[index];
    if (entry && reviewOf(state, entry) === null) {
      const moved = { ...state, cursor: index };
      if (state.view !== "detail") return moved;
      return { ...moved, openId: entry.conflict.id, detailScroll: 0, detailHeight: null, focusedClaim: 0 };
    }
  }
  return { ...state, message: "No unreviewed conflicts left in this view" };
}

/** Keeps the cursor on a visible conflict and that conflict on screen, whatever the action did. */
function settle(state: UiState): UiState {
  const count = visibleEntries(state).length;
  const cursor = Math.max(0, Math.min(state.cursor, count - 1));
  const layout = listLayout(visibleEntries(state));
  const cursorItem = layout.itemOfEntry[cursor] ?? 0;
  const scroll = scrollToShow(layout, cursorItem, state.scroll, bodyHeight(state.size.rows));
  return cursor === state.cursor && scroll === state.scroll ? state : { ...state, cursor, scroll };
}
