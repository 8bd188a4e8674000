import { expect } from '@open-wc/testing';
import { isDay, isRealDate } from './dates.js';

describe('isRealDate', () => {
  it('accepts dates that exist, at year, month and day precision', () => {
    for (const date of ['1993', '2019', '2021-12', '2024-02-29', '2000-02-29', '2024-12-31', '1993-05-12']) {
      expect(isRealDate(date), date).to.be.true;
    }
  });

  it('refuses months and days that do not exist', () => {
    for (const date of ['2023-02-29', '1900-02-29', '2024-02-30', '2024-04-31', '2024-13', '2024-00', '2024-01-00', '2024-01-32']) {
      expect(isRealDate(date), date).to.be.false;
    }
  });
});

describe('isDay', () => {
  it('accepts a real day written YYYY-MM-DD, and nothing else', () => {
    expect(isDay('2024-05-01')).to.be.true;
    expect(isDay('2024-02-29')).to.be.true;
    for (const value of ['2024-02-30', '2024-5-1', '2024-05', '2024', '2024-05-01T00:00', ' 2024-05-01', 'gisteren', '']) {
      expect(isDay(value), value).to.be.false;
    }
  });
});
