// Offsets are the truth; line and column exist only for people reading a report.
// A locator indexes where each line starts once, then answers each offset by binary search.

export interface Position {
  /** 1-based line number. */
  line: number;
  /** 1-based column, counted in UTF-16 code units from the line start (as JavaScript slices). */
  column: number;
}

export type Locator = (offset: number) => Position;

/**
 * Offsets at which lines start. "\r\n", a lone "\n" and a lone "\r" each end a line, so a file
 * saved on Windows or classic Mac OS numbers its lines as an editor would.
 */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 /* \n */) {
      starts.push(i + 1);
    } else if (code === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Builds a function mapping offsets in `text` to 1-based line and column. */
export function makeLocator(text: string): Locator {
  const starts = lineStarts(text);
  return (offset) => {
    if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
      throw new RangeError(`offset ${offset} is outside a text of ${text.length} characters`);
    }
    // The last line start at or before the offset.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
  };
}

// A report usually asks about a handful of sources many times each; a few locators kept by
// text avoid re-indexing a file per claim without holding on to every text ever seen.
const CACHE_SIZE = 8;
const cache = new Map<string, Locator>();

/** Line and column of `offset` in `text`; repeated calls on the same text reuse one index. */
export function lineColumn(text: string, offset: number): Position {
  let locate = cache.get(text);
  if (locate) {
    cache.delete(text);
  } else {
    locate = makeLocator(text);
    if (cache.size >= CACHE_SIZE) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
  }
  cache.set(text, locate);
  return locate(offset);
}
