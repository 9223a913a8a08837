import { describe, expect, test } from "vitest";
import { escapeMarkdown, formatMarkdown } from "../../src/report/markdown.js";
import { makeClaim, makeConflict, makeReport, makeSource } from "../factories.js";
import { claimIn, report } from "./fixture.js";

describe("escapeMarkdown", () => {
  test.each([
    ["plain words stay as they are", "More than 35,000 people", "More than 35,000 people"],
    ["Hamas-run, mid-word hyphens stay", "the Hamas-run ministry", "the Hamas-run ministry"],
    ["emphasis markers", "*nearly* _all_", "\\*nearly\\* \\_all\\_"],
    ["a pipe that would split a table cell", "5 | 6", "5 \\| 6"],
    ["link brackets", "[1](x)", "\\[1\\](x)"],
    ["HTML", "<b>35</b>", "\\<b\\>35\\</b\\>"],
    ["code and strike-through", "`x` ~~y~~", "\\`x\\` \\~\\~y\\~\\~"],
    ["a backslash", "a\\b", "a\\\\b"],
    ["dollar signs that GitHub reads as maths", "$5 to $6", "\\$5 to \\$6"],
    ["an entity", "&amp;", "\\&amp;"],
    ["a heading marker at the start", "# 35,000", "\\# 35,000"],
    ["a list marker at the start", "- 35,000", "\\- 35,000"],
    ["an ordered-list marker at the start", "2024. A year", "2024\\. A year"],
    ["a quote marker at the start", "> more", "\\> more"],
    ["line breaks become spaces", "two\nlines\r\n here", "two lines here"],
    ["an @mention cannot ping anyone", "said @IDFSpokesperson", "said @<!-- -->IDFSpokesperson"],
    ["an issue reference cannot link", "see #12", "see #<!-- -->12"],
    ["a lone @ or # is left alone", "@ 5 # 6", "@ 5 # 6"],
  ])("%s", (_name, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe("formatMarkdown, conflicts", () => {
  const markdown = formatMarkdown(report);

  test("opens with the counts and a summary table, worst first", () => {
    expect(markdown.split("\n").slice(0, 9)).toEqual([
      "## claimdiff report",
      "",
      "2 sources, 4 claims, 3 conflicts.",
      "",
      "| Severity | Kind | Metric | Figures | Sources |",
      "| --- | --- | --- | --- | --- |",
      "| high | internal | `killed.people@gaza` | nears 35,000 · More than 35,000 | The Independent |",
      "| medium | contradiction | `killed.people@gaza` | More than 35,000 · 30,412 | The Independent, BBC |",
      "| low | attribution | `displaced.people@rafah` | Some 300,000 | The Independent |",
    ]);
  });

  test("gives each conflict a section quoting its claims with the figure in bold", () => {
    const high = markdown.slice(markdown.indexOf("### HIGH"), markdown.indexOf("### MEDIUM"));
    expect(high).toBe(
      [
        "### HIGH · internal · `killed.people@gaza` · `x-high`",
        "",
        "The headline says the toll nears 35,000 (below it); the body says more than 35,000.",
        "",
        "> “Palestinian death toll **nears 35,000** as Israel ramps up strikes”",
        ">",
        "> — *The Independent*, 2024-05-14 (dateline), `corpus/004_independent.txt:2:24` (read as \\< 35,000 (31,500–35,000); headline)",
        "",
        "> “**More than 35,000** people have died in Gaza, according to the health authority there.”",
        ">",
        "> — *The Independent*, 2024-05-14 (dateline), `corpus/004_independent.txt:4:1`, according to the health authority there (read as \\> 35,000)",
        "",
        "",
      ].join("\n"),
    );
  });

  test("shows verdicts and warns when one is stale", () => {
    expect(markdown).toContain("**Review:** ✓ confirmed by Jane, 2026-11-21: different counting\n");
    expect(markdown).toContain("**Review:** ? flagged for follow-up by Sam, 2026-11-20\n\n**⚠ Changed since review:**");
    expect(markdown.match(/Changed since review/g)).toHaveLength(1);
    expect(markdown).toContain("(read as 30,412; superseded by c-body)");
  });

  test("escapes what articles and outlets contain, in table cells and quotes alike", () => {
    const sentence = "The *official* toll | rose to 35,000 [updated], @gazamoh said.";
    const source = makeSource({ outlet: "Foo | Bar <News>", text: `${sentence}\n` });
    const a = claimIn(source, "35,000 [updated]", sentence, { id: "c-a", attribution: "@gazamoh" });
    const b = claimIn(source, "35,000 [updated]", sentence, { id: "c-b", metric: "x|y" });
    const out = formatMarkdown(
      makeReport({
        sources: [source],
        claims: [a, b],
        conflicts: [makeConflict({ metric: "x|y", claims: ["c-a", "c-b"], explanation: "# Not a heading" })],
      }),
    );
    expect(out).toContain("| high | contradiction | `x\\|y` | 35,000 \\[updated\\] · 35,000 \\[updated\\] | Foo \\| Bar \\<News\\> |");
    expect(out).toContain("> “The \\*official\\* toll \\| rose to **35,000 \\[updated\\]**, @<!-- -->gazamoh said.”");
    expect(out).toContain("according to @<!-- -->gazamoh");
    expect(out).toContain("\n\\# Not a heading\n");
    // Every summary row keeps exactly its five cells.
    const rows = out.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| Severity"));
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(5);
  });

  test("says plainly when nothing conflicts", () => {
    const out = formatMarkdown(makeReport({ claims: [makeClaim(), makeClaim({ id: "c-2", status: "negated" })] }));
    expect(out).toBe(
      "## claimdiff report\n\n1 source, 2 claims, 0 conflicts.\n\nNo conflicts found among 1 compared claim about 1 metric.\n",
    );
  });
});

describe("formatMarkdown, extract", () => {
  test("tables each source's claims in file order", () => {
    const out = formatMarkdown({ ...report, conflicts: [] }, { mode: "extract" });
    expect(out).toContain(
      [
        "### `corpus/bbc.md` — BBC, 2024-05-15",
        "",
        "| Line | Metric | Value | Text | Attribution |",
        "| --- | --- | --- | --- | --- |",
        "| 5:19 | `killed.people@gaza` | 30,412 | 30,412 | the ministry |",
      ].join("\n"),
    );
    expect(out).toMatch(/\| 2:24 \|.*\n\| 4:1 \|.*\n\| 4:85 \|/);
    expect(out.startsWith("## claimdiff report\n\n2 sources, 4 claims.\n")).toBe(true);
  });
});
