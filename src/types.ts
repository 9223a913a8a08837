// The shared vocabulary of claimdiff: what flows between the pipeline's stages.
// Nothing here does work; every stage imports from here and from nowhere upstream of it.

/** An interval a sentence commits to. `null` means unbounded on that side. */
export interface Interval {
  low: number | null;
  high: number | null;
  lowInclusive: boolean;
  highInclusive: boolean;
}

/** Where a source's publication date came from. */
export type DateOrigin = "front-matter" | "sidecar" | "text" | "none";

/** One article as read from disk. `text` is the whole file (BOM removed), front matter included. */
export interface Source {
  id: string;
  path: string;
  text: string;
  /** Offset where the article body starts (after front matter), so extraction skips YAML. */
  bodyStart: number;
  outlet: string | null;
  title: string | null;
  url: string | null;
  author: string | null;
  /** ISO date (YYYY-MM-DD) the article was published, or null. */
  date: string | null;
  dateFrom: DateOrigin;
}

/** A number as written in text: digits, words or both ("1.5 million", "four", "a dozen"). */
export interface NumberMatch {
  start: number;
  end: number;
  text: string;
  /** The exact figure: "1.5 million" is 1500000, "a dozen" is 12. For vague words, the central guess. */
  value: number;
  /** Vague quantities ("dozens", "several", "tens of thousands") carry the range they stand for. */
  vague?: { low: number; high: number };
  /** True when the number was written (at least partly) in words. */
  words: boolean;
  /** "percent" for 80%, "80 percent"; null for plain counts. */
  unit: "percent" | null;
}

/** A number with the words that bound it ("more than 34,000", "between 5,000 and 6,000"). */
export interface Quantity {
  start: number;
  end: number;
  text: string;
  /** The figure as written (the first one for a range). */
  figure: number;
  interval: Interval;
  /** The qualifier as written, lowercased ("more than", "nearly"), or null. */
  qualifier: string | null;
  vague: boolean;
  unit: "percent" | null;
}

/** Settings that change how figures become intervals. Documented in the README. */
export interface NormalizeOptions {
  /** How far below/above an approximate figure ("about 20") the interval reaches, as a share. */
  approxWidth: number;
  /** How far below a "nearly"/"almost" figure the interval reaches, as a share. */
  nearlyWidth: number;
}

/** How a quantity behaves over time. */
export type MetricKind = "cumulative" | "event" | "snapshot";

/** A thing that is counted, as defined in claims/metrics.yaml. */
export interface Metric {
  id: string;
  label: string;
  kind: MetricKind;
  /** Verbs and nouns that say what happened ("killed", "death toll"). */
  cues: string[];
  /** Words for what is counted when the metric needs one ("soldiers", "hostages"). */
  subjects?: string[];
  /** Phrases that must not precede a cue for the metric to apply ("fled to" is not "fled"). */
  notAfter?: string[];
}

/** What a figure is about, beyond its metric: one incident, or one place. */
export interface ClaimScope {
  type: "incident" | "place" | "none";
  /** For incidents, the kind named: "attack", "strike", "ambush", "raid", "bombing"… */
  incident: string | null;
  /** Normalized place key ("kerem-shalom") and its display name ("Kerem Shalom"). */
  place: string | null;
  placeName: string | null;
  /** For incidents named by their day ("the 7 October attack"): "oct-7". */
  date: string | null;
  /** Whether what is counted can be one incident's (a toll can; people sheltering cannot). */
  incidental?: boolean;
  /** "across Ukraine", "nationwide": the whole country's count, not its city's. */
  nationwide?: boolean;
  /** "In Syria, the ministry said …": a place that opens the sentence, before its speaker. */
  scene?: boolean;
  /** "…by district: Sindhupalchok 3 427; Kathmandu 1 222": one place's share of a breakdown. */
  breakdown?: boolean;
  /** "in Leyte province alone": a place's own count, apart from the story's. */
  alone?: boolean;
  /** "entered Armenia from Nagorno-Karabakh": where the counted people came from. */
  origin?: boolean;
  /** "in Turkey and Syria": the places counted together (then `place` joins their keys with "+"). */
  joint?: string[];
  /** "305 Malians", "two Britons": a nationality the figure counts, unlisted among the groups. */
  nationality?: string;
  /** The incident is a guess: the article's, taken by a figure that names none itself. */
  guessed?: boolean;
  /** "a new quake", "this morning's blast": an incident after the story's first, not the story's own. */
  fresh?: boolean;
}

/** Whether a figure reports a present count, or something else that must not be compared. */
export type ClaimStatus = "reported" | "projection" | "historical" | "negated";

export interface Span {
  start: number;
  end: number;
}

/** Who holds which office: "Israeli Minister of Defense Yoav Gallant". */
export interface RoleFact {
  type: "role";
  /** The person's canonical name and key ("Yoav Gallant", "yoav-gallant"). */
  person: string;
  personKey: string;
  /** The office, normalized ("Minister of Defense", "defense-minister@israel"). */
  office: string;
  officeKey: string;
  /** "former", "ret.", "then-": the role is not held at the article's date. */
  former: boolean;
  /** How well the mention matched the canonical person/office (1 = exact alias). */
  score: number;
}

/** When an event happened: "the attack on Kerem Shalom on May 5th". */
export interface EventDateFact {
  type: "event-date";
  /** Same shape as a count metric's scope: "attack@kerem-shalom". */
  event: string;
  date: string;
  /** What the text stated; the rest was implied by the article's date. */
  stated: ("day" | "month" | "year" | "weekday")[];
}

/** How long something has run: "the war rages into its seventh month". */
export interface DurationFact {
  type: "duration";
  event: string;
  /** The event's start, from claims/events.yaml. */
  since: string;
  unit: "day" | "week" | "month" | "year";
  /** "in its fifth month" = ordinal 5; "seven months ago" = elapsed 7. */
  ordinal: number | null;
  elapsed: number | null;
}

/** A simple status: a crossing "closed" or "reopened". */
export interface StatusFact {
  type: "status";
  subject: string;
  status: string;
}

export type Fact = RoleFact | EventDateFact | DurationFact | StatusFact;

/** A figure (or fact) one source states, with everything needed to compare it. */
export interface Claim {
  id: string;
  source: string;
  kind: "count" | "fact";
  /** The comparison key: metric id plus scope ("deaths.gaza.cumulative", "killed.soldiers@kerem-shalom"). */
  metric: string;
  label: string;
  /** Exact slice of the source text: the quantity as written. */
  text: string;
  span: Span;
  sentence: string;
  sentenceSpan: Span;
  value: Interval;
  qualifier: string | null;
  /** The claimant as written ("the Hamas-run health ministry"), or null. */
  attribution: string | null;
  /** The canonical claimant the attribution resolves to ("gaza-health-ministry"), or null. */
  claimant: string | null;
  asOf: string | null;
  /** Whether `asOf` was stated in the text or implied by the article's date. */
  asOfFrom: "text" | "article" | null;
  /** A clock time the text gives for the figure ("0900 GMT" in a live blog), as HH:MM. */
  asOfTime?: string | null;
  supersededBy: string | null;
  status: ClaimStatus;
  /** For a figure set aside as history: the earlier year it is tied to. */
  pastYear?: number;
  /** Headline or body: a headline that disagrees with its own body is an internal conflict. */
  role: "headline" | "body";
  /** Why the extractor made this claim: parser and cues, for `explain` and `--debug`. */
  evidence: string[];
  /** How the metric behaves over time, which decides the comparison rule. */
  metricKind: MetricKind;
  /** A vague quantity ("dozens", "several"): shown, but too loose to contradict anything. */
  vague: boolean;
  /** "percent" for a share of people ("80 percent of residents", "one in five"); absent for counts. */
  unit?: "percent";
  /** What the figure is about; compare/ turns it into the comparison key. */
  scope?: ClaimScope;
  /** For `kind: "fact"` claims, the normalized fact (the JSON report puts it in `value`). */
  fact?: Fact;
}

export type Verdict = "confirmed" | "false-alarm" | "explained" | "follow-up";
export const VERDICTS: readonly Verdict[] = ["confirmed", "false-alarm", "explained", "follow-up"];

export interface Review {
  verdict: Verdict;
  note: string | null;
  by: string;
  at: string;
  /** True when the claims behind the conflict changed since the verdict was recorded. */
  stale: boolean;
}

export type Severity = "high" | "medium" | "low";
export type ConflictKind = "contradiction" | "decrease" | "internal" | "attribution" | "calendar";

export interface Conflict {
  id: string;
  metric: string;
  kind: ConflictKind;
  severity: Severity;
  claims: string[];
  explanation: string;
  review: Review | null;
}

/** What one run produces: every stage after extraction reads and extends this. */
export interface Report {
  version: 1;
  sources: Source[];
  claims: Claim[];
  conflicts: Conflict[];
  /** Figures read as projections, negations or history: kept apart and never compared. */
  asides?: Claim[];
}

/** A problem with one input that did not stop the run. */
export interface Warning {
  file: string;
  message: string;
}

/** What every pure stage gets instead of touching the clock or the environment. */
export interface Context {
  /** ISO date used where "today" matters (undated drafts). */
  today: string;
  normalize: NormalizeOptions;
  debug?: (message: string) => void;
}
