import { expect } from '@open-wc/testing';
import { formatDate, formatNumber, localized, precisionOf } from './format.js';

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
});
