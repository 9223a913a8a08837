// Where a figure applies. Without a gazetteer, an article teaches us its places: a capitalised
// name after a locative preposition ("in Rafah", "into Kharkiv") is a place everywhere it recurs.
import type { Span } from "../types.js";

/** "OSTRIK, Varesh, March 6 (MPA) -": a wire dateline; its second name is a country or region. */
const DATELINE = /^[ \t]*[A-Z][A-Z .'’-]{2,},\s+([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?)\s*(?:,|—|–|-|\()/gmu;
// "PORT SELWYN (CPA) -", "OURO-BELA, Tamasso -": the city a wire dateline opens with.
const DATELINE_CITY = /^[ \t]*([A-Z][A-Z'’-]+(?:[ .][A-Z][A-Z'’-]+){0,2})\s*(?:,|\()/gmu;
const titleCase = (caps: string) => caps.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());

// "- Province of Al Haouz: ", "• Taroudant ": a list line that names a place, before its figure.
// "- Province of Al Haouz:", "- Donggala regency (Central Sulawesi):", "- at El Pozo:", "- Bucha
// urban community:": the place heading a line of a list.
const ADMIN_UNIT = String.raw`(?:regency|district|province|county|prefecture|governorate|municipality|(?:urban|rural|settlement|village)\s+community|community|city|town|village|region|state|department|oblast|canton|parish|island|hamlet|sub-?district)`;
export const LIST_LINE = new RegExp(
  String.raw`^\s*(?:[-*•]\s+)?(?:(?:at|in|near)\s+)?(?:(?:Province|Prefecture|District|Region|County|State|Governorate|Department|Municipality|City)\s+of\s+)?(\p{Lu}[\p{L}'’-]*(?:[ -](?:(?:del|de|di|da|do|dos|das|la|le|el|al|von|van|upon|on|sur|en)\s+)?\p{Lu}[\p{L}'’-]*){0,3})(?:\s+${ADMIN_UNIT})?(?:\s+\([^()\n]{1,30}\))?\s*:?\s*$`,
  "u",
);

// "…are: Sindhupalchok 3 427; Kathmandu 1 222": the place heading an item of a list after a colon.
export const PLACE_LIST_ITEM = /:\s*(?:[^:;.]*?[;,]\s*)*?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+$/u;

// "…347 deaths, followed by Balochistan with 238 and Khyber Pakhtunkhwa with 226", "30,957
// deaths, India about 10,700 and Thailand 5,395", "…, and in Taroudant, with 452", and opening a
// sentence, "Chichaoua province had 191, Ouarzazate 24", "Travis County, which includes Austin,
// reported nine": a place heading an item of a list in prose. Group 2 is the verb, which an item
// opening a sentence must have.
export const PROSE_LIST_ITEM = /(?:^\W*|[,:]\s*|\s+and\s+|\bfollowed\s+by\s+)(?:in\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?:\s+(?:province|district|county|region|state|governorate))?(?:,\s+(?:which|home\s+to|where)\b[^,]{1,40},)?(?:,?\s+(with|had|has|reported|recorded|counted|at))?(?:\s+|\s*\(\s*)$/u;

export interface PlaceMention extends Span {
  /** Normalized key: "gaza" for "the Gaza Strip", "kerem-shalom" for "Kerem Shalom". */
  key: string;
  /** Whether a locative preposition introduces this mention ("in Rafah"). */
  locative: boolean;
  /** A place a dateline names as the country or region around the city: too broad to be a site. */
  container?: boolean;
  /** A place the article calls a city, town or village ("the besieged city of Dravik", a dateline's city), or a district or province. */
  settlement?: boolean;
  /** A place the article calls a district, province or county: "the city" never stands for it. */
  division?: boolean;
}

// A sentence may open with one: "In Syria, …".
const LOCATIVE = String.raw`\b(?:in|into|to|from|across|throughout|inside|outside|near|at|of|on|around|towards?|In|Across|Inside)\s+(?:the\s+|(?:a|an)\s+(?=[A-Z][\p{L}'’-]+\s+[a-z]))?(?:neighbou?ring\s+|nearby\s+)?(?:[a-z]+-(?:hit|torn|ravaged|held|controlled|stricken)\s+)?(?:(?:north|south)?-?(?:east|west)(?:ern)?\s+|(?:north|south)(?:ern)?\s+|central\s+)?`;
const NAME = String.raw`[A-Z][\p{L}'’-]+(?:\s+(?:al-|el-|de\s+|la\s+)?[A-Z][\p{L}'’-]+){0,2}(?:\s+\d{1,3}\b)?`;
const LOCATIVE_NAME = new RegExp(`${LOCATIVE}(${NAME})`, "gu");
// "Harris County", "Kocaeli Province": a name with its administrative unit is a place wherever it stands.
/** An administrative unit written after a name as part of it ("Harris County", "Kocaeli Province"). */
export const UNIT_WORD = String.raw`(?:County|Province|District|Prefecture|Governorate|Oblast|Municipality|Regency)`;
const UNIT_NAME = new RegExp(String.raw`(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+${UNIT_WORD})\b`, "gu");
// "Rafah, where one million fled": a name that a "where" clause follows is a place too, and so
// is a name before a kind of place ("the Kazan market", "the Zamzam camp").
const WHERE_NAME = new RegExp(`(${NAME}),\\s+where\\b`, "gu");
// "the Kerem Shalom attack", "the Route 6 ambush": a name right before an incident names its place.
const INCIDENT_NAME = new RegExp(`(${NAME})\\s+(?:(?:rocket|drone|missile|mortar|suicide|bomb|terror|terrorist)\\s+)?(?:attack|strike|air\\s*strike|ambush|raid|bombing|massacre|shooting|shelling)\\b`, "gu");
// "Israeli", "Pakistani" are adjectives; "Morbi", "Malawi", "Nairobi" are places.
const DEMONYM_WORD = /^[A-Z][a-z]+(?:ian|ese|ish|ean)$|^(?:Israel|Pakistan|Iraq|Yemen|Somal|Banglades|Nepal|Kuwait|Saud|Oman|Qatar|Emirat|Azerbaijan|Kazakh|Uzbek|Bahrain|Tajik|Punjab|Hind|Bengal|Gujarat|Marath|Kashmir|Baloch|Thai|Afghan|Pashtun|Bihar|Zair)i$/;
/** "Indian", "pakistani": a word naming a country's people (any case). */
export function isDemonym(word: string): boolean {
  return DEMONYM_WORD.test(word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
}
const PEOPLE_PLURAL = /^[A-Z][a-z]+(?:ians|ans|eans|is|ons)$/;
const ADJECTIVE_USE = /^\s+(?!(?:last|this|next|on|in|at|and|or|but|since|after|before|for|with|to|from|during|over|the|a|an|was|were|is|are|has|have|had|said|says|where|which|who|when|while|as|by|of|until)\b)[a-z]/;
// "the city of Dravik"; but "the capital of West Darfur" names a region, and "El Geneina, the
// capital of West Darfur" the city.
const SETTLEMENT_NAME = new RegExp(`\\b(?:city|town|village|port)\\s+of\\s+(${NAME})|(${NAME}),\\s+(?:the|a)\\s+(?:[\\p{L}-]+\\s+)?(?:city|town|village|capital|port)\\b`, "gu");
// "Sindhupalchok district", "the province of Al Haouz": a part of a country, like a city.
const DIVISION_NAME = new RegExp(`(${NAME})\\s+(?:district|province|county|governorate|prefecture|oblast|municipality)\\b|\\b(?:[Dd]istrict|[Pp]rovince|[Cc]ounty|[Gg]overnorate|[Pp]refecture)\\s+of\\s+(${NAME})`, "gu");
// "Ishinomaki, the worst-hit city, lost 3,277": a name set beside a kind of place is a place.
const APPOSITIVE_PLACE = new RegExp(`(${NAME}),\\s+(?:the|a)\\s+(?:[\\p{L}-]+\\s+)?(?:city|town|village|capital|port|province|district|prefecture|region)(?=\\s*(?:[,.;]|\\s(?:of|in|on|near|where)\\b))`, "gu");
const DIVISION_WORD = /\b(?:district|province|county|governorate|prefecture|oblast|municipality)\b/i;
const FACILITY_NAME = new RegExp(`(${NAME})\\s+(?:market|camp|refugee camp|hospital|school|mosque|church|checkpoint|border crossing|crossing|base|air base|bridge|square|station|village|town|district|neighbou?rhood|province|region|county|mine|stadium|temple)\\b`, "gu");

// Capitalised words after a preposition that are not places.
const NOT_PLACE_FIRST = new Set(
  `the this that these those a an his her their its our my your monday tuesday wednesday thursday
  friday saturday sunday january february march april may june july august september october
  november december jan feb mar apr jun jul aug sep sept oct nov dec president prime minister
  mr mrs ms dr gen general secretary director chief spokesman spokeswoman officials police army
  god islam christmas easter ramadan eid english arabic french reuters afp ap cnn bbc hamas
  hezbollah isis nato un we i he she they it no health defence defense interior justice education
  state agriculture finance home foreign signal category level phase cyclone hurricane typhoon storm
  tropical operation east west north south telegram twitter facebook instagram youtube tiktok
  whatsapp x human civil`.split(/\s+/),
);
const NOT_PLACE_WORD =
  /^(?:Nations|Panel|Theatre|Theater|Academic|Mission|Ministry|Minister|Ministers|Defen[cs]e|Affairs|Forces|Force|Agency|Army|University|Court|Council|News|Post|Times|Department|Office|Committee|Brigades?|Party|Administration|Government|Authority|Organi[sz]ation|Foundation|Institute|Center|Centre|Program|Programme|Company|Corporation|Group|Network|Press|Journal|Television|Radio|Service|Services|Commission|Bank|Fund|Union|Congress|Parliament|Senate|Assembly|Cross|Crescent|Guard|Police|Hospital|Intelligence|Code|Act|Law|Hall|School|Stadium|Temple|Mosque|Church|Airport|Station|Mall|Market|Bridge|Prison|Jail|Penitentiary|Directorate|Management|Emergency|Relief|Rescue|Security|Health|Aviation|Protection|Meteorology|Statistics|Affairs|Week|Weekend|Day|Days|Eve|Festival|Rights|Liberties|Freedoms?|Alliance|Coalition|Movement|Front|League|Federation|Society|Association|Brotherhood|Mothers|Families)$/;

const SUFFIXES = /\s+(?:Strip|City|Province|Governorate|District|Region|Oblast|Prefecture|County|Municipality|State)$/;

export function placeKey(name: string): string {
  return name
    .replace(/^the\s+/i, "")
    .replace(SUFFIXES, "")
    .replace(/['’]s$/, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");
}

// "the Israeli-controlled Kerem Shalom crossing": adjectives before a name are not part of it.
const LEADING_ADJECTIVE = /^(?:[A-Z][a-z]+-(?:controlled|held|run|led|backed|occupied|based)|[A-Z][a-z]+(?:i|ian|an|ese|ish))$/;

const CALENDAR_WORD = /^(?:the|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;

// (Countries and territories only: a province such as East Java is read no better than before.)
const COMPASS_NAME = /^(?:South\s+(?:Africa|Sudan|Korea|Ossetia)|North\s+(?:Korea|Macedonia|Ossetia)|East\s+(?:Timor|Jerusalem)|West\s+Bank)$/;

function acceptName(name: string): string | null {
  let words = name.split(/\s+/);
  // "the 5 May Kerem Shalom attack": a date or an adjective before a name is not part of it.
  // "In Beichuan county" opening a sentence: the preposition is not part of the name either.
  while (words.length > 1 && (LEADING_ADJECTIVE.test(words[0]!) || CALENDAR_WORD.test(words[0]!) || /^(?:In|At|On|From|Near|Across|Inside|Around|Throughout)$/.test(words[0]!))) words = words.slice(1);
  if (words.length === 1 && /-(?:led|run|controlled|held|backed|occupied|based)$/i.test(words[0]!)) return null;
  if (!words.some((w) => /\p{L}/u.test(w))) return null; // "6" left of "May 6"
  // "Nigeria's Niger State" names Niger State.
  const possessive = words.findIndex((w, i) => i < words.length - 1 && /['’]s$/.test(w));
  if (possessive >= 0) words = words.slice(possessive + 1);
  // Trim trailing words that begin an organisation name ("Gaza Health Ministry" -> "Gaza").
  const stop = words.findIndex((w) => NOT_PLACE_WORD.test(w));
  const kept = stop < 0 ? words : words.slice(0, stop);
  // Acronyms are organisations far more often than places (OCHA, IDF, WHO); a few are countries.
  if (/^[A-Z]{3,5}$/.test(kept[0] ?? "") && !/^(?:USA|UAE|DRC|CAR)$/.test(kept[0]!)) return null;
  // A longer word in capitals is a tabloid's emphasis ("accuses the military of HIDING the toll");
  // a dateline's city in capitals is read apart.
  if (/^[A-Z]{6,}$/.test(kept[0] ?? "")) return null;
  // "South Africa", "North Korea", "West Bank": a compass word that is part of a country's name.
  if (kept.length > 1 && COMPASS_NAME.test(kept.join(" "))) return kept.join(" ");
  if (kept.length === 0 || NOT_PLACE_FIRST.has(kept[0]!.toLowerCase().replace(/['’]s$/, ""))) return null;
  if (stop >= 0 && stop === 1 && words.length > 1) return null; // "Defense Ministry" style names
  return kept.join(" ");
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const AND_NAME = new RegExp(`^(\\s*,\\s+|\\s*,?\\s+and\\s+)(?:the\\s+)?(?:(?:north|south)?-?(?:east|west)(?:ern)?\\s+|(?:north|south)(?:ern)?\\s+|central\\s+)?(${NAME})`, "u");

/** The names listed after a locative one ("in X, Y and Z"), each as a match of its own; the list must end with "and". */
function coordinatedNames(body: string, from: number): RegExpMatchArray[] {
  const chain: RegExpMatchArray[] = [];
  for (let at = from, m = AND_NAME.exec(body.slice(at)); m && chain.length < 5; m = AND_NAME.exec(body.slice(at))) {
    const name = Object.assign([m[2]!, m[2]!], { index: at + m[0].length - m[2]!.length }) as unknown as RegExpMatchArray;
    chain.push(name);
    at += m[0].length;
    if (/and/.test(m[1]!)) return chain;
  }
  return [];
}

/** Learns an article's place names and returns every mention, in reading order. */
const STORM_NAME = /\b(?:[Hh]urricane|[Tt]yphoon|[Cc]yclone|[Ss]torm|[Dd]epression)\s+([A-Z][a-z]+)\b/g;

export function findPlaces(text: string, start: number, end: number): PlaceMention[] {
  const body = text.slice(start, end);
  const names = new Map<string, string>(); // surface -> key
  const locativeAt = new Set<number>();
  const incidentNames = [...body.matchAll(INCIDENT_NAME)].filter((m) => !DEMONYM_WORD.test(m[1]!.split(/\s+/).at(-1)!));
  // "in southern Turkey and northern Syria", "in Gaza, Lebanon and Israel": each is a place.
  // Only where something happened: "fled into Chad, South Sudan and Egypt" lists destinations.
  const coordinated = [...body.matchAll(LOCATIVE_NAME)].filter((m) => /^(?:in|across|throughout|inside|near|around)\b/i.test(m[0])).flatMap((m) => coordinatedNames(body, m.index! + m[0].length));
  for (const m of [...body.matchAll(LOCATIVE_NAME), ...body.matchAll(WHERE_NAME), ...body.matchAll(FACILITY_NAME), ...body.matchAll(APPOSITIVE_PLACE), ...body.matchAll(UNIT_NAME), ...incidentNames, ...coordinated]) {
    // "in Israeli strikes", "in Sudanese custody": an adjective before a noun, not a place.
    if (DEMONYM_WORD.test(m[1]!) && ADJECTIVE_USE.test(body.slice(m.index! + m[0].length, m.index! + m[0].length + 20))) continue;
    // "to Afghans", "of Americans": people, not a place.
    if (PEOPLE_PLURAL.test(m[1]!)) continue;
    const name = acceptName(m[1]!);
    if (!name) continue;
    names.set(name, placeKey(name));
    locativeAt.add(start + m.index! + m[0].indexOf(m[1]!));
  }
  const settlements = new Set<string>();
  for (const m of body.matchAll(DATELINE_CITY)) {
    const name = acceptName(titleCase(m[1]!));
    if (name && name.length > 2) {
      names.set(name, placeKey(name));
      settlements.add(placeKey(name));
    }
  }
  const divisions = new Set<string>();
  for (const m of body.matchAll(SETTLEMENT_NAME)) {
    const name = acceptName((m[1] ?? m[2])!);
    if (name && names.has(name)) settlements.add(placeKey(name));
  }
  // (Most articles name no district: the costly pattern runs only where one is.)
  for (const m of DIVISION_WORD.test(body) ? body.matchAll(DIVISION_NAME) : []) {
    const name = acceptName((m[1] ?? m[2])!);
    if (name && names.has(name)) {
      settlements.add(placeKey(name));
      divisions.add(placeKey(name));
    }
  }
  const containers = new Set<string>();
  for (const m of body.matchAll(DATELINE)) {
    const name = acceptName(m[1]!);
    if (!name) continue;
    names.set(name, placeKey(name));
    containers.add(placeKey(name));
  }
  // "deaths linked to Maria" after "Hurricane Maria": a storm's name, not a place.
  for (const m of body.matchAll(STORM_NAME)) names.delete(m[1]!);
  if (names.size === 0) return [];
  const surfaces = [...names.keys()].sort((a, b) => b.length - a.length).map(escape);
  const mention = new RegExp(`(?<![\\p{L}-])(?:${surfaces.join("|")})(?![\\p{L}])`, "gu");
  const found: PlaceMention[] = [];
  for (const m of body.matchAll(mention)) {
    const s = start + m.index!;
    const key = names.get(m[0])!;
    const mention: PlaceMention = { start: s, end: s + m[0].length, key, locative: locativeAt.has(s) };
    if (containers.has(key)) mention.container = true;
    if (settlements.has(key)) mention.settlement = true;
    if (divisions.has(key)) mention.division = true;
    found.push(mention);
  }
  return found;
}

// Capitalised words inside a sentence: the names an article is about ("Maria", "Kanjuruhan").
const WORD_TOKEN = /[A-Za-z][a-z'’]*/g;
const SENTENCE_OPENER = /[.!?:"“\n]/;
const NOT_A_NAME = new Set(
  `this that these those there their then than when where what which while with from into about after before
  according said says monday tuesday wednesday thursday friday saturday sunday january february march
  april june july august september october november december president minister ministry prime secretary
  general chief director spokesman spokeswoman officials official government health interior defence
  defense foreign affairs army police forces force agency council committee office department news
  press times post reuters associated national international united nations world organization
  organisation red cross crescent emergency relief rescue security civil aviation commission report
  reports update updated read more advertisement photo image caption video live breaking
  north south east west northern southern eastern western central province region district city town
  village people human rights watch street road editing reporting writing additional correspondent
  staff agencies agency service services centre center authority management disaster`.split(/\s+/),
);

/** The capitalised names an article uses most, with counts: what ties articles about one event. */
export function findNames(text: string, start: number, end: number, limit = 10): Record<string, number> {
  const counts = new Map<string, number>();
  // A word the article also writes in lower case is a common noun in a title ("Disaster
  // Management Authority"), not a name.
  const lower = new Set<string>();
  WORD_TOKEN.lastIndex = start;
  for (let m = WORD_TOKEN.exec(text); m && m.index < end; m = WORD_TOKEN.exec(text)) {
    const token = m[0].replace(/['’]s?$/, "");
    const code = token.charCodeAt(0);
    if (code >= 97) {
      lower.add(token);
      continue;
    }
    if (token.length < 4 || /[A-Z]/.test(token.slice(1))) continue;
    // Not at a sentence's start: the last non-space character before it opens no sentence.
    let k = m.index - 1;
    while (k >= start && (text[k] === " " || text[k] === "\t")) k--;
    if (k < start || SENTENCE_OPENER.test(text[k]!)) continue;
    const word = token.toLowerCase();
    if (!NOT_A_NAME.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  for (const word of counts.keys()) if (lower.has(word)) counts.delete(word);
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit));
}

// "the city of El Geneina" names its city; it does not stand for one named before.
const ANAPHOR = /\b(?:there|the (?:city|town|village|area|region|province|enclave|territory|strip|camp|country|district)|this (?:city|town|village|area|region|camp))\b/gi;
const NAMES_ITSELF = /^\s+of\s+[A-Z]/;

/** Anaphors that stand for the last place named ("sheltering there", "fled the city"). */
export function findAnaphors(text: string, start: number, end: number): Span[] {
  const found: Span[] = [];
  for (const m of text.slice(start, end).matchAll(ANAPHOR)) {
    if (NAMES_ITSELF.test(text.slice(start + m.index! + m[0].length, start + m.index! + m[0].length + 6))) continue;
    found.push({ start: start + m.index!, end: start + m.index! + m[0].length });
  }
  return found;
}

/**
 * The place an anaphor stands for: "the city" is the last place called a city (or the dateline's
 * city) when the article has one, never the country around it; otherwise the last place named.
 */
export function anaphorPlace(text: string, places: readonly PlaceMention[], anaphor: string, offset: number): PlaceMention | null {
  const last = placeBefore(places, offset);
  if (!last) return null;
  const before = places.slice(0, places.indexOf(last) + 1).reverse();
  // "the camp" is the place named with that noun ("Kilasso camp", "the province of Al Haouz").
  const noun = /\b(camp|district|province|region|city|town|village)$/i.exec(anaphor)?.[1]?.toLowerCase();
  if (noun) {
    const named = before.find((p) => new RegExp(`^\\s+(?:[\\w-]+\\s+)?${noun}`, "i").test(text.slice(p.end, p.end + 24)) || new RegExp(`${noun}\\s+of\\s+$`, "i").test(text.slice(Math.max(0, p.start - 16), p.start)));
    if (named) return named;
  }
  if (/\b(?:city|town|village)\b/i.test(anaphor)) {
    return before.find((p) => p.settlement && !p.division) ?? before.find((p) => !p.container && !p.division) ?? last;
  }
  if (/\bcountry\b/i.test(anaphor)) return before.find((p) => p.container) ?? last;
  return last;
}

/** The last place mentioned before `offset`, if any. */
export function placeBefore(places: readonly PlaceMention[], offset: number): PlaceMention | null {
  let lo = 0;
  let hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? places[lo - 1]! : null;
}
