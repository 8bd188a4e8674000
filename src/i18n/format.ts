import type { DatePrecision, Lang, LocalizedText } from '../data/types.js';

const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The text in the wanted language, falling back to Dutch. */
export function localized(text: LocalizedText | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] ?? text.nl;
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locales[lang]).format(value);
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
  const date = new Date(Date.UTC(y, m - 1, d));
  return new Intl.DateTimeFormat(locales[lang], precisionOptions[precision]).format(date);
}
