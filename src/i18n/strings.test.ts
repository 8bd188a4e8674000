import { expect } from '@open-wc/testing';
import { en } from './strings-en.js';
import { nl, type Strings } from './strings.js';

/** Each text that takes values, with values that must all be found in what it says. */
const calls: { [K in keyof Strings]?: Strings[K] extends (...args: infer A) => string ? A : never } = {
  municipalityListLabel: ['Regio Voorbeeld'],
  unknownMunicipality: ['Tilburg'],
  websiteOf: ['Best'],
  population: ['31.223', '1 januari 2024'],
  inhabitants: ['31.223'],
  populationDate: ['1 januari 2024'],
  municipalitiesFound: [3, '3'],
  noMunicipalityFound: ['xyz'],
  shownOnMap: ['Waalre'],
  themeListLabel: ['Regio Voorbeeld'],
  readMoreAbout: ['Mobiliteit'],
  unknownThemes: [['zorg', 'wonen'], ['economie']],
  timelineLabel: ['Regio Voorbeeld'],
  sourceLink: ['Gemeente Best'],
  invalidYear: ['from', '20x9'],
  invalidDate: ['date', '2019-13'],
  invalidRange: ['2024', '2019'],
  mapLabel: ['Regio Voorbeeld'],
  wheelHint: ['Ctrl'],
  invalidBasemap: ['ftp://tiles'],
  invalidBasemapVariant: ['neon', ['standaard', 'grijs']],
  invalidHeight: ['lang'],
};

describe('the texts of the elements', () => {
  for (const [lang, t] of [['nl', nl], ['en', en]] as const) {
    it(`${lang}: has every text, and each text with values says every value it is given`, () => {
      expect(Object.keys(t).sort()).to.deep.equal(Object.keys(nl).sort());
      for (const [key, args] of Object.entries(calls)) {
        const text = (t[key as keyof Strings] as (...a: unknown[]) => string)(...(args as unknown[]));
        for (const value of (args as unknown[]).flat().filter((v) => typeof v === 'string')) {
          expect(text, `${lang}.${key}`).to.include(value as string);
        }
      }
      for (const reason of ['http', 'cors', 'network', 'timeout', 'parse', 'version', 'schema'] as const) {
        expect(t.loadFailed(reason), `${lang}.loadFailed(${reason})`).to.match(/\. \S.*\.$/);
      }
      expect(new Set(['http', 'cors', 'network', 'timeout', 'parse', 'version', 'schema'].map((r) => t.loadFailed(r as 'http'))).size).to.equal(7);
    });
  }
});
