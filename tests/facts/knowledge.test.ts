// claims/{people,offices,events}.yaml: the shipped files compile, and a malformed entry is
// reported by name rather than failing later.
import { describe, expect, it } from "vitest";
import { compileFactKnowledge } from "../../src/extract/facts/knowledge.js";
import { KNOWLEDGE } from "./fact-knowledge.js";

const offices = { titles: { Minister: [], Director: ["chief"] }, portfolios: { Defense: ["defence"] }, countries: { Israel: ["Israeli"] } };
const events = { events: [{ id: "war", name: "the war", start: "2023-10-07", aliases: ["war"] }], incidents: [["attack"]] };
const people = [{ name: "Yoav Gallant", offices: [{ office: "Israeli Defense Minister", from: "2022-12-29" }] }];

describe("fact knowledge", () => {
  it("compiles the shipped files", () => {
    expect(KNOWLEDGE.people.map((p) => p.key)).toContain("yoav-gallant");
    expect(KNOWLEDGE.people.find((p) => p.key === "lloyd-austin")!.offices[0]!.office.key).toBe("defense.secretary@united-states");
    expect(KNOWLEDGE.events.find((e) => e.id === "gaza-war")!.start).toBe("2023-10-07");
  });

  it("reads offices written in people.yaml with the office vocabulary", () => {
    const k = compileFactKnowledge({ people, offices, events });
    expect(k.people[0]!.offices[0]).toMatchObject({ from: "2022-12-29", to: null, office: { key: "defense.minister@israel" } });
  });

  const BAD: [string, { people: unknown; offices: unknown; events: unknown }, RegExp][] = [
    ["an office without a title", { people: [{ name: "Yoav Gallant", offices: [{ office: "Israeli Defense" }] }], offices, events }, /people\[0\] \(Yoav Gallant\)\.offices\[0\]/],
    ["a person without a first name", { people: [{ name: "Gallant" }], offices, events }, /people\[0\] \(Gallant\)/],
    ["a date that is not ISO", { people: [{ name: "Yoav Gallant", offices: [{ office: "Minister", from: "May 2022" }] }], offices, events }, /from must be an ISO date/],
    ["an event without a start", { people, offices, events: { events: [{ id: "war", name: "the war", aliases: ["war"] }] } }, /events\[0\] \(war\)\.start/],
    ["an event without aliases", { people, offices, events: { events: [{ id: "war", name: "the war", start: "2023-10-07" }] } }, /needs aliases/],
    ["titles that are not a mapping", { people, offices: { ...offices, titles: ["Minister"] }, events }, /titles must map/],
    ["an organization with an unknown country", { people, offices: { ...offices, organizations: [{ name: "Mossad", country: "Atlantis" }] }, events }, /Mossad.*Atlantis/],
  ];
  it.each(BAD)("names %s", (_, docs, message) => {
    expect(() => compileFactKnowledge(docs)).toThrow(message);
  });
});
