// Turns an offset into a 1-based line and column. Offsets are the truth; line and column are
// computed only when something is shown to a person (a report line, an editor jump).

export interface Location {
  line: number;
  column: number;
}

/** Offsets at which each line of `text` starts; the first line starts at 0. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // "\r\n" counts once: the line starts after the "\n".
    if (code === 10) starts.push(i + 1);
    else if (code === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** Line and column (both 1-based, column in UTF-16 code units) of `offset` given `lineStarts(text)`. */
export function locateIn(starts: readonly number[], offset: number): Location {
  // Binary search for the last line start at or before the offset.
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

/** Line and column of `offset` in `text`; an offset past the end is clamped to the end. */
export function locate(text: string, offset: number): Location {
  const clamped = Math.max(0, Math.min(offset, text.length));
  return locateIn(lineStarts(text), clamped);
}
