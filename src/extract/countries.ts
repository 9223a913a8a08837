// Which place keys name a country: "Haiti", "Japan", "Ivory Coast". The names come from
// i18n-iso-countries' English list (ISO 3166, with the common short forms it carries), read once.
import { createRequire } from "node:module";
import { placeKey } from "./places.js";

const require = createRequire(import.meta.url);

// Short forms news copy uses that the ISO list spells only in full ("Syrian Arab Republic"), and
// the nations of the United Kingdom.
const SHORT_FORMS = ["Syria", "Laos", "Moldova", "Burma", "Britain", "England", "Scotland", "Wales", "Northern Ireland", "Micronesia", "Macedonia", "Brunei", "Swaziland", "East Timor", "Vatican"];

let keys: ReadonlySet<string> | undefined;

function countryKeys(): ReadonlySet<string> {
  if (keys) return keys;
  const { countries } = require("i18n-iso-countries/langs/en.json") as { countries: Record<string, string | string[]> };
  keys = new Set(Object.values(countries).flatMap((names) => (Array.isArray(names) ? names : [names])).concat(SHORT_FORMS).map(placeKey));
  return keys;
}

/** Whether a place key names a country. */
export function isCountry(key: string): boolean {
  return countryKeys().has(key);
}
