// The fact conflict rules, one pair at a time: which pairs of role, event-date and status claims
// conflict, with what severity, and which must not (negatives beside the positives).
import { describe, expect, it } from "vitest";
import { compareFacts } from "../../src/compare/facts/index.js";
import { officesCompatible } from "../../src/compare/facts/role-conflict.js";
import { sameName, unifyPeople } from "../../src/compare/facts/same-person.js";
import type { Claim, EventDateFact, RoleFact, StatusFact } from "../../src/types.js";
import { makeClaim, makeSource } from "../factories.js";

const NO_VALUE = { low: null, high: null, lowInclusive: false, highInclusive: false };
const sources = ["a.txt", "b.txt"].map((id) => makeSource({ id, outlet: id === "a.txt" ? "Outlet A" : "Outlet B" }));

function fact(id: string, source: string, asOf: string, f: RoleFact | EventDateFact | StatusFact): Claim {
  const metric = f.type === "role" ? `role:${f.personKey}` : f.type === "event-date" ? `event-date:${f.event}` : `status:${f.subject}`;
  return makeClaim({ id, source, kind: "fact", metric, label: f.type === "event-date" ? "date of the attack at kerem-shalom" : metric, text: id, asOf, value: NO_VALUE, qualifier: null, attribution: null, claimant: null, metricKind: f.type === "event-date" ? "event" : "snapshot", fact: f });
}

const role = (person: string, officeKey: string, extra: Partial<RoleFact> = {}): RoleFact => ({
  type: "role", person, personKey: person.toLowerCase().replace(/\s+/g, "-"), office: officeKey, officeKey, former: false, score: 1, ...extra,
});

describe("offices compatible", () => {
  const PAIRS: [string, string, boolean][] = [
    ["defense.minister@israel", "defense.minister", true],
    ["defense.secretary@united-states", "secretary", true],
    ["cia.director@united-states", "director", true],
    ["defense.minister@israel", "foreign-affairs.minister", false],
    ["vice-president@united-states", "president@united-states", false],
    ["defense.minister@israel", "defense.minister@united-kingdom", false],
    ["minister", "deputy-minister", false],
  ];
  it.each(PAIRS)("%s ~ %s: %s", (a, b, same) => {
    expect(officesCompatible(a, b)).toBe(same);
    expect(officesCompatible(b, a)).toBe(same);
  });
});

describe("role conflicts", () => {
  const CASES: [string, Claim, Claim, string | null][] = [
    ["incompatible offices a week apart", fact("a", "a.txt", "2024-05-06", role("Yoav Gallant", "defense.minister@israel")), fact("b", "b.txt", "2024-05-14", role("Yoav Gallant", "foreign-affairs.minister")), "high"],
    ["a fuzzy identity lowers the severity", fact("a", "a.txt", "2024-05-06", role("Yoav Gallant", "defense.minister@israel")), fact("b", "b.txt", "2024-05-14", role("Yoav Gallant", "foreign-affairs.minister", { score: 0.9 })), "medium"],
    ["the same office written with less detail", fact("a", "a.txt", "2024-05-06", role("Lloyd Austin", "defense.secretary@united-states")), fact("b", "b.txt", "2024-05-06", role("Lloyd Austin", "secretary")), null],
    ["a former office", fact("a", "a.txt", "2024-05-06", role("Yoav Gallant", "defense.minister@israel")), fact("b", "b.txt", "2024-05-14", role("Yoav Gallant", "foreign-affairs.minister", { former: true })), null],
    ["offices more than 30 days apart", fact("a", "a.txt", "2024-05-06", role("Yoav Gallant", "defense.minister@israel")), fact("b", "b.txt", "2024-08-23", role("Yoav Gallant", "foreign-affairs.minister")), null],
    ["one article's two mentions", fact("a", "a.txt", "2024-05-06", role("Yoav Gallant", "defense.minister@israel")), fact("b", "a.txt", "2024-05-06", role("Yoav Gallant", "foreign-affairs.minister")), null],
    ["two people named Smith", fact("a", "a.txt", "2024-05-06", role("John Smith", "finance.minister")), fact("b", "b.txt", "2024-05-06", role("Jane Smith", "health.minister")), null],
  ];
  it.each(CASES)("%s", (_, a, b, severity) => {
    const found = compareFacts([a, b], sources);
    expect(found.map((x) => x.severity)).toEqual(severity ? [severity] : []);
    if (severity) expect(found[0]).toMatchObject({ kind: "contradiction", claims: ["a", "b"], metric: a.metric });
  });

  it("never compares a surname nobody resolved", () => {
    const a = fact("a", "a.txt", "2024-05-06", role("Smith", "finance.minister", { personKey: "surname:smith" }));
    const b = fact("b", "b.txt", "2024-05-06", role("Smith", "health.minister", { personKey: "surname:smith" }));
    expect(compareFacts([a, b], sources)).toEqual([]);
  });
});

describe("one person across sources", () => {
  const NAMES: [string, string, boolean][] = [
    ["Antony Blinken", "Anthony Blinken", true],
    ["Yoav Gallant", "Yoav Galant", true],
    ["John Smith", "Jane Smith", false],
    ["John Smith", "John Smyth", false],
    ["Maria Okonkwo", "Mario Okonkwo", false],
    ["Antony Blinken", "Anthony Blinkin", false],
    ["Blinken", "Antony Blinken", false],
  ];
  it.each(NAMES)("%s ~ %s: %s", (a, b, same) => {
    expect(sameName(a, b)).toBe(same);
  });

  it("joins spelling variants under the most used key, and then compares them", () => {
    const claims = [
      fact("a", "a.txt", "2024-05-06", role("Anthony Blinkenn", "state.secretary@united-states")),
      fact("b", "a.txt", "2024-05-06", role("Anthony Blinkenn", "state.secretary@united-states")),
      fact("c", "b.txt", "2024-05-07", role("Anthony Blinken", "defense.secretary@united-states")),
    ];
    const joined = unifyPeople(claims);
    expect(joined.map((c) => c.metric)).toEqual(["role:anthony-blinkenn", "role:anthony-blinkenn", "role:anthony-blinkenn"]);
    expect(compareFacts(claims, sources)).toHaveLength(1);
  });
});

describe("event-date conflicts", () => {
  const on = (date: string, stated: EventDateFact["stated"]): EventDateFact => ({ type: "event-date", event: "attack@kerem-shalom", date, stated });
  const CASES: [string, EventDateFact, EventDateFact, string | null][] = [
    ["two dates stated to the day", on("2024-05-05", ["day", "month"]), on("2024-05-06", ["day", "month"]), "high"],
    ["a stated day against a weekday", on("2024-05-05", ["day", "month"]), on("2024-05-06", ["weekday"]), "medium"],
    ["a stated day against an implied one", on("2024-05-05", ["day", "month"]), on("2024-05-06", []), "low"],
    ["the same day", on("2024-05-05", ["day", "month"]), on("2024-05-05", ["weekday"]), null],
    ["dates too far apart to be one incident", on("2024-05-05", ["day", "month"]), on("2024-06-05", ["day", "month"]), null],
  ];
  it.each(CASES)("%s", (_, fa, fb, severity) => {
    const found = compareFacts([fact("a", "a.txt", fa.date, fa), fact("b", "b.txt", fb.date, fb)], sources);
    expect(found.map((x) => x.severity)).toEqual(severity ? [severity] : []);
  });

  it("explains which date each source gives and whether it was stated", () => {
    const [x] = compareFacts([fact("a", "a.txt", "2024-05-05", on("2024-05-05", ["day", "month"])), fact("b", "b.txt", "2024-05-06", on("2024-05-06", []))], sources);
    expect(x!.explanation).toContain("5 May 2024");
    expect(x!.explanation).toContain("6 May 2024");
    expect(x!.explanation).toContain("implied by the article's date");
  });
});

describe("status conflicts", () => {
  const is = (status: string): StatusFact => ({ type: "status", subject: "kerem-shalom-crossing", status });
  const CASES: [string, Claim, Claim, boolean][] = [
    ["closed against open on one day", fact("a", "a.txt", "2024-05-07", is("closed")), fact("b", "b.txt", "2024-05-07", is("open")), true],
    ["closed, then open a day later", fact("a", "a.txt", "2024-05-07", is("closed")), fact("b", "b.txt", "2024-05-08", is("open")), false],
    ["closed in both", fact("a", "a.txt", "2024-05-07", is("closed")), fact("b", "b.txt", "2024-05-07", is("closed")), false],
  ];
  it.each(CASES)("%s", (_, a, b, conflicts) => {
    expect(compareFacts([a, b], sources)).toHaveLength(conflicts ? 1 : 0);
  });
});
