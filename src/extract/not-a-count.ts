// Figures that are never counts of people, whatever words surround them: years, clock times,
// dates, money, ages, measurements, ordinals of units ("Route 6"), page furniture.
import type { Quantity } from "../types.js";

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const LABEL = "a name or label, not a count";
const BEFORE: [RegExp, string][] = [
  [new RegExp(String.raw`\b${MONTH}\s*$`, "i"), "a date (month before it)"],
  [/[$£€¥₹]\s*$|\b(?:US|A|C|NZ|HK)\$\s*$|\b(?:usd|eur|gbp|rs\.?|inr|kes|ngn)\s*$/i, "money"],
  [/\b(?:route|highway|road|resolution|article|chapter|section|page|flight|unit|brigade|division|battalion|platoon|number|numbered|no\.|room|gate|terminal|platform|category|level|magnitude|grade|phase|stage|paragraph|line|cell|block|building|apartment|km|kilometre|kilometer|mile|ward|district|sector|zone|camp|battery|regiment|corps|army|fleet)\s*$/i, LABEL],
  [/\d[:.]$/, "a clock time"],
  // "who died at the age of 55", "a man aged 37": an age.
  [/\b(?:at\s+the\s+age\s+of|aged|age)\s+$/i, "an age"],
  // "her two children", "their three sons": one family's own, told as a story, not a toll.
  [/\b(?:his|her|their|my|our)\s+$/i, "one family's own, not a toll"],
  // "for every ten more hostages", "one per family": a rate in a deal's terms.
  [/\b(?:every|each|per)\s+$/i, "a rate, not a count"],
];
const AFTER: [RegExp, string][] = [
  [new RegExp(String.raw`^\s*(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?![a-z])`, "i"), "a date (month after it)"],
  [/^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|hrs\b|hours\s+(?:gmt|local|utc)|gmt\b|utc\b|bst\b|est\b|edt\b|cet\b|cest\b|local time\b)/i, "a clock time"],
  // Time zones are capitals: "0900 GMT", "1400 EEST" (with /i, "last" would be one).
  [/^\s*(?:[A-Z]{2,4}T|[A-Z]ST)\b/, "a clock time"],
  [/^\s*(?:-|\s)?(?:years?|yrs?|months?)[-\s]+old\b|^-year-old|^\s*(?:years? of age)/i, "an age"],
  [/^\s*(?:dollars?|euros?|pounds?|sterling|shekels?|rupees?|yuan|yen|rubles?|roubles?|naira|shillings?|dinars?|riyals?|francs?|pesos?|bn dollars|million dollars|m dollars)\b/i, "money"],
  [/^\s*(?:km|kilomet(?:re|er)s?|miles?|metres?|meters?|feet|ft|kg|kilos?|tonnes?|tons?|litres?|liters?|mm|cm|hectares?|acres?|square|sq|degrees?|°|mph|km\/h|kph|knots|magnitude|richter)\b/i, "a measurement"],
  [/^[:.]\d/, "a clock time or decimal label"],
  // "her mother, father and four siblings were killed": kin are one family's story.
  [/^\s+(?:of\s+(?:his|her|their|my|our)\s+)?(?:siblings|brothers|sisters|sons|daughters|cousins|nephews|nieces|grandchildren|grandsons|granddaughters|uncles|aunts)\b/i, "one family's own, not a toll"],
];

// "Evacuees now number about 150,000", "the dead number at least 300": "number" as a verb after
// its subject (a plural noun or an adverb), not a label ("flight number 302", "the number 10
// bus", "bus number 12": "bus" ends in s but is no plural).
const NUMBER_VERB = /(?:\b(?:now|still|already|together|reportedly|currently|which|who|they|dead|injured|wounded|missing|displaced|homeless)|[a-z]{2,}(?<!\bbu)s)\s+number(?:ed)?\s*$/i;

/** Why a quantity is not a count of anything, or null when it may be one. `text` is the article body. */
export function notACount(text: string, quantity: Quantity): string | null {
  const before = text.slice(Math.max(0, quantity.start - 24), quantity.start);
  const after = text.slice(quantity.end, quantity.end + 24);
  const bare = quantity.qualifier === null ? quantity.text.trim() : "";
  if (/^\d{4}$/.test(bare) && quantity.figure >= 1800 && quantity.figure <= 2100) return "a year";
  // "0200 EST", "at 0900 local": four digits without a separator read as a clock time.
  if (/^\d{4}$/.test(bare) && /^\s*(?:[A-Z]{2,4}\b|hours?\b|hrs\b|local\b|gmt\b)/i.test(after)) return "a clock time";
  for (const [pattern, why] of AFTER) if (pattern.test(after)) return why;
  // "as of 9 April some 6.6 million": after a month only a day of one or two digits is a date.
  for (const [pattern, why] of BEFORE) {
    if (!pattern.test(before) || (why.startsWith("a date") && !/^\d{1,2}$/.test(bare))) continue;
    if (why === LABEL && NUMBER_VERB.test(before)) continue;
    return why;
  }
  if (/\d[/.:-]$/.test(before) || /^[/.:-]\d/.test(after)) return "part of a date, code or score";
  // "at 03.02 on Tuesday", "at 20.41": a clock time written with a point.
  if (/^\d{1,2}\.\d{2}$/.test(bare) && (/\bat\s*$/i.test(before) || bare.startsWith("0"))) return "a clock time";
  // "3.02", "7,4": a figure with a fraction and no scale counts no one (a share says "%").
  if (/^\d+[.,]\d+$/.test(bare) && !Number.isInteger(quantity.figure) && !/^\s*(?:%|per\s*cent|percent|pc\b)/i.test(after)) return "a fraction, not a count of people";
  // "Olena, 34, said": a person's age between commas after a name.
  if (/[A-Z][\p{L}'’-]+,\s*$/u.test(before) && /^,/.test(after) && bare !== "" && quantity.figure < 120 && Number.isInteger(quantity.figure)) return "an age";
  return null;
}
