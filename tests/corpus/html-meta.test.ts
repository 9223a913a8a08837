import { describe, expect, it } from "vitest";
import { readHtmlMeta } from "../../src/corpus/html-meta.js";

describe("readHtmlMeta", () => {
  it.each([
    ["Open Graph and article tags", '<meta property="og:site_name" content="AP News"><meta property="article:published_time" content="2024-05-13T23:50:00-04:00"><meta property="og:title" content="Rafah &amp; after">', { outlet: "AP News", date: "2024-05-13", title: "Rafah & after" }],
    ["schema.org itemprop and single quotes", "<meta itemprop='datePublished' content='2024-05-14'><meta name='author' content='John Bowden'>", { date: "2024-05-14", author: "John Bowden" }],
    ["the title element and canonical link", '<title>\n  Gaza toll\n</title><link href="https://x.org/a" rel="canonical">', { title: "Gaza toll", url: "https://x.org/a" }],
    ["og:title over the title element", '<title>Site | Gaza</title><meta property="og:title" content="Gaza">', { title: "Gaza" }],
  ])("%s", (_why, html, fields) => {
    expect(readHtmlMeta(html)).toEqual(expect.objectContaining(fields));
  });

  it.each([
    ["a date that is not ISO", '<meta name="date" content="May 14, 2024">', "date"],
    ["an author that is a profile URL", '<meta property="article:author" content="https://x.org/jb">', "author"],
    ["an empty value", '<meta property="og:site_name" content=" ">', "outlet"],
  ])("leaves out %s", (_why, html, field) => {
    expect(readHtmlMeta(html)[field as "date"]).toBeUndefined();
  });
});
