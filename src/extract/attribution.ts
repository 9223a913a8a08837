// Who says so: "according to the health ministry", "the army said", "said a UN spokesman",
// "Initially the IDF announced that ...". Returns the claimant as written.
import type { Span } from "../types.js";

/** The verbs that say who gives a figure ("said", "put the toll at", "documented"), as a pattern's source. */
export const VERBS = String.raw`lists|listed|gives\s+the\s+(?:toll|figure|number|count)\s+as|gave\s+the\s+(?:toll|figure|number|count)\s+as|gives\s+an?(?:\s+[\w-]+){0,2}?\s+(?:figure|toll|count|estimate|tally)|gave\s+an?(?:\s+[\w-]+){0,2}?\s+(?:figure|toll|count|estimate|tally)|raised the toll|raised its toll|has raised the toll|have raised the toll|revised the toll|revised its toll|updated the toll|updated its toll|lowered the toll|lowered its toll|said|says|say|reported|reports|announced|announces|estimated|estimates|stated|told|added|confirmed|claimed|claims|put the toll|put the figure|put the number|put the total|put the count|put it|puts the toll|puts the figure|puts the number|noted|wrote|tweeted|counted|recorded|registered|documented|verified|tallied|admitted|acknowledged|conceded|had documented|has documented`;
const ACCORDING = /\b(?:according\s+to|citing|per|figures\s+from|data\s+from)\s+(?:(?:estimates|figures|data|numbers|a statement)\s+(?:from|by)\s+)?([^,;.()"“”]{3,80}?)(?=\s*(?:[,;.()"“”]|$|\bwhich\b|\bwho\b|\bthat\b|\bsince\b|\bon\b))/i;
const SAID_BY = new RegExp(String.raw`(?:,|“|”|"|’)\s*(?:${VERBS})\s+((?:the\s+|a\s+|an\s+)?[^,;.()"“”]{3,80}?)(?=\s*[,;.()]|$)`, "i");
// "the figure of about 400 deaths … given by the Myanmar army": the figure's source, after it.
const GIVEN_BY = /\b(?:given|issued|released|published|put\s+out|provided|announced|reported|cited|registered|counted|recorded|documented|compiled|kept|verified)\s+by\s+((?:the\s+)?[^,;.()"“”]{3,60}?)(?=\s*(?:[,;.()]|$|\bon\b|\bin\b|\bwhich\b|\bwho\b))/i;
// "A spokesman for the UN humanitarian office (OCHA), Tomas Reyes, said": the office speaks.
const SPOKESPERSON_FOR = new RegExp(String.raw`\b(?:spokes(?:man|woman|person)|official|representative|director|head|chief|officer)\s+(?:for|of|at|from|with)\s+((?:the\s+)?[^,;.()"“”]{3,60}?)(?=\s*[,;.()]|\s+(?:${VERBS})\b)`, "i");
const REPORTING_VERB = new RegExp(String.raw`\b(?:${VERBS})\b`, "i");
// "the Moscow region's health ministry, in a statement issued at the same time, put the number at".
// A live blog's time stamp may open the sentence: "**09:30** Zimbabwe's information ministry says".
const SUBJECT_SAID = new RegExp(String.raw`(?:^\s*(?:\d{1,2}[:.]\d{2}\W*\s)?|[,;“"]\s*|\bthat\s+|\bwhile\s+)(?!(?:${VERBS}|which|who|whom|whose|when|where|while)\b)((?:the\s+|a\s+|an\s+)?(?:[A-Z][\p{L}'’.-]*|[a-z][\p{L}'’-]*)(?:\s+[\p{L}'’.-]+){0,6}?)(?:\s*,\s+(?:(?:in|on|at|citing|after|according|however|meanwhile|speaking|though|too|also|for\s+its\s+part)\b[^,;]{0,70}|[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){0,3}|(?:a|an|the)\s+[^,;]{2,60}),)?\s+(?:${VERBS})\b`, "iu");
// "The Karvo Prisoners' Families Association, which has collected names, says 19 …"
const SUBJECT_WHICH_SAID = new RegExp(String.raw`((?:the\s+)?[A-Z][\p{L}'’.-]*(?:\s+(?:of\s+|for\s+|the\s+)?[A-Z][\p{L}'’.-]*){0,6})\s*,\s*(?:which|who)\b[^;.]{0,120}?,\s*(?:(?:now|also|still|later|has|have|had|then)\s+)*(?:${VERBS})\b`, "u");
const DOCUMENT = /^(?:the\s+)?(?:(?:last|latest|final|new|first|official|updated)\s+)*(?:balance|figures?|count|toll|tally|data|report|bulletin|statement|update)\b/i;
const LEADING_DETERMINER = /^(?:the|a|an)\s+/i;
const PRONOUN = /^(?:he|she|they|it|we|i|you|this|that|which|who|officials?|sources?|have|has|had|been|is|are|was|were|also|then|now|and|or|but|so|as|if|the|a|an)$/i;

export interface Attribution extends Span {
  text: string;
}

// "Two Britons have been confirmed dead": a counted group, not a claimant.
const COUNTED = /^(?:the\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|scores|hundreds|thousands|several|many|some|at\s+least|more\s+than|nearly|about|around)\b/i;

function clean(raw: string): string | null {
  if (/\d/.test(raw) || COUNTED.test(raw.trim())) return null; // a figure is not a claimant: the pattern caught a clause
  const text = raw.trim().replace(/\s+/g, " ").replace(/(?:\s+(?:have|has|had|also|later|earlier|previously|initially|now|still|been|be|being|were|was|are|is|not|never|did|does|do))+$/i, "").replace(/^(?:initially|earlier|later|previously|meanwhile|however|but|and|also|now|as|while|since)\s+/i, "");
  if (!text || PRONOUN.test(text) || text.split(" ").length > 10) return null;
  // "continues to put the number": a verb caught as the subject.
  if (/^(?:continues?|continued|continuing|however|meanwhile|still|saying|adding|noting|citing|arguing|insisting)\b/i.test(text)) return null;
  // "gave a lower figure on Friday afternoon": a time or place, not who gave it.
  if (/^(?:on|in|at|from|for|by|with|to|during|after|before|this|last|late|early)\b/i.test(text)) return null;
  // "The final number of deaths we have documented": the count, not who counted it.
  // "The first briefing, on the morning of the collapse, reported": a document with no author named.
  if (/\b(?:number|toll|tally|figure|count|deaths?|briefing|bulletin|update|announcement)\b/i.test(text) && !/\b(?:ministry|office|agency|committee|department)\b/i.test(text)) return null;
  if (/\s(?:we|they|he|she|it|i)$/i.test(text)) return null;
  return text;
}

const globals = new Map<RegExp, RegExp>();
function globalOf(pattern: RegExp): RegExp {
  let g = globals.get(pattern);
  if (!g) globals.set(pattern, (g = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`)));
  return g;
}

// Where one claimant hands over to another: "X said 107 were in hospital, while Y put it at 121".
const CLAUSE_TURN = /;|,\s*(?:while|whereas|but)\b|\bwhile\b|,\s*and\s+(?=(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,5}\s+(?:said|says|put|puts|gave|gives|reported|estimated)\b)/gu;

/**
 * The claimant of a figure: in the figure's own clause when the sentence sets two claimants side
 * by side ("the federal ministry said 107 …, while the regional ministry put it at 121"), else
 * the sentence's first.
 */
export function findAttribution(text: string, sentence: Span, figure?: Span): Attribution | null {
  const s = text.slice(sentence.start, sentence.end);
  // A sentence's figures share its claimants: read them once.
  const found = last && last.text === text && last.start === sentence.start && last.end === sentence.end ? last.found : claimantsOf(s, sentence, !figure);
  last = { text, start: sentence.start, end: sentence.end, found };
  if (!figure) return found[0] ?? null;
  // "the 300,000 estimate given by the city's governor", "117 dead according to the state (122
  // according to the city hall)": a source named right after the figure is its own.
  const own = found.find((a) => a.start > figure.end && a.start - figure.end < 45 && /^\s*(?:[\p{L}-]+\s+)?(?:[\p{L}]+\s+by|according\s+to)\s+(?:the\s+)?$/iu.test(text.slice(figure.end, a.start)));
  if (own) return own;
  if (found.length <= 1) return found[0] ?? null;
  const turns = [...s.matchAll(CLAUSE_TURN)].map((m) => sentence.start + m.index!);
  if (turns.length === 0) return found[0]!;
  const clauseOf = (at: number) => turns.filter((t) => t <= at).length;
  return found.find((a) => clauseOf(a.start) === clauseOf(figure.start)) ?? found[0]!;
}

let last: { text: string; start: number; end: number; found: Attribution[] } | null = null;

/** Every claimant a sentence names, in pattern order; only the first when `firstOnly`. */
function claimantsOf(s: string, sentence: Span, firstOnly: boolean): Attribution[] {
  const found: Attribution[] = [];
  for (const pattern of [ACCORDING, SPOKESPERSON_FOR, SUBJECT_WHICH_SAID, SAID_BY, SUBJECT_SAID, GIVEN_BY]) {
    if (pattern === SPOKESPERSON_FOR && !REPORTING_VERB.test(s)) continue;
    // A match that is not a claimant ("Two Britons have been confirmed") may have another after it.
    for (const m of s.matchAll(globalOf(pattern))) {
      let raw = m[1]!;
      let rawAt = m.index! + m[0].indexOf(raw);
      // "According to the last balance communicated on Monday by the Ministry of Health": the
      // document's author speaks.
      if (pattern === ACCORDING && DOCUMENT.test(raw)) {
        const by = /\bby\s+((?:the\s+)?[^,;.()"“”]{3,80}?)(?=\s*(?:[,;.()]|$))/i.exec(s.slice(rawAt + raw.length, rawAt + raw.length + 120));
        if (!by) continue;
        rawAt = rawAt + raw.length + by.index + by[0].indexOf(by[1]!);
        raw = by[1]!;
      }
      const cleaned = clean(raw);
      if (!cleaned) continue;
      const at = sentence.start + rawAt;
      found.push({ start: at, end: at + raw.trimEnd().length, text: cleaned.replace(LEADING_DETERMINER, (d) => d.toLowerCase()) });
      if (firstOnly) return found;
    }
  }
  return found;
}
