import { isolate, type Strings } from './strings.js';

/**
 * English: in the scripts, part of the chunk that is loaded the first time an element is shown in
 * English (see `languages.ts`).
 */
export const en: Strings = {
  regionName: 'Metropoolregio Eindhoven',
  municipalityListLabel: (region) => `Municipalities in the ${region}`,
  youAreHere: 'You are here',
  unknownMunicipality: (value) =>
    `The municipality “${isolate(value)}” is not in the data. Use the municipality’s name (for example Son en Breugel) or its CBS code (for example GM0848).`,
  loadFailed: (reason) =>
    `The latest data could not be loaded: ${
      {
        http: 'the file was not found or the server did not hand it over',
        cors: 'the server does not allow this website to read the file',
        network: 'the address cannot be reached',
        timeout: 'loading took too long',
        parse: 'the file is not valid JSON',
        version: 'the file is written in a version this page cannot read',
        schema: 'the file does not have the expected structure',
      }[reason]
    }. You are seeing the bundled data.`,
  loading: 'Loading data…',
  noData: 'There is no data to show.',
  noticeLabel: 'Note',
  websiteOf: (name) => `Website of ${name}`,
  population: (count, date) => `${count} inhabitants (${date})`,
  inhabitants: (count) => `${count} inhabitants`,
  populationDate: (date) => `Population on ${date}.`,
  searchMunicipality: 'Search for a municipality',
  sortBy: 'Sort by',
  sortByName: 'Name (A–Z)',
  sortByNameDesc: 'Name (Z–A)',
  sortByPopulation: 'Population (largest first)',
  sortByPopulationAsc: 'Population (smallest first)',
  municipalitiesFound: (count, formatted) => `${formatted} ${count === 1 ? 'municipality' : 'municipalities'} found`,
  noMunicipalityFound: (query) => `No municipality matches “${isolate(query)}”. Check the spelling or search for part of the name.`,
  showOnMap: 'Show on map',
  shownOnMap: (name) => `${isolate(name)} is marked on the map.`,
  selectedMunicipality: 'Selected',
  themeListLabel: (region) => `Themes of the ${region}`,
  readMore: 'Read more',
  readMoreAbout: (title) => `about ${isolate(title)}`,
  unknownThemes: (ids, known) =>
    `The ${ids.length === 1 ? 'theme' : 'themes'} ${ids.map((id) => `“${isolate(id)}”`).join(', ')} ${
      ids.length === 1 ? 'is' : 'are'
    } not in the data. Known themes: ${known.join(', ')}.`,
  timelineLabel: (region) => `Timeline of the cooperation in the ${region}`,
  now: 'now',
  relatedThemes: 'Themes',
  milestones: 'Milestones',
  sourceLink: (publisher) => `Source: ${publisher}`,
  timelineEmpty: 'No part of the timeline matches this choice.',
  invalidYear: (attribute, value) => `${attribute}="${value}" is not a year (for example 2019) and is ignored.`,
  invalidDate: (attribute, value) => `${attribute}="${value}" is not a date (for example 2024-05-01) and is ignored.`,
  invalidRange: (from, to) => `from="${from}" is after to="${to}"; both are ignored.`,
  mapLabel: (region) => `Map of the municipalities in the ${region}`,
  mapHint: 'Use the arrow keys to move between municipalities. Enter shows the details, Escape closes them.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  showWholeRegion: 'Show the whole region',
  close: 'Close',
  touchHint: 'Use two fingers to move the map',
  wheelHint: (key) => `Hold ${key} and scroll to zoom the map`,
  selectedMark: 'selected',
  mapAsList: 'The municipalities as a list',
  mapFailed: 'The map could not be loaded. The municipalities are listed below.',
  basemapFailed: 'The background map could not be loaded. The map shows the municipal boundaries only.',
  invalidBasemap: (value) =>
    `basemap="${value}" is not recognised: use none, pdok, osm or an https address with {z}, {x} and {y}. The map shows the municipal boundaries only.`,
  invalidBasemapVariant: (value, variants) =>
    `basemap-variant="${value}" does not exist; choose ${variants.join(', ')}. The ${variants[0]} variant is shown.`,
  missingBasemapAttribution:
    'A custom background map needs its attribution (basemap-attribution). Without one it is not shown.',
  invalidHeight: (value) => `height="${value}" is not a height (for example 30em or 400px); the default height is used.`,
  // Kadaster's own wording, as PDOK asks for it.
  pdokAttribution: 'Kaartgegevens © Kadaster',
  osmAttribution: '© OpenStreetMap contributors',
};
