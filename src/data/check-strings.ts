import type { JsonProblem } from './json-error.js';
import type { ListKey } from './rules.js';
import type { Lang } from './types.js';

/**
 * The words of the data checker (check.ts), in Dutch and English: plain sentences for editors,
 * never the validator's own terms. Kept apart from the widgets' strings (src/i18n), which the
 * widgets ship; these only the checker does.
 *
 * A message is a subject ("de website van gemeente Eindhoven (GM0772)") and what is wrong with it.
 * Quoted values (`q`) and numbers come in ready to print.
 */
export interface CheckStrings {
  /** The file as a whole, as a subject. */
  file: string;
  /** Joins a part to what it belongs to: "de titel" + of + "thema economie". */
  of: string;
  ordinal(n: number): string;
  /** A field, with and without its article. */
  fields: Record<string, [the: string, bare: string]>;
  /** One element of a list field, by its ordinal: "de 3e bron" of `source_urls`. */
  elements: Record<string, (nth: string) => string>;
  lists: Record<ListKey, { named: (name: string) => string; nth: (n: string) => string; one: string; many: string }>;
  types: Record<string, string>;

  missing(bare: string, key: string): string;
  notType(type: string, q: string): string;
  empty: string;
  notLink(q: string): string;
  notDay(q: string): string;
  notDate(q: string): string;
  notCode(q: string): string;
  notSlug(q: string): string;
  notTimelineId(q: string): string;
  wrongForm(q: string): string;
  mustBe(allowed: string, q: string): string;
  or(values: string[]): string;
  negative(q: string): string;
  atLeast(limit: string, q: string): string;
  atMost(limit: string, q: string): string;
  schema(message: string): string;

  /** A geometry: what is wrong with its parts. `inside` says "contains a …" of a boundary. */
  notGeometry(q: string): string;
  noGeometryType: string;
  wrongGeometryType(q: string): string;
  coordinatesNotList: string;
  noPolygons: string;
  noRings: string;
  polygonNotList: string;
  polygonWithoutRings: string;
  ringNotList: string;
  shortRing(n: number): string;
  position(inside: boolean, problem: 'type' | 'short' | 'long', q: string): string;
  coordinate(inside: boolean, which: 'lon' | 'lat' | 'alt', problem: 'type' | 'range', q: string): string;

  /** What the widgets drop or replace. */
  unsafeLink(q: string, scheme: string | undefined): string;
  unrealDate(date: string, effect: 'item' | 'value'): string;
  endsBeforeStart(end: string, start: string): string;
  duplicate(bare: string, q: string, first: string, at: string): string;
  listFromBundle(key: ListKey, empty: boolean, n: number): string;
  attributionFromBundle: string;
  listUnusable(key: ListKey, n: number): string;
  boundaryOutside(box: string): string;
  boundarySwapped(q: string): string;
  unknownMunicipality(code: string, region: string): string;
  unknownField(key: string): string;
  unknownTheme(q: string): string;
  box(west: number, south: number, east: number, north: number): string;

  notJson(where: string | undefined, detail: string): string;
  /** Why text is not JSON; `f` is what stands there, quoted. */
  json(problem: JsonProblem, f: string): string;
  emptyFile: string;
  /** A file in a format this version of the widgets cannot read: `declared` "2.0", `reads` "1.x". */
  otherFormat(declared: string, reads: string): string;
  line(line: number, column: number): string;

  /** The summary. */
  usable(counts: string, shown: string): string;
  unusable(counts: string): string;
  counts(errors: number, warnings: number): string;
  shownFromFile(key: ListKey, kept: number, inFile: number): string;
  shownFromBundle(key: ListKey, n: number): string;
  and(parts: string[]): string;

  /** The report, item by item (the `check-data` command, the embed-code builder). */
  severity: Record<'error' | 'warning', string>;
  /** After an item that the widgets leave out. */
  leftOut: string;
  /** A report without problems. */
  none: string;
  /** Problems of one kind in a boundary beyond those shown. */
  more(n: number): string;
}

const nlFields: Record<string, [string, string]> = {
  $schema: ['de schemaverwijzing', 'schemaverwijzing'],
  schemaVersion: ['de versie van het formaat', 'versie van het formaat'],
  version: ['de versie', 'versie'],
  reference_date: ['de peildatum', 'peildatum'],
  population_reference_date: ['de peildatum van het inwonertal', 'peildatum van het inwonertal'],
  region: ['de regio', 'regio'],
  attribution: ['de bronvermelding', 'bronvermelding'],
  municipalities: ['de lijst gemeenten', 'lijst gemeenten'],
  themes: ["de lijst thema's", "lijst thema's"],
  timeline: ['de tijdlijn', 'tijdlijn'],
  code: ['de CBS-code', 'CBS-code'],
  name: ['de naam', 'naam'],
  short_name: ['de korte naam', 'korte naam'],
  slug: ['de slug', 'slug'],
  population: ['het inwonertal', 'inwonertal'],
  land_area_km2: ['de landoppervlakte', 'landoppervlakte'],
  water_area_km2: ['de wateroppervlakte', 'wateroppervlakte'],
  website: ['de website', 'website'],
  seat: ['de hoofdplaats', 'hoofdplaats'],
  label_point: ['het labelpunt', 'labelpunt'],
  boundary: ['de grens', 'grens'],
  id: ['de id', 'id'],
  title: ['de titel', 'titel'],
  summary: ['de samenvatting', 'samenvatting'],
  period: ['de periode', 'periode'],
  url: ['de link', 'link'],
  source_urls: ['de bronnen', 'bronnen'],
  start: ['de begindatum', 'begindatum'],
  end: ['de einddatum', 'einddatum'],
  date_precision: ['de datumprecisie', 'datumprecisie'],
  theme_ids: ["de thema's", "thema's"],
  milestones: ['de mijlpalen', 'mijlpalen'],
  date: ['de datum', 'datum'],
  nl: ['de Nederlandse tekst', 'Nederlandse tekst'],
  en: ['de Engelse tekst', 'Engelse tekst'],
  type: ['het type', 'type'],
  coordinates: ['de coördinaten', 'coördinaten'],
};

const enFields: Record<string, [string, string]> = {
  $schema: ['the schema reference', 'schema reference'],
  schemaVersion: ['the format version', 'format version'],
  version: ['the version', 'version'],
  reference_date: ['the reference date', 'reference date'],
  population_reference_date: ['the reference date of the population', 'reference date of the population'],
  region: ['the region', 'region'],
  attribution: ['the attribution', 'attribution'],
  municipalities: ['the list of municipalities', 'list of municipalities'],
  themes: ['the list of themes', 'list of themes'],
  timeline: ['the timeline', 'timeline'],
  code: ['the CBS code', 'CBS code'],
  name: ['the name', 'name'],
  short_name: ['the short name', 'short name'],
  slug: ['the slug', 'slug'],
  population: ['the population', 'population'],
  land_area_km2: ['the land area', 'land area'],
  water_area_km2: ['the water area', 'water area'],
  website: ['the website', 'website'],
  seat: ['the seat', 'seat'],
  label_point: ['the label point', 'label point'],
  boundary: ['the boundary', 'boundary'],
  id: ['the id', 'id'],
  title: ['the title', 'title'],
  summary: ['the summary', 'summary'],
  period: ['the period', 'period'],
  url: ['the link', 'link'],
  source_urls: ['the sources', 'sources'],
  start: ['the start date', 'start date'],
  end: ['the end date', 'end date'],
  date_precision: ['the date precision', 'date precision'],
  theme_ids: ['the themes', 'themes'],
  milestones: ['the milestones', 'milestones'],
  date: ['the date', 'date'],
  nl: ['the Dutch text', 'Dutch text'],
  en: ['the English text', 'English text'],
  type: ['the type', 'type'],
  coordinates: ['the coordinates', 'coordinates'],
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const nl: CheckStrings = {
  file: 'het bestand',
  of: 'van',
  ordinal: (n) => `${n}e`,
  fields: nlFields,
  elements: { source_urls: (n) => `de ${n} bron`, theme_ids: (n) => `het ${n} thema`, milestones: (n) => `de ${n} mijlpaal` },
  lists: {
    municipalities: { named: (name) => `gemeente ${name}`, nth: (n) => `de ${n} gemeente`, one: 'gemeente', many: 'gemeenten' },
    themes: { named: (name) => `thema ${name}`, nth: (n) => `het ${n} thema`, one: 'thema', many: "thema's" },
    timeline: { named: (name) => `tijdlijnitem ${name}`, nth: (n) => `het ${n} tijdlijnitem`, one: 'tijdlijnitem', many: 'tijdlijnitems' },
  },
  types: { string: 'tekst', number: 'getal', integer: 'geheel getal', object: 'object { … }', array: 'lijst [ … ]', boolean: 'waar of onwaar' },

  missing: (bare, key) => `heeft geen ${bare} (${key})`,
  notType: (type, q) => `is geen ${type}, maar ${q}`,
  empty: 'is leeg',
  notLink: (q) => `is geen volledige link (${q}); een link begint met https:// of mailto:`,
  notDay: (q) => `is geen datum als 2024-01-01 (${q})`,
  notDate: (q) => `is geen datum als 2024, 2024-05 of 2024-05-17 (${q})`,
  notCode: (q) => `heeft niet de vorm GM met vier cijfers, zoals GM0772 (${q})`,
  notSlug: (q) => `mag alleen kleine letters, cijfers en losse streepjes hebben, zoals son-en-breugel (${q})`,
  notTimelineId: (q) => `mag alleen kleine letters, cijfers, losse streepjes en na het eerste streepje punten hebben, zoals res-1.0 (${q})`,
  wrongForm: (q) => `heeft niet de vorm die het schema vraagt (${q})`,
  mustBe: (allowed, q) => `moet ${allowed} zijn, niet ${q}`,
  or: (values) => (values.length > 1 ? `${values.slice(0, -1).join(', ')} of ${values.at(-1)}` : values.join('')),
  negative: (q) => `mag niet negatief zijn (${q})`,
  atLeast: (limit, q) => `moet minstens ${limit} zijn (${q})`,
  atMost: (limit, q) => `mag hoogstens ${limit} zijn (${q})`,
  schema: (message) => `klopt niet met het schema (${message})`,

  notGeometry: (q) => `is geen GeoJSON-geometrie (een object met type Polygon of MultiPolygon en coordinates), maar ${q}`,
  noGeometryType: 'heeft geen type (type); dat moet Polygon of MultiPolygon zijn',
  wrongGeometryType: (q) => `heeft als type ${q}; dat moet Polygon of MultiPolygon zijn`,
  coordinatesNotList: 'heeft coördinaten (coordinates) die geen lijst zijn',
  noPolygons: 'heeft geen polygonen: de lijst coordinates is leeg',
  noRings: 'heeft geen ringen: de lijst coordinates is leeg',
  polygonNotList: 'bevat een polygoon die geen lijst van ringen is',
  polygonWithoutRings: 'bevat een polygoon zonder ringen',
  ringNotList: 'bevat een ring die geen lijst van posities is',
  shortRing: (n) => `bevat een ring van ${n} ${n === 1 ? 'positie' : 'posities'}; een ring heeft er minstens 4 (de laatste gelijk aan de eerste)`,
  position: (inside, problem, q) =>
    (inside
      ? {
          type: 'bevat een positie die geen lijst [lengtegraad, breedtegraad] is',
          short: 'bevat een positie zonder lengtegraad én breedtegraad',
          long: 'bevat een positie met meer dan drie getallen',
        }
      : {
          type: 'is geen lijst [lengtegraad, breedtegraad]',
          short: 'heeft geen lengtegraad én breedtegraad',
          long: 'heeft meer dan drie getallen',
        })[problem] + ` (${q})`,
  coordinate: (inside, which, problem, q) =>
    `${inside ? 'bevat' : 'heeft'} een ${{ lon: 'lengtegraad', lat: 'breedtegraad', alt: 'hoogte' }[which]} ` +
    (problem === 'type' ? `die geen getal is (${q})` : `buiten ${which === 'lon' ? '-180 tot 180' : '-90 tot 90'} (${q})`),

  unsafeLink: (q, scheme) =>
    scheme
      ? `is ${q}: een link met ${scheme} wordt niet getoond; alleen https:, http: en mailto:`
      : `is ${q}: dat is geen geldige link en wordt niet getoond`,
  unrealDate: (date, effect) =>
    `is geen geldige datum (${date} bestaat niet); ` +
    (effect === 'item' ? 'het hele tijdlijnitem wordt weggelaten' : 'de widgets laten hem weg'),
  endsBeforeStart: (end, start) => `(${end}) ligt vóór de begindatum (${start}); het hele tijdlijnitem wordt weggelaten`,
  duplicate: (bare, q, first, at) => `heeft dezelfde ${bare} (${q}) als ${first} op ${at}; deze latere wordt weggelaten`,
  listFromBundle: (key, empty, n) =>
    `${empty ? `De lijst ${nl.lists[key].many} (${key}) is leeg` : `Het bestand heeft geen ${nl.lists[key].many} (${key})`}; ` +
    `de widgets tonen de ${n} ingebouwde`,
  attributionFromBundle: 'Het bestand heeft geen bronvermelding (attribution); de kaart toont de ingebouwde',
  listUnusable: (key, n) =>
    `Van de ${plural(n, nl.lists[key].one, nl.lists[key].many)} (${key}) is er geen een bruikbaar; daardoor is het hele ` +
    'bestand onbruikbaar en tonen de widgets de ingebouwde gegevens',
  boundaryOutside: (box) => `ligt grotendeels buiten de regio (${box}); de kaart laat deze grens weg`,
  boundarySwapped: (q) =>
    `heeft lengte- en breedtegraad verwisseld (eerste positie ${q}; GeoJSON wil [lengtegraad, breedtegraad], ` +
    'zoals [5.47, 51.44]); de kaart laat deze grens weg',
  unknownMunicipality: (code, region) =>
    `heeft CBS-code ${code}, geen gemeente van de ${region}; de lijst toont haar wel, de kaart alleen met een eigen grens (boundary)`,
  unknownField: (key) => `heeft een veld ${key} dat de widgets niet kennen; het wordt genegeerd`,
  unknownTheme: (q) => `(${q}) is geen van de getoonde thema's; de tijdlijn laat het weg`,
  box: (west, south, east, north) => {
    const f = (v: number) => v.toFixed(2).replace('.', ',');
    return `lengtegraad ${f(west)} tot ${f(east)}, breedtegraad ${f(south)} tot ${f(north)}`;
  },

  notJson: (where, detail) => `Het bestand is geen geldige JSON${where ? ` (${where})` : ''}: ${detail}`,
  json: (problem, f) =>
    ({
      end: 'het houdt midden in de gegevens op',
      value: `daar staat ${f} waar een waarde hoort`,
      name: `daar staat ${f} waar een naam tussen dubbele aanhalingstekens hoort, zoals "code"`,
      colon: `daar staat ${f} waar na de naam een dubbele punt hoort`,
      'comma-array': `daar staat ${f} waar een komma of ] hoort`,
      'comma-object': `daar staat ${f} waar een komma of } hoort`,
      'trailing-comma': 'een komma vlak voor } of ] mag in JSON niet',
      control: 'een regeleinde of tab in een tekst schrijft JSON als \\n of \\t',
      escape: 'daar staat een backslash die in JSON niets betekent; een backslash zelf schrijft JSON als \\\\',
      number: 'daar staat een getal dat JSON zo niet schrijft (zonder voorloopnul, met cijfers na een punt)',
      after: `na het einde van de gegevens staat nog ${f}`,
    })[problem],
  emptyFile: 'Het bestand is leeg',
  otherFormat: (declared, reads) =>
    `Het bestand is in formaat ${declared} (schemaVersion); deze versie van de widgets leest formaat ${reads}. ` +
    `De widgets tonen dan hun ingebouwde gegevens. Publiceer het bestand in formaat ${reads}, of werk de widgets bij`,
  line: (line, column) => `regel ${line}, kolom ${column}`,

  usable: (counts, shown) => `Bruikbaar${counts ? `, met ${counts}` : ''}. De widgets tonen ${shown}.`,
  unusable: (counts) => `Onbruikbaar (${counts}): de widgets laten dit bestand liggen en tonen de ingebouwde gegevens, met een melding.`,
  counts: (errors, warnings) =>
    [errors && plural(errors, 'fout', 'fouten'), warnings && plural(warnings, 'waarschuwing', 'waarschuwingen')]
      .filter(Boolean)
      .join(' en '),
  shownFromFile: (key, kept, inFile) =>
    kept === inFile ? plural(kept, nl.lists[key].one, nl.lists[key].many) : `${kept} van de ${inFile} ${nl.lists[key].many}`,
  shownFromBundle: (key, n) => `de ${n} ingebouwde ${nl.lists[key].many}`,
  and: (parts) => `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`,

  severity: { error: 'fout', warning: 'waarschuwing' },
  leftOut: 'wordt weggelaten',
  none: 'Geen problemen gevonden.',
  more: (n) => `… en nog ${n} ${n === 1 ? 'fout' : 'fouten'} van die soort in deze grens`,
};

const enOrdinal = (n: number) => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
};

const en: CheckStrings = {
  file: 'the file',
  of: 'of',
  ordinal: enOrdinal,
  fields: enFields,
  elements: { source_urls: (n) => `the ${n} source`, theme_ids: (n) => `the ${n} theme`, milestones: (n) => `the ${n} milestone` },
  lists: {
    municipalities: { named: (name) => `municipality ${name}`, nth: (n) => `the ${n} municipality`, one: 'municipality', many: 'municipalities' },
    themes: { named: (name) => `theme ${name}`, nth: (n) => `the ${n} theme`, one: 'theme', many: 'themes' },
    timeline: { named: (name) => `timeline item ${name}`, nth: (n) => `the ${n} timeline item`, one: 'timeline item', many: 'timeline items' },
  },
  types: { string: 'text', number: 'number', integer: 'whole number', object: 'object { … }', array: 'list [ … ]', boolean: 'true or false' },

  missing: (bare, key) => `has no ${bare} (${key})`,
  notType: (type, q) => `is not ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}, but ${q}`,
  empty: 'is empty',
  notLink: (q) => `is not a complete link (${q}); a link starts with https:// or mailto:`,
  notDay: (q) => `is not a date like 2024-01-01 (${q})`,
  notDate: (q) => `is not a date like 2024, 2024-05 or 2024-05-17 (${q})`,
  notCode: (q) => `does not have the form GM and four digits, like GM0772 (${q})`,
  notSlug: (q) => `may only have lower-case letters, digits and single hyphens, like son-en-breugel (${q})`,
  notTimelineId: (q) => `may only have lower-case letters, digits, single hyphens and, after the first hyphen, dots, like res-1.0 (${q})`,
  wrongForm: (q) => `does not have the form the schema asks for (${q})`,
  mustBe: (allowed, q) => `must be ${allowed}, not ${q}`,
  or: (values) => (values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values.at(-1)}` : values.join('')),
  negative: (q) => `may not be negative (${q})`,
  atLeast: (limit, q) => `must be at least ${limit} (${q})`,
  atMost: (limit, q) => `may be at most ${limit} (${q})`,
  schema: (message) => `does not match the schema (${message})`,

  notGeometry: (q) => `is not a GeoJSON geometry (an object with type Polygon or MultiPolygon and coordinates), but ${q}`,
  noGeometryType: 'has no type (type); it must be Polygon or MultiPolygon',
  wrongGeometryType: (q) => `has the type ${q}; it must be Polygon or MultiPolygon`,
  coordinatesNotList: 'has coordinates (coordinates) that are not a list',
  noPolygons: 'has no polygons: the list coordinates is empty',
  noRings: 'has no rings: the list coordinates is empty',
  polygonNotList: 'contains a polygon that is not a list of rings',
  polygonWithoutRings: 'contains a polygon without rings',
  ringNotList: 'contains a ring that is not a list of positions',
  shortRing: (n) => `contains a ring of ${n} ${n === 1 ? 'position' : 'positions'}; a ring has at least 4 (the last one equal to the first)`,
  position: (inside, problem, q) =>
    (inside
      ? {
          type: 'contains a position that is not a list [longitude, latitude]',
          short: 'contains a position without both a longitude and a latitude',
          long: 'contains a position with more than three numbers',
        }
      : {
          type: 'is not a list [longitude, latitude]',
          short: 'does not have both a longitude and a latitude',
          long: 'has more than three numbers',
        })[problem] + ` (${q})`,
  coordinate: (inside, which, problem, q) =>
    `${inside ? 'contains' : 'has'} ${which === 'alt' ? 'an altitude' : `a ${which === 'lon' ? 'longitude' : 'latitude'}`} ` +
    (problem === 'type' ? `that is not a number (${q})` : `outside ${which === 'lon' ? '-180 to 180' : '-90 to 90'} (${q})`),

  unsafeLink: (q, scheme) =>
    scheme
      ? `is ${q}: a link with ${scheme} is not shown; only https:, http: and mailto: are`
      : `is ${q}: that is not a valid link and is not shown`,
  unrealDate: (date, effect) =>
    `is not a valid date (${date} does not exist); ` +
    (effect === 'item' ? 'the whole timeline item is left out' : 'the widgets leave it out'),
  endsBeforeStart: (end, start) => `(${end}) comes before the start date (${start}); the whole timeline item is left out`,
  duplicate: (bare, q, first, at) => `has the same ${bare} (${q}) as ${first} at ${at}; this later one is left out`,
  listFromBundle: (key, empty, n) =>
    `${empty ? `The list of ${en.lists[key].many} (${key}) is empty` : `The file has no ${en.lists[key].many} (${key})`}; ` +
    `the widgets show the ${n} built-in ones`,
  attributionFromBundle: 'The file has no attribution (attribution); the map shows the built-in one',
  listUnusable: (key, n) =>
    `None of the ${plural(n, en.lists[key].one, en.lists[key].many)} (${key}) is usable, so the whole file is unusable ` +
    'and the widgets show the built-in data',
  boundaryOutside: (box) => `lies mostly outside the region (${box}); the map leaves this boundary out`,
  boundarySwapped: (q) =>
    `has longitude and latitude swapped (first position ${q}; GeoJSON wants [longitude, latitude], ` +
    'like [5.47, 51.44]); the map leaves this boundary out',
  unknownMunicipality: (code, region) =>
    `has the CBS code ${code}, which is no municipality of the ${region}; the list shows it, the map only with a boundary of its own (boundary)`,
  unknownField: (key) => `has a field ${key} that the widgets do not know; it is ignored`,
  unknownTheme: (q) => `(${q}) is none of the themes shown; the timeline leaves it out`,
  box: (west, south, east, north) => {
    const f = (v: number) => v.toFixed(2);
    return `longitude ${f(west)} to ${f(east)}, latitude ${f(south)} to ${f(north)}`;
  },

  notJson: (where, detail) => `The file is not valid JSON${where ? ` (${where})` : ''}: ${detail}`,
  json: (problem, f) =>
    ({
      end: 'it ends in the middle of the data',
      value: `there is ${f} where a value belongs`,
      name: `there is ${f} where a name in double quotes belongs, like "code"`,
      colon: `there is ${f} where a colon belongs after the name`,
      'comma-array': `there is ${f} where a comma or ] belongs`,
      'comma-object': `there is ${f} where a comma or } belongs`,
      'trailing-comma': 'a comma right before } or ] is not allowed in JSON',
      control: 'JSON writes a line break or tab inside a text as \\n or \\t',
      escape: 'there is a backslash that means nothing in JSON; JSON writes a backslash itself as \\\\',
      number: 'there is a number JSON does not write that way (no leading zero, digits after a point)',
      after: `after the end of the data there is still ${f}`,
    })[problem],
  emptyFile: 'The file is empty',
  otherFormat: (declared, reads) =>
    `The file is in format ${declared} (schemaVersion); this version of the widgets reads format ${reads}. ` +
    `The widgets then show their built-in data. Publish the file in format ${reads}, or update the widgets`,
  line: (line, column) => `line ${line}, column ${column}`,

  usable: (counts, shown) => `Usable${counts ? `, with ${counts}` : ''}. The widgets show ${shown}.`,
  unusable: (counts) => `Unusable (${counts}): the widgets pass this file over and show the built-in data, with a notice.`,
  counts: (errors, warnings) =>
    [errors && plural(errors, 'error', 'errors'), warnings && plural(warnings, 'warning', 'warnings')]
      .filter(Boolean)
      .join(' and '),
  shownFromFile: (key, kept, inFile) =>
    kept === inFile ? plural(kept, en.lists[key].one, en.lists[key].many) : `${kept} of the ${inFile} ${en.lists[key].many}`,
  shownFromBundle: (key, n) => `the ${n} built-in ${en.lists[key].many}`,
  and: (parts) => `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`,

  severity: { error: 'error', warning: 'warning' },
  leftOut: 'left out',
  none: 'No problems found.',
  more: (n) => `… and ${n} more ${n === 1 ? 'error' : 'errors'} of that kind in this boundary`,
};

/** The checker's words in `lang`. */
export const checkStrings: Record<Lang, CheckStrings> = { nl, en };
