import { expect } from '@open-wc/testing';
import { checkRegion, checkRegionText, type CheckProblem, type CheckReport } from './check.js';
import { defaultBoundaries } from './default-boundaries.js';
import { defaultRegion } from './default-region.js';
import { clean, RegionLoadError } from './load.js';
import type { Lang } from './types.js';

/** The bundled dataset with its boundaries: the file `npm run build` publishes. */
const full = () =>
  JSON.parse(
    JSON.stringify({
      ...defaultRegion,
      $schema: undefined,
      municipalities: defaultRegion.municipalities.map((m) => ({ ...m, boundary: defaultBoundaries[m.code] })),
    }),
  );
/** The bundled dataset without boundaries, to change in a test. */
const base = () => JSON.parse(JSON.stringify({ ...defaultRegion, $schema: undefined }));

/** The problems as `path message`, in order. */
const lines = (report: CheckReport) => report.problems.map((p) => `${p.path} ${p.message}`);
const at = (report: CheckReport, path: string) => report.problems.filter((p) => p.path === path);
const only = (report: CheckReport, path: string): CheckProblem => {
  const found = at(report, path);
  expect(found, `${path}: ${lines(report).join('\n')}`).to.have.length(1);
  return found[0];
};

const fixture = async (name: string) => (await fetch(`/test/fixtures/${name}`)).text();

describe('checkRegion', () => {
  it('finds nothing wrong with the bundled dataset, boundaries included, and says what the widgets show', () => {
    const nl = checkRegion(full(), 'nl');
    expect(nl.problems).to.deep.equal([]);
    expect(nl).to.deep.include({ lang: 'nl', usable: true, errors: 0, warnings: 0 });
    expect(nl.lists).to.deep.equal({
      municipalities: { inFile: 21, kept: 21, shown: 21, bundled: false },
      themes: { inFile: 4, kept: 4, shown: 4, bundled: false },
      timeline: { inFile: 13, kept: 13, shown: 13, bundled: false },
    });
    expect(nl.summary).to.equal("Bruikbaar. De widgets tonen 21 gemeenten, 4 thema's en 13 tijdlijnitems.");
    expect(checkRegion(full(), 'en').summary).to.equal('Usable. The widgets show 21 municipalities, 4 themes and 13 timeline items.');
    // Dutch unless asked otherwise.
    expect(checkRegion(full()).lang).to.equal('nl');
  });

  it('reports every schema error of an item at its own path, in plain words, and that the item is left out', () => {
    const data = base();
    Object.assign(data.municipalities[7], { name: ' ', slug: 'Son en Breugel', population: -5, website: 'www.son.nl' });
    delete data.municipalities[7].code;
    data.timeline[2] = { ...data.timeline[2], date_precision: 'week', title: { en: 'x' }, milestones: [{ title: { nl: 'm' } }] };
    const report = checkRegion(data, 'nl');
    expect(lines(report)).to.deep.equal([
      '/municipalities/7 De 8e gemeente heeft geen CBS-code (code).',
      '/municipalities/7/name De naam van de 8e gemeente is leeg.',
      '/municipalities/7/slug De slug van de 8e gemeente mag alleen kleine letters, cijfers en losse streepjes hebben, zoals son-en-breugel ("Son en Breugel").',
      '/municipalities/7/population Het inwonertal van de 8e gemeente mag niet negatief zijn (-5).',
      '/municipalities/7/website De website van de 8e gemeente is geen volledige link ("www.son.nl"); een link begint met https:// of mailto:.',
      '/timeline/2/date_precision De datumprecisie van tijdlijnitem transformatie-sre-mre moet year, month of day zijn, niet "week".',
      '/timeline/2/title De titel van tijdlijnitem transformatie-sre-mre heeft geen Nederlandse tekst (nl).',
      '/timeline/2/milestones/0 De 1e mijlpaal van tijdlijnitem transformatie-sre-mre heeft geen datum (date).',
    ]);
    expect(report.problems.every((p) => p.severity === 'error' && p.kind === 'schema' && p.effect === 'item')).to.be.true;
    expect(report.problems.map((p) => p.item)).to.deep.equal([...Array(5).fill('/municipalities/7'), ...Array(3).fill('/timeline/2')]);
    expect(report.problems[0].itemLabel).to.equal('De 8e gemeente');
    expect(report.usable).to.be.true;
    expect(report.summary).to.equal(
      "Bruikbaar, met 8 fouten. De widgets tonen 20 van de 21 gemeenten, 4 thema's en 12 van de 13 tijdlijnitems.",
    );
    const en = checkRegion(data, 'en');
    expect(en.problems.map((p) => p.message).slice(0, 3)).to.deep.equal([
      'The 8th municipality has no CBS code (code).',
      'The name of the 8th municipality is empty.',
      'The slug of the 8th municipality may only have lower-case letters, digits and single hyphens, like son-en-breugel ("Son en Breugel").',
    ]);
    expect(en.problems[7].message).to.equal('The 1st milestone of timeline item transformatie-sre-mre has no date (date).');
    // None of the validator's own words in either language.
    for (const { message } of [...report.problems, ...en.problems]) {
      expect(message).not.to.match(/must (have|match|NOT|be (equal|string|number|integer|object|array|>|<))|instancePath|\\S|\^\[/);
    }
  });

  it('names each kind of wrong value: text, number, whole number, list, object, date, code, version', () => {
    const data = base();
    data.version = 2;
    data.reference_date = '1-1-2024';
    data.attribution = 'CBS';
    data.municipalities[0] = { ...data.municipalities[0], population: 12.5, land_area_km2: '70', code: 'GM743' };
    data.themes[0] = { ...data.themes[0], source_urls: 'https://a.nl', title: { nl: 5 } };
    data.timeline[0] = { ...data.timeline[0], start: '2024-13', end: '12 mei 1993' };
    const report = checkRegion(data, 'en');
    const schemaErrors = report.problems.filter((p) => p.kind === 'schema');
    expect(schemaErrors.map((p) => `${p.path} ${p.message}`)).to.deep.equal([
      '/version The version must be 1, not 2.',
      '/reference_date The reference date is not a date like 2024-01-01 ("1-1-2024").',
      '/attribution The attribution is not an object { … }, but "CBS".',
      '/municipalities/0/code The CBS code of municipality Asten (GM743) does not have the form GM and four digits, like GM0772 ("GM743").',
      '/municipalities/0/population The population of municipality Asten (GM743) is not a whole number, but 12.5.',
      '/municipalities/0/land_area_km2 The land area of municipality Asten (GM743) is not a number, but "70".',
      '/themes/0/title/nl The Dutch text of the title of theme economie is not a text, but 5.',
      '/themes/0/source_urls The sources of theme economie is not a list [ … ], but "https://a.nl".',
      '/timeline/0/start The start date of timeline item sre is not a date like 2024, 2024-05 or 2024-05-17 ("2024-13").',
      '/timeline/0/end The end date of timeline item sre is not a date like 2024, 2024-05 or 2024-05-17 ("12 mei 1993").',
    ]);
    // Without its theme "economie", the timeline cannot name it where items refer to it.
    expect(report.problems.filter((p) => p.kind === 'unknown-theme').map((p) => p.path)).to.deep.equal([
      '/timeline/6/theme_ids/0',
      '/timeline/7/theme_ids/0',
      '/timeline/10/theme_ids/0',
      '/timeline/12/theme_ids/0',
    ]);
    expect(report.usable).to.be.false;
    expect(report.problems.slice(0, 3).map((p) => [p.effect, p.item, p.itemLabel])).to.deep.equal([
      ['file', '', 'The file'],
      ['file', '', 'The file'],
      ['file', '', 'The file'],
    ]);
    expect(report.summary).to.equal(
      'Unusable (10 errors and 4 warnings): the widgets pass this file over and show the built-in data, with a notice.',
    );
    expect(checkRegion(data, 'nl').summary).to.equal(
      'Onbruikbaar (10 fouten en 4 waarschuwingen): de widgets laten dit bestand liggen en tonen de ingebouwde gegevens, met een melding.',
    );
  });

  it('explains a boundary by the kind of geometry it says it is, and a label point by its numbers', () => {
    const data = base();
    const ms = data.municipalities;
    ms[0].boundary = { type: 'Polygon', coordinates: [[[5.7, 51.4], [5.8, 'x'], [500, 51.4]]] };
    ms[1].boundary = { type: 'MultiPolygon', coordinates: [[[[5.3, 51.3], [5.4, 51.3], [5.4, 51.4, 'high'], [5.3]]], 'x', []] };
    ms[2].boundary = { type: 'Polygonx', coordinates: [] };
    ms[3].boundary = null;
    ms[4].boundary = { type: 'Polygon' };
    ms[5].boundary = { coordinates: [] };
    ms[6].boundary = { type: 'MultiPolygon', coordinates: [] };
    ms[7].boundary = { type: 'Polygon', coordinates: [[], 'ring'] };
    ms[8].label_point = [5.4, '51', 3, 4];
    ms[9].label_point = [200, -91];
    ms[10].label_point = 'middle';
    ms[11].label_point = [5.4];
    const report = checkRegion(data, 'nl');
    expect(lines(report)).to.deep.equal([
      '/municipalities/0/boundary/coordinates/0 De grens van gemeente Asten (GM0743) bevat een ring van 3 posities; een ring heeft er minstens 4 (de laatste gelijk aan de eerste).',
      '/municipalities/0/boundary/coordinates/0/1/1 De grens van gemeente Asten (GM0743) bevat een breedtegraad die geen getal is ("x").',
      '/municipalities/0/boundary/coordinates/0/2/0 De grens van gemeente Asten (GM0743) bevat een lengtegraad buiten -180 tot 180 (500).',
      '/municipalities/1/boundary/coordinates/0/0/2/2 De grens van gemeente Bergeijk (GM1724) bevat een hoogte die geen getal is ("high").',
      '/municipalities/1/boundary/coordinates/0/0/3 De grens van gemeente Bergeijk (GM1724) bevat een positie zonder lengtegraad én breedtegraad ([5.3]).',
      '/municipalities/1/boundary/coordinates/1 De grens van gemeente Bergeijk (GM1724) bevat een polygoon die geen lijst van ringen is.',
      '/municipalities/1/boundary/coordinates/2 De grens van gemeente Bergeijk (GM1724) bevat een polygoon zonder ringen.',
      '/municipalities/2/boundary De grens van gemeente Best (GM0753) heeft als type "Polygonx"; dat moet Polygon of MultiPolygon zijn.',
      '/municipalities/3/boundary De grens van gemeente Bladel (GM1728) is geen GeoJSON-geometrie (een object met type Polygon of MultiPolygon en coordinates), maar null.',
      '/municipalities/4/boundary De grens van gemeente Cranendonck (GM1706) heeft geen coördinaten (coordinates).',
      '/municipalities/5/boundary De grens van gemeente Deurne (GM0762) heeft geen type (type); dat moet Polygon of MultiPolygon zijn.',
      '/municipalities/6/boundary/coordinates De grens van gemeente Eersel (GM0770) heeft geen polygonen: de lijst coordinates is leeg.',
      '/municipalities/7/boundary/coordinates/0 De grens van gemeente Eindhoven (GM0772) bevat een ring van 0 posities; een ring heeft er minstens 4 (de laatste gelijk aan de eerste).',
      '/municipalities/7/boundary/coordinates/1 De grens van gemeente Eindhoven (GM0772) bevat een ring die geen lijst van posities is.',
      '/municipalities/8/label_point Het labelpunt van gemeente Geldrop-Mierlo (GM1771) heeft meer dan drie getallen ([5.4,"51",3,4]).',
      '/municipalities/8/label_point/1 Het labelpunt van gemeente Geldrop-Mierlo (GM1771) heeft een breedtegraad die geen getal is ("51").',
      '/municipalities/9/label_point/0 Het labelpunt van gemeente Gemert-Bakel (GM1652) heeft een lengtegraad buiten -180 tot 180 (200).',
      '/municipalities/9/label_point/1 Het labelpunt van gemeente Gemert-Bakel (GM1652) heeft een breedtegraad buiten -90 tot 90 (-91).',
      '/municipalities/10/label_point Het labelpunt van gemeente Heeze-Leende (GM1658) is geen lijst [lengtegraad, breedtegraad] ("middle").',
      '/municipalities/11/label_point Het labelpunt van gemeente Helmond (GM0794) heeft geen lengtegraad én breedtegraad ([5.4]).',
    ]);
    const en = checkRegion(data, 'en');
    expect(at(en, '/municipalities/1/boundary/coordinates/0/0/3')[0].message).to.equal(
      'The boundary of municipality Bergeijk (GM1724) contains a position without both a longitude and a latitude ([5.3]).',
    );
    expect(at(en, '/municipalities/6/boundary/coordinates')[0].message).to.equal(
      'The boundary of municipality Eersel (GM0770) has no polygons: the list coordinates is empty.',
    );
    expect(at(en, '/municipalities/8/label_point')[0].message).to.equal(
      'The label point of municipality Geldrop-Mierlo (GM1771) has more than three numbers ([5.4,"51",3,4]).',
    );
    expect(at(en, '/municipalities/10/label_point')[0].message).to.equal(
      'The label point of municipality Heeze-Leende (GM1658) is not a list [longitude, latitude] ("middle").',
    );
  });

  it('explains a Polygon whose coordinates are no list, one without rings, and a position that is no list', () => {
    const data = base();
    data.municipalities[0].boundary = { type: 'Polygon', coordinates: 'none' };
    data.municipalities[1].boundary = { type: 'Polygon', coordinates: [] };
    data.municipalities[2].boundary = { type: 'Polygon', coordinates: [[[5.3, 51.3], 7, [5.4, 51.4], [5.3, 51.3, 1, 2]]] };
    data.municipalities[3].boundary = { type: 'MultiPolygon', coordinates: {} };
    expect(checkRegion(data, 'en').problems.map((p) => p.message)).to.deep.equal([
      'The boundary of municipality Asten (GM0743) has coordinates (coordinates) that are not a list.',
      'The boundary of municipality Bergeijk (GM1724) has no rings: the list coordinates is empty.',
      'The boundary of municipality Best (GM0753) contains a position that is not a list [longitude, latitude] (7).',
      'The boundary of municipality Best (GM0753) contains a position with more than three numbers ([5.3,51.3,1,2]).',
      'The boundary of municipality Bladel (GM1728) has coordinates (coordinates) that are not a list.',
    ]);
  });

  it('warns about links the widgets leave out, naming the scheme', () => {
    const data = base();
    data.municipalities[1].website = 'javascript:alert(document.domain)';
    data.themes[1].url = 'data:text/html,<b>x</b>';
    data.themes[1].source_urls = ['https://ok.example/', 'https://', 'mailto:info@example.org'];
    data.timeline[0].source_urls = ['vbscript:x', 'https://ok.example/'];
    const nl = checkRegion(data, 'nl');
    expect(lines(nl)).to.deep.equal([
      '/municipalities/1/website De website van gemeente Bergeijk (GM1724) is "javascript:alert(document.domain)": een link met javascript: wordt niet getoond; alleen https:, http: en mailto:.',
      '/themes/1/url De link van thema mobiliteit is "data:text/html,<b>x</b>": een link met data: wordt niet getoond; alleen https:, http: en mailto:.',
      '/themes/1/source_urls/1 De 2e bron van thema mobiliteit is "https://": dat is geen geldige link en wordt niet getoond.',
      '/timeline/0/source_urls/0 De 1e bron van tijdlijnitem sre is "vbscript:x": een link met vbscript: wordt niet getoond; alleen https:, http: en mailto:.',
    ]);
    expect(nl.problems.every((p) => p.severity === 'warning' && p.kind === 'unsafe-link' && p.effect === 'value')).to.be.true;
    expect(nl.summary).to.equal("Bruikbaar, met 4 waarschuwingen. De widgets tonen 21 gemeenten, 4 thema's en 13 tijdlijnitems.");
    expect(only(checkRegion(data, 'en'), '/themes/1/url').message).to.equal(
      'The link of theme mobiliteit is "data:text/html,<b>x</b>": a link with data: is not shown; only https:, http: and mailto: are.',
    );
  });

  it('warns about days that do not exist and timeline items that end before they start, each date at its path', () => {
    const data = base();
    data.reference_date = '2023-02-30';
    data.population_reference_date = '2024-02-29';
    data.timeline[0] = { ...data.timeline[0], start: '2023-02-29', end: '2023-04-31' };
    data.timeline[1] = { ...data.timeline[1], start: '2020', end: '2019', milestones: undefined };
    data.timeline[2] = { ...data.timeline[2], start: '2019-05', end: '2019' };
    data.timeline[3] = { ...data.timeline[3], milestones: [{ date: '2016', title: { nl: 'a' } }, { date: '2017-02-29', title: { nl: 'b' } }] };
    const nl = checkRegion(data, 'nl');
    expect(lines(nl)).to.deep.equal([
      '/reference_date De peildatum is geen geldige datum (2023-02-30 bestaat niet); de widgets laten hem weg.',
      '/timeline/0/start De begindatum van tijdlijnitem sre is geen geldige datum (2023-02-29 bestaat niet); het hele tijdlijnitem wordt weggelaten.',
      '/timeline/0/end De einddatum van tijdlijnitem sre is geen geldige datum (2023-04-31 bestaat niet); het hele tijdlijnitem wordt weggelaten.',
      '/timeline/1/end De einddatum van tijdlijnitem sre-plusregio (2019) ligt vóór de begindatum (2020); het hele tijdlijnitem wordt weggelaten.',
      '/timeline/3/milestones/1/date De datum van de 2e mijlpaal van tijdlijnitem einde-plusregio is geen geldige datum (2017-02-29 bestaat niet); het hele tijdlijnitem wordt weggelaten.',
    ]);
    expect(nl.problems.map((p) => [p.kind, p.effect])).to.deep.equal([
      ['unreal-date', 'value'],
      ['unreal-date', 'item'],
      ['unreal-date', 'item'],
      ['ends-before-start', 'item'],
      ['unreal-date', 'item'],
    ]);
    expect(nl.lists.timeline).to.deep.equal({ inFile: 13, kept: 10, shown: 10, bundled: false });
    const en = checkRegion(data, 'en');
    expect(at(en, '/reference_date')[0].message).to.equal('The reference date is not a valid date (2023-02-30 does not exist); the widgets leave it out.');
    expect(at(en, '/timeline/1/end')[0].message).to.equal(
      'The end date of timeline item sre-plusregio (2019) comes before the start date (2020); the whole timeline item is left out.',
    );
  });

  it('warns about later duplicates, naming the earlier item that stays', () => {
    const data = base();
    data.municipalities.push({ ...data.municipalities[0], name: 'Asten opnieuw' });
    data.municipalities.push({ ...data.municipalities[1], code: 'GM0001' });
    data.themes.push({ ...data.themes[0] });
    data.timeline.push({ ...data.timeline[4], start: '2023-02-29' }); // dropped for its date, and a duplicate too
    const report = checkRegion(data, 'nl');
    expect(lines(report).filter((l) => !l.includes('GM0001, geen gemeente'))).to.deep.equal([
      '/municipalities/21/code Gemeente Asten opnieuw (GM0743) heeft dezelfde CBS-code ("GM0743") als gemeente Asten (GM0743) op /municipalities/0; deze latere wordt weggelaten.',
      '/municipalities/22/slug Gemeente Bergeijk (GM0001) heeft dezelfde slug ("bergeijk") als gemeente Bergeijk (GM1724) op /municipalities/1; deze latere wordt weggelaten.',
      '/themes/4/id Thema economie heeft dezelfde id ("economie") als thema economie op /themes/0; deze latere wordt weggelaten.',
      '/timeline/13/start De begindatum van tijdlijnitem mre-opgericht is geen geldige datum (2023-02-29 bestaat niet); het hele tijdlijnitem wordt weggelaten.',
      '/timeline/13/id Tijdlijnitem mre-opgericht heeft dezelfde id ("mre-opgericht") als tijdlijnitem mre-opgericht op /timeline/4; deze latere wordt weggelaten.',
    ]);
    expect(at(report, '/themes/4/id')[0]).to.deep.include({ severity: 'warning', kind: 'duplicate', effect: 'item', item: '/themes/4' });
    expect(report.lists.municipalities.kept).to.equal(21);
    expect(only(checkRegion(data, 'en'), '/themes/4/id').message).to.equal(
      'Theme economie has the same id ("economie") as theme economie at /themes/0; this later one is left out.',
    );
  });

  it('warns about lists and the attribution that the bundled data stands in for', () => {
    const data = base();
    delete data.themes;
    data.timeline = [];
    delete data.attribution;
    data.municipalities = data.municipalities.slice(0, 1);
    const nl = checkRegion(data, 'nl');
    expect(lines(nl)).to.deep.equal([
      '/attribution Het bestand heeft geen bronvermelding (attribution); de kaart toont de ingebouwde.',
      "/themes Het bestand heeft geen thema's (themes); de widgets tonen de 4 ingebouwde.",
      '/timeline De lijst tijdlijnitems (timeline) is leeg; de widgets tonen de 13 ingebouwde.',
    ]);
    expect(nl.lists).to.deep.equal({
      municipalities: { inFile: 1, kept: 1, shown: 1, bundled: false },
      themes: { inFile: undefined, kept: 0, shown: 4, bundled: true },
      timeline: { inFile: 0, kept: 0, shown: 13, bundled: true },
    });
    expect(nl.summary).to.equal(
      "Bruikbaar, met 3 waarschuwingen. De widgets tonen 1 gemeente, de 4 ingebouwde thema's en de 13 ingebouwde tijdlijnitems.",
    );
    const en = checkRegion(data, 'en');
    expect(en.problems.map((p) => p.message)).to.deep.equal([
      'The file has no attribution (attribution); the map shows the built-in one.',
      'The file has no themes (themes); the widgets show the 4 built-in ones.',
      'The list of timeline items (timeline) is empty; the widgets show the 13 built-in ones.',
    ]);
    expect(en.summary).to.equal(
      'Usable, with 3 warnings. The widgets show 1 municipality, the 4 built-in themes and the 13 built-in timeline items.',
    );
    expect(checkRegion({ version: 1, attribution: { nl: 'x' } }, 'en').summary).to.equal(
      'Usable, with 3 warnings. The widgets show the 21 built-in municipalities, the 4 built-in themes and the 13 built-in timeline items.',
    );
  });

  it('warns about a boundary far outside the region or with its coordinates swapped, naming the code', () => {
    const data = full();
    const move = (i: number, f: (p: number[]) => number[]) =>
      (data.municipalities[i].boundary.coordinates = data.municipalities[i].boundary.coordinates.map((ring: number[][]) => ring.map(f)));
    move(1, ([lon, lat]) => [lat, lon]);
    move(2, ([lon, lat]) => [lon - 0.6, lat + 0.9]);
    const nl = checkRegion(data, 'nl');
    expect(lines(nl)).to.deep.equal([
      '/municipalities/1/boundary De grens van gemeente Bergeijk (GM1724) heeft lengte- en breedtegraad verwisseld (eerste positie [51.37654,5.389]; GeoJSON wil [lengtegraad, breedtegraad], zoals [5.47, 51.44]); de kaart laat deze grens weg.',
      '/municipalities/2/boundary De grens van gemeente Best (GM0753) ligt grotendeels buiten de regio (lengtegraad 4,75 tot 4,85, breedtegraad 52,38 tot 52,45); de kaart laat deze grens weg.',
    ]);
    expect(nl.problems.map((p) => [p.kind, p.severity, p.effect])).to.deep.equal([
      ['boundary-swapped', 'warning', 'value'],
      ['boundary-outside', 'warning', 'value'],
    ]);
    const en = checkRegion(data, 'en');
    expect(en.problems.map((p) => p.message)).to.deep.equal([
      'The boundary of municipality Bergeijk (GM1724) has longitude and latitude swapped (first position [51.37654,5.389]; GeoJSON wants [longitude, latitude], like [5.47, 51.44]); the map leaves this boundary out.',
      'The boundary of municipality Best (GM0753) lies mostly outside the region (longitude 4.75 to 4.85, latitude 52.38 to 52.45); the map leaves this boundary out.',
    ]);
  });

  it('warns about municipalities not in the region, fields the widgets ignore and themes the timeline cannot name', async () => {
    const edge = checkRegion(JSON.parse(await fixture('region-edge-cases.json')), 'nl');
    expect(only(edge, '/municipalities/0/code').message).to.equal(
      'Gemeente Testgemeente Één (GM9991) heeft CBS-code GM9991, geen gemeente van de Metropoolregio Eindhoven; de lijst toont haar wel, de kaart alleen met een eigen grens (boundary).',
    );
    expect(only(edge, '/timeline/0/theme_ids/1').message).to.equal(
      'Het 2e thema van tijdlijnitem test-maanden ("bestaat-niet") is geen van de getoonde thema\'s; de tijdlijn laat het weg.',
    );
    expect(edge.problems.map((p) => p.kind)).to.deep.equal([
      'attribution-from-bundle',
      'unknown-municipality',
      'unknown-municipality',
      'unknown-municipality',
      'unknown-theme',
    ]);

    const data = base();
    data.gemeenten = [];
    data.municipalities[3].webiste = 'https://www.bladel.nl';
    data.municipalities[3]['a/b'] = 1;
    data.themes = data.themes.slice(1); // the timeline names "economie"
    const en = checkRegion(data, 'en');
    expect(only(en, '/gemeenten').message).to.equal('The file has a field gemeenten that the widgets do not know; it is ignored.');
    expect(only(en, '/municipalities/3/webiste').message).to.equal(
      'Municipality Bladel (GM1728) has a field webiste that the widgets do not know; it is ignored.',
    );
    expect(at(en, '/municipalities/3/a~1b')).to.have.length(1);
    expect(only(en, '/timeline/6/theme_ids/0').message).to.equal(
      'The 1st theme of timeline item ambitiedocument-2018 ("economie") is none of the themes shown; the timeline leaves it out.',
    );
    expect(en.problems.filter((p) => p.kind === 'unknown-theme').length).to.equal(
      defaultRegion.timeline.flatMap((t) => t.theme_ids ?? []).filter((id) => id === 'economie').length,
    );
    expect(at(en, '/municipalities/3/code')).to.deep.equal([]);
  });

  it('finds a file unusable when a list loses every item, and says which', () => {
    const data = base();
    data.timeline = [{ id: 'x' }, null];
    const nl = checkRegion(data, 'nl');
    expect(nl.usable).to.be.false;
    expect(nl.problems[0]).to.deep.equal({
      path: '/timeline',
      severity: 'error',
      kind: 'list-unusable',
      effect: 'file',
      item: '',
      itemLabel: 'Het bestand',
      message:
        'Van de 2 tijdlijnitems (timeline) is er geen een bruikbaar; daardoor is het hele bestand onbruikbaar en tonen de widgets de ingebouwde gegevens.',
    });
    expect(lines(nl).slice(1)).to.deep.equal([
      '/timeline/0 Tijdlijnitem x heeft geen begindatum (start).',
      '/timeline/0 Tijdlijnitem x heeft geen datumprecisie (date_precision).',
      '/timeline/0 Tijdlijnitem x heeft geen titel (title).',
      '/timeline/1 Het 2e tijdlijnitem is geen object { … }, maar null.',
    ]);
    expect(nl.summary).to.equal('Onbruikbaar (5 fouten): de widgets laten dit bestand liggen en tonen de ingebouwde gegevens, met een melding.');
    data.timeline = [{ id: 'x' }];
    expect(checkRegion(data, 'en').problems[0].message).to.equal(
      'None of the 1 timeline item (timeline) is usable, so the whole file is unusable and the widgets show the built-in data.',
    );
  });

  it('finds a file in another major format unusable, in one sentence, as the widgets would read it', () => {
    const data = { ...structuredClone(defaultRegion), schemaVersion: '2.0' };
    const nl = checkRegion(data, 'nl');
    expect(nl.usable).to.be.false;
    expect(lines(nl)).to.deep.equal([
      '/schemaVersion Het bestand is in formaat 2.0 (schemaVersion); deze versie van de widgets leest formaat 1.x. ' +
        'De widgets tonen dan hun ingebouwde gegevens. Publiceer het bestand in formaat 1.x, of werk de widgets bij.',
    ]);
    expect(checkRegion({ schemaVersion: '2.0' }, 'en').problems.map((p) => [p.kind, p.severity])).to.deep.equal([['version', 'error']]);
    // A newer minor version of this format is read; one the schema cannot read is explained as such.
    expect(checkRegion({ ...data, schemaVersion: '1.7' }, 'en').usable).to.be.true;
    expect(lines(checkRegion({ ...data, schemaVersion: 'twee' }, 'en'))[0]).to.match(/^\/schemaVersion /);
  });

  it('finds a file of another shape unusable, with every problem of its envelope', () => {
    for (const [json, expected] of [
      [null, '/ The file is not an object { … }, but null.'],
      [[1, 2], '/ The file is not an object { … }, but [1,2].'],
      ['x'.repeat(100), `/ The file is not an object { … }, but "${'x'.repeat(55)}…".`],
    ] as const) {
      const report = checkRegion(json, 'en');
      expect(report.usable, String(json)).to.be.false;
      expect(report.problems.map((p) => `${p.path || '/'} ${p.message}`)).to.deep.equal([expected]);
    }
    const report = checkRegion({ municipalities: {}, region: {}, themes: 'x' }, 'nl');
    expect(lines(report)).to.deep.equal([
      ' Het bestand heeft geen versie van het formaat (schemaVersion of version).',
      '/region De regio heeft geen naam (name).',
      '/municipalities De lijst gemeenten is geen lijst [ … ], maar {}.',
      "/themes De lijst thema's is geen lijst [ … ], maar \"x\".",
      '/attribution Het bestand heeft geen bronvermelding (attribution); de kaart toont de ingebouwde.',
      '/timeline Het bestand heeft geen tijdlijnitems (timeline); de widgets tonen de 13 ingebouwde.',
    ]);
    expect(report.lists.municipalities).to.deep.equal({ inFile: undefined, kept: 0, shown: 0, bundled: false });
    expect(report.summary).to.equal('Onbruikbaar (4 fouten en 2 waarschuwingen): de widgets laten dit bestand liggen en tonen de ingebouwde gegevens, met een melding.');
  });

  it('shows format characters and long names in a label as what they are', () => {
    const data = base();
    data.municipalities[0] = { ...data.municipalities[0], name: 'Hel\u202emond', website: 'javascript:x' };
    data.municipalities[1] = { ...data.municipalities[1], name: 'Gemeenschappelijkeregelingsbestuursvergadering', website: 'javascript:y' };
    const [first, second] = checkRegion(data, 'nl').problems;
    expect(first.itemLabel).to.equal('Gemeente Hel\\u202emond (GM0743)');
    expect(second.itemLabel).to.equal('Gemeente Gemeenschappelijkeregelingsbestuursverg… (GM1724)');
  });

  it('agrees with clean() on every file: what is usable, which items are left out, how many links and days go', async () => {
    const mutated = base();
    mutated.reference_date = '2023-02-29';
    mutated.municipalities[0].population = 'many';
    mutated.municipalities.push({ ...mutated.municipalities[1], code: 'GM0002' });
    mutated.municipalities[4].website = 'javascript:void(0)';
    mutated.themes[2].source_urls = ['https://ok.example/', 'data:text/html,x'];
    mutated.timeline[0] = { ...mutated.timeline[0], start: '2024-02-31', end: undefined };
    mutated.timeline[1] = { ...mutated.timeline[1], start: '2020', end: '2019' };
    mutated.timeline.push({ ...mutated.timeline[5] });
    const files: [string, unknown][] = [
      ['bundled', full()],
      ['mutated', mutated],
      ...(await Promise.all(
        ['region-partly-invalid.json', 'region-edge-cases.json', 'region-hostile-text.json', 'region-subset.json', 'wrong-shape.json'].map(
          async (name): Promise<[string, unknown]> => [name, JSON.parse(await fixture(name))],
        ),
      )),
      ['every timeline item invalid', { ...base(), timeline: [{ id: 'x' }] }],
    ];
    const warn = console.warn;
    console.warn = () => {};
    try {
      for (const [name, json] of files) {
        const report = checkRegion(json, 'en');
        let result;
        try {
          result = clean(json, name, defaultRegion);
        } catch (error) {
          expect(error, name).to.be.instanceOf(RegionLoadError);
        }
        expect(report.usable, name).to.equal(result !== undefined);
        if (!result) continue;
        for (const key of ['municipalities', 'themes', 'timeline'] as const) {
          expect(report.lists[key].shown, `${name} ${key}`).to.equal(result.region[key].length);
        }
        const leftOut = new Set(report.problems.filter((p) => p.effect === 'item').map((p) => p.item));
        const dropped = result.warnings.filter((w) => w.includes(' dropped: ')).map((w) => /^(\w+)\[(\d+)\]/.exec(w)!.slice(1).join('/'));
        expect([...leftOut].sort(), name).to.deep.equal(dropped.map((d) => `/${d}`).sort());
        const links = report.problems.filter((p) => p.kind === 'unsafe-link' && !leftOut.has(p.item));
        expect(links.length, name).to.equal(result.warnings.filter((w) => w.includes(': link ')).length);
        const days = report.problems.filter((p) => p.kind === 'unreal-date' && p.effect === 'value');
        expect(days.length, name).to.equal(result.warnings.filter((w) => w.includes('does not exist and is left out')).length);
      }
    } finally {
      console.warn = warn;
    }
    // The mutated file exercised every rule.
    expect(checkRegion(mutated, 'en').problems.map((p) => p.kind)).to.include.members([
      'unreal-date',
      'schema',
      'duplicate',
      'unsafe-link',
      'ends-before-start',
    ]);
  });
});

describe('checkRegionText', () => {
  it('says where a file stops being JSON, as line and column', () => {
    const text = '{\n  "version": 1,\n  "municipalities": [}\n}';
    const report = checkRegionText(text, 'nl');
    expect(report.usable).to.be.false;
    expect(report.problems).to.have.length(1);
    expect(report.problems[0]).to.deep.include({ path: '', severity: 'error', kind: 'not-json', effect: 'file' });
    // The same in every engine, whatever its own message says.
    expect(report.problems[0].message).to.equal('Het bestand is geen geldige JSON (regel 3, kolom 22): daar staat "}" waar een waarde hoort.');
    expect(checkRegionText(text, 'en').problems[0].message).to.equal(
      'The file is not valid JSON (line 3, column 22): there is "}" where a value belongs.',
    );
  });

  it('says so when a file ends in the middle of the data, or is empty', async () => {
    const malformed = await fixture('malformed.json');
    expect(checkRegionText(malformed, 'nl').problems[0].message).to.equal(
      'Het bestand is geen geldige JSON (regel 1, kolom 35): het houdt midden in de gegevens op.',
    );
    expect(checkRegionText(malformed, 'en').problems[0].message).to.equal(
      'The file is not valid JSON (line 1, column 35): it ends in the middle of the data.',
    );
    expect(checkRegionText(' \n', 'nl').problems.map((p) => p.message)).to.deep.equal(['Het bestand is leeg.']);
    expect(checkRegionText('', 'en').summary).to.equal('Unusable (1 error): the widgets pass this file over and show the built-in data, with a notice.');
  });

  it('reads a file with a byte order mark as the widgets do, and checks the JSON in it', () => {
    const report = checkRegionText(`\uFEFF${JSON.stringify(full())}`, 'en');
    expect(report.usable).to.be.true;
    expect(report.problems).to.deep.equal([]);
    expect(checkRegionText('{"version": 2}', 'en').problems[0].message).to.equal('The version must be 1, not 2.');
  });

  for (const lang of ['nl', 'en'] as Lang[]) {
    it(`has its words in ${lang} for every kind of problem`, async () => {
      const report = checkRegionText(await fixture('region-partly-invalid.json'), lang);
      expect(report.lang).to.equal(lang);
      const words = lang === 'nl' ? /gemeente|thema|tijdlijnitem|link/i : /municipality|theme|timeline item|link/i;
      for (const problem of report.problems) expect(problem.message).to.match(words);
    });
  }
});
