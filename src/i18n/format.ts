import type { DatePrecision, Lang, LocalizedText, Municipality, Region } from '../data/types.js';
import { stringsFor } from './languages.js';

const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The text in the wanted language, falling back to Dutch. */
export function localized(text: LocalizedText | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] ?? text.nl;
}

// The first Intl formatter in a fresh page costs about 100 ms on a slow phone (its locale data
// loads); whole numbers and ISO dates need only digit groups and month names, written out here.
const groupSeparator: Record<Lang, string> = { nl: '.', en: ',' };
const months: Record<Lang, readonly string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const collators = new Map<Lang, Intl.Collator>();

/**
 * `31223` → `31.223` (nl) or `31,223` (en): whole numbers in groups of three, as `Intl.NumberFormat`
 * writes them for nl-NL and en-GB. Other numbers go through `Intl.NumberFormat`.
 */
export function formatNumber(value: number, lang: Lang): string {
  if (!Number.isSafeInteger(value)) return new Intl.NumberFormat(locales[lang]).format(value);
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, groupSeparator[lang]);
  return value < 0 ? `-${digits}` : digits;
}

/**
 * Names of letters a–z, spaces and the punctuation in place names (hyphen, comma, full stop,
 * apostrophe) only, such as the 21 of the region.
 */
const PLAIN_NAME = /^[a-z ,.'-]*$/i;
/**
 * The collator's order of those characters, before every letter (Unicode's default collation
 * puts them in this order, unlike ASCII): each is replaced by a control character that sorts there.
 */
const PUNCTUATION_ORDER: Record<string, string> = { ' ': '\u0001', '-': '\u0002', ',': '\u0003', '.': '\u0004', "'": '\u0005' };
const sortKey = (name: string) => name.toLowerCase().replace(/[ ,.'-]/g, (c) => PUNCTUATION_ORDER[c]);

/**
 * Compares names in the order of the language, as `Intl.Collator` does. Plain names (see
 * {@link PLAIN_NAME}) are compared without one (tested equal to `Intl.Collator` for both
 * languages), because building the first collator of a page costs tens of milliseconds on a
 * phone; other names, and names that differ only in case, go through the language's collator,
 * made once per language.
 */
export function compareNames(lang: Lang): (a: string, b: string) => number {
  return (a, b) => {
    if (PLAIN_NAME.test(a) && PLAIN_NAME.test(b)) {
      const x = sortKey(a);
      const y = sortKey(b);
      if (x !== y) return x < y ? -1 : 1;
    }
    let collator = collators.get(lang);
    if (!collator) collators.set(lang, (collator = new Intl.Collator(locales[lang])));
    return collator.compare(a, b);
  };
}

/** The precision an ISO date string carries: `2019`, `2021-12` or `2024-07-01`. */
export function precisionOf(iso: string): DatePrecision {
  const parts = iso.split('-').length;
  return parts >= 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

/**
 * Formats an ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) at its own precision, or at a coarser
 * one when asked, in the given language, as `Intl.DateTimeFormat` writes it for nl-NL and en-GB:
 * `2021` / `december 2021` / `1 juli 2024`, `December 2021` / `1 July 2024`.
 */
export function formatDate(iso: string, lang: Lang, precision: DatePrecision = precisionOf(iso)): string {
  const [year, month = 1, day = 1] = iso.split('-').map(Number);
  if (precision === 'year') return String(year);
  const name = months[lang][month - 1];
  return precision === 'month' ? `${name} ${year}` : `${day} ${name} ${year}`;
}

/**
 * The population of a municipality as shown to visitors, with the dataset's reference date when
 * it has one and `withDate` is not false: `31.223 inwoners (1 januari 2024)`, or `31.223 inwoners`
 * where the date is said once for a whole list. `undefined` when the population is unknown.
 */
export function formatPopulation(m: Municipality, region: Region, lang: Lang, withDate = true): string | undefined {
  if (m.population === undefined) return undefined;
  const t = stringsFor(lang);
  const count = formatNumber(m.population, lang);
  const date = region.population_reference_date;
  return date && withDate ? t.population(count, formatDate(date, lang)) : t.inhabitants(count);
}
