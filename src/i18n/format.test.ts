import { expect } from '@open-wc/testing';
import { defaultRegion } from '../data/default-region.js';
import { formatDate, formatNumber, formatPopulation, localized, precisionOf } from './format.js';

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

  it('shows a population with the reference date of the data, without it when there is none, and nothing when unknown', () => {
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
