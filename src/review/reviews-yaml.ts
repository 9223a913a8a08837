// The claims/reviews.yaml format, with no file system: text -> validated verdicts, and one
// verdict change applied to the parsed YAML so a person's comments and layout survive a save.
import { Document, isMap, isScalar, LineCounter, parseDocument, YAMLMap } from "yaml";
import type { Node, Pair } from "yaml";
import { InputError } from "../errors.js";
import { VERDICTS } from "../types.js";
import type { Verdict } from "../types.js";

/** One recorded verdict, as stored (the `stale` flag is computed later, against the corpus). */
export interface ReviewEntry {
  verdict: Verdict;
  note: string | null;
  by: string;
  /** ISO timestamp of when the verdict was recorded. */
  at: string;
  /** conflictFingerprint() of the claims judged, or null when it was not known (hand-written). */
  fingerprint: string | null;
}

/** Every verdict in one reviews file, keyed by conflict id. */
export interface ReviewsDoc {
  entries: ReadonlyMap<string, ReviewEntry>;
}

export const REVIEWS_HEADER =
  " Verdicts on claimdiff conflicts. Written by `claimdiff review` and the UI; safe to edit by hand.";

const FIELDS = ["verdict", "note", "by", "at", "fingerprint"] as const;
type Field = (typeof FIELDS)[number];

/** A parsed reviews file: the verdicts, and the YAML document they came from (for saving). */
export interface ParsedReviews {
  doc: ReviewsDoc;
  yaml: Document;
}

export function emptyReviewsDoc(): ReviewsDoc {
  return { entries: new Map() };
}

export function isVerdict(word: string): word is Verdict {
  return (VERDICTS as readonly string[]).includes(word);
}

/** Parse and validate a reviews file's text. `file` only names the file in error messages. */
export function parseReviews(text: string, file: string): ParsedReviews {
  const lineCounter = new LineCounter();
  const yaml = parseDocument(text.replace(/^\uFEFF/, ""), { lineCounter, prettyErrors: false });
  const error = yaml.errors[0];
  if (error) {
    const line = error.linePos?.[0].line ?? lineCounter.linePos(error.pos[0]).line;
    throw new InputError(file, `not valid YAML (line ${line}): ${error.message}`);
  }
  const where = (node: Node | null | undefined): string => {
    const offset = node?.range?.[0];
    return offset === undefined ? "" : ` (line ${lineCounter.linePos(offset).line})`;
  };
  const root = yaml.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { doc: emptyReviewsDoc(), yaml };
  if (!isMap(root)) {
    throw new InputError(file, `expected a map of conflict ids to verdicts${where(root)}`);
  }
  const entries = new Map<string, ReviewEntry>();
  for (const pair of root.items as Pair<Node, Node | null>[]) {
    const id = isScalar(pair.key) ? pair.key.value : null;
    if (typeof id !== "string" || id.trim() === "") {
      throw new InputError(file, `expected a conflict id such as x-3f2a91c0${where(pair.key)}`);
    }
    const complain: Complain = (message, node) => new InputError(file, `${id}: ${message}${where(node ?? pair.key)}`);
    entries.set(id, readEntry(pair.value, complain));
  }
  return { doc: sortedDoc(entries), yaml };
}

/** Entries in id order, whatever order a person left them in. */
export function sortedDoc(entries: Map<string, ReviewEntry>): ReviewsDoc {
  return { entries: new Map([...entries].sort(([a], [b]) => compareIds(a, b))) };
}

type Complain = (message: string, node?: Node | null) => InputError;

function readEntry(node: Node | null, complain: Complain): ReviewEntry {
  if (!isMap(node)) throw complain("expected verdict, by and at under the id");
  const fields = new Map<Field, { value: unknown; node: Node }>();
  for (const pair of node.items as Pair<Node, Node | null>[]) {
    const name = isScalar(pair.key) ? String(pair.key.value) : "";
    if (!(FIELDS as readonly string[]).includes(name)) {
      throw complain(`unknown field '${name}'; expected ${FIELDS.join(", ")}`, pair.key);
    }
    const value = pair.value;
    if (value !== null && !isScalar(value)) throw complain(`'${name}' must be a single value`, value);
    fields.set(name as Field, { value: value?.value ?? null, node: value ?? pair.key });
  }
  const verdict = requiredText(fields, "verdict", complain);
  if (!isVerdict(verdict)) {
    throw complain(`unknown verdict '${verdict}'; expected one of ${VERDICTS.join(", ")}`, fields.get("verdict")?.node);
  }
  const at = requiredText(fields, "at", complain);
  if (Number.isNaN(Date.parse(at))) throw complain(`'at' is not a date: '${at}'`, fields.get("at")?.node);
  const fingerprint = fields.get("fingerprint");
  if (fingerprint && fingerprint.value !== null && typeof fingerprint.value !== "string") {
    // An unquoted hash such as 1e10 reads as a number and would lose its digits.
    throw complain("'fingerprint' must be quoted text", fingerprint.node);
  }
  return {
    verdict,
    note: optionalText(fields.get("note")?.value),
    by: requiredText(fields, "by", complain),
    at,
    fingerprint: optionalText(fingerprint?.value),
  };
}

function requiredText(fields: Map<Field, { value: unknown; node: Node }>, name: Field, complain: Complain): string {
  const field = fields.get(name);
  const text = optionalText(field?.value);
  if (text === null) throw complain(`missing '${name}'`, field?.node);
  return text;
}

/** Notes are free text; a hand-typed `note: 42` is still a note, not an error. */
function optionalText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === "string" ? value : String(value);
  return text.trim() === "" ? null : text;
}

/** Record or remove one verdict in the parsed YAML; untouched entries keep their comments. */
export function applyVerdict(yaml: Document, conflictId: string, entry: ReviewEntry | null): void {
  if (!isMap(yaml.contents)) yaml.contents = new YAMLMap() as unknown as typeof yaml.contents;
  const root = yaml.contents as YAMLMap<unknown, unknown>;
  if (entry === null) {
    root.delete(conflictId);
    return;
  }
  const existing: unknown = root.get(conflictId, true);
  const target = isMap(existing) ? existing : new YAMLMap();
  for (const field of FIELDS) {
    const value = entry[field];
    if (value === null) target.delete(field);
    else target.set(field, value);
  }
  if (!isMap(existing)) root.set(conflictId, target);
  // Fields in the documented order, entries by id, so every save diffs cleanly.
  target.items.sort((a, b) => fieldRank(a.key) - fieldRank(b.key));
  root.items.sort((a, b) => compareIds(keyText(a.key), keyText(b.key)));
}

/** The text of a reviews file: the header, then the entries sorted by id. */
export function renderReviews(yaml: Document): string {
  if (!yaml.commentBefore) yaml.commentBefore = REVIEWS_HEADER;
  const root = yaml.contents;
  if (!isMap(root) || root.items.length === 0) {
    // An empty map would print as `{}`; a file of comments only reads better and parses as empty.
    const comment = yaml.commentBefore.split("\n").map((line) => `#${line}`.trimEnd());
    return `${comment.join("\n")}\n`;
  }
  return yaml.toString({ lineWidth: 0 });
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

function fieldRank(key: unknown): number {
  return (FIELDS as readonly string[]).indexOf(keyText(key));
}
