// What an HTML page says about itself in its head: <meta> tags (Open Graph, article:*, schema.org
// itemprop), the canonical link and <title>. These rank below front matter and sources.yaml.
import { isoDate, type ArticleFields } from "./article-fields.js";
import { decodeEntities } from "./mask-markup.js";

/** Meta names per field, most specific first. */
const META_NAMES: Record<keyof ArticleFields, readonly string[]> = {
  date: [
    "article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate",
    "dc.date.issued", "dcterms.issued", "dc.date", "date", "parsely-pub-date", "sailthru.date",
  ],
  title: ["og:title", "twitter:title", "headline", "dc.title"],
  outlet: ["og:site_name", "application-name", "publisher"],
  author: ["author", "article:author", "parsely-author", "dc.creator", "byl"],
  url: ["og:url"],
};

const META_TAG = /<meta\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const LINK_TAG = /<link\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
const TITLE = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i;

/** Reads the fields an HTML document declares; absent or unusable values are left out. */
export function readHtmlMeta(html: string): ArticleFields {
  const values = new Map<string, string>();
  for (const tag of html.match(META_TAG) ?? []) {
    const attributes = readAttributes(tag);
    const key = attributes.get("property") ?? attributes.get("name") ?? attributes.get("itemprop");
    const name = key?.toLowerCase();
    const content = attributes.get("content") ?? attributes.get("datetime");
    if (name && content?.trim() && !values.has(name)) values.set(name, decodeEntities(content).trim());
  }
  const pick = (field: keyof ArticleFields) =>
    META_NAMES[field].map((name) => values.get(name)).find((value) => usable(field, value));
  const date = pick("date");
  const title = TITLE.exec(html)?.[1];
  return {
    outlet: pick("outlet"),
    date: date === undefined ? undefined : (isoDate(date) ?? undefined),
    title: pick("title") ?? (title ? decodeEntities(title).replace(/\s+/g, " ").trim() || undefined : undefined),
    url: pick("url") ?? canonicalUrl(html),
    author: pick("author"),
  };
}

function usable(field: keyof ArticleFields, value: string | undefined): value is string {
  if (!value) return false;
  if (field === "date") return isoDate(value) !== null;
  // article:author is often a profile URL, which is not a name.
  if (field === "author") return !/^https?:\/\//i.test(value);
  return true;
}

function canonicalUrl(html: string): string | undefined {
  for (const tag of html.match(LINK_TAG) ?? []) {
    const attributes = readAttributes(tag);
    if (attributes.get("rel")?.toLowerCase().split(/\s+/).includes("canonical")) return attributes.get("href");
  }
  return undefined;
}

function readAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(ATTRIBUTE)) {
    const name = match[1]?.toLowerCase();
    if (name) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? "");
  }
  return attributes;
}
