// The reviews.yaml format: what parses, what is refused (with the line), and how a change is written.
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { applyVerdict, parseReviews, renderReviews } from "../../src/review/reviews-yaml.js";
import type { ReviewEntry } from "../../src/review/reviews-yaml.js";

const FILE = "claims/reviews.yaml";

function entry(overrides: Partial<ReviewEntry> = {}): ReviewEntry {
  return { verdict: "confirmed", note: null, by: "Jane Doe", at: "2026-11-21T10:00:00.000Z", fingerprint: null, ...overrides };
}

describe("parseReviews accepts", () => {
  const cases: [string, string, Record<string, ReviewEntry>][] = [
    ["an empty file", "", {}],
    ["comments only", "# Verdicts\n", {}],
    ["an explicit null document", "null\n", {}],
    [
      "a full entry",
      "x-3f2a91c0:\n  verdict: confirmed\n  note: Headline not updated\n  by: Jane Doe\n  at: 2026-11-21T10:00:00.000Z\n  fingerprint: 9c1d00aa11bb\n",
      { "x-3f2a91c0": entry({ note: "Headline not updated", fingerprint: "9c1d00aa11bb" }) },
    ],
    [
      "note and fingerprint left out",
      "x-1:\n  verdict: follow-up\n  by: Sam\n  at: 2026-11-22\n",
      { "x-1": entry({ verdict: "follow-up", by: "Sam", at: "2026-11-22" }) },
    ],
    [
      "a numeric note kept as text, a blank note as none",
      "x-1:\n  verdict: explained\n  note: 42\n  by: Sam\n  at: 2026-11-22\nx-2:\n  verdict: explained\n  note: ''\n  by: Sam\n  at: 2026-11-22\n",
      {
        "x-1": entry({ verdict: "explained", note: "42", by: "Sam", at: "2026-11-22" }),
        "x-2": entry({ verdict: "explained", note: null, by: "Sam", at: "2026-11-22" }),
      },
    ],
    [
      "a multi-line note and a byte-order mark",
      "\uFEFFx-1:\n  verdict: false-alarm\n  note: |\n    Two lines\n    of note\n  by: Sam\n  at: 2026-11-22\n",
      { "x-1": entry({ verdict: "false-alarm", note: "Two lines\nof note\n", by: "Sam", at: "2026-11-22" }) },
    ],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(Object.fromEntries(parseReviews(text, FILE).doc.entries)).toEqual(expected);
  });

  it("lists entries in id order whatever the file's order", () => {
    const text = "x-b:\n  verdict: confirmed\n  by: A\n  at: 2026-01-01\nx-a:\n  verdict: confirmed\n  by: A\n  at: 2026-01-01\n";
    expect([...parseReviews(text, FILE).doc.entries.keys()]).toEqual(["x-a", "x-b"]);
  });
});

describe("parseReviews refuses, naming the file and the line", () => {
  const cases: [string, string, RegExp][] = [
    ["broken YAML", "x-1:\n  verdict: [confirmed\n  by: A\n", /^not valid YAML \(line \d\): /],
    ["a tab-indented entry", "x-1:\n\tverdict: confirmed\n", /^not valid YAML \(line 2\): /],
    ["a duplicated id", "x-1:\n  verdict: confirmed\n  by: A\n  at: 2026-01-01\nx-1:\n  verdict: confirmed\n", /^not valid YAML \(line 5\): .*unique/],
    ["a list at the top", "- x-1\n", /^expected a map of conflict ids to verdicts \(line 1\)$/],
    ["an unknown verdict", "x-1:\n  verdict: foo\n  by: A\n  at: 2026-01-01\n", /^x-1: unknown verdict 'foo'; expected one of confirmed, false-alarm, explained, follow-up \(line 2\)$/],
    ["a missing verdict", "x-1:\n  by: A\n  at: 2026-01-01\n", /^x-1: missing 'verdict' \(line 1\)$/],
    ["a missing reviewer", "x-1:\n  verdict: confirmed\n  at: 2026-01-01\n", /^x-1: missing 'by'/],
    ["a missing time", "x-1:\n  verdict: confirmed\n  by: A\n", /^x-1: missing 'at'/],
    ["a time that is not a date", "x-1:\n  verdict: confirmed\n  by: A\n  at: last tuesday\n", /^x-1: 'at' is not a date: 'last tuesday' \(line 4\)$/],
    ["a misspelt field", "x-1:\n  verdict: confirmed\n  noet: hi\n  by: A\n  at: 2026-01-01\n", /^x-1: unknown field 'noet'.* \(line 3\)$/],
    ["an unquoted numeric fingerprint", "x-1:\n  verdict: confirmed\n  by: A\n  at: 2026-01-01\n  fingerprint: 1e10\n", /^x-1: 'fingerprint' must be quoted text \(line 5\)$/],
    ["an entry that is not a map", "x-1: confirmed\n", /^x-1: expected verdict, by and at under the id \(line 1\)$/],
    ["a nested value", "x-1:\n  verdict: [confirmed]\n  by: A\n  at: 2026-01-01\n", /^x-1: 'verdict' must be a single value \(line 2\)$/],
    ["a numeric id", "42:\n  verdict: confirmed\n  by: A\n  at: 2026-01-01\n", /^expected a conflict id such as x-3f2a91c0 \(line 1\)$/],
  ];
  it.each(cases)("%s", (_name, text, message) => {
    let caught: unknown;
    try {
      parseReviews(text, FILE);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).file).toBe(FILE);
    expect((caught as InputError).message).toMatch(message);
    expect((caught as InputError).toLine()).not.toContain("\n");
  });
});

describe("applyVerdict and renderReviews", () => {
  function save(text: string, id: string, change: ReviewEntry | null): string {
    const { yaml } = parseReviews(text, FILE);
    applyVerdict(yaml, id, change);
    return renderReviews(yaml);
  }

  it("writes the documented layout: header, ids sorted, fields in order, no null fields", () => {
    const text = save(save("", "x-b", entry({ note: "Headline: not updated", fingerprint: "0123" })), "x-a", entry());
    expect(text).toBe(
      "# Verdicts on claimdiff conflicts. Written by `claimdiff review` and the UI; safe to edit by hand.\n\n" +
        "x-a:\n  verdict: confirmed\n  by: Jane Doe\n  at: 2026-11-21T10:00:00.000Z\n" +
        'x-b:\n  verdict: confirmed\n  note: "Headline: not updated"\n  by: Jane Doe\n  at: 2026-11-21T10:00:00.000Z\n  fingerprint: "0123"\n',
    );
    expect(Object.fromEntries(parseReviews(text, FILE).doc.entries)).toEqual({
      "x-a": entry(),
      "x-b": entry({ note: "Headline: not updated", fingerprint: "0123" }),
    });
  });

  it("keeps a person's comments on entries it does not touch, and on fields it does", () => {
    const original =
      "# Our desk's verdicts\n\n# Asked the ministry on Monday\nx-1:\n  verdict: follow-up # chase\n  by: Sam\n  at: 2026-01-01\n";
    const text = save(original, "x-2", entry());
    expect(text).toContain("# Our desk's verdicts");
    expect(text).toContain("# Asked the ministry on Monday\nx-1:");
    const updated = save(text, "x-1", entry({ verdict: "confirmed", by: "Sam", at: "2026-01-02" }));
    expect(updated).toContain("verdict: confirmed # chase");
  });

  it("does not fold long notes across lines", () => {
    const note = "word ".repeat(40).trim();
    expect(save("", "x-1", entry({ note }))).toContain(`  note: ${note}\n`);
  });

  it("clears an entry, and an emptied file is just the header", () => {
    const text = save(save("", "x-1", entry()), "x-1", null);
    expect(text).toBe("# Verdicts on claimdiff conflicts. Written by `claimdiff review` and the UI; safe to edit by hand.\n");
    expect(parseReviews(text, FILE).doc.entries.size).toBe(0);
  });

  it("round-trips awkward text exactly", () => {
    const note = "It's \"42\" — #not a comment: yes\nsecond line";
    const text = save("", "x-1", entry({ note, by: "Zoë O'Brien", fingerprint: "1e10" }));
    expect(parseReviews(text, FILE).doc.entries.get("x-1")).toEqual(entry({ note, by: "Zoë O'Brien", fingerprint: "1e10" }));
  });
});
