import { expect } from '@open-wc/testing';
import { defaultRegion } from '../data/default-region.js';
import { compareNames, formatDate, formatNumber, formatPopulation, localized, precisionOf } from './format.js';
import { loadLanguage } from './languages.js';

describe('formatting', () => {
  it('formats numbers per language', () => {
    expect(formatNumber(95874, 'nl')).to.equal('95.874');
    expect(formatNumber(95874, 'en')).to.equal('95,874');
  });

  it('formats dates at their own precision in both languages', () => {
    expect(formatDate('2019', 'nl')).to.equal('2019');
    expect(formatDate('2021-12', 'nl')).to.equal('december 2021');
    expect(formatDate('2021-12', 'en')).to.equal('December 2021');
    expect(formatDate('2024-07-01', 'nl')).to.equal('1 juli 2024');
    expect(formatDate('2024-07-01', 'en')).to.equal('1 July 2024');
    expect(formatDate('2024-07-01', 'nl', 'year')).to.equal('2024');
  });

  it('reads the precision of an ISO date', () => {
    expect(precisionOf('2019')).to.equal('year');
    expect(precisionOf('2019-03')).to.equal('month');
    expect(precisionOf('2019-03-20')).to.equal('day');
  });

  it('falls back to Dutch when a text has no English', () => {
    expect(localized({ nl: 'Economie', en: 'Economy' }, 'en')).to.equal('Economy');
    expect(localized({ nl: 'Economie' }, 'en')).to.equal('Economie');
    expect(localized(undefined, 'nl')).to.equal('');
  });

  it('shows a date on its own calendar day, whatever the time zone', () => {
    expect(formatDate('2024-01-01', 'nl')).to.equal('1 januari 2024');
    expect(formatDate('2015-12-31', 'en')).to.equal('31 December 2015');
    expect(formatDate('1993-05-12', 'nl', 'month')).to.equal('mei 1993');
  });

  it('shows a population with the reference date of the data, without it when there is none, and nothing when unknown', async () => {
    await loadLanguage('en');
    const best = { code: 'GM0753', name: 'Best', slug: 'best', population: 31223 };
    expect(formatPopulation(best, defaultRegion, 'nl')).to.equal('31.223 inwoners (1 januari 2024)');
    expect(formatPopulation(best, defaultRegion, 'en')).to.equal('31,223 inhabitants (1 January 2024)');
    const undated = { ...defaultRegion, population_reference_date: undefined };
    expect(formatPopulation(best, undated, 'nl')).to.equal('31.223 inwoners');
    expect(formatPopulation(best, undated, 'en')).to.equal('31,223 inhabitants');
    expect(formatPopulation({ ...best, population: undefined }, defaultRegion, 'nl')).to.equal(undefined);
    expect(formatPopulation({ ...best, population: 0 }, defaultRegion, 'nl')).to.equal('0 inwoners (1 januari 2024)');
  });
});

describe('formatting without Intl at start-up', () => {
  // Written out instead of built with Intl, for speed: they must read exactly as Intl writes them.
  it('writes whole numbers as Intl.NumberFormat does for nl-NL and en-GB', () => {
    for (const value of [0, 7, 999, 1000, 17988, 246417, 1234567, -4821, 9007199254740991]) {
      expect(formatNumber(value, 'nl'), String(value)).to.equal(new Intl.NumberFormat('nl-NL').format(value));
      expect(formatNumber(value, 'en'), String(value)).to.equal(new Intl.NumberFormat('en-GB').format(value));
    }
    expect(formatNumber(1234.5, 'nl')).to.equal('1.234,5');
  });

  it('writes every month and day as Intl.DateTimeFormat does for nl-NL and en-GB', () => {
    const options = { month: { year: 'numeric', month: 'long', timeZone: 'UTC' }, day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } } as const;
    for (let month = 1; month <= 12; month++) {
      for (const day of [1, 9, 28]) {
        const iso = `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const date = new Date(Date.UTC(2024, month - 1, day));
        for (const [lang, locale] of [['nl', 'nl-NL'], ['en', 'en-GB']] as const) {
          expect(formatDate(iso, lang), iso).to.equal(new Intl.DateTimeFormat(locale, options.day).format(date));
          expect(formatDate(iso.slice(0, 7), lang), iso).to.equal(new Intl.DateTimeFormat(locale, options.month).format(date));
        }
      }
    }
  });

  it('compares names in the order of the language', () => {
    const names = ['Oirschot', 'Eersel', 'Ääkkönen', 'eindhoven', 'Zundert'];
    expect([...names].sort(compareNames('nl'))).to.deep.equal(['Ääkkönen', 'Eersel', 'eindhoven', 'Oirschot', 'Zundert']);
  });

  it('orders plain names (letters, spaces, hyphens, commas, full stops, apostrophes) exactly as Intl.Collator does, without building one', () => {
    // Every pair from an alphabet with the characters where the orders could differ, and the 21 names.
    const alphabet = ['a', 'B', 'b', 'z', 'Z', ' ', '-', ',', '.', "'", ''];
    const words = alphabet.flatMap((x) => alphabet.map((y) => `e${x}${y}`));
    words.push('Geldrop-Mierlo', 'Gemert-Bakel', 'Heeze-Leende', 'Nuenen, Gerwen en Nederwetten', 'Nuenen', 'Reusel-De Mierden', 'Reusel', "'s-Hertogenbosch", 'Son en Breugel', 'Son');
    for (const [lang, locale] of [['nl', 'nl-NL'], ['en', 'en-GB']] as const) {
      const collator = new Intl.Collator(locale);
      const ours = compareNames(lang);
      for (const a of words) {
        for (const b of words) expect(Math.sign(ours(a, b)), `${lang}: "${a}" against "${b}"`).to.equal(Math.sign(collator.compare(a, b)));
      }
    }
  });
});
