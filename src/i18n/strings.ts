import type { LoadErrorReason } from '../data/types.js';

/**
 * Isolates a value from the data or the page inside a sentence (Unicode FSI … PDI), so that its
 * direction, or bidirectional control characters in it, cannot reorder the words around it.
 */
export function isolate(value: string): string {
  return `\u2068${value}\u2069`;
}

/**
 * Every text the elements show, one typed table per language. A string that needs values is a
 * function, so each language can order the words its own way.
 */
export interface Strings {
  /** The region's name when the data do not give one. */
  regionName: string;
  /** Accessible name of the list of municipalities. */
  municipalityListLabel: (region: string) => string;
  youAreHere: string;
  /** Shown when the `municipality` attribute names no municipality in the data. */
  unknownMunicipality: (value: string) => string;
  /**
   * Shown when the file from `src` cannot be used; the bundled data is shown instead. In plain
   * words for citizens: the technical details go to the console and the `mre-error` event.
   */
  loadFailed: (reason: LoadErrorReason) => string;
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
  /** Municipality list: the date all populations in the list refer to, said once above it. */
  populationDate: (date: string) => string;
  /** Municipality list: label of the search box. */
  searchMunicipality: string;
  /** Municipality list: label of the sort control, and its choices. */
  sortBy: string;
  sortByName: string;
  sortByNameDesc: string;
  sortByPopulation: string;
  sortByPopulationAsc: string;
  /** Municipality list: the number of matches, announced while the visitor types. */
  municipalitiesFound: (count: number, formatted: string) => string;
  /** Municipality list: nothing matches the search. */
  noMunicipalityFound: (query: string) => string;
  /** Municipality list: the button that selects a municipality on the map. */
  /** Municipality list: said after the visitor showed a municipality on the map. */
  shownOnMap: (name: string) => string;
  showOnMap: string;
  /** Municipality list: marks the municipality selected on the page. */
  selectedMunicipality: string;
  /** Theme cards: accessible name of the list of themes. */
  themeListLabel: (region: string) => string;
  /** Theme cards: visible link text; `readMoreAbout` follows it for screen readers. */
  readMore: string;
  readMoreAbout: (title: string) => string;
  /** Theme cards and timeline: theme ids that are not in the data. */
  unknownThemes: (ids: string[], known: string[]) => string;
  /** Timeline: accessible name of the list. */
  timelineLabel: (region: string) => string;
  /** Timeline: marks an agreement that applies today. */
  now: string;
  /** Timeline: label before the related themes, the milestones. */
  relatedThemes: string;
  milestones: string;
  /** Timeline: link text of a source, by its publisher (or its host name). */
  sourceLink: (publisher: string) => string;
  /** Timeline: nothing falls within the chosen theme or years. */
  timelineEmpty: string;
  /** Timeline: `from`/`to` is not a year, `today` is not a date, or `from` is after `to`. */
  invalidYear: (attribute: string, value: string) => string;
  invalidDate: (attribute: string, value: string) => string;
  invalidRange: (from: string, to: string) => string;
  /** Region map: accessible name of the map, and how to use it with a keyboard. */
  mapLabel: (region: string) => string;
  mapHint: string;
  /** Region map: the zoom buttons, and the button that shows the whole region again. */
  zoomIn: string;
  zoomOut: string;
  showWholeRegion: string;
  /** Region map: the close button of a municipality's popup. */
  close: string;
  /** Region map: shown and said when one finger drags on the map, which scrolls the page instead. */
  touchHint: string;
  /** Region map: shown and said when the wheel turns over the map without `key` (Ctrl, or ⌘ on a Mac). */
  wheelHint: (key: string) => string;
  /** Region map: added to the name of the municipality selected on the page. */
  selectedMark: string;
  /** Region map: the summary of the text alternative, the municipalities as a list. */
  mapAsList: string;
  /** Region map: the map itself (Leaflet) could not be loaded; the list stays. */
  mapFailed: string;
  /** Region map: the tile server of the background map does not answer. */
  basemapFailed: string;
  /** Region map: attribute values that cannot be used. */
  invalidBasemap: (value: string) => string;
  invalidBasemapVariant: (value: string, variants: string[]) => string;
  missingBasemapAttribution: string;
  invalidHeight: (value: string) => string;
  /** Region map: the attributions the background maps require. */
  pdokAttribution: string;
  osmAttribution: string;
}

/** Dutch, the default: part of every script. English is in `strings-en.ts`, loaded when needed. */
export const nl: Strings = {
  regionName: 'Metropoolregio Eindhoven',
  municipalityListLabel: (region) => `Gemeenten in de ${region}`,
  youAreHere: 'U bent hier',
  unknownMunicipality: (value) =>
    `De gemeente „${isolate(value)}” komt niet voor in de gegevens. Gebruik de naam van de gemeente (bijvoorbeeld Son en Breugel) of de CBS-code (bijvoorbeeld GM0848).`,
  loadFailed: (reason) =>
    `De actuele gegevens konden niet worden geladen: ${
      {
        http: 'het bestand is niet gevonden of de server gaf het niet',
        cors: 'de server staat niet toe dat deze website het bestand leest',
        network: 'het adres is niet bereikbaar',
        timeout: 'het laden duurde te lang',
        parse: 'het bestand is geen geldige JSON',
        version: 'het bestand is opgesteld in een versie die deze pagina niet kan lezen',
        schema: 'het bestand heeft niet de verwachte opbouw',
      }[reason]
    }. U ziet de meegeleverde gegevens.`,
  loading: 'Gegevens worden geladen…',
  noData: 'Er zijn geen gegevens om te tonen.',
  noticeLabel: 'Let op',
  websiteOf: (name) => `Website van ${name}`,
  population: (count, date) => `${count} inwoners (${date})`,
  inhabitants: (count) => `${count} inwoners`,
  populationDate: (date) => `Aantal inwoners op ${date}.`,
  searchMunicipality: 'Zoek een gemeente',
  sortBy: 'Sorteer op',
  sortByName: 'Naam (A–Z)',
  sortByNameDesc: 'Naam (Z–A)',
  sortByPopulation: 'Inwoners (meeste eerst)',
  sortByPopulationAsc: 'Inwoners (minste eerst)',
  municipalitiesFound: (count, formatted) => `${formatted} ${count === 1 ? 'gemeente' : 'gemeenten'} gevonden`,
  noMunicipalityFound: (query) => `Geen gemeente gevonden voor „${isolate(query)}”. Controleer de spelling of zoek op een deel van de naam.`,
  showOnMap: 'Toon op kaart',
  shownOnMap: (name) => `${isolate(name)} is gemarkeerd op de kaart.`,
  selectedMunicipality: 'Geselecteerd',
  themeListLabel: (region) => `Thema’s van de ${region}`,
  readMore: 'Lees meer',
  readMoreAbout: (title) => `over ${isolate(title)}`,
  unknownThemes: (ids, known) =>
    `${ids.length === 1 ? 'Het thema' : 'De thema’s'} ${ids.map((id) => `„${isolate(id)}”`).join(', ')} ${
      ids.length === 1 ? 'komt' : 'komen'
    } niet voor in de gegevens. Bekende thema’s: ${known.join(', ')}.`,
  timelineLabel: (region) => `Tijdlijn van de samenwerking in de ${region}`,
  now: 'nu',
  relatedThemes: 'Thema’s',
  milestones: 'Mijlpalen',
  sourceLink: (publisher) => `Bron: ${publisher}`,
  timelineEmpty: 'Er zijn geen onderdelen van de tijdlijn voor deze keuze.',
  invalidYear: (attribute, value) => `${attribute}="${value}" is geen jaartal (bijvoorbeeld 2019) en wordt genegeerd.`,
  invalidDate: (attribute, value) => `${attribute}="${value}" is geen datum (bijvoorbeeld 2024-05-01) en wordt genegeerd.`,
  invalidRange: (from, to) => `from="${from}" ligt na to="${to}"; beide worden genegeerd.`,
  mapLabel: (region) => `Kaart van de gemeenten in de ${region}`,
  mapHint: 'Ga met de pijltoetsen van gemeente naar gemeente. Enter toont de gegevens, Escape sluit ze.',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  showWholeRegion: 'Toon de hele regio',
  close: 'Sluiten',
  touchHint: 'Gebruik twee vingers om de kaart te bewegen',
  wheelHint: (key) => `Houd ${key} ingedrukt en scrol om in te zoomen op de kaart`,
  selectedMark: 'geselecteerd',
  mapAsList: 'De gemeenten als lijst',
  mapFailed: 'De kaart kon niet worden geladen. De gemeenten staan hieronder als lijst.',
  basemapFailed: 'De achtergrondkaart kon niet worden geladen. De kaart toont alleen de gemeentegrenzen.',
  invalidBasemap: (value) =>
    `basemap="${value}" wordt niet herkend: gebruik none, pdok, osm of een https-adres met {z}, {x} en {y}. De kaart toont alleen de gemeentegrenzen.`,
  invalidBasemapVariant: (value, variants) =>
    `basemap-variant="${value}" bestaat niet; kies uit ${variants.join(', ')}. De variant ${variants[0]} wordt getoond.`,
  missingBasemapAttribution:
    'Een eigen achtergrondkaart heeft een bronvermelding nodig (basemap-attribution). Zonder die wordt hij niet getoond.',
  invalidHeight: (value) => `height="${value}" is geen hoogte (bijvoorbeeld 30em of 400px); de standaardhoogte wordt gebruikt.`,
  pdokAttribution: 'Kaartgegevens © Kadaster',
  osmAttribution: '© OpenStreetMap-bijdragers',
};
