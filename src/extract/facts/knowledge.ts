// Compiles claims/people.yaml, claims/offices.yaml and claims/events.yaml (already parsed) into
// what fact extraction matches against. Knowledge lives in the YAML; this module checks its shape.
import { alternation, type Lexicon } from "../lexicon.js";
import { compileOfficeVocabulary, parseOffice, type OfficeVocabulary } from "./offices.js";
import { parseName, type KnownOffice, type KnownPerson } from "./person-names.js";
import { slug } from "./tokens.js";

export interface KnownEvent {
  id: string;
  name: string;
  /** ISO date the event began. */
  start: string;
  /** Normalized aliases ("war in gaza", "october 7 attack"), for incident phrases. */
  aliases: string[];
  /** "the [fillers] ALIAS" in text, longest alias first. */
  mention: RegExp;
  /** Words an article must mention for a generic alias to mean this event; null: no condition. */
  context: RegExp | null;
}

/** Words sorted into kinds: "rocket attack" is an attack, "border crossing" a crossing. */
export interface WordClasses {
  pattern: RegExp;
  classOf(written: string): string | null;
}

export interface FactKnowledge {
  offices: OfficeVocabulary;
  people: KnownPerson[];
  events: KnownEvent[];
  /** Words that may stand between "the" and an event's name ("the ongoing war"). */
  fillers: Set<string>;
  incidents: WordClasses;
  /** The incident words in the shape findIncidents (extract/scope.ts) reads. */
  incidentLexicon: Lexicon;
  facilities: WordClasses;
  statuses: WordClasses;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function isoDate(value: unknown, where: string): string {
  // YAML 1.1 readers turn 2023-10-07 into a Date; the default schema keeps it a string.
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  if (typeof text !== "string" || !ISO.test(text)) throw new Error(`${where} must be an ISO date (YYYY-MM-DD)`);
  return text;
}

function words(value: unknown, where: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) throw new Error(`${where} must be a list of words`);
  return value as string[];
}

function record(value: unknown, where: string): Record<string, unknown> {
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new Error(`${where} must be a mapping`);
  return value as Record<string, unknown>;
}

function list(value: unknown, where: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new Error(`${where} must be a list`);
  return value;
}

function compilePeople(doc: unknown, vocab: OfficeVocabulary): KnownPerson[] {
  return list(doc, "people").map((entry, i) => {
    const p = record(entry, `people[${i}]`);
    if (typeof p.name !== "string") throw new Error(`people[${i}] needs a name`);
    const where = `people[${i}] (${p.name})`;
    const names = [p.name, ...words(p.aliases, `${where}.aliases`)].map((n) => parseName(n)).filter((n) => n !== null);
    if (!names[0]?.given) throw new Error(`${where}: the name must give a first name and a surname`);
    const offices = list(p.offices, `${where}.offices`).map((o, j): KnownOffice => {
      const at = `${where}.offices[${j}]`;
      const held = record(o, at);
      const office = typeof held.office === "string" ? parseOffice(vocab, held.office) : null;
      if (!office) throw new Error(`${at}: "${String(held.office)}" has no title listed in offices.yaml`);
      return { office, from: held.from === undefined ? null : isoDate(held.from, `${at}.from`), to: held.to === undefined ? null : isoDate(held.to, `${at}.to`) };
    });
    return { key: names[0].key, name: p.name, names, offices };
  });
}

/** Lowercase, no "the", no ordinal suffixes, months spelled out and first: "october 7 attack". */
export function normalizeEventPhrase(phrase: string, fillers: ReadonlySet<string>): string {
  const months: Record<string, string> = { jan: "january", feb: "february", mar: "march", apr: "april", jun: "june", jul: "july", aug: "august", sep: "september", sept: "september", oct: "october", nov: "november", dec: "december" };
  return phrase
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/\b(\d{1,2})(?:st|nd|rd|th)\b/g, "$1")
    .replace(/\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?/g, (_, m: string) => months[m]!)
    .replace(/\b(\d{1,2})\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/g, "$2 $1")
    .split(/\s+/)
    .filter((w) => w && w !== "the" && !fillers.has(w))
    .join(" ");
}

function compileEvents(doc: unknown, fillers: Set<string>): KnownEvent[] {
  const fill = fillers.size ? `(?:(?:${alternation([...fillers])})\\s+){0,3}` : "";
  return list(doc, "events").map((entry, i) => {
    const e = record(entry, `events[${i}]`);
    if (typeof e.id !== "string" || typeof e.name !== "string") throw new Error(`events[${i}] needs an id and a name`);
    const where = `events[${i}] (${e.id})`;
    const aliases = words(e.aliases, `${where}.aliases`);
    if (aliases.length === 0) throw new Error(`${where} needs aliases`);
    const context = words(e.context, `${where}.context`);
    return {
      id: slug(e.id),
      name: e.name,
      start: isoDate(e.start, `${where}.start`),
      aliases: aliases.map((a) => normalizeEventPhrase(a, fillers)),
      mention: new RegExp(`\\bthe\\s+${fill}(?:${alternation(aliases)})\\b`, "gi"),
      context: context.length ? new RegExp(`\\b(?:${alternation(context)})\\b`, "gi") : null,
    };
  });
}

/** Lists whose first word names the class: [[attack, rocket attack], [strike, airstrike]]. */
function wordClasses(classes: [string, string[]][]): WordClasses {
  const byWord = new Map<string, string>();
  for (const [name, variants] of classes) for (const w of [name, ...variants]) byWord.set(w.toLowerCase().replace(/\s+/g, " "), slug(name));
  return {
    pattern: new RegExp(`\\b(?:${alternation([...byWord.keys()])})\\b`, "gi"),
    classOf: (written) => byWord.get(written.toLowerCase().replace(/\s+/g, " ")) ?? null,
  };
}

function firstIsClass(value: unknown, where: string): [string, string[]][] {
  return list(value, where).map((group, i) => {
    const ws = words(group, `${where}[${i}]`);
    if (ws.length === 0) throw new Error(`${where}[${i}] is empty`);
    return [ws[0]!, ws.slice(1)];
  });
}

/** Builds fact knowledge from the three parsed YAML documents; throws naming the bad entry. */
export function compileFactKnowledge({ people, offices, events }: { people: unknown; offices: unknown; events: unknown }): FactKnowledge {
  const vocab = compileOfficeVocabulary(offices);
  const root = record(events, "events.yaml");
  const fillers = new Set(words(root.fillers, "fillers").map((w) => w.toLowerCase()));
  const incidents = wordClasses(firstIsClass(root.incidents, "incidents"));
  const statuses = wordClasses(Object.entries(record(root.statuses ?? {}, "statuses")).map(([name, ws]) => [name, words(ws, `statuses.${name}`)]));
  return {
    offices: vocab,
    people: compilePeople(people, vocab),
    events: compileEvents(root.events, fillers),
    fillers,
    incidents,
    incidentLexicon: { groups: [], demonyms: false, metrics: [], daily: /(?!)/, weekly: /(?!)/, increment: /(?!)/, notPeople: /(?!)/, incidents: incidents.pattern },
    facilities: wordClasses(firstIsClass(root.facilities, "facilities")),
    statuses,
  };
}
