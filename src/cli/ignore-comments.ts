// Inline suppression in a draft, as in ESLint: `<!-- claimdiff-ignore-next-line -->` silences
// the next non-blank line (Markdown and HTML comments both work).
const MARKER = /<!--\s*claimdiff-ignore-next-line\s*-->/g;

/** 1-based line numbers that are not checked. */
export function ignoredLines(text: string): Set<number> {
  const lines = text.split(/\r\n|\n|\r/);
  const ignored = new Set<number>();
  lines.forEach((line, i) => {
    if (!MARKER.test(line)) return;
    MARKER.lastIndex = 0;
    let next = i + 1;
    while (next < lines.length && lines[next]!.trim() === "") next++;
    if (next < lines.length) ignored.add(next + 1);
  });
  return ignored;
}
