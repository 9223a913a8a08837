import { describe, expect, it } from "vitest";
import { articleBodyText } from "../../src/corpus/body-text.js";
import { maskMarkdown, maskMarkup, maskUrls } from "../../src/corpus/mask-markup.js";
import { makeSource } from "../factories.js";

const sp = (n: number) => " ".repeat(n);

describe("maskMarkup keeps every offset and shows only prose", () => {
  it.each([
    // [what, html, masked]
    ["inline tags become spaces", "<b>35,000</b> died", "   35,000     died"],
    ["block tags become a line break", "<p>One.</p><p>Two.</p>", "\n  One.\n   \n  Two.\n   "],
    ["attributes with > inside quotes", '<a title="a > b">x</a>', "                 x    "],
    ["script and style contents", "a<script>var n = 35000;</script>b<style>p{}</style>c", `a${sp(31)}b${sp(18)}c`],
    ["comments", "a<!-- 35,000 -->b", "a               b"],
    ["named entities as their character", "Hamas&rsquo; 35&nbsp;000 &amp; more", `Hamas’${sp(7)}35${sp(6)}000 &${sp(5)}more`],
    ["numeric entities as their character", "&#8220;x&#x201D;", "“      x”       "],
    ["unknown entities as a space", "&bogus;x", `${sp(7)}x`],
    ["an unclosed script masks only its tag", "<script>35,000 dead", "        35,000 dead"],
    ["newlines inside a tag stay", '<a\nhref="x">y</a>', `${sp(2)}\n${sp(9)}y${sp(4)}`],
    ["the head, title included", "<head><title>35,000</title></head><h1>T</h1>", "                                  \n   T\n    "],
  ])("%s", (_what, html, masked) => {
    expect(maskMarkup(html)).toBe(masked);
    expect(maskMarkup(html)).toHaveLength(html.length);
  });

  it.each([["plain prose"], ["a < b and c > d"], ["AT&T and R&D"], ["5 > 3"]])("leaves %j alone", (text) => {
    expect(maskMarkup(text)).toBe(text);
  });
});

describe("maskMarkdown", () => {
  it.each([
    ["a link keeps its text", "See [the report](https://x.org/2024/35000) now", `See  the report${sp(27)} now`],
    ["an image keeps its alt text", "![map of Rafah](a.png)", "  map of Rafah        "],
    ["a reference definition", "Text\n[1]: https://x.org/35000 \"t\"\nMore", "Text\n                            \nMore"],
    ["a heading marker", "## Death toll rises\nText", "   Death toll rises\nText"],
    ["inline HTML", "Four <em>soldiers</em>", "Four     soldiers     "],
    ["strong emphasis", "- **2,960** people killed", "-   2,960   people killed"],
    ["emphasis with underscores", "__2,960__ dead", "  2,960   dead"],
    ["a two-cell table row reads as a label and its figure", "| Deaths | 598 |\n|---|---|", "  Deaths : 598  \n         "],
    ["a wider table row keeps its cells apart", "| Sofala | 458 | 1 200 |", "  Sofala ; 458 ; 1 200  "],
  ])("%s", (_what, markdown, masked) => {
    expect(maskMarkdown(markdown)).toBe(masked);
  });

  it.each([["a | pipe in prose | is no table"], ["[brackets] without a link"], ["a # that is not a heading"], ["#hashtag"], ["* a bullet"], ["2 * 3 = 6"], ["snake_case_name"]])("leaves %j alone", (text) => {
    expect(maskMarkdown(text)).toBe(text);
  });
});

describe("maskUrls", () => {
  it.each([
    ["https://news.example/2024/05/14/35000-dead today", "                                           today"],
    ["(see www.example.org/1200)", `(see ${sp(20)})`],
  ])("%j", (text, masked) => expect(maskUrls(text)).toBe(masked));

  it("leaves prose alone", () => expect(maskUrls("the site said 1,200 people")).toBe("the site said 1,200 people"));
});

describe("articleBodyText", () => {
  it.each([
    ["a.txt", "---\ntitle: 9\n---\nMore than 35,000 died. https://x.org/1\n"],
    ["a.md", "---\ntitle: 9\n---\n# More than [35,000](https://x.org/1) died\n"],
    ["a.html", "---\ntitle: 9\n---\n<p>More than 35,000 died &amp; more</p>\n"],
  ])("%s: same length, front matter blanked, claim offsets index the file", (file, text) => {
    const bodyStart = text.indexOf("---\n", 4) + 4;
    const source = makeSource({ id: file, path: `corpus/${file}`, text, bodyStart });
    const body = articleBodyText(source);
    expect(body).toHaveLength(text.length);
    expect(body.slice(0, bodyStart)).toBe("   \n        \n   \n");
    const figure = body.indexOf("35,000");
    expect(figure).toBeGreaterThanOrEqual(bodyStart);
    expect(text.slice(figure, figure + 6)).toBe("35,000");
    expect(body).not.toMatch(/https|<p>|&amp;|\]\(/);
  });

  it("returns the same string for the same source", () => {
    const source = makeSource({ path: "c/a.html", text: "<p>x</p>" });
    expect(articleBodyText(source)).toBe(articleBodyText(source));
  });
});
