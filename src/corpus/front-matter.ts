// YAML front matter: a `---` line at the very start of the file, YAML, and a closing `---` line.
// It tells where the body starts (so extraction never reads the YAML) and what the article says
// about itself.
import { parseDocument } from "yaml";
import { InputError } from "../errors.js";

export interface FrontMatter {
  /** The parsed mapping; empty for an empty block. */
  data: Record<string, unknown>;
  /** Offset just after the closing `---` line. */
  bodyStart: number;
}

export type FrontMatterResult =
  | { kind: "none" }
  | { kind: "unterminated" }
  | ({ kind: "found" } & FrontMatter);

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*\r?$/m;

/**
 * Finds and parses front matter in `text` (BOM already removed). Throws an InputError naming
 * `file` and the file's line when the block is not valid YAML or not a mapping of fields.
 */
export function readFrontMatter(text: string, file: string): FrontMatterResult {
  const opening = OPENING.exec(text);
  if (!opening) return { kind: "none" };
  const yamlStart = opening[0].length;
  const closing = CLOSING.exec(text.slice(yamlStart));
  if (!closing) return { kind: "unterminated" };

  const yamlEnd = yamlStart + closing.index;
  const lineEnd = text.indexOf("\n", yamlEnd + closing[0].length);
  const bodyStart = lineEnd === -1 ? text.length : lineEnd + 1;
  const data = parseFields(text.slice(yamlStart, yamlEnd), { file, what: "front matter", linesBefore: 1 });
  return { kind: "found", data, bodyStart };
}

interface YamlPlace {
  file: string;
  /** What the YAML is, for the message: "front matter", "sources.yaml". */
  what: string;
  /** How many file lines precede the YAML, so the error names the line seen in an editor. */
  linesBefore: number;
}

/** Parses YAML that must be a mapping (or empty); throws an InputError with the line otherwise. */
export function parseFields(yaml: string, place: YamlPlace): Record<string, unknown> {
  const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  const line = (offset: number) => place.linesBefore + lineOf(yaml, offset);
  if (error) {
    const where = `${place.what} is not valid YAML (line ${line(error.pos[0])})`;
    throw new InputError(place.file, `${where}: ${reason(error.message)}`);
  }
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) return {};
  if (typeof value !== "object" || Array.isArray(value) || value instanceof Date) {
    const where = `${place.what} is not a mapping of fields (line ${line(doc.contents?.range?.[0] ?? 0)})`;
    throw new InputError(place.file, `${where}: expected lines such as "date: 2024-05-14"`);
  }
  return value as Record<string, unknown>;
}

/** 1-based line of `offset` within `text`. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** The yaml package's message without its own position suffix, on one line. */
export function reason(message: string): string {
  const firstLine = message.split("\n")[0] ?? message;
  return firstLine.replace(/ at line \d+, column \d+:?$/, "").trim();
}
