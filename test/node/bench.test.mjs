// Tests of the benchmark (npm run bench): its statistics, the synthetic datasets it measures
// with, what it reads from traces and source maps, its table, and a one-pair run in Chromium on
// the built files, so that the script cannot rot unnoticed between the runs that matter.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import { composition, decodeVlq, origin } from '../../scripts/bench/bytes.mjs';
import { change, formatSummary, markdownTable, textTable } from '../../scripts/bench/report.mjs';
import { cumulativeLayoutShift, longTaskStats, pairOrder, pairRatios, quantile, summarize } from '../../scripts/bench/stats.mjs';
import {
  bbox,
  geoJson,
  realRegion,
  regionFile,
  syntheticMunicipalities,
  syntheticTimeline,
  writeSyntheticData,
} from '../../scripts/bench/synthetic.mjs';
import { forcedLayouts, hotFunctions, longTaskBreakdown } from '../../scripts/bench/trace.mjs';
import { findChrome } from '../../scripts/find-browsers.mjs';

const schema = JSON.parse(readFileSync('src/data/region.schema.json', 'utf8'));
const ajv = new Ajv({ strict: false });
const validate = ajv.compile(schema);
const validMunicipality = ajv.getSchema(`${schema.$id}#/definitions/municipality`);
const validTimelineItem = ajv.getSchema(`${schema.$id}#/definitions/timelineItem`);

test('quantiles interpolate between ranks; the summary has median, quartiles and spread', () => {
  assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
  assert.equal(quantile([4, 1, 3, 2, 5], 0.25), 2);
  assert.equal(quantile([7], 0.75), 7);
  assert.equal(quantile([], 0.5), undefined);
  const s = summarize([10, 30, 20, 40, 50, NaN, undefined]);
  assert.deepEqual(s, { n: 5, median: 30, q1: 20, q3: 40, iqr: 20, min: 10, max: 50 });
  assert.equal(summarize([NaN]), undefined);
});

test('pairs: a ratio per pair, none when the baseline is 0 unless both are; the order alternates', () => {
  assert.deepEqual(pairRatios([2, 3, 0, 1, undefined], [1, 6, 0, 0, 1]), [2, 0.5, 1, undefined, undefined]);
  assert.deepEqual([0, 1, 2, 3].map(pairOrder), [
    ['ours', 'baseline'],
    ['baseline', 'ours'],
    ['ours', 'baseline'],
    ['baseline', 'ours'],
  ]);
});

test('layout shift counts the worst session window, as Chromium does', () => {
  assert.equal(cumulativeLayoutShift([]), 0);
  // Two shifts 500 ms apart share a window; one 2 s later starts a new, smaller one.
  assert.equal(cumulativeLayoutShift([{ start: 100, value: 0.1 }, { start: 600, value: 0.05 }, { start: 2600, value: 0.12 }]).toFixed(3), '0.150');
  // A window ends after 5 s even without a gap of 1 s.
  const steady = Array.from({ length: 12 }, (_, i) => ({ start: i * 900, value: 0.01 }));
  assert.equal(cumulativeLayoutShift(steady).toFixed(2), '0.06');
});

test('long tasks: count, longest and the time over 50 ms', () => {
  assert.deepEqual(longTaskStats([]), { count: 0, longest: 0, blocking: 0 });
  assert.deepEqual(longTaskStats([{ start: 0, duration: 80 }, { start: 200, duration: 120 }]), { count: 2, longest: 120, blocking: 100 });
});

test('synthetic municipalities: made-up codes and names, valid data, copies that do not overlap', () => {
  const real = realRegion();
  for (const n of [21, 100, 342, 1000]) {
    const list = syntheticMunicipalities(n, { real, withBoundaries: n !== 1000 });
    assert.equal(list.length, n);
    assert.equal(new Set(list.map((m) => m.code)).size, n);
    assert.equal(new Set(list.map((m) => m.slug)).size, n);
    assert.ok(list.every((m) => /^GM9\d{3}$/.test(m.code)), 'codes GM9000–GM9999, none a real CBS code');
    assert.ok(list.every((m) => validMunicipality(m)), JSON.stringify(validMunicipality.errors));
    assert.ok(validate(regionFile({ municipalities: list })));
  }
  const list = syntheticMunicipalities(342, { real });
  assert.deepEqual([list[0].name, list[1].slug, list[341].code], ['Synthetisch 001', 'synthetisch-002', 'GM9341']);
  assert.equal(syntheticMunicipalities(1000, { real, withBoundaries: false })[999].name, 'Synthetisch 1000');
  assert.equal(list[21].boundary.coordinates[0].length, real.boundaries[real.content.municipalities[0].code].coordinates[0].length);
  // Each copy of the region lies apart from every other.
  const tiles = Array.from({ length: Math.ceil(342 / 21) }, (_, t) => bbox(list.slice(t * 21, t * 21 + 21).map((m) => m.boundary)));
  for (let a = 0; a < tiles.length; a++) {
    for (let b = a + 1; b < tiles.length; b++) {
      const apart = tiles[a].east < tiles[b].west || tiles[b].east < tiles[a].west || tiles[a].north < tiles[b].south || tiles[b].north < tiles[a].south;
      assert.ok(apart, `tiles ${a} and ${b} overlap`);
    }
  }
  // Inside the region's box, which the map holds boundaries against.
  const region = bbox(real.content.municipalities.map((m) => real.boundaries[m.code]));
  const all = bbox(list.map((m) => m.boundary));
  assert.ok(all.west >= region.west && all.east <= region.east + 0.1 && all.south >= region.south - 0.1 && all.north <= region.north, JSON.stringify({ all, region }));
  assert.throws(() => syntheticMunicipalities(1001), RangeError);
});

test('synthetic timeline items are valid, with their own ids; the files are written where asked', () => {
  const items = syntheticTimeline(500);
  assert.equal(new Set(items.map((i) => i.id)).size, 500);
  assert.ok(items.every((i) => validTimelineItem(i)), JSON.stringify(validTimelineItem.errors));
  assert.equal(items[0].title.nl, 'Synthetisch 001');
  const features = geoJson(syntheticMunicipalities(100)).features;
  assert.equal(features.length, 100);
  assert.equal(features[0].properties.name, 'Synthetisch 001');

  const dir = mkdtempSync(join(tmpdir(), 'mre-bench-'));
  try {
    const written = writeSyntheticData(dir, { map: [21, 100], list: 50, timeline: 20 });
    assert.deepEqual(written.sort(), ['README.txt', 'list-50.json', 'region-100.geojson', 'region-100.json', 'region-21.geojson', 'timeline-20.json']);
    const real = JSON.parse(readFileSync(join(dir, 'region-21.geojson'), 'utf8'));
    assert.equal(real.features.length, 21);
    assert.ok(validate(JSON.parse(readFileSync(join(dir, 'timeline-20.json'), 'utf8'))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('traces: forced layouts of the page only, long tasks by kind of work, hot functions', () => {
  const frame = 'F1';
  const pid = 7;
  const ms = (n) => n * 1000;
  const trace = {
    traceEvents: [
      { name: 'FrameCommittedInBrowser', ph: 'I', args: { data: { frame, processId: pid, url: 'http://x/bench/map.html' } } },
      { name: 'thread_name', ph: 'M', pid, tid: 1, args: { name: 'CrRendererMain' } },
      { name: 'RunTask', ph: 'X', pid, tid: 1, ts: ms(0), dur: ms(100) },
      { name: 'FunctionCall', ph: 'X', pid, tid: 1, ts: ms(1), dur: ms(90) },
      { name: 'Layout', ph: 'X', pid, tid: 1, ts: ms(10), dur: ms(30), args: { beginData: { frame, stackTrace: [{ url: 'http://x/dist/chunks/mre-map-engine.js', functionName: '_setPosition' }] } } },
      { name: 'UpdateLayoutTree', ph: 'X', pid, tid: 1, ts: ms(50), dur: ms(20) },
      { name: 'Layout', ph: 'X', pid, tid: 1, ts: ms(200), dur: ms(5), args: { beginData: { frame } } },
      { name: 'Layout', ph: 'X', pid: 9, tid: 1, ts: ms(0), dur: ms(5), args: { beginData: { frame: 'other', stackTrace: [{ url: 'chrome://x.js' }] } } },
      {
        name: 'ProfileChunk',
        ph: 'P',
        pid,
        id: '0x1',
        args: {
          data: {
            cpuProfile: {
              nodes: [
                { id: 1, callFrame: { functionName: '(root)', url: '' } },
                { id: 2, callFrame: { functionName: '_setPosition', url: 'http://x/dist/chunks/mre-map-engine.js' } },
              ],
              samples: [2, 2, 1],
            },
            timeDeltas: [0, 3000, 4000],
          },
        },
      },
    ],
  };
  assert.deepEqual(forcedLayouts(trace, '/bench/'), { count: 1, ms: 30, layouts: 2, top: [{ where: 'mre-map-engine.js:_setPosition', count: 1 }] });
  assert.deepEqual(longTaskBreakdown(trace, '/bench/'), [{ start: 0, ms: 100, split: { script: 40, layout: 30, style: 20, other: 10 } }]);
  assert.deepEqual(hotFunctions(trace, '/bench/').functions, [{ where: 'mre-map-engine.js:_setPosition', ms: 7 }]);
});

test('source maps: VLQ numbers, and which sources fill a file', () => {
  assert.deepEqual(decodeVlq('AAAA'), [0, 0, 0, 0]);
  assert.deepEqual(decodeVlq('CD'), [1, -1]);
  assert.deepEqual(decodeVlq('gB'), [16]);
  assert.equal(origin('../node_modules/@lit/reactive-element/css-tag.js'), '@lit/reactive-element');
  assert.equal(origin('../../node_modules/leaflet/dist/leaflet-src.esm.js'), 'leaflet');
  assert.equal(origin('../src/components/region-map/region-map.ts'), 'src/components/region-map/');
  const dir = mkdtempSync(join(tmpdir(), 'mre-bench-'));
  try {
    const file = join(dir, 'out.js');
    // "aaaa" from source 0 (a lib), "bb" from source 1, on one line.
    writeFileSync(file, 'aaaabb');
    writeFileSync(`${file}.map`, JSON.stringify({ version: 3, sources: ['../node_modules/lib/x.js', '../src/y/z.ts'], mappings: 'AAAA,ICAA' }));
    assert.deepEqual(
      composition(file).map((c) => [c.origin, c.chars]),
      [
        ['lib', 4],
        ['src/y/', 2],
      ],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the table: medians with their quartiles, goals, and the change since the last run', () => {
  assert.equal(formatSummary({ n: 9, median: 250.4, q1: 240, q3: 262 }, 'ms'), '250 (240–262)');
  assert.equal(formatSummary({ n: 1, median: 34.12 }, 'KB'), '34.1');
  assert.equal(formatSummary(undefined, 'ms'), '–');
  const row = { id: 'a', label: 'A', unit: 'ms', ours: { n: 9, median: 12, q1: 11, q3: 13 }, ratio: { n: 9, median: 1.1, q1: 1, q3: 1.2 }, goal: { text: '≤ 1.0× baseline', met: false } };
  assert.equal(change(row, undefined), 'new');
  assert.equal(change(row, { ...row, ratio: { median: 1.3 } }), 'ratio 1.30→1.10');
  assert.equal(change({ ...row, ratio: undefined }, { ...row, ratio: undefined, ours: { median: 10 } }), '+20% (10.0→12.0)');
  const results = { rows: [row] };
  assert.match(textTable(results), /A\s+12\.0 \(11\.0–13\.0\)\s+–\s+1\.10× \(1\.00×–1\.20×\)\s+≤ 1\.0× baseline\s+MISSED/);
  assert.match(markdownTable(results), /\| A \| 12\.0 \(11\.0–13\.0\) \| – \| 1\.10× \(1\.00×–1\.20×\) \| ≤ 1\.0× baseline \| MISSED \|/);
});

const built = existsSync('dist/mre-widgets.js') && existsSync('dist/chunks/mre-map-engine.js');
const smokeSkip = !findChrome() ? 'Chromium is not installed' : !built ? 'dist/ is not built (npm run build)' : false;

test('npm run bench runs: one pair of the map against plain Leaflet, and the bytes, in Chromium', { skip: smokeSkip, timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'mre-bench-'));
  const out = join(dir, 'results.json');
  try {
    const run = spawnSync(process.execPath, ['scripts/bench.mjs'], {
      encoding: 'utf8',
      timeout: 55_000,
      env: { ...process.env, BENCH_QUICK: '1', BENCH_PAIRS: '1', BENCH_ONLY: 'bytes,map-21-1x', BENCH_NO_BUILD: '1', BENCH_OUT: out },
    });
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
    const results = JSON.parse(readFileSync(out, 'utf8'));
    const row = (id) => results.rows.find((r) => r.id === id);
    assert.ok(row('map21.1x.time').ours.median > 0 && row('map21.1x.time').baseline.median > 0, 'both maps were timed');
    assert.ok(row('map21.1x.time').phases.ours.chunk > 0, 'the phases of our map were recorded');
    assert.ok(row('bytes.nomap').ours.median > 1, 'the script of a page without a map was counted');
    assert.match(row('bytes.map').note, /the browser received exactly these gzip sizes/);
    assert.equal(typeof row('map21.1x.time').goal.met, 'boolean');
    assert.match(results.machine.browser, /Chrom/);
    assert.match(run.stdout, /Map: time to the 21 drawn areas, 1× CPU/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
