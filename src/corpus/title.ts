// A title for an article that does not declare one: its first line, when that line reads like a
// headline (short, not a finished sentence, not a byline or dateline).

export const MAX_TITLE_LENGTH = 160;
const MAX_TITLE_WORDS = 25;
const NOT_A_HEADLINE = /^(?:by|date|dated|published|posted|updated|last updated)\b/i;

/** The first non-empty line of `body` after `bodyStart` if it looks like a headline, else null. */
export function guessTitle(body: string, bodyStart = 0): string | null {
  const start = body.slice(bodyStart).search(/\S/);
  if (start === -1) return null;
  const lineStart = bodyStart + start;
  const newline = body.indexOf("\n", lineStart);
  const lineEnd = newline === -1 ? body.length : newline;
  if (lineEnd - lineStart > 2 * MAX_TITLE_LENGTH) return null;
  const line = body.slice(lineStart, lineEnd).replace(/\s+/g, " ").trim();
  const looksLikeHeadline =
    line.length <= MAX_TITLE_LENGTH &&
    line.split(" ").length <= MAX_TITLE_WORDS &&
    /\p{L}/u.test(line) &&
    !/[.,;:]$/.test(line) &&
    !NOT_A_HEADLINE.test(line);
  return looksLikeHeadline ? line : null;
}
