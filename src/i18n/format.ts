import type { DatePrecision, Lang, LocalizedText, Municipality, Region } from '../data/types.js';
import { strings } from './strings.js';

const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The text in the wanted language, falling back to Dutch. */
export function localized(text: LocalizedText | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] ?? text.nl;
}

// Building an Intl formatter is far dearer than using one: one of each per language, made when
// first needed.
const numberFormats = new Map<Lang, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** `31223` → `31.223` (nl) or `31,223` (en). */
export function formatNumber(value: number, lang: Lang): string {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(locales[lang])));
  return format.format(value);
}

const precisionOptions: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

/** The precision an ISO date string carries: `2019`, `2021-12` or `2024-07-01`. */
export function precisionOf(iso: string): DatePrecision {
  const parts = iso.split('-').length;
  return parts >= 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

/**
 * Formats an ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) at its own precision, or at a coarser
 * one when asked, in the given language: `2021` / `december 2021` / `1 juli 2024`.
 */
export function formatDate(iso: string, lang: Lang, precision: DatePrecision = precisionOf(iso)): string {
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  const key = `${lang}:${precision}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locales[lang], precisionOptions[precision])));
  return format.format(new Date(Date.UTC(y, m - 1, d)));
}

/**
 * The population of a municipality as shown to visitors, with the dataset's reference date when
 * it has one and `withDate` is not false: `31.223 inwoners (1 januari 2024)`, or `31.223 inwoners`
 * where the date is said once for a whole list. `undefined` when the population is unknown.
 */
export function formatPopulation(m: Municipality, region: Region, lang: Lang, withDate = true): string | undefined {
  if (m.population === undefined) return undefined;
  const t = strings[lang];
  const count = formatNumber(m.population, lang);
  const date = region.population_reference_date;
  return date && withDate ? t.population(count, formatDate(date, lang)) : t.inhabitants(count);
}
