import { expect } from '@open-wc/testing';
import { defaultBoundaries } from './default-boundaries.js';
import { defaultRegion } from './default-region.js';
import { fresh, watchFetches } from '../../test/helpers.js';
import { clean, loadRegion, RegionLoadError } from './load.js';
import { findMunicipality } from './lookup.js';
import { safeUrl } from './sanitize.js';
import { validateEnvelope, validateMunicipality, validateTheme, validateTimelineItem } from './validators.generated.js';

describe('the bundled dataset', () => {
  it('holds the 21 municipalities, four themes and the timeline, all valid against the schema', () => {
    expect(validateEnvelope(defaultRegion)).to.be.true;
    expect(defaultRegion.municipalities).to.have.length(21);
    expect(defaultRegion.municipalities.every((m) => validateMunicipality(m))).to.be.true;
    expect(defaultRegion.themes.map((t) => t.id)).to.deep.equal(['economie', 'mobiliteit', 'transitie-landelijk-gebied', 'energietransitie']);
    expect(defaultRegion.themes.every((t) => validateTheme(t))).to.be.true;
    expect(defaultRegion.timeline).to.have.length(13);
    expect(defaultRegion.timeline.every((t) => validateTimelineItem(t))).to.be.true;
  });

  it('carries the sourced figures and the attribution', () => {
    const helmond = findMunicipality(defaultRegion, 'helmond')!;
    expect(helmond).to.include({ code: 'GM0794', name: 'Helmond', population: 95874, website: 'https://www.helmond.nl' });
    expect(defaultRegion.population_reference_date).to.equal('2024-01-01');
    const total = defaultRegion.municipalities.reduce((sum, m) => sum + (m.population ?? 0), 0);
    expect(total).to.equal(809176);
    expect(defaultRegion.attribution!.nl).to.include('Kadaster / Centraal Bureau voor de Statistiek');
    expect(defaultRegion.attribution!.en).to.include('Kadaster');
  });

  it('keeps the boundaries apart, one valid polygon for each of the 21 codes', () => {
    expect(defaultRegion.municipalities.some((m) => m.boundary)).to.be.false;
    for (const m of defaultRegion.municipalities) {
      const boundary = defaultBoundaries[m.code];
      expect(boundary, m.code).to.exist;
      expect(validateMunicipality({ ...m, boundary }), m.code).to.be.true;
    }
  });
});

describe('findMunicipality', () => {
  it('finds by slug or CBS code, in any case', () => {
    expect(findMunicipality(defaultRegion, 'son-en-breugel')!.name).to.equal('Son en Breugel');
    expect(findMunicipality(defaultRegion, 'GM0848')!.slug).to.equal('son-en-breugel');
    expect(findMunicipality(defaultRegion, 'gm0848')!.slug).to.equal('son-en-breugel');
    expect(findMunicipality(defaultRegion, '  Nuenen ')!.code).to.equal('GM0820');
  });

  it('returns nothing, without throwing, for unknown, empty or missing keys', () => {
    expect(findMunicipality(defaultRegion, 'amsterdam')).to.equal(undefined);
    expect(findMunicipality(defaultRegion, 'GM0363')).to.equal(undefined);
    expect(findMunicipality(defaultRegion, '')).to.equal(undefined);
    expect(findMunicipality(defaultRegion, null)).to.equal(undefined);
    expect(findMunicipality(defaultRegion, undefined)).to.equal(undefined);
  });
});

describe('safeUrl', () => {
  it('keeps https, http and mailto links', () => {
    expect(safeUrl('https://www.eindhoven.nl')).to.equal('https://www.eindhoven.nl/');
    expect(safeUrl('http://example.org/a?b=c')).to.equal('http://example.org/a?b=c');
    expect(safeUrl('mailto:info@example.org')).to.equal('mailto:info@example.org');
  });

  it('drops every other scheme, relative URLs and non-strings', () => {
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'ftp://x.org', '/relative', 'www.example.org', '', 42, null]) {
      expect(safeUrl(bad), String(bad)).to.equal(undefined);
    }
  });
});

describe('clean', () => {
  const base = () => JSON.parse(JSON.stringify({ ...defaultRegion, $schema: undefined }));

  it('rejects a file of another shape with reason "schema"', () => {
    for (const bad of [null, [], 'x', {}, { ...base(), version: 2 }, { ...base(), municipalities: {} }]) {
      expect(() => clean(bad, 'f.json')).to.throw(RegionLoadError).with.property('reason', 'schema');
    }
  });

  it('rejects a file when every item of a list is invalid, so an element never goes blank', () => {
    const data = base();
    data.timeline = [{ id: 'x' }, { id: 'y', start: 'soon' }];
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(() => clean(data, 'f.json')).to.throw(RegionLoadError, 'every item of "timeline" is invalid');
    } finally {
      console.warn = warn;
    }
  });

  it('takes a list that is missing or empty in the file from the bundled data, so a file may update part of it', () => {
    const data = base();
    data.timeline = [];
    delete data.themes;
    data.municipalities = data.municipalities.slice(0, 2);
    const { region, warnings } = clean(data);
    expect(region.timeline).to.deep.equal(defaultRegion.timeline);
    expect(region.themes).to.deep.equal(defaultRegion.themes);
    expect(region.municipalities.map((m) => m.code)).to.deep.equal(['GM0743', 'GM1724']);
    expect(warnings).to.deep.equal([]);
    expect(clean({ version: 1 }).region.municipalities).to.have.length(21);
  });

  it('gives a file without an attribution the bundled one, so a map always shows it', () => {
    const data = base();
    delete data.attribution;
    expect(clean(data).region.attribution).to.deep.equal(defaultRegion.attribution);
    const own = { ...base(), attribution: { nl: 'Eigen bron' } };
    expect(clean(own).region.attribution).to.deep.equal({ nl: 'Eigen bron' });
  });

  it('drops later duplicates, timeline items with dates that do not exist or that end before they start', () => {
    const data = base();
    data.municipalities.push({ ...data.municipalities[0], name: 'Asten again' });
    data.municipalities.push({ ...data.municipalities[1], code: 'GM9999' }); // a second "bergeijk"
    data.themes.push({ ...data.themes[0] });
    data.timeline[0] = { ...data.timeline[0], start: '2024-02-31', end: undefined };
    data.timeline[1] = { ...data.timeline[1], start: '2020', end: '2019' };
    data.timeline[2] = { ...data.timeline[2], start: '2019-05', end: '2019' };
    data.reference_date = '2023-02-29';
    const warn = console.warn;
    console.warn = () => {};
    let result;
    try {
      result = clean(data, 'f.json');
    } finally {
      console.warn = warn;
    }
    const { region, warnings } = result;
    expect(region.municipalities).to.have.length(21);
    expect(region.municipalities.filter((m) => m.slug === 'asten')[0].name).to.equal('Asten');
    expect(region.themes).to.have.length(4);
    expect(region.timeline.map((t) => t.id)).not.to.include.members([defaultRegion.timeline[0].id, defaultRegion.timeline[1].id]);
    expect(region.timeline.map((t) => t.id)).to.include(defaultRegion.timeline[2].id);
    expect(region.reference_date).to.equal(undefined);
    expect(warnings.join('\n'))
      .to.include('"gm0743" is already in the list')
      .and.include('"bergeijk" is already in the list')
      .and.include('the date 2024-02-31 does not exist')
      .and.include('ends (2019) before it starts (2020)')
      .and.include('reference_date: the date 2023-02-29 does not exist');
  });

  it('drops invalid items and unsafe links with one warning listing them', () => {
    const data = base();
    data.municipalities[0].population = 'many';
    data.themes[1].url = 'javascript:void(0)';
    data.timeline[2].source_urls = ['https://ok.example/', 'data:text/html,x'];
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    let result;
    try {
      result = clean(data, 'f.json');
    } finally {
      console.warn = warn;
    }
    expect(result.region.municipalities).to.have.length(20);
    expect(result.region.themes[1].url).to.equal(undefined);
    expect(result.region.timeline[2].source_urls).to.deep.equal(['https://ok.example/']);
    expect(result.warnings).to.have.length(3);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('municipalities[0] (GM0743) dropped').and.include('javascript:void(0)').and.include('data:text/html,x');
  });
});

describe('loadRegion', () => {
  it('shares one failing request between those waiting for it, and tries again later', async () => {
    const url = fresh('/test/fixtures/does-not-exist.json');
    const fetches = watchFetches();
    try {
      const together = await Promise.allSettled([loadRegion(url), loadRegion(url), loadRegion(url)]);
      expect(together.map((r) => r.status)).to.deep.equal(['rejected', 'rejected', 'rejected']);
      expect((together[0] as PromiseRejectedResult).reason).to.have.property('reason', 'http');
      expect(fetches.urls).to.have.length(1);
      await loadRegion(url).catch(() => undefined);
      expect(fetches.urls).to.have.length(2);
    } finally {
      fetches.restore();
    }
  });

  it('keeps a loaded file for the page: a later request fetches nothing', async () => {
    const url = fresh('/test/fixtures/region-subset.json');
    const fetches = watchFetches();
    try {
      const first = await loadRegion(url);
      const second = await loadRegion(url);
      expect(second).to.equal(first);
      expect(fetches.urls).to.have.length(1);
    } finally {
      fetches.restore();
    }
  });
});
