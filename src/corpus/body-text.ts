// The text extraction reads: the same length as the file, so offsets found in it index the
// file, with front matter, HTML markup, Markdown link targets and URLs blanked to spaces. The
// extraction stage calls articleBodyText(source) and slices `source.text` for what it reports.
import path from "node:path";
import type { Source } from "../types.js";
import { blankOut, maskMarkdown, maskMarkup, maskUrls } from "./mask-markup.js";

export type ArticleFormat = "html" | "markdown" | "text";

/** The format an article is read as, from its file name. */
export function articleFormat(file: string): ArticleFormat {
  const extension = path.extname(file).toLowerCase();
  if (extension === ".html" || extension === ".htm") return "html";
  if (extension === ".md") return "markdown";
  return "text";
}

// Sources are immutable once loaded, so the masked text can be computed once per source.
const cache = new WeakMap<Source, string>();

/**
 * `source.text` with everything that is not article prose replaced by spaces (newlines kept):
 * `result.length === source.text.length`, and a claim at [start, end) in the result is
 * `source.text.slice(start, end)` in the file.
 */
export function articleBodyText(source: Source): string {
  const cached = cache.get(source);
  if (cached !== undefined) return cached;
  const body = maskBody(source.text.slice(source.bodyStart), articleFormat(source.path || source.id));
  const masked = blankOut(source.text.slice(0, source.bodyStart)) + body;
  cache.set(source, masked);
  return masked;
}

/** Masks an article body of the given format; the result has the body's length. */
export function maskBody(body: string, format: ArticleFormat): string {
  const withoutMarkup = format === "html" ? maskMarkup(body) : format === "markdown" ? maskMarkdown(body) : body;
  return maskUrls(withoutMarkup);
}
