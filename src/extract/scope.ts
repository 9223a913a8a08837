// The scope of a figure: the incident it belongs to ("killed in the 5 May attack on Kerem
// Shalom") or the place it counts ("sheltering in Rafah"). Scope + metric = comparison key.
import type { ClaimScope, Span } from "../types.js";
import { namesCount, type Lexicon } from "./lexicon.js";
import { groupAt } from "./read-words.js";
import { TABLE_ROW_HEAD } from "./tables.js";
import { anaphorPlace, findAnaphors, LIST_LINE, PLACE_LIST_ITEM, placeBefore, placeKey, PROSE_LIST_ITEM, type PlaceMention } from "./places.js";

export interface Scope extends ClaimScope {
  why: string;
}

const INCIDENT_NOUNS: [RegExp, string][] = [
  [/ambush/i, "ambush"],
  [/counter-?strike|air\s*strike|strike|missile/i, "strike"],
  [/raid/i, "raid"],
  [/blast|explosion/i, "blast"],
  [/offensive/i, "offensive"],
  [/bomb/i, "bombing"],
  [/shell/i, "shelling"],
  [/massacre/i, "massacre"],
  [/shooting/i, "shooting"],
  [/operation/i, "operation"],
  [/attack|assault/i, "attack"],
];

/** Incidents whose toll keeps rising for days (an explosion's injured die later; an offensive goes on). */
export const RUNNING_INCIDENTS: ReadonlySet<string> = new Set(["blast", "offensive", "operation", "strike", "attack", "bombing", "shelling", "shooting", "massacre"]);

/** One word for the kind of incident: "air strike" and "airstrikes" are both a strike. */
export function incidentNoun(word: string): string {
  return INCIDENT_NOUNS.find(([pattern]) => pattern.test(word))?.[1] ?? word.toLowerCase();
}

function scope(type: Scope["type"], why: string, parts: Partial<ClaimScope> = {}): Scope {
  return { type, incident: null, place: null, placeName: null, date: null, why, ...parts };
}

/** What extraction knows about an article while reading its sentences. */
export interface ArticleContext {
  text: string;
  sourceId: string;
  places: PlaceMention[];
  /** Incidents named so far, with the place that names them, in reading order. */
  incidents: { at: number; place: string | null; placeName: string | null; date: string | null }[];
}

// "in Rafah", "in the north", "in war-torn Syria".
const LOCATIVE_BEFORE = /\b(?:in|into|across|throughout|inside|outside|near|at|around|of|on|to|from)\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+)?(?:[a-z]+-[a-z]+\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?$/i;
const ATTRIBUTION_START = /\b(?:according to|said|says|citing|told)\b/i;
const INCIDENT_LINK_AFTER = /^[^.;]{0,40}?\b(?:in|during|after|by|from|following|when)\s+(?:the|a|an|an?\s+\w+|last\s+\w+|this\s+\w+)?\s*/i;
// Month names exactly ("martyrs" is not March).
const MONTH_WORD = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const DATE_WORDS = new RegExp(String.raw`\b(?:${MONTH_WORD}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD})\b`, "i");

const NATIONWIDE = /\b(?:nationwide|countrywide|across the country|throughout the country|in the whole country|across (?:all of\s+)?([A-Z][\p{L}'’-]+))\b/u;
const RUNNING_TOTAL = /\bsince\s+(?:the\s+)?(?:war|conflict|fighting|start|beginning|outbreak|offensive|siege|invasion|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)|\bin\s+total\b|\boverall\b/i;
const PLACE_COUNT = /^(?:['’]s)?\s+(?:(?:official|confirmed|national|overall|own|final|latest)\s+)?(?:death\s+)?(?:toll|tally|count)\b/i;
const LABEL_PLACE = /^\s*(?:[-*•]\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s*:\s*$/u;
const WORLDWIDE = /\b(?:worldwide|around the world|across the world|across the region|(?:across|in) (?:the|all) (?:(?:two|three|four|five|six|\d+)\s+)?(?:affected\s+)?countries|in (?:\d+|several|many|all|a dozen|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen))\s+countries|(?:around|across) the (?:\p{Lu}\p{L}+\s+)+Ocean)\b/u;
// "the combined toll", "the overall count": a figure for every place at once.
const WHOLE = /\b(?:combined|overall|joint|total|both)\b/i;
const ACROSS_SPEAKER = /\b(?:said|says|say|told|came\s+as|comes\s+as|according\s+to)\b/i;

// "the National Emergency Operation Centre", "the Strike Command": an office, not an incident.
const OFFICE_AFTER = /^\s+(?:Cent(?:re|er)s?|Rooms?|Command|Headquarters|Units?|Department|Office|Agency|Force|Group|Team|Cell)\b/;

/** The incident words between `start` and `end`, in reading order. */
function incidentsIn(lexicon: Lexicon, text: string, start: number, end: number): Span[] {
  const found: Span[] = [];
  // matchAll starts where the last exec left the shared pattern: reset it first.
  lexicon.incidents.lastIndex = 0;
  for (const m of text.slice(start, end).matchAll(lexicon.incidents)) {
    const span = { start: start + m.index!, end: start + m.index! + m[0].length };
    if (!OFFICE_AFTER.test(text.slice(span.end, span.end + 16))) found.push(span);
  }
  return found;
}

function firstIncident(lexicon: Lexicon, text: string, start: number, end: number): Span | null {
  return incidentsIn(lexicon, text, start, end)[0] ?? null;
}

function lastIncident(lexicon: Lexicon, text: string, start: number, end: number): Span | null {
  return incidentsIn(lexicon, text, start, end).at(-1) ?? null;
}

function dateKey(phrase: string): string | null {
  const m = DATE_WORDS.exec(phrase);
  if (!m) return null;
  const month = /(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.exec(m[0])![1]!.toLowerCase();
  const day = /\d{1,2}/.exec(m[0])![0];
  return `${month}-${day}`;
}

// "the attack on Kerem Shalom", "a missile struck the crowded Kazan market".
const PLACE_AFTER_INCIDENT = /^\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}(?:(?:on|at|in|near|against|targeting|outside)\s+(?:the\s+)?)?$|^\s+(?:struck|hit|slammed\s+into|tore\s+through|ripped\s+through|targeted)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?$/i;
const PLACE_BEFORE_INCIDENT = /^(?:\s+(?!after\b|before\b|following\b|since\b|and\b)[\w-]+){0,2}\s*$/i;

/** The place that names an incident: "the attack on Kerem Shalom", "the Kerem Shalom attack". */
function incidentPlace(article: ArticleContext, incident: Span): PlaceMention | null {
  const { text, places } = article;
  for (const p of places) {
    if (p.start >= incident.end && p.start <= incident.end + 40 && PLACE_AFTER_INCIDENT.test(text.slice(incident.end, p.start))) return p;
    if (p.end <= incident.start && p.end >= incident.start - 30 && PLACE_BEFORE_INCIDENT.test(text.slice(p.end, incident.start))) return p;
  }
  return null;
}

/** Every incident an article names, with its place and date: "the attack" may refer back to one. */
export function findIncidents(article: ArticleContext, lexicon: Lexicon, start: number, end: number): void {
  const { text } = article;
  for (const span of incidentsIn(lexicon, text, start, end)) {
    const phrase = text.slice(Math.max(start, span.start - 40), Math.min(end, span.end + 40));
    const place = incidentPlace(article, span);
    article.incidents.push({ at: span.start, place: place?.key ?? null, placeName: place ? text.slice(place.start, place.end) : null, date: dateKey(phrase) });
  }
}

// "a new magnitude 6.3 quake", "this morning's quake", "a second blast": not the story's first.
const FRESH_INCIDENT = /\b(?:new|another|second|third|fresh|latest|today['’]s|tonight['’]s|yesterday['’]s|this\s+(?:morning|afternoon|evening)['’]s|last\s+night['’]s)\s+(?:[\w.-]+\s+){0,3}$/i;

/** The incident a toll belongs to, if the sentence ties it to one. */
function incidentScope(article: ArticleContext, lexicon: Lexicon, sentence: Span, figure: Span, cue: Span): Scope | null {
  const { text } = article;
  const anchor = Math.min(figure.start, cue.start);
  // A running total is no incident's: "killed in Israeli strikes since Oct. 7", "in total".
  if (RUNNING_TOTAL.test(text.slice(sentence.start, sentence.end))) return null;
  // "a Hamas-led attack killed", "attacked the crossing, killing four soldiers"; but not across
  // a speaker: "The strike came as the council said 2,187 …".
  let incident = lastIncident(lexicon, text, Math.max(sentence.start, anchor - 110), anchor);
  if (incident && ACROSS_SPEAKER.test(text.slice(incident.end, anchor))) incident = null;
  // "the death toll from Hamas's Oct. 7 attack to about 1,200": between the cue and the figure.
  if (!incident && cue.end < figure.start) incident = lastIncident(lexicon, text, cue.end, figure.start);
  // "killed in the 7 October attack", "were killed after the May 5th attack"
  if (!incident) {
    const from = Math.max(cue.end, figure.end);
    const link = INCIDENT_LINK_AFTER.exec(text.slice(from, sentence.end));
    if (link) incident = firstIncident(lexicon, text, from + link.index, Math.min(sentence.end, from + link[0].length + 40));
  }
  // "During the border-crossing operation, about 20 militants were killed"
  if (!incident && /^\s*(?:during|in|after)\b/i.test(text.slice(sentence.start, sentence.start + 12))) {
    incident = firstIncident(lexicon, text, sentence.start, Math.min(anchor, sentence.start + 60));
  }
  if (!incident) return null;
  const named = article.incidents.find((i) => i.at === incident.start);
  // "killed in Israeli strikes": many incidents, none in particular, unless a place or day names them.
  if (/s$/i.test(text.slice(incident.start, incident.end)) && !named?.place && !named?.date) return null;
  const place = named?.place ?? null;
  const date = named?.date ?? dateKey(text.slice(Math.max(sentence.start, incident.start - 40), Math.min(sentence.end, incident.end + 40)));
  const word = text.slice(incident.start, incident.end);
  const noun = incidentNoun(word);
  if (place) return scope("incident", `the ${word} at ${named?.placeName}`, { incident: noun, place, placeName: named?.placeName ?? null, date });
  // "the attack", "the May 5th attack": the last incident this article named with a place.
  // "Monday night's mortar attack" refers back too; "a second attack", "another raid" do not.
  const lead = text.slice(Math.max(sentence.start, incident.start - 30), incident.start);
  const definite = /\bthe\s+(?:[\w-]+\s+){0,3}$/i.test(lead) || (/['’]s\s+(?:[\w-]+\s+){0,2}$/.test(lead) && !/\b(?:a|an|another|second|new)\s+(?:[\w'’-]+\s+){0,3}$/i.test(lead));
  const earlier = article.incidents.filter((i) => i.place && i.at < incident.start && (!date || !i.date || i.date === date)).at(-1);
  if (definite && earlier?.place) {
    return scope("incident", `"the ${word}" refers to the incident at ${earlier.placeName}`, { incident: noun, place: earlier.place, placeName: earlier.placeName, date: date ?? earlier.date });
  }
  const fresh = FRESH_INCIDENT.test(lead);
  return scope("incident", date ? `the ${word} of ${date}` : fresh ? `a later ${word} ("${lead.trim()} ${word}")` : `a ${word} the article does not place`, { incident: noun, date, ...(fresh ? { fresh } : {}) });
}

// "in southern Turkey and northern Syria", "in Gaza, Lebanon and Israel": places counted together.
const AND_NEXT = /^\s*,?\s+(?:and|&)\s+(?:the\s+)?(?:(?:north|south)?-?(?:east|west)(?:ern)?\s+|(?:north|south)(?:ern)?\s+|central\s+)?$/i;
const COMMA_NEXT = /^\s*,\s+(?:the\s+)?(?:(?:north|south)?-?(?:east|west)(?:ern)?\s+|(?:north|south)(?:ern)?\s+|central\s+)?$/i;

/** The places coordinated with `p` by "and" ("X and Y", "X, Y and Z"; "Derna, Libya" is one place). */
function coordinated(text: string, places: readonly PlaceMention[], p: PlaceMention): PlaceMention[] {
  const at = places.indexOf(p);
  if (at < 0) return [p];
  let first = at;
  let last = at;
  const joins = (a: PlaceMention, b: PlaceMention) => {
    const between = text.slice(a.end, b.start);
    return AND_NEXT.test(between) ? "and" : COMMA_NEXT.test(between) ? "comma" : null;
  };
  while (first > 0 && joins(places[first - 1]!, places[first]!)) first--;
  while (last < places.length - 1 && joins(places[last]!, places[last + 1]!)) last++;
  const chain = places.slice(first, last + 1);
  // Only a chain joined by "and" somewhere, and ending with it, lists places side by side.
  if (chain.length < 2 || joins(chain.at(-2)!, chain.at(-1)!) !== "and") return [p];
  return new Set(chain.map((q) => q.key)).size === chain.length ? chain : [p];
}

function placed(article: Pick<ArticleContext, "text" | "places">, p: PlaceMention, why: string): Scope {
  const { text } = article;
  // "in Leyte province alone": one place's share of a larger count.
  const alone = /^(?:\s+(?:province|prefecture|department|district|region|county|state|city|town))?\s+alone\b/i.test(text.slice(p.end, p.end + 20));
  const chain = coordinated(text, article.places, p);
  if (chain.length > 1) {
    const keys = chain.map((q) => q.key).sort();
    return scope("place", `${why}, with ${chain.filter((q) => q !== p).map((q) => text.slice(q.start, q.end)).join(", ")}: counted together`, { place: keys.join("+"), placeName: text.slice(chain[0]!.start, chain.at(-1)!.end), joint: keys });
  }
  const origin = /\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, p.start - 10), p.start));
  return scope("place", why, { place: p.key, placeName: text.slice(p.start, p.end), ...(alone ? { alone: true } : {}), ...(origin ? { origin: true } : {}) });
}

// "Officially about 7,000", "Roughly 40": an adverb opening an answer heads no list ("Italy" does).
const ADVERB_HEAD = /^(?:Officially|Unofficially|Roughly|Approximately|Reportedly|Probably|Possibly|Initially|Currently|Only|Nearly|Altogether|Overall)$/;

const SPEAKER_PLACE_AFTER = /^[^,;]{0,30}?\b(?:said|says|told|reported|announced|confirmed|added)\b[^,;]{0,40}[.!?"”]?\s*$/i;

// "Across Miyagi prefecture the police have confirmed 5 053 deaths": the count is the place's,
// whoever gives it.
const ACROSS_OPENING = /^\W*(?:\d{1,2}[:.]\d{2}\W*)?(?:Across|Throughout|All over)\s+(?:the\s+)?$/;
// "Ishinomaki, the worst-hit city, lost 3,277 people", "Harris County, which includes Houston, had
// 43 deaths": a place that opens the sentence and lost them.
// "Hatay province alone accounts for more than 9,000 of Turkey's deaths": its share.
const PLACE_LOST = /^(?:\s+(?:province|prefecture|department|district|region|county|state|city|town))?(?:(?:\s*,[^,;]{1,50},)?\s+(?:(?:has\s+|had\s+)?(?:lost|buried|mourned|mourns)|had|has|saw|suffered)|(?:\s*,[^;]{1,80},)?(?:\s+alone)?\s+(?:accounts?|accounted)\s+for)\s+(?:(?:at\s+least|about|some|nearly|more\s+than|over|around|almost)\s+)?$/i;

// "… more than 70 remained unaccounted for, including workers staying in the village's two
// guesthouses": a place or anaphor past another clause's opening is that clause's.
const CLAUSE_BREAK = /\b(?:before|after|when|while|as|because|since|until|which|who|whose|including)\b|,\s*(?:and|but|the\s+majority|most|mostly|many|some|half|several)\b/i;

const SPEECH_VENUE = /\b(?:told|telling|briefed|briefing|addressing|said|says|speaking|spoke|announced|conference|statement)\s+(?:[\p{L}'’-]+\s+){0,2}(?:in|at)\s+(?:the\s+)?$/iu;

const ANOTHER_FIGURE = /(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen))\s+(?:of\s+(?:them|whom)\s+|[\p{L}-]+\s+)?(?:in|on|at)\s+(?:the\s+)?$/iu;

/** The place a figure counts: "where" clauses, a locative after the cue, anaphors, or before it. */
function placeScope(article: ArticleContext, lexicon: Lexicon, sentence: Span, figure: Span, cue: Span, listed = false): Scope | null {
  const { text, places } = article;
  const beforeFigure = text.slice(Math.max(sentence.start, figure.start - 40), figure.start);
  if (/,?\s*where\s*$/i.test(beforeFigure)) {
    const p = placeBefore(places, figure.start);
    if (p && p.start >= sentence.start) return placed(article, p, `"where" refers to ${text.slice(p.start, p.end)}`);
  }
  // "…are: Sindhupalchok 3 427; Kathmandu 1 222" and "- Province of Al Haouz: 1 684": the name
  // heading a list item.
  const lead = text.slice(sentence.start, figure.start);
  const item = cue.end <= figure.start ? (PLACE_LIST_ITEM.exec(lead) ?? (cue.end <= sentence.start ? LIST_LINE.exec(lead) : null) ?? (listed ? (PROSE_LIST_ITEM.exec(lead) ?? TABLE_ROW_HEAD.exec(lead)) : null)) : null;
  const itemAt = item ? sentence.start + item.index + item[0].lastIndexOf(item[1]!) : 0;
  // "| Students | 142 |": a row headed by a group of people counts them, wherever they were.
  // "| Missing | 2,523 | 2,556 |": a row headed by what it counts names no place.
  if (item && !/(?:ians|ans|is|ese|ons)$/.test(item[1]!) && !ADVERB_HEAD.test(item[1]!) && !groupAt(text, itemAt, lexicon) && !namesCount(lexicon, item[1]!)) {
    const start = itemAt;
    const end = start + item[1]!.length;
    return { ...placed(article, { start, end, key: placeKey(item[1]!), locative: false }, `"${item[1]}" heads the list item`), breakdown: true };
  }
  // "- Mozambique: 417 confirmed dead": a line headed by a place names what it counts.
  const label = LABEL_PLACE.exec(lead);
  const labelled = label ? places.find((p) => p.start === sentence.start + label.index + label[0].indexOf(label[1]!)) : undefined;
  if (labelled) return placed(article, labelled, `"${label![1]}:" heads the line`);
  const from = Math.max(figure.end, cue.end);
  // "…, United Nations officials said, among them 600,000 in Honduras": a claimant named before
  // the figure does not end its clause.
  const attribution = ATTRIBUTION_START.exec(text.slice(from, sentence.end));
  const clauseEnd = attribution ? from + attribution.index : sentence.end;
  // "1,081 civilian deaths across Ukraine", "3,280 … nationwide": the country's count.
  const wide = NATIONWIDE.exec(text.slice(from, Math.min(clauseEnd, from + 60)));
  if (wide) {
    const named = wide[1] ? places.find((p) => p.start === from + wide.index + wide[0].length - wide[1]!.length) : null;
    const country = named ?? places.filter((p) => p.container).at(-1) ?? null;
    if (country) return { ...placed(article, country, `"${wide[0].trim()}": the whole country`), nationwide: true };
  }
  // "killed by the tsunami around the Indian Ocean", "in 14 countries": every country's count.
  // Not across a colon: "… across the three countries: 417 in Mozambique" lists each country's.
  const spanStart = Math.max(Math.min(cue.start, figure.start), text.lastIndexOf(":", figure.start) + 1, text.lastIndexOf(";", figure.start) + 1);
  const span = text.slice(spanStart, Math.min(clauseEnd, Math.max(cue.end, figure.end) + 40));
  const all = WORLDWIDE.exec(span);
  // "1.2m people have fled across the region, among them 600,000 in Honduras": another clause's.
  const before = all ? text.slice(spanStart + all.index + all[0].length, figure.start) : "";
  if (all && !(spanStart + all.index < figure.start && before.includes(","))) return scope("place", `"${all[0]}": every country's count`, { place: "all-countries", placeName: all[0] });
  const anaphors = findAnaphors(text, from, clauseEnd).filter((a) => !CLAUSE_BREAK.test(text.slice(from, a.start)));
  // Only a place standing close after the cue is the figure's ("sheltering in Rafah"); one further
  // on usually belongs to another verb ("… before the storm made landfall near Baler").
  const reach = Math.min(clauseEnd, from + 45);
  for (const p of places) {
    if (p.start < from || p.start >= reach) continue;
    // "… fled to evacuation centres before the storm made landfall near Baler": another clause.
    if (CLAUSE_BREAK.test(text.slice(from, p.start))) break;
    // "353 dead: 277 of them in Sleman district, 52 in Magelang": a colon opens a list of parts.
    if (text.slice(from, p.start).includes(":")) break;
    if (anaphors.length && anaphors[0]!.start < p.start) break;
    // "the toll reached 50 - 42 on Abaco and eight on Grand Bahama": a place right after another
    // figure is that figure's (but "12 were injured and three remain missing in Dorne" share it).
    if (ANOTHER_FIGURE.test(text.slice(from, p.start))) break;
    // "…, at least 400 people died, a civil protection coordinator in Jérémie said": the speaker's
    // place, in a clause of its own after the count.
    if (text.slice(from, p.start).includes(",") && SPEAKER_PLACE_AFTER.test(text.slice(p.end, sentence.end))) break;
    if (LOCATIVE_BEFORE.test(text.slice(Math.max(0, p.start - 24), p.start))) {
      return placed(article, p, `"${text.slice(p.start, p.end)}" after the figure`);
    }
  }
  const anaphor = anaphors[0] ?? findAnaphors(text, sentence.start, figure.start).at(-1);
  if (anaphor) {
    const p = anaphorPlace(text, places, text.slice(anaphor.start, anaphor.end), anaphor.start);
    if (p) return placed(article, p, `"${text.slice(anaphor.start, anaphor.end)}" refers to ${text.slice(p.start, p.end)}`);
  }
  for (const p of places) {
    if (p.start < sentence.start || p.end > figure.start) continue;
    if (ACROSS_OPENING.test(text.slice(sentence.start, p.start))) return placed(article, p, `"${text.slice(sentence.start, p.end).trim()}" opens the sentence`);
    if (/^\W*$/.test(text.slice(sentence.start, p.start)) && PLACE_LOST.test(text.slice(p.end, figure.start))) return placed(article, p, `"${text.slice(p.start, p.end)}" opens the sentence as what lost them`);
    // "Turkey's death toll has hit 18,342": the place owns the count its cue names.
    if (cue.start < figure.start && p.end <= cue.start && /^['’]s\s+(?:[\w-]+\s+){0,2}$/.test(text.slice(p.end, cue.start))) {
      return placed(article, p, `"${text.slice(p.start, p.end)}'s" ${text.slice(cue.start, cue.end)}`);
    }
    // "the Mozambique toll: 417 dead", "Nepal's official count stands at": a place's own count.
    const owned = PLACE_COUNT.exec(text.slice(p.end, figure.start));
    if (owned) return placed(article, p, `"${text.slice(p.start, p.end)}${owned[0].trimEnd()}"`);
    // "The defence ministry in Kelmar says three soldiers were killed": the speaker's place (and
    // "In Moscow, the ministry said" too often is, to trust "In Syria, the UN says" alone: such a
    // place is kept as the scene, which counts only where a story sets places side by side).
    if (/\b(?:says?|said|reports?(?!\s+(?:of|that)\b)|reported|told|announced|confirmed|stated|recorded|registered|counted)\b/i.test(text.slice(p.end, figure.start))) {
      const opening = /^\W*(?:\d{1,2}[:.]\d{2}\W*)?In\s+(?:the\s+)?$/.test(text.slice(sentence.start, p.start)) && /^,/.test(text.slice(p.end, p.end + 1));
      const whole = WHOLE.test(text.slice(Math.max(p.end, Math.min(cue.start, figure.start) - 25), Math.max(cue.end, figure.end)));
      if (opening && !whole) return { ...placed(article, p, `"In ${text.slice(p.start, p.end)}," opens the sentence`), scene: true };
      // "Zimbabwe's information ministry says 259 have died", "Across the border, Belgium's crisis
      // centre reports 31 deaths": the speaker's country, kept as the scene.
      const owner = /^\W*(?:\d{1,2}[:.]\d{2}\W*)?(?:[^,;]{1,40},\s*)?$/.test(text.slice(sentence.start, p.start)) && /^(?:['’]s\s+(?:[\w-]+\s+){0,4}(?:says?|said|reports?|reported|announced|confirmed|stated)|\s+(?:has\s+|had\s+|have\s+)?(?:recorded|reported|registered|counted|confirmed))\b/i.test(text.slice(p.end, figure.start));
      if (owner && !whole) return { ...placed(article, p, `"${text.slice(p.start, p.end)}'s" speaker opens the sentence`), scene: true };
      // "in Al Haouz province, where the ministry counted 1,293": the place the count is of.
      if (/^[^.;]{0,30},?\s*where\b/i.test(text.slice(p.end, figure.start))) return placed(article, p, `"where" refers to ${text.slice(p.start, p.end)}`);
      continue;
    }
    // "told reporters in Kabul that the count was about 1,000": where it was said, not counted.
    if (SPEECH_VENUE.test(text.slice(Math.max(sentence.start, p.start - 40), p.start))) continue;
    if (LOCATIVE_BEFORE.test(text.slice(Math.max(0, p.start - 24), p.start))) {
      return placed(article, p, `"${text.slice(p.start, p.end)}" before the figure`);
    }
  }
  return null;
}

export function readScope(article: ArticleContext, lexicon: Lexicon, sentence: Span, figure: Span, cue: Span, incidentsCount: boolean, listed = false): Scope {
  if (incidentsCount) {
    const incident = incidentScope(article, lexicon, sentence, figure, cue);
    if (incident) return incident;
  }
  return placeScope(article, lexicon, sentence, figure, cue, listed) ?? scope("none", "no place or incident named");
}
