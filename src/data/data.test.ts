import { expect } from '@open-wc/testing';
import { defaultBoundaries } from './default-boundaries.js';
import { defaultRegion } from './default-region.js';
import { clean, RegionLoadError } from './load.js';
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
    for (const bad of [null, [], 'x', { version: 1 }, { ...base(), version: 2 }, { ...base(), municipalities: {} }]) {
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

  it('keeps an empty list that was empty in the file', () => {
    const data = base();
    data.timeline = [];
    expect(clean(data).region.timeline).to.deep.equal([]);
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
