// Word wrapping for terminal output, over pieces that may carry a style (the figure inside a
// sentence), so styling survives a line break and escape codes never count toward the width.

export interface Piece {
  text: string;
  /** A style name the caller's `paint` understands; undefined for plain text. */
  style?: string;
}

export interface WrapOptions {
  width: number;
  /** Prefix of the first line. */
  indent?: string;
  /** Prefix of every following line; defaults to `indent`. */
  hangingIndent?: string;
  /** Turns a styled piece into output (e.g. ANSI codes); the default prints it as is. */
  paint?: (piece: Piece) => string;
}

/** Splits pieces into words: runs of non-space characters, each possibly made of several pieces. */
function words(pieces: readonly Piece[]): Piece[][] {
  const result: Piece[][] = [];
  let current: Piece[] = [];
  for (const piece of pieces) {
    const parts = piece.text.split(/(\s+)/);
    parts.forEach((part, i) => {
      const isSpace = i % 2 === 1;
      if (isSpace) {
        if (current.length > 0) result.push(current);
        current = [];
      } else if (part !== "") {
        current.push({ text: part, style: piece.style });
      }
    });
  }
  if (current.length > 0) result.push(current);
  return result;
}

const length = (word: readonly Piece[]) => word.reduce((sum, p) => sum + p.text.length, 0);

/** One line's words as runs of equal style, so a styled phrase is painted once, not per word. */
function runs(line: readonly Piece[][]): Piece[] {
  const merged: Piece[] = [];
  const add = (piece: Piece) => {
    const last = merged.at(-1);
    if (last && last.style === piece.style) last.text += piece.text;
    else merged.push({ ...piece });
  };
  line.forEach((word, i) => {
    // The space between two words takes their style only when both share it.
    if (i > 0) add({ text: " ", style: word[0]?.style === merged.at(-1)?.style ? word[0]?.style : undefined });
    word.forEach(add);
  });
  return merged;
}

/**
 * Lines no wider than `width` (counting the indent) wherever the words allow; a word longer than
 * a line gets a line of its own rather than being broken.
 */
export function wrap(pieces: readonly Piece[], options: WrapOptions): string[] {
  const indent = options.indent ?? "";
  const hanging = options.hangingIndent ?? indent;
  const paint = options.paint ?? ((p: Piece) => p.text);
  const lines: string[] = [];
  let line: Piece[][] = [];
  let used = indent.length;

  const flush = () => {
    const prefix = lines.length === 0 ? indent : hanging;
    lines.push(prefix + runs(line).map(paint).join(""));
    line = [];
    used = hanging.length;
  };
  for (const word of words(pieces)) {
    const needed = (line.length > 0 ? 1 : 0) + length(word);
    if (line.length > 0 && used + needed > options.width) flush();
    used += (line.length > 0 ? 1 : 0) + length(word);
    line.push(word);
  }
  if (line.length > 0 || lines.length === 0) flush();
  return lines;
}

/** Plain text wrapped to `width` with one indent for every line. */
export function wrapText(text: string, width: number, indent = ""): string[] {
  return wrap([{ text }], { width, indent });
}
