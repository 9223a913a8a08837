// Simple statuses: a named facility "closed" or "reopened", on the day the text gives or the
// article's date. Wishes, plans and negations are not statuses.
import { describe, expect, it } from "vitest";
import { facts } from "./fact-knowledge.js";

const statuses = (text: string) => facts(text, "2024-05-07").filter((c) => c.fact?.type === "status");

describe("statuses", () => {
  // [sentence, subject, status, as of, mention text]
  const FOUND: [string, string, string, string, string][] = [
    ["The Kerem Shalom crossing has since been closed.", "kerem-shalom-crossing", "closed", "2024-05-07", "Kerem Shalom crossing has since been closed"],
    ["The Kerem Shalom crossing, a vital entry point for aid, remained closed on Sunday.", "kerem-shalom-crossing", "closed", "2024-05-05", "Kerem Shalom crossing, a vital entry point for aid, remained closed"],
    ["Israel reopened the Kerem Shalom border crossing on Monday.", "kerem-shalom-crossing", "open", "2024-05-06", "reopened the Kerem Shalom border crossing"],
    ["The Rafah crossing is open.", "rafah-crossing", "open", "2024-05-07", "Rafah crossing is open"],
    ["The Nasser Hospital was shut down.", "nasser-hospital", "closed", "2024-05-07", "Nasser Hospital was shut down"],
  ];
  it.each(FOUND)("%s", (sentence, subject, status, asOf, text) => {
    const [claim] = statuses(sentence);
    expect(claim, `no status in "${sentence}"`).toBeDefined();
    expect(claim!.fact).toEqual({ type: "status", subject, status });
    expect(claim!.asOf).toBe(asOf);
    expect(claim!.text).toBe(text);
    expect(claim!.metric).toBe(`status:${subject}`);
  });

  const NONE: [string, string][] = [
    ["a plan", "The Kerem Shalom crossing will reopen on Sunday."],
    ["a negation", "The Kerem Shalom crossing has not been closed."],
    ["a demand", "The UN urged Israel to reopen the Kerem Shalom crossing."],
    ["keeping open", "Israel must keep the Kerem Shalom crossing open."],
    ["an unnamed facility", "The crossing remained closed."],
    ["a status of something else", "The Kerem Shalom crossing was attacked as shops closed."],
  ];
  it.each(NONE)("no status for %s", (_, sentence) => {
    expect(statuses(sentence)).toEqual([]);
  });
});
