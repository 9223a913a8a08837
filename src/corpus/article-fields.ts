// The metadata fields an article may carry in front matter, a sources.yaml entry or HTML <meta>
// tags, read into one shape so the three origins can be merged field by field.

/** What a metadata block may say about an article; absent fields are undefined. */
export interface ArticleFields {
  outlet?: string;
  date?: string;
  title?: string;
  url?: string;
  author?: string;
}

/** The field names a person may write; `source` and `outlet` both name the outlet. */
export const FIELD_NAMES = ["source", "outlet", "date", "title", "url", "author"] as const;

/**
 * Reads the known fields from a parsed YAML mapping. Unknown keys are the caller's business
 * (front matter often carries a site generator's own keys); bad values are reported through
 * `warn` and left out, so a bad date makes the article fall back to the next date origin.
 */
export function readArticleFields(
  data: Record<string, unknown>,
  warn: (message: string) => void,
): ArticleFields {
  const fields: ArticleFields = {};
  for (const name of FIELD_NAMES) {
    const value = data[name];
    if (name !== "date" && typeof value === "object" && value !== null) {
      warn(`field "${name}" should be plain text, not a list or mapping; ignored`);
    }
  }
  const outlet = text(data["outlet"]) ?? text(data["source"]);
  if (outlet !== undefined) fields.outlet = outlet;
  for (const name of ["title", "url", "author"] as const) {
    const value = text(data[name]);
    if (value !== undefined) fields[name] = value;
  }
  const rawDate = data["date"];
  if (rawDate !== undefined && rawDate !== null && rawDate !== "") {
    const date = isoDate(rawDate);
    if (date) fields.date = date;
    else warn(`date ${JSON.stringify(describe(rawDate))} is not an ISO date (YYYY-MM-DD); treated as undated`);
  }
  return fields;
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * The calendar date a value states, as YYYY-MM-DD, or null. A timestamp keeps the date it was
 * written with ("2024-05-14T03:50+01:00" is the 14th): converting to UTC would move the day.
 */
export function isoDate(value: unknown): string | null {
  if (value instanceof Date) {
    // The yaml package only builds Dates from YAML 1.1 timestamps, which it reads as UTC.
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  }
  if (typeof value !== "string") return null;
  const match = ISO_DATE.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return calendarDate(year, month, day);
}

/** YYYY-MM-DD for a real calendar day, or null (2024-02-30 is not one). */
export function calendarDate(year: number, month: number, day: number): string | null {
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return null;
  }
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A scalar field as trimmed text; numbers are accepted (a title may be "1984"). */
function text(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

function describe(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
}
