import { expect } from '@open-wc/testing';
import { defaultRegion } from './default-region.js';
import { clean } from './load.js';
import schema from './region.schema.json';
import { dayFields, identities, linkFields, sift, takesBundled, timelineDates, timelineTrouble, unreal } from './rules.js';
import type { TimelineItem } from './types.js';

const item = (fields: Partial<TimelineItem>): TimelineItem => ({ id: 'x', start: '2020', date_precision: 'year', title: { nl: 'x' }, ...fields });

/** Runs clean() without its console line, and returns its warnings. */
function warningsOf(json: unknown): string[] {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return clean(json, 'f.json', defaultRegion).warnings;
  } finally {
    console.warn = warn;
  }
}

describe('the rules the widgets and the data check share', () => {
  it('a timeline item: the first date that does not exist, else an end before the start', () => {
    expect(timelineTrouble(item({ start: '2024-02-29', end: '2025' }))).to.equal(undefined);
    expect(timelineTrouble(item({ start: '2019-05', end: '2019' }))).to.equal(undefined);
    expect(timelineTrouble(item({ start: '2019-05-01', end: '2019-05' }))).to.equal(undefined);
    expect(timelineTrouble(item({ start: '2023-02-29', end: '2023-04-31' }))).to.equal('2023-02-29');
    expect(timelineTrouble(item({ end: '2020-13', milestones: [{ date: '2020-02-30', title: { nl: 'm' } }] }))).to.equal('2020-13');
    expect(timelineTrouble(item({ milestones: [{ date: '2020', title: { nl: 'm' } }, { date: '2021-02-29', title: { nl: 'm' } }] }))).to.equal(
      '2021-02-29',
    );
    expect(timelineTrouble(item({ start: '2020', end: '2019-12' }))).to.deep.equal(['2020', '2019-12']);
    // The order is judged only when every date exists.
    expect(timelineTrouble(item({ start: '2020', end: '2019', milestones: [{ date: '2019-02-29', title: { nl: 'm' } }] }))).to.equal('2019-02-29');
    expect(timelineDates(item({ end: '2021', milestones: [{ date: '2020-06', title: { nl: 'm' } }] }))).to.deep.equal(['2020', '2021', '2020-06']);
    expect([undefined, '2024-02-29', '2023-02-29'].map((d) => unreal(d))).to.deep.equal([false, false, true]);
  });

  it('sift: keeps valid items, drops the later of two with the same identity, and says why', () => {
    const valid = (x: unknown) => typeof (x as { code?: unknown }).code === 'string';
    const heard: unknown[][] = [];
    const items = [
      { slug: 'a' }, // invalid: claims nothing
      { code: 'GM0001', slug: 'a' },
      { code: 'GM0002', slug: 'gm0001' }, // its slug is the first one's code, in lower case
      { code: 'GM0001', slug: 'c' },
      { code: 'GM0003', slug: 'a' },
      { code: 'GM0004', slug: 'd' },
    ];
    const kept = sift('municipalities', items, valid, (...args) => heard.push(args));
    expect(kept).to.deep.equal([items[1], items[5]]);
    expect(heard).to.deep.equal([
      [0, undefined, undefined],
      [2, undefined, 'gm0001'],
      [3, undefined, 'gm0001'],
      [4, undefined, 'a'],
    ]);
    expect(identities('municipalities', { code: 'GM0772', slug: 'eindhoven' })).to.deep.equal(['gm0772', 'eindhoven']);
    expect(identities('themes', { id: 'economie' })).to.deep.equal(['economie']);
  });

  it('sift: a timeline item dropped for its dates claims no id; both reasons are told', () => {
    const heard: unknown[][] = [];
    const items = [item({ id: 'a', start: '2023-02-29' }), item({ id: 'a' }), item({ id: 'a', end: '2019' })];
    const kept = sift('timeline', items, () => true, (...args) => heard.push(args));
    expect(kept).to.deep.equal([items[1]]);
    expect(heard).to.deep.equal([
      [0, '2023-02-29', undefined],
      [2, ['2020', '2019'], 'a'],
    ]);
  });

  it('a list that is missing or empty is taken from the bundled data', () => {
    expect([undefined, [], [1]].map((list) => takesBundled(list))).to.deep.equal([true, true, false]);
  });

  it('the fields holding links are those the schema calls a url, and clean() leaves out an unsafe one in each', () => {
    type Property = { $ref?: string; items?: { $ref?: string } };
    const urlFields = (definition: { properties: object }) =>
      Object.entries(definition.properties as Record<string, Property>)
        .filter(([, p]) => p.$ref === '#/definitions/url' || p.items?.$ref === '#/definitions/url')
        .map(([key]) => key);
    const { municipality, theme, timelineItem } = schema.definitions;
    expect(linkFields).to.deep.equal({
      municipalities: urlFields(municipality),
      themes: urlFields(theme),
      timeline: urlFields(timelineItem),
    });
    const data = JSON.parse(JSON.stringify(defaultRegion));
    for (const key of ['municipalities', 'themes', 'timeline'] as const) {
      for (const field of linkFields[key]) {
        data[key][0][field] = field.endsWith('_urls') ? ['javascript:x'] : 'javascript:x';
      }
    }
    const warnings = warningsOf(data);
    expect(warnings).to.deep.equal([
      'GM0743: link "javascript:x" dropped (only https:, http: and mailto: links are shown)',
      'theme economie: link "javascript:x" dropped (only https:, http: and mailto: links are shown)',
      'theme economie: link "javascript:x" dropped (only https:, http: and mailto: links are shown)',
      'timeline sre: link "javascript:x" dropped (only https:, http: and mailto: links are shown)',
    ]);
  });

  it("the file's days are those the schema calls a day, and clean() leaves out each that does not exist", () => {
    const days = Object.entries(schema.properties as Record<string, { $ref?: string }>)
      .filter(([, p]) => p.$ref === '#/definitions/isoDay')
      .map(([key]) => key);
    expect([...dayFields]).to.deep.equal(days);
    const data = JSON.parse(JSON.stringify(defaultRegion));
    for (const field of dayFields) data[field] = '2023-02-29';
    expect(warningsOf(data)).to.deep.equal(dayFields.map((field) => `${field}: the date 2023-02-29 does not exist and is left out`));
  });
});
