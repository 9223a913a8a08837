// Derived data for the review UI, computed from state and never stored in it: which conflicts
// pass the filters, how they lay out as lines, counts per verdict. Memoized on their inputs so a
// keypress over 10,000 conflicts costs one filter pass at most.
import type { Review, Verdict } from "../types.js";
import { VERDICTS } from "../types.js";
import type { ConflictEntry, UiModel } from "./model.js";
import type { Filters, UiState } from "./state.js";

/** Lines one conflict takes in the list: its verdict line and its figures line. */
export const ROW_LINES = 2;
/** Lines around the list: title, status bar, message or prompt, and one spare so Ink never fills
 *  the whole screen (a full-height frame makes it clear the terminal on every redraw). */
export const CHROME_LINES = 4;

export function bodyHeight(rows: number): number {
  return Math.max(ROW_LINES + 1, rows - CHROME_LINES);
}

export function reviewOf(state: Pick<UiState, "reviews">, entry: ConflictEntry): Review | null {
  const id = entry.conflict.id;
  return id in state.reviews ? (state.reviews[id] ?? null) : entry.conflict.review;
}

/** The filters in force: while the filter prompt is open, what has been typed so far. */
export function effectiveFilters(state: UiState): Filters {
  return state.view === "filter-prompt" ? { ...state.filters, text: state.input } : state.filters;
}

export function visibleEntries(state: UiState): readonly ConflictEntry[] {
  const filters = effectiveFilters(state);
  return filterEntries(state.model, state.reviews, filters.verdict, filters.metric, filters.source, filters.text);
}

const filterEntries = memoize(
  (
    model: UiModel,
    reviews: UiState["reviews"],
    verdict: Filters["verdict"],
    metric: string | null,
    source: string | null,
    text: string,
  ): readonly ConflictEntry[] => {
    const needle = text.trim().toLowerCase();
    if (verdict === "all" && metric === null && source === null && needle === "") return model.entries;
    return model.entries.filter((entry) => {
      if (metric !== null && entry.conflict.metric !== metric) return false;
      if (source !== null && !entry.claims.some((claim) => claim.source === source)) return false;
      if (verdict !== "all") {
        const review = reviewOf({ reviews }, entry);
        if (verdict === "unreviewed" ? review !== null : review?.verdict !== verdict) return false;
      }
      if (needle === "") return true;
      const note = reviewOf({ reviews }, entry)?.note?.toLowerCase() ?? "";
      return entry.haystack.includes(needle) || note.includes(needle);
    });
  },
);

/** Whether the detail view is on screen, alone or under the help screen or a prompt. */
export function showsDetail(state: UiState): boolean {
  return state.view === "detail" || (state.view !== "list" && state.underlying === "detail");
}

/** The conflict opened in the detail view, else the one under the list's cursor. */
export function currentEntry(state: UiState): ConflictEntry | null {
  if (showsDetail(state) && state.openId !== null) {
    const opened = entryById(state.model).get(state.openId);
    if (opened) return opened;
  }
  return visibleEntries(state)[state.cursor] ?? null;
}

export const entryById = memoize(
  (model: UiModel): ReadonlyMap<string, ConflictEntry> =>
    new Map(model.entries.map((entry) => [entry.conflict.id, entry])),
);

export type ListItem = { kind: "group"; metric: string; count: number } | { kind: "conflict"; entry: number };

export interface ListLayout {
  items: readonly ListItem[];
  /** Line at which each item starts. */
  offsets: readonly number[];
  /** Item index of each visible entry. */
  itemOfEntry: readonly number[];
}

/** Visible conflicts as list items: a header line before each metric group, two lines per conflict. */
export const listLayout = memoize((entries: readonly ConflictEntry[]): ListLayout => {
  const items: ListItem[] = [];
  const offsets: number[] = [];
  const itemOfEntry: number[] = [];
  let line = 0;
  let header: { kind: "group"; metric: string; count: number } | null = null;
  entries.forEach((entry, index) => {
    if (header === null || header.metric !== entry.conflict.metric) {
      header = { kind: "group", metric: entry.conflict.metric, count: 0 };
      items.push(header);
      offsets.push(line);
      line += 1;
    }
    header.count += 1;
    itemOfEntry.push(items.length);
    items.push({ kind: "conflict", entry: index });
    offsets.push(line);
    line += ROW_LINES;
  });
  return { items, offsets, itemOfEntry };
});

export function itemLines(item: ListItem): number {
  return item.kind === "group" ? 1 : ROW_LINES;
}

/** The first item to show so the cursor's item (and its group header) stays inside `height` lines. */
export function scrollToShow(layout: ListLayout, cursorItem: number, scroll: number, height: number): number {
  const { items, offsets } = layout;
  if (items.length === 0) return 0;
  const previous = items[cursorItem - 1];
  const top = previous?.kind === "group" ? cursorItem - 1 : cursorItem;
  if (top < scroll) return top;
  const cursorItemEnd = (offsets[cursorItem] ?? 0) + itemLines(items[cursorItem] ?? { kind: "group", metric: "", count: 0 });
  if (cursorItemEnd - (offsets[scroll] ?? 0) <= height) return Math.min(scroll, items.length - 1);
  // Smallest first item whose window still reaches the end of the cursor's item.
  let low = scroll;
  let high = cursorItem;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (cursorItemEnd - (offsets[mid] ?? 0) <= height) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The items that fit in `height` lines from `scroll`: the only ones the list renders. */
export function windowItems(layout: ListLayout, scroll: number, height: number): ListItem[] {
  const shown: ListItem[] = [];
  let used = 0;
  for (let i = scroll; i < layout.items.length; i++) {
    const item = layout.items[i] as ListItem;
    if (used + itemLines(item) > height) break;
    shown.push(item);
    used += itemLines(item);
  }
  return shown;
}

export type VerdictCounts = Record<Verdict | "unreviewed" | "stale", number>;

/** Progress over every conflict in the report, whatever the filters show. */
export function verdictCounts(state: UiState): VerdictCounts {
  return countVerdicts(state.model, state.reviews);
}

const countVerdicts = memoize((model: UiModel, reviews: UiState["reviews"]): VerdictCounts => {
  const counts = Object.fromEntries([...VERDICTS, "unreviewed", "stale"].map((key) => [key, 0])) as VerdictCounts;
  for (const entry of model.entries) {
    const review = reviewOf({ reviews }, entry);
    if (review === null) counts.unreviewed += 1;
    else {
      counts[review.verdict] += 1;
      if (review.stale) counts.stale += 1;
    }
  }
  return counts;
});

/** One-entry memo: UI selectors are called again and again with the same inputs between keypresses. */
function memoize<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R | undefined;
  return (...args: A): R => {
    if (lastArgs !== null && lastArgs.length === args.length && args.every((arg, i) => Object.is(arg, lastArgs?.[i]))) {
      return lastResult as R;
    }
    lastResult = compute(...args);
    lastArgs = args;
    return lastResult;
  };
}
