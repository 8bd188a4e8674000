import type { Lang, LoadErrorReason } from '../data/types.js';

/**
 * Every text the elements show, one typed table per language. A string that needs values is a
 * function, so each language can order the words its own way.
 */
export interface Strings {
  /** The language's own name, for lang switches. */
  languageName: string;
  /** Accessible name of the list of municipalities. */
  municipalityListLabel: (region: string) => string;
  youAreHere: string;
  /** Shown when the `municipality` attribute names no municipality in the data. */
  unknownMunicipality: (value: string) => string;
  /** Shown when the file from `src` cannot be used; the bundled data is shown instead. */
  loadFailed: (reason: LoadErrorReason, status?: number) => string;
  /** Shown while the file from `src` is loading. */
  loading: string;
  /** Shown when the data hold nothing to show. */
  noData: string;
  /** Prefix of a notice, read before it by screen readers. */
  noticeLabel: string;
  /** Link text for a website, with the municipality's name for screen readers. */
  websiteOf: (name: string) => string;
  /** The population with its reference date. */
  population: (count: string, date: string) => string;
  inhabitants: (count: string) => string;
}

const nl: Strings = {
  languageName: 'Nederlands',
  municipalityListLabel: (region) => `Gemeenten in de ${region}`,
  youAreHere: 'U bent hier',
  unknownMunicipality: (value) =>
    `De gemeente „${value}” komt niet voor in de gegevens. Gebruik de naam (bijvoorbeeld helmond) of de CBS-code (bijvoorbeeld GM0794).`,
  loadFailed: (reason, status) =>
    `De actuele gegevens konden niet worden geladen: ${
      {
        http: `de server antwoordde met foutcode ${status ?? ''}`.trim(),
        network: 'het adres is niet bereikbaar',
        timeout: 'het laden duurde te lang',
        parse: 'het bestand is geen geldige JSON',
        schema: 'het bestand heeft niet de verwachte opbouw',
      }[reason]
    }. U ziet de meegeleverde gegevens.`,
  loading: 'Gegevens worden geladen…',
  noData: 'Er zijn geen gegevens om te tonen.',
  noticeLabel: 'Let op',
  websiteOf: (name) => `Website van ${name}`,
  population: (count, date) => `${count} inwoners (${date})`,
  inhabitants: (count) => `${count} inwoners`,
};

const en: Strings = {
  languageName: 'English',
  municipalityListLabel: (region) => `Municipalities in the ${region}`,
  youAreHere: 'You are here',
  unknownMunicipality: (value) =>
    `The municipality “${value}” is not in the data. Use its name (for example helmond) or its CBS code (for example GM0794).`,
  loadFailed: (reason, status) =>
    `The latest data could not be loaded: ${
      {
        http: `the server answered with error code ${status ?? ''}`.trim(),
        network: 'the address cannot be reached',
        timeout: 'loading took too long',
        parse: 'the file is not valid JSON',
        schema: 'the file does not have the expected structure',
      }[reason]
    }. You are seeing the bundled data.`,
  loading: 'Loading data…',
  noData: 'There is no data to show.',
  noticeLabel: 'Note',
  websiteOf: (name) => `Website of ${name}`,
  population: (count, date) => `${count} inhabitants (${date})`,
  inhabitants: (count) => `${count} inhabitants`,
};

export const strings: Record<Lang, Strings> = { nl, en };
