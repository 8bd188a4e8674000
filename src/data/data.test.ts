import { expect, waitUntil } from '@open-wc/testing';
import { defaultBoundaries } from './default-boundaries.js';
import { defaultRegion } from './default-region.js';
import { region as englishRegion } from '../i18n/english.js';
import { fresh, watchFetches } from '../../test/helpers.js';
import { clean, compatibleSchemaVersion, loaderSettings, loadRegion, RegionLoadError, SCHEMA_VERSION } from './load.js';
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

  it('says its format: the schemaVersion these widgets read', () => {
    expect(SCHEMA_VERSION).to.equal('1.0');
    expect(defaultRegion.schemaVersion).to.equal(SCHEMA_VERSION);
  });

  it('carries the sourced figures and the attribution', () => {
    const helmond = findMunicipality(defaultRegion, 'helmond')!;
    expect(helmond).to.include({ code: 'GM0794', name: 'Helmond', population: 95874, website: 'https://www.helmond.nl' });
    expect(defaultRegion.population_reference_date).to.equal('2024-01-01');
    const total = defaultRegion.municipalities.reduce((sum, m) => sum + (m.population ?? 0), 0);
    expect(total).to.equal(809176);
    expect(defaultRegion.attribution!.nl).to.include('Kadaster / Centraal Bureau voor de Statistiek');
    expect(englishRegion.attribution!.en).to.include('Kadaster');
  });

  it('carries its texts in Dutch; the English chunk has the same dataset with the English texts as well', () => {
    const texts = (value: unknown, lang: 'nl' | 'en'): string[] =>
      Array.isArray(value)
        ? value.flatMap((item) => texts(item, lang))
        : value && typeof value === 'object'
          ? typeof (value as { nl?: unknown }).nl === 'string'
            ? [(value as Record<string, string>)[lang]].filter((text) => text !== undefined)
            : Object.values(value).flatMap((item) => texts(item, lang))
          : [];
    expect(texts(defaultRegion, 'en')).to.deep.equal([]);
    expect(texts(englishRegion, 'nl')).to.deep.equal(texts(defaultRegion, 'nl'));
    expect(texts(englishRegion, 'en')).to.include.members(['Economy', englishRegion.attribution!.en!]);
    const { themes, timeline, municipalities } = englishRegion;
    expect(JSON.stringify({ themes, timeline, municipalities }, (key, value) => (key === 'en' ? undefined : value))).to.equal(
      JSON.stringify({ themes: defaultRegion.themes, timeline: defaultRegion.timeline, municipalities: defaultRegion.municipalities }),
    );
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
      expect(() => clean(bad, 'f.json', defaultRegion)).to.throw(RegionLoadError).with.property('reason', 'schema');
    }
    // The console message says which file and what in it is wrong.
    expect(() => clean({ ...base(), version: 2 }, 'f.json', defaultRegion)).to.throw(RegionLoadError, /^f\.json does not match region\.schema\.json: \/version /);
  });

  describe('the format of the file (schemaVersion)', () => {
    const quiet = <T>(fn: () => T): T => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        return fn();
      } finally {
        console.warn = warn;
      }
    };

    it('reads a file of the same major version whatever its minor: an older one, and a newer one whose new fields it ignores', () => {
      for (const schemaVersion of ['1.0', '1.1', '1.12']) {
        expect(clean({ ...base(), schemaVersion }, 'data', defaultRegion).region.municipalities, schemaVersion).to.have.length(21);
      }
      // A 1.7 file with fields this version does not know, at the top and in items: all shown, nothing dropped.
      const newer = { ...base(), schemaVersion: '1.7', newsletter: { url: 'https://example.org' } };
      newer.municipalities = newer.municipalities.map((m: object) => ({ ...m, mayor: 'Onbekend' }));
      newer.themes = newer.themes.map((t: object) => ({ ...t, colour: '#00529c' }));
      const { region, warnings } = clean(newer, 'newer.json', defaultRegion);
      expect(warnings).to.deep.equal([]);
      expect(region.municipalities).to.have.length(21);
      expect(region.themes.map((t) => t.id)).to.deep.equal(defaultRegion.themes.map((t) => t.id));
    });

    it('reads a file without schemaVersion, from before it existed, as 1.0', () => {
      const old = { ...base(), version: 1 };
      delete old.schemaVersion;
      expect(clean(old, 'data', defaultRegion).region.municipalities).to.have.length(21);
      expect(clean({ version: 1, schemaVersion: '1.0' }, 'data', defaultRegion).region.timeline).to.deep.equal(defaultRegion.timeline);
    });

    it('refuses a file of another major version with reason "version", before it is checked against the schema', () => {
      for (const schemaVersion of ['2.0', '2.5', '10.0', '0.9']) {
        const error = quiet(() => {
          try {
            clean({ ...base(), schemaVersion }, 'f.json', defaultRegion);
          } catch (e) {
            return e as RegionLoadError;
          }
          throw new Error(`${schemaVersion} was read`);
        });
        expect(error, schemaVersion).to.be.instanceOf(RegionLoadError);
        expect(error.reason, schemaVersion).to.equal('version');
      }
      // A 2.0 file of an entirely other shape is still a version problem, not a schema problem.
      expect(() => clean({ schemaVersion: '2.0', gemeenten: [] }, 'f.json', defaultRegion))
        .to.throw(RegionLoadError, /^f\.json is in format 2\.0 \(schemaVersion\); mre-widgets \d+\.\d+\.\d+\S* reads format 1\.x\. Update mre-widgets on this site, or publish the file in format 1\.x\.$/)
        .with.property('reason', 'version');
    });

    it('leaves a schemaVersion that is no MAJOR.MINOR, and a file that names no format, to the schema', () => {
      for (const bad of [{ ...base(), schemaVersion: '1' }, { ...base(), schemaVersion: 1 }, { ...base(), schemaVersion: 'v2' }, { municipalities: [] }]) {
        expect(() => clean(bad, 'f.json', defaultRegion), JSON.stringify(bad).slice(0, 40)).to.throw(RegionLoadError).with.property('reason', 'schema');
      }
    });

    it('compatibleSchemaVersion: the same major, in either direction; another major, never', () => {
      expect(compatibleSchemaVersion('1.0', '1.0')).to.be.true;
      expect(compatibleSchemaVersion('1.4', '1.0'), 'a newer file, older widgets').to.be.true;
      expect(compatibleSchemaVersion('1.0', '1.3'), 'an older file, newer widgets').to.be.true;
      expect(compatibleSchemaVersion('2.0', '1.9')).to.be.false;
      expect(compatibleSchemaVersion('1.9', '2.0')).to.be.false;
      expect(compatibleSchemaVersion('1.2')).to.be.true;
      expect(compatibleSchemaVersion('3.0')).to.be.false;
    });
  });

  it('names a dropped item by its place in the list when it has no id, and by its id when it has one', () => {
    const data = base();
    data.timeline = [null, { id: 'zonder-start', title: { nl: 'x' }, date_precision: 'day' }, ...data.timeline];
    const warn = console.warn;
    const logged: string[] = [];
    console.warn = (...args: unknown[]) => logged.push(args.join(' '));
    let warnings: string[];
    try {
      ({ warnings } = clean(data, 'f.json', defaultRegion));
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.match(/^timeline\[0\] dropped: \/ /);
    expect(warnings[1]).to.match(/^timeline\[1\] \(zonder-start\) dropped: \/ must have required property 'start'/);
    expect(logged).to.deep.equal([`mre-widgets: f.json: 2 problem(s)\n  ${warnings.join('\n  ')}`]);
  });

  it('rejects a file when every item of a list is invalid, so an element never goes blank', () => {
    const data = base();
    data.timeline = [{ id: 'x' }, { id: 'y', start: 'soon' }];
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(() => clean(data, 'f.json', defaultRegion)).to.throw(RegionLoadError, 'every item of "timeline" is invalid');
    } finally {
      console.warn = warn;
    }
  });

  it('takes a list that is missing or empty in the file from the bundled data, so a file may update part of it', () => {
    const data = base();
    data.timeline = [];
    delete data.themes;
    data.municipalities = data.municipalities.slice(0, 2);
    const { region, warnings } = clean(data, 'data', defaultRegion);
    expect(region.timeline).to.deep.equal(defaultRegion.timeline);
    expect(region.themes).to.deep.equal(defaultRegion.themes);
    expect(region.municipalities.map((m) => m.code)).to.deep.equal(['GM0743', 'GM1724']);
    expect(warnings).to.deep.equal([]);
    expect(clean({ version: 1 }, 'data', defaultRegion).region.municipalities).to.have.length(21);
  });

  it('gives a file without an attribution the bundled one, so a map always shows it', () => {
    const data = base();
    delete data.attribution;
    expect(clean(data, 'data', defaultRegion).region.attribution).to.deep.equal(defaultRegion.attribution);
    const own = { ...base(), attribution: { nl: 'Eigen bron' } };
    expect(clean(own, 'data', defaultRegion).region.attribution).to.deep.equal({ nl: 'Eigen bron' });
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
      result = clean(data, 'f.json', defaultRegion);
    } finally {
      console.warn = warn;
    }
    const { region, warnings } = result;
    expect(region.municipalities).to.have.length(21);
    expect(region.municipalities.filter((m) => m.slug === 'asten')[0].name).to.equal('Asten');
    expect(region.themes).to.have.length(4);
    expect(region.timeline.map((t) => t.id)).not.to.include.members([defaultRegion.timeline[0].id, defaultRegion.timeline[1].id]);
    expect(region.timeline.map((t) => t.id)).to.include(defaultRegion.timeline[2].id);
    // Exactly the first two are gone: "2019-05" to "2019" ends in the year it starts, and stays.
    expect(region.timeline.map((t) => t.id)).to.deep.equal([
      'transformatie-sre-mre',
      'einde-plusregio',
      'mre-opgericht',
      'evaluatie-2017',
      'ambitiedocument-2018',
      'samenwerkingsakkoord-2019-2022',
      'concept-res',
      'res-1-0',
      'samenwerkingsakkoord-2023-2026',
      'gemeenschappelijke-regeling-2024',
      'bovenregionale-samenwerking',
    ]);
    expect(region.municipalities.map((m) => m.code)).not.to.include('GM9999');
    expect(warnings).to.deep.equal([
      'municipalities[21] (GM0743) dropped: "gm0743" is already in the list',
      'municipalities[22] (GM9999) dropped: "bergeijk" is already in the list',
      'themes[4] (economie) dropped: "economie" is already in the list',
      'timeline[0] (sre) dropped: the date 2024-02-31 does not exist',
      'timeline[1] (sre-plusregio) dropped: it ends (2019) before it starts (2020)',
      'reference_date: the date 2023-02-29 does not exist and is left out',
    ]);
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
      result = clean(data, 'f.json', defaultRegion);
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
  const absolute = (path: string) => new URL(path, location.href).href;
  /** What the test server saw become of a slow request: answered, or the browser hung up first. */
  const outcome = async (url: string) =>
    (await (await fetch(`/__test__/outcome?t=${new URL(url, location.href).searchParams.get('t')}`)).json()) as string;
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => expect.fail('the load did not fail'),
      (error: unknown) => error as RegionLoadError,
    );

  afterEach(() => {
    loaderSettings.timeoutMs = 10_000;
  });

  it('rejects what is not a URL with reason "network", without a request', async () => {
    const fetches = watchFetches();
    try {
      const error = await failure(loadRegion('http://[nope', defaultRegion));
      expect(error).to.be.instanceOf(RegionLoadError);
      expect(error).to.include({ reason: 'network', url: 'http://[nope', message: '"http://[nope" is not a URL', status: undefined });
      expect(fetches.urls).to.deep.equal([]);
    } finally {
      fetches.restore();
    }
  });

  it('says which file failed and why: HTTP status, unreachable server, not JSON', async () => {
    const missing = absolute(fresh('/test/fixtures/does-not-exist.json'));
    expect(await failure(loadRegion(missing, defaultRegion))).to.include({
      reason: 'http',
      url: missing,
      status: 404,
      message: `${missing} answered 404 Not Found`,
    });
    const unreachable = 'http://127.0.0.1:9/region.json';
    const network = await failure(loadRegion(unreachable, defaultRegion));
    expect(network).to.include({ reason: 'network', url: unreachable, status: undefined });
    expect(network.message).to.match(/^http:\/\/127\.0\.0\.1:9\/region\.json could not be reached \(.+\)$/);
    const malformed = absolute(fresh('/test/fixtures/malformed.json'));
    const parse = await failure(loadRegion(malformed, defaultRegion));
    expect(parse).to.include({ reason: 'parse', url: malformed, status: undefined });
    expect(parse.message.startsWith(`${malformed} is not valid JSON (`)).to.be.true;
    const wrong = absolute(fresh('/test/fixtures/wrong-shape.json'));
    const schema = await failure(loadRegion(wrong, defaultRegion));
    expect(schema).to.include({ reason: 'schema', url: wrong });
    expect(schema.message.startsWith(`${wrong} does not match region.schema.json: `)).to.be.true;
  });

  it('gives up on a file slower than the timeout with reason "timeout", and hangs up on the server', async () => {
    loaderSettings.timeoutMs = 100;
    const url = absolute(fresh('/__test__/slow.json?ms=600'));
    const error = await failure(loadRegion(url, defaultRegion));
    expect(error).to.include({ reason: 'timeout', url, message: `${url} did not answer within 100 ms` });
    await waitUntil(async () => !['pending', 'waiting'].includes(await outcome(url)), 'the slow request never ended', { timeout: 3000 });
    expect(await outcome(url)).to.equal('aborted');
  });

  it('keeps the request while anyone still waits for it, and hangs up once everyone has given up', async () => {
    // One of two callers gives up: the other still gets the file.
    const shared = fresh('/__test__/slow.json?ms=300');
    const a = new AbortController();
    const b = new AbortController();
    const first = failure(loadRegion(shared, defaultRegion, a.signal));
    const second = loadRegion(shared, defaultRegion, b.signal);
    a.abort(new Error('the first caller left'));
    expect((await first).message).to.equal('the first caller left');
    // The slow file has empty lists: everything comes from the bundled data.
    expect((await second).region.timeline).to.deep.equal(defaultRegion.timeline);
    expect(await outcome(shared)).to.equal('answered');

    // Both give up: the request is aborted, and a later caller starts a new one.
    const abandoned = fresh('/__test__/slow.json?ms=300');
    const fetches = watchFetches();
    try {
      const c = new AbortController();
      const d = new AbortController();
      const third = failure(loadRegion(abandoned, defaultRegion, c.signal));
      const fourth = failure(loadRegion(abandoned, defaultRegion, d.signal));
      // Some engines cancel a fetch before sending it: give up only once the server has it.
      await waitUntil(async () => (await outcome(abandoned)) === 'waiting', 'the request reached the server', { timeout: 3000 });
      c.abort();
      d.abort();
      expect((await third).name).to.equal('AbortError');
      expect((await fourth).name).to.equal('AbortError');
      await waitUntil(async () => !['pending', 'waiting'].includes(await outcome(abandoned)), 'the slow request never ended', { timeout: 3000 });
      expect(await outcome(abandoned)).to.equal('aborted');
      const later = await loadRegion(abandoned, defaultRegion);
      expect(later.region.municipalities).to.have.length(21);
      expect(fetches.urls.filter((u) => u.includes('/__test__/slow.json'))).to.have.length(2);
    } finally {
      fetches.restore();
    }
  });

  it('rejects at once for a signal that was already aborted, and keeps nothing of it', async () => {
    const url = fresh('/test/fixtures/region-subset.json');
    const gone = failure(loadRegion(url, defaultRegion, AbortSignal.abort(new Error('already gone'))));
    // Asked again straight away: the given-up request is not the one this caller waits for.
    const again = loadRegion(url, defaultRegion);
    expect((await gone).message).to.equal('already gone');
    const { region } = await again;
    expect(region.municipalities.map((m) => m.name)).to.deep.equal(['Eindhoven', 'Helmond', 'Waalre']);
  });

  it('shares one failing request between those waiting for it, and tries again later', async () => {
    const url = fresh('/test/fixtures/does-not-exist.json');
    const fetches = watchFetches();
    try {
      const together = await Promise.allSettled([loadRegion(url, defaultRegion), loadRegion(url, defaultRegion), loadRegion(url, defaultRegion)]);
      expect(together.map((r) => r.status)).to.deep.equal(['rejected', 'rejected', 'rejected']);
      expect((together[0] as PromiseRejectedResult).reason).to.have.property('reason', 'http');
      expect(fetches.urls).to.have.length(1);
      await loadRegion(url, defaultRegion).catch(() => undefined);
      expect(fetches.urls).to.have.length(2);
    } finally {
      fetches.restore();
    }
  });

  it('keeps a loaded file for the page: a later request fetches nothing', async () => {
    const url = fresh('/test/fixtures/region-subset.json');
    const fetches = watchFetches();
    try {
      const first = await loadRegion(url, defaultRegion);
      const second = await loadRegion(url, defaultRegion);
      expect(second).to.equal(first);
      expect(fetches.urls).to.have.length(1);
    } finally {
      fetches.restore();
    }
  });
});
