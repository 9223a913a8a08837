// Blanks out what is not prose (HTML tags, scripts, entities, Markdown link targets, URLs) while
// keeping every character at its offset, so claims found in the masked text slice the raw file.
// Newlines are kept, and block-level HTML tags become a line break, so sentences still end there.

const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;

const HTML = new RegExp(
  [
    "<!--[\\s\\S]*?(?:-->|$)",
    "<!\\[CDATA\\[[\\s\\S]*?\\]\\]>",
    // Elements whose content is never article text; unclosed ones fall through to the tag case.
    "<(script|style|noscript|template|head|svg|math)\\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>[\\s\\S]*?<\\/\\1\\s*>",
    "<[!?][^>]*>",
    "<\\/?[a-zA-Z][\\w:-]*(?:[^>\"']|\"[^\"]*\"|'[^']*')*>",
    ENTITY.source,
  ].join("|"),
  "gi",
);

const BLOCK_NAMES = [
  "p", "div", "br", "hr", "h[1-6]", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "thead",
  "tbody", "section", "article", "header", "footer", "aside", "nav", "main", "blockquote", "figure",
  "figcaption", "pre", "title", "body", "html", "form", "address", "caption",
];
const BLOCK_TAG = new RegExp(`^<\\/?(?:${BLOCK_NAMES.join("|")})\\b`, "i");

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: " ", ensp: " ", emsp: " ", thinsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'",
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", ndash: "–", mdash: "—", hellip: "…", middot: "·",
  bull: "•", laquo: "«", raquo: "»", eacute: "é", egrave: "è", aacute: "á", iacute: "í", oacute: "ó",
  uacute: "ú", ntilde: "ñ", ccedil: "ç", auml: "ä", ouml: "ö", uuml: "ü", euro: "€", pound: "£",
};

/** A same-length copy of HTML `text` with markup blanked and entities shown as their character. */
export function maskMarkup(text: string): string {
  return text.replace(HTML, (match) => {
    if (match.startsWith("&")) return padTo(decodeEntity(match) ?? " ", match.length);
    const blank = blankOut(match);
    return BLOCK_TAG.test(match) ? `\n${blank.slice(1)}` : blank;
  });
}

/** The character an entity stands for, or null for an entity this table does not know. */
export function decodeEntity(entity: string): string | null {
  const body = entity.slice(1, -1);
  if (body.startsWith("#")) {
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    return code === 0xa0 ? " " : String.fromCodePoint(code);
  }
  return NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()] ?? null;
}

/** Decodes every entity in a short piece of HTML text (a <title>, a <meta> value). */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (entity) => decodeEntity(entity) ?? entity);
}

const MARKDOWN = new RegExp(
  [
    "^ {0,3}\\[[^\\]\\n]+\\]:[ \\t]*\\S.*$", // reference definition: [1]: https://…
    "\\]\\([^)\\n]*\\)", // inline link or image target: ](https://…)
    "!?\\[(?=[^\\]\\n]*\\]\\()", // the bracket that opens such a link
    "<https?:\\/\\/[^>\\s]*>", // autolink
    "<\\/?[a-zA-Z][\\w:-]*(?:[^>\"'\\n]|\"[^\"\\n]*\"|'[^'\\n]*')*>", // inline HTML
    "^ {0,3}#{1,6}(?=[ \\t])", // heading marker
    "(?<![\\w*])\\*{1,3}(?=[^\\s*])|(?<=[^\\s*])\\*{1,3}(?![\\w*])", // emphasis: **2,960** people
    "(?<!\\w)__(?=\\S)|(?<=\\S)__(?!\\w)", // emphasis: __2,960__
  ].join("|"),
  "gm",
);

/** A same-length copy of Markdown `text` with link targets, inline HTML and heading marks blanked. */
export function maskMarkdown(text: string): string {
  return maskTables(text.replace(MARKDOWN, blankOut));
}

// A table row ("| Deaths | 598 |") and the rule under a header row ("|---|:--:|").
const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/gm;
const TABLE_RULE = /^[\s|:-]+$/;

/**
 * Table rows read as the lines they stand for: a two-cell row as "Deaths : 598" (a label and its
 * figure), a wider one with its cells apart ("Sofala ; 600 ; 1 200"); the rule row is blanked.
 */
function maskTables(text: string): string {
  return text.replace(TABLE_ROW, (row) => {
    if (TABLE_RULE.test(row)) return blankOut(row);
    const inner = [...row.matchAll(/\|/g)].map((m) => m.index!);
    const [first, last] = [inner[0]!, inner.at(-1)!];
    const two = inner.length === 3;
    return [...row].map((ch, i) => (ch !== "|" ? ch : i === first || i === last ? " " : two ? ":" : ";")).join("");
  });
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'\])]+/gi;

/** Blanks web addresses: a figure inside a URL is never a claim. */
export function maskUrls(text: string): string {
  return text.replace(URL, blankOut);
}

/** Spaces for every character but newlines, so line structure survives. */
export function blankOut(text: string): string {
  return text.replace(/[^\n]/g, " ");
}

function padTo(character: string, length: number): string {
  return character.length <= length ? character + " ".repeat(length - character.length) : " ".repeat(length);
}
