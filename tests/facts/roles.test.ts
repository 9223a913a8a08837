// People and offices: one person, one office, written many ways. Each row is a sentence (in an
// article dated 2024-05-14) and the role it must yield; the negatives yield none, or keep two
// people apart.
import { describe, expect, it } from "vitest";
import { parseOffice } from "../../src/extract/facts/offices.js";
import { parseName } from "../../src/extract/facts/person-names.js";
import type { RoleFact } from "../../src/types.js";
import { KNOWLEDGE, facts } from "./fact-knowledge.js";

const rolesIn = (text: string, date?: string) =>
  facts(text, date).flatMap((c) => (c.fact?.type === "role" ? [{ claim: c, role: c.fact as RoleFact }] : []));

describe("names", () => {
  // [as written, key, display]
  const NAMES: [string, string, string][] = [
    ["Lloyd J. Austin III", "lloyd-austin", "Lloyd Austin"],
    ["Lloyd Austin", "lloyd-austin", "Lloyd Austin"],
    ["Joseph R. Biden Jr.", "joseph-biden", "Joseph Biden"],
    ["Ursula von der Leyen", "ursula-von-der-leyen", "Ursula von der Leyen"],
    ["José Andrés", "jose-andres", "José Andrés"],
    ["Burns", "burns", "Burns"],
  ];
  it.each(NAMES)("%s -> %s", (written, key, display) => {
    expect(parseName(written)).toMatchObject({ key, display });
  });
  it("initials and suffixes alone are no name", () => {
    expect(parseName("J. R.")).toBeNull();
  });
});

describe("offices", () => {
  // [as written, key] — every row of a block is one office
  const OFFICES: [string, string][] = [
    ["Israeli Minister of Defense", "defense.minister@israel"],
    ["Israeli Defense Minister", "defense.minister@israel"],
    ["Israel's Defence Minister", "defense.minister@israel"],
    ["Defense Minister", "defense.minister"],
    ["CIA chief", "cia.director@united-states"],
    ["Central Intelligence Agency Director", "cia.director@united-states"],
    ["Director of the U.S. Central Intelligence Agency", "cia.director@united-states"],
    ["Secretary of Defense", "defense.secretary"],
    ["U.S. Secretary of Defense", "defense.secretary@united-states"],
    ["US Secretary of Defence", "defense.secretary@united-states"],
    ["American Secretary of Defense", "defense.secretary@united-states"],
    ["Vice President", "vice-president"],
    ["Foreign Minister", "foreign-affairs.minister"],
    ["Minister of Foreign Affairs", "foreign-affairs.minister"],
    ["Deputy Foreign Minister", "foreign-affairs.deputy-minister"],
    ["Acting Foreign Minister", "foreign-affairs.minister"],
    ["Tourism Minister", "tourism.minister"],
    ["Minister of Tourism", "tourism.minister"],
    ["Minister of Heritage Affairs", "heritage-affairs.minister"],
  ];
  it.each(OFFICES)("%s -> %s", (written, key) => {
    expect(parseOffice(KNOWLEDGE.offices, written)?.key).toBe(key);
  });

  it("matches a misspelt word one letter off, with a lower score", () => {
    const office = parseOffice(KNOWLEDGE.offices, "Israeli Defensse Minister")!;
    expect(office.key).toBe("defense.minister@israel");
    expect(office.score).toBeLessThan(1);
  });

  it("keeps short forms in capitals apart from words: 'us' is not the United States", () => {
    expect(rolesIn("They told us Secretary of State Antony Blinken would come.")[0]!.role.officeKey).toBe("state.secretary");
    expect(rolesIn("They told US Secretary of State Antony Blinken.")[0]!.role.officeKey).toBe("state.secretary@united-states");
  });

  it("keeps words it does not know in the office: Civil Defense is not Defense", () => {
    expect(parseOffice(KNOWLEDGE.offices, "Civil Defense chief")?.key).toBe("civil-defense.director");
  });
});

describe("roles in sentences", () => {
  // [sentence, person key, office key, mention text]
  const ROLES: [string, string, string, string][] = [
    ["Israeli Minister of Defense Yoav Gallant spoke today.", "yoav-gallant", "defense.minister@israel", "Israeli Minister of Defense Yoav Gallant"],
    ["It was Defense Minister Yoav Gallant who spoke.", "yoav-gallant", "defense.minister", "Defense Minister Yoav Gallant"],
    ["He met CIA chief William Burns in Cairo.", "william-burns", "cia.director@united-states", "CIA chief William Burns"],
    ["Talks were brokered by Director Burns of the U.S. Central Intelligence Agency.", "william-burns", "cia.director@united-states", "Director Burns of the U.S. Central Intelligence Agency"],
    ["Secretary of Defense Lloyd J. Austin III spoke with him.", "lloyd-austin", "defense.secretary", "Secretary of Defense Lloyd J. Austin III"],
    ["He called U.S. Secretary of Defense Lloyd Austin.", "lloyd-austin", "defense.secretary@united-states", "U.S. Secretary of Defense Lloyd Austin"],
    ["Israeli Defense Minister Yoav Galant spoke.", "yoav-gallant", "defense.minister@israel", "Israeli Defense Minister Yoav Galant"],
    ["Finance Minister Maria Okonkwo resigned.", "maria-okonkwo", "finance.minister", "Finance Minister Maria Okonkwo"],
    ["Hamas leader Yahya Sinwar remains in hiding.", "yahya-sinwar", "hamas.leader", "Hamas leader Yahya Sinwar"],
    ["Lloyd Austin, the U.S. defense secretary, said so.", "lloyd-austin", "defense.secretary@united-states", "Lloyd Austin, the U.S. defense secretary"],
    ["They met Yoav Gallant, Israel's defence minister, in Tel Aviv.", "yoav-gallant", "defense.minister@israel", "Yoav Gallant, Israel's defence minister"],
    ["Chief District Officer Hari Prasad Adhikari said so.", "hari-adhikari", "chief-district.officer", "Chief District Officer Hari Prasad Adhikari"],
  ];
  it.each(ROLES)("%s", (sentence, person, office, text) => {
    const [found] = rolesIn(sentence);
    expect(found, `no role in "${sentence}"`).toBeDefined();
    expect(found!.role).toMatchObject({ personKey: person, officeKey: office, former: false });
    expect(found!.claim.text).toBe(text);
    expect(sentence.slice(found!.claim.span.start, found!.claim.span.end)).toBe(text);
    expect(found!.claim.metric).toBe(`role:${person}`);
  });

  it("reports the match score: 1 for a listed name, the similarity for a spelling variant", () => {
    expect(rolesIn("Defense Minister Yoav Gallant spoke.")[0]!.role.score).toBe(1);
    const variant = rolesIn("Defense Minister Yoav Galant spoke.")[0]!;
    expect(variant.role.score).toBeGreaterThan(0.92);
    expect(variant.role.score).toBeLessThan(1);
    expect(variant.claim.evidence.join(" ")).toMatch(/Jaro-Winkler 0\.9\d/);
  });

  it("resolves a surname alone to the full name given earlier in the article", () => {
    const found = rolesIn("Finance Minister Maria Okonkwo spoke. Later, Minister Okonkwo left.");
    expect(found.map((f) => f.role.personKey)).toEqual(["maria-okonkwo", "maria-okonkwo"]);
  });

  it("does not give a name that has its office a second one from the next title", () => {
    const found = rolesIn("It wants Prime Minister Benjamin Netanyahu, Israeli Minister...");
    expect(found.map((f) => f.role.officeKey)).toEqual(["prime-minister"]);
  });

  it("resolves a surname alone to a listed person the article names without a title", () => {
    expect(rolesIn("Joe Biden flew in. Later, Senator Biden spoke.", "2019-05-01")[0]!.role.personKey).toBe("joe-biden");
    expect(rolesIn("Jill Biden flew in. Later, Senator Biden spoke.", "2019-05-01")[0]!.role.personKey).toBe("surname:biden");
  });

  it("respects former, ret. and then-", () => {
    const sentences = [
      "Former Defense Minister Yoav Gallant spoke.",
      "IDF Major General (ret.) Yaakov Amidror spoke.",
      "Then-Defense Minister Yoav Gallant spoke.",
      "The ex-Prime Minister Naftali Bennett spoke.",
    ];
    for (const s of sentences) expect(rolesIn(s)[0]?.role.former, s).toBe(true);
    expect(rolesIn(sentences[3]!)[0]!.role.officeKey).toBe("prime-minister");
    expect(rolesIn(sentences[2]!)[0]!.role.officeKey).toBe("defense.minister");
  });

  const NONE: [string, string][] = [
    ["a title without a name", "The Secretary reaffirmed his commitment."],
    ["a possessive office", "The Prime Minister's Office issued a statement."],
    ["a lowercase title alone", "The chief Burns said nothing."],
    ["plural titles", "Foreign Ministers Meet in Cairo today."],
    ["a month after the title", "President May was not a name here."],
    ["a place before a title that starts a clause", "In Washington, the President said no."],
  ];
  it.each(NONE)("no role for %s", (_, sentence) => {
    expect(rolesIn(sentence)).toEqual([]);
  });
});

describe("two people with one surname", () => {
  it("are two people: John Smith and Jane Smith keep their keys", () => {
    const found = rolesIn("Finance Minister John Smith met Health Minister Jane Smith.");
    expect(found.map((f) => f.role.personKey)).toEqual(["john-smith", "jane-smith"]);
  });

  it("a surname alone that the article never resolves is not an identity", () => {
    const [found] = rolesIn("Minister Smith spoke.");
    expect(found!.role.personKey).toBe("surname:smith");
    expect(found!.role.score).toBe(0);
  });

  it("a surname alone resolves to a listed person only through a matching office", () => {
    expect(rolesIn("Director Burns of the CIA spoke.")[0]!.role.personKey).toBe("william-burns");
    expect(rolesIn("Finance Minister Burns spoke.")[0]!.role.personKey).toBe("surname:burns");
  });

  it("a listed person's office outside its dates does not resolve a surname", () => {
    expect(rolesIn("Director Burns of the CIA spoke.", "2019-05-01")[0]!.role.personKey).toBe("surname:burns");
  });
});
