// One article file from bytes to text, body offset and the fields its front matter declares.
// A file that cannot be used is returned as an InputError: the loader decides whether that
// stops the run (nothing else to read) or becomes a warning.
import { InputError } from "../errors.js";
import type { Warning } from "../types.js";
import { readArticleFields, type ArticleFields } from "./article-fields.js";
import { decodeArticle } from "./decode.js";
import { readFrontMatter } from "./front-matter.js";
import { describeError, type CorpusFile } from "./walk.js";

export interface Article {
  file: CorpusFile;
  text: string;
  bodyStart: number;
  frontMatter: ArticleFields;
}

export type FileContent = { bytes: Buffer } | { error: unknown };

export function readArticle(
  file: CorpusFile,
  content: FileContent,
  warn: (w: Warning) => void,
): Article | InputError {
  if ("error" in content) return new InputError(file.path, `cannot read: ${describeError(content.error)}`);
  const decoded = decodeArticle(content.bytes);
  if (!decoded.ok) return new InputError(file.path, decoded.reason);
  if (decoded.invalidSequences > 0) {
    const n = decoded.invalidSequences;
    warn({ file: file.path, message: `${n} invalid UTF-8 byte sequence${n === 1 ? "" : "s"} read as U+FFFD` });
  }

  const { text } = decoded;
  let frontMatter;
  try {
    frontMatter = readFrontMatter(text, file.path);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  if (frontMatter.kind === "unterminated") {
    const message = "starts with --- but no closing --- line follows; read as text, not front matter";
    warn({ file: file.path, message });
  }
  if (frontMatter.kind !== "found") return { file, text, bodyStart: 0, frontMatter: {} };

  const say = (message: string) => warn({ file: file.path, message: `front matter: ${message}` });
  return { file, text, bodyStart: frontMatter.bodyStart, frontMatter: readArticleFields(frontMatter.data, say) };
}
