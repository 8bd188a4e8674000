#!/usr/bin/env node
// npm run bench: the performance goals of the widgets, measured in headless Chromium on the built
// files (it builds dist/ first when that is missing or stale). Our page and a baseline page load
// in alternating pairs (ours first in even pairs, the baseline first in odd ones) in the same
// run, because absolute times on a shared machine drift and ratios between neighbours do not.
// Prints a table of medians with their interquartile range and the goal of each row, and writes
// bench/results.json (the change of each row since the previous file is printed too).
//
// It measures and reports; it fails only when it cannot measure.
//
//   BENCH_PAIRS=9        pairs per measurement (default 9; at least 7 for numbers worth quoting)
//   BENCH_QUICK=1        a smoke run: 3 pairs, one Lighthouse run, 10 memory cycles; written to
//                        bench/generated/results-quick.json instead of bench/results.json
//   BENCH_ONLY=map,list  only these groups or measurement ids (see MEASUREMENTS and the groups
//                        bytes, traces, lighthouse); written to bench/generated/results-only.json
//   BENCH_OUT=file.json  where the results go (and the previous results are read from)
//   BENCH_LIGHTHOUSE_RUNS=3, BENCH_NO_BUILD=1 (measure dist/ as it is)
//
//   node scripts/bench.mjs --markdown [results.json]   the table of a results file as Markdown
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, type } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome, INSTALL } from './find-browsers.mjs';
import { serve } from './static-server.mjs';
import { composition, gzipSize, sourceMapLookup } from './bench/bytes.mjs';
import { machineLine, markdownTable, missed, textTable } from './bench/report.mjs';
import { cumulativeLayoutShift, longTaskStats, pairOrder, pairRatios, summarize } from './bench/stats.mjs';
import { SIZES, syntheticMunicipalities, writeSyntheticData } from './bench/synthetic.mjs';
import { forcedLayouts, hotFunctions, longTaskBreakdown, TRACE_CATEGORIES } from './bench/trace.mjs';

// Paths are relative to the project, wherever the script is started from.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const KB = 1024;
const GENERATED = 'bench/generated';

if (process.argv[2] === '--markdown') {
  const results = JSON.parse(readFileSync(process.argv[3] ?? 'bench/results.json', 'utf8'));
  console.log(`${machineLine(results)}\n\n${markdownTable(results)}`);
  process.exit(0);
}

const env = process.env;
const QUICK = env.BENCH_QUICK === '1';
const PAIRS = Number(env.BENCH_PAIRS ?? (QUICK ? 3 : 9));
const LIGHTHOUSE_RUNS = Number(env.BENCH_LIGHTHOUSE_RUNS ?? (QUICK ? 1 : 3));
const MEMORY_CYCLES = QUICK ? 10 : 50;
/** Traced loads per page: tracing slows a load, so these are not timed; they say where time goes. */
const TRACE_RUNS = QUICK ? 1 : 3;
const ONLY = (env.BENCH_ONLY ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
// A smoke run or a run of some groups writes beside the generated data: bench/results.json keeps
// the last whole run, which the README quotes.
const OUT = env.BENCH_OUT ?? (QUICK ? `${GENERATED}/results-quick.json` : ONLY.length ? `${GENERATED}/results-only.json` : 'bench/results.json');
if (!Number.isInteger(PAIRS) || PAIRS < 1) throw new Error(`BENCH_PAIRS must be a whole number of at least 1, not ${env.BENCH_PAIRS}`);

/**
 * A desktop window with the 800 px column, and a phone's screen. Not `isMobile`: Chromium's
 * mobile emulation marks the layout shifts of a load as following input (`hadRecentInput`, the
 * bug Lighthouse works around too, crbug.com/1094974), and they would not count. The page lays
 * out the same at 390 px either way (it has `width=device-width`).
 */
const DESKTOP = { width: 1280, height: 800, deviceScaleFactor: 1 };
const PHONE = { width: 390, height: 844, deviceScaleFactor: 3 };
/**
 * The network of the layout-shift pages: every response waits LATENCY_MS (the server holds it)
 * and comes compressed (gzip) at the bandwidth of Lighthouse's presets: a desktop 10 Mbit/s, a
 * phone 1.6 Mbit/s (its slow 4G). With latency alone, on loopback, the script and the stylesheet
 * arrive together and whether the first paint comes before the widgets is a coin toss.
 */
const LATENCY_MS = 100;
const DESKTOP_KBPS = 10 * 1024;
const PHONE_KBPS = 1.6 * 1024;

// --- goals ---------------------------------------------------------------------------------

const ratioAtMost = (limit) => ({ text: `≤ ${limit.toFixed(1)}× baseline`, check: (row) => row.ratio?.median <= limit });
const oursAtMost = (limit, text) => ({ text, check: (row) => row.ours?.median <= limit });
const oursAtLeast = (limit, text) => ({ text, check: (row) => row.ours?.median >= limit });
const oursBelow = (limit, text) => ({ text, check: (row) => row.ours?.median < limit });
const baselineBelow = (limit, text) => ({ text, check: (row) => row.baseline?.median < limit });

// --- what is measured ----------------------------------------------------------------------

const loadRows = (prefix, what, rate, goals = {}) => [
  { id: `${prefix}.longtasks`, label: `${what}: long tasks (> 50 ms) while loading, ${rate}× CPU`, unit: 'count', pick: (r) => r.longTasks.count, goal: goals.count },
  { id: `${prefix}.longest`, label: `${what}: longest task while loading, ${rate}× CPU`, unit: 'ms', pick: (r) => r.longTasks.longest, goal: goals.longest },
];

/**
 * The paired measurements: our page against a baseline page, `rate`× CPU throttling, and the
 * rows each load gives. `settle` is how long after "done" long tasks and shifts still count.
 */
const MEASUREMENTS = [
  {
    id: 'map-21-1x',
    group: 'map',
    ours: 'map.html',
    baseline: 'leaflet.html',
    sides: ['mre-region-map', 'plain Leaflet 1.9'],
    rate: 1,
    rows: [
      { id: 'map21.1x.time', label: 'Map: time to the 21 drawn areas, 1× CPU', unit: 'ms', pick: (r) => r.done, goal: ratioAtMost(1.0), phases: true },
      ...loadRows('map21.1x', 'Map, 21 areas', 1, { count: oursAtMost(0, 'none') }),
    ],
  },
  {
    id: 'map-21-4x',
    group: 'map',
    ours: 'map.html',
    baseline: 'leaflet.html',
    sides: ['mre-region-map', 'plain Leaflet 1.9'],
    rate: 4,
    rows: [
      { id: 'map21.4x.time', label: 'Map: time to the 21 drawn areas, 4× CPU', unit: 'ms', pick: (r) => r.done, goal: ratioAtMost(1.0), phases: true },
      ...loadRows('map21.4x', 'Map, 21 areas', 4, { count: oursAtMost(1, 'at most 1') }),
    ],
  },
  ...[100, 342].map((n) => ({
    id: `map-${n}-1x`,
    group: 'growth',
    ours: `map.html?n=${n}`,
    baseline: `leaflet.html?n=${n}`,
    sides: ['mre-region-map', 'plain Leaflet 1.9'],
    rate: 1,
    rows: [
      {
        id: `map${n}.1x.time`,
        label: `Growth: time to ${n} drawn areas (synthetic), 1× CPU`,
        unit: 'ms',
        pick: (r) => r.done,
        goal: n === 342 ? ratioAtMost(1.2) : undefined,
        phases: true,
      },
      ...loadRows(`map${n}.1x`, `Growth, ${n} areas`, 1, n === 342 ? { longest: oursAtMost(200, '≤ 200 ms') } : {}),
    ],
  })),
  {
    id: 'list-1000',
    group: 'list',
    ours: `list.html?n=${SIZES.list}`,
    baseline: `list-plain.html?n=${SIZES.list}`,
    sides: ['mre-municipality-list', 'plain-DOM list'],
    rate: 1,
    search: true,
    rows: [
      { id: 'list1000.time', label: `List: time to ${SIZES.list} items shown (synthetic), 1× CPU`, unit: 'ms', pick: (r) => r.done },
      ...loadRows('list1000', `List, ${SIZES.list} items`, 1),
      { id: 'list1000.search', label: `List: search per keystroke at ${SIZES.list} items (median of ${searchSteps().length})`, unit: 'ms', pick: (r) => r.search?.median, goal: oursBelow(16, '< 16 ms') },
      {
        id: 'list1000.search.slowest',
        label: `List: slowest keystroke at ${SIZES.list} items`,
        unit: 'ms',
        pick: (r) => r.search?.max,
        goal: oursBelow(16, '< 16 ms'),
        note: (runs) => `the slowest keystroke was most often, ours: ${mostOften(runs.ours.map((r) => r.search?.slowest))}; baseline: ${mostOften(runs.baseline.map((r) => r.search?.slowest))}`,
      },
    ],
  },
  {
    id: 'timeline-500',
    group: 'timeline',
    ours: `timeline.html?n=${SIZES.timeline}`,
    baseline: `timeline-plain.html?n=${SIZES.timeline}`,
    sides: ['mre-agreement-timeline', 'plain-DOM timeline'],
    rate: 1,
    rows: [
      { id: 'timeline500.time', label: `Timeline: time to ${SIZES.timeline} items shown (synthetic), 1× CPU`, unit: 'ms', pick: (r) => r.done },
      ...loadRows('timeline500', `Timeline, ${SIZES.timeline} items`, 1, { count: oursAtMost(0, 'none') }),
    ],
  },
  {
    id: 'shift-800',
    group: 'shift',
    ours: 'embed-bare.html',
    baseline: 'embed-reserved.html',
    sides: ['bare embed page', "page with the README's reserve CSS"],
    rate: 1,
    latency: true,
    kbps: DESKTOP_KBPS,
    settle: 1000,
    rows: [
      {
        id: 'shift.800.cls',
        label: `Layout shift, four widgets, 800 px column, ${LATENCY_MS} ms latency, 10 Mbit/s, 1× CPU (bare / reserved)`,
        unit: 'cls',
        pick: (r) => r.cls,
        goal: baselineBelow(0.01, 'reserved < 0.01; bare as low as it can be'),
      },
      ...loadRows('shift.800', 'Four widgets, desktop', 1, { count: oursAtMost(0, 'none') }),
    ],
  },
  {
    id: 'shift-390',
    group: 'shift',
    ours: 'embed-bare.html',
    baseline: 'embed-reserved.html',
    sides: ['bare embed page', "page with the README's reserve CSS"],
    rate: 4,
    latency: true,
    kbps: PHONE_KBPS,
    viewport: PHONE,
    settle: 1500,
    rows: [
      {
        id: 'shift.390.cls',
        label: `Layout shift, four widgets, 390 px phone, ${LATENCY_MS} ms latency, 1.6 Mbit/s, 4× CPU (bare / reserved)`,
        unit: 'cls',
        pick: (r) => r.cls,
        goal: baselineBelow(0.01, 'reserved < 0.01; bare as low as it can be'),
      },
      ...loadRows('shift.390', 'Four widgets, phone', 4, { count: oursAtMost(1, 'at most 1') }),
    ],
  },
  {
    id: 'memory',
    group: 'memory',
    ours: `memory.html?cycles=${MEMORY_CYCLES}`,
    baseline: 'memory.html?cycles=1',
    sides: [`after ${MEMORY_CYCLES} cycles`, 'after 1 cycle'],
    rate: 1,
    memory: true,
    rows: [
      { id: 'memory.heap', label: `Memory: JS heap after GC, a map attached and detached ${MEMORY_CYCLES} times (vs once)`, unit: 'MB', pick: (r) => r.heapMB },
      { id: 'memory.nodes', label: `Memory: DOM nodes after GC, ${MEMORY_CYCLES} cycles (vs once)`, unit: 'nodes', pick: (r) => r.nodes },
    ],
  },
];

const GROUPS = ['bytes', ...new Set(MEASUREMENTS.map((m) => m.group)), 'traces', 'lighthouse'];
for (const name of ONLY) {
  if (!GROUPS.includes(name) && !MEASUREMENTS.some((m) => m.id === name)) {
    throw new Error(`BENCH_ONLY names ${name}; it takes ${[...GROUPS, ...MEASUREMENTS.map((m) => m.id)].join(', ')}`);
  }
}
const wanted = (group, id) => ONLY.length === 0 || ONLY.includes(group) || (id !== undefined && ONLY.includes(id));

/**
 * The keystrokes of the search: "synthetisch 12" typed one letter at a time, then erased one at
 * a time, each with the number of names it should leave (from the generated names).
 */
function searchSteps() {
  const names = syntheticMunicipalities(SIZES.list, { withBoundaries: false }).map((m) => m.name.toLowerCase());
  const word = 'synthetisch 12';
  const queries = [...word].map((_, i) => word.slice(0, i + 1));
  const all = [...queries, ...queries.slice(0, -1).reverse(), ''];
  return all.map((query) => ({ query, expected: names.filter((name) => name.includes(query.trim())).length }));
}

// --- the browser ---------------------------------------------------------------------------

/** Everything a page load reports (see bench/probe.js), or `{ error }`. */
async function load(browser, base, path, { rate = 1, viewport = DESKTOP, kbps, settle = 500, search = false, memory = false, trace = false } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(viewport);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    if (kbps) {
      await cdp.send('Network.enable');
      const bytesPerSecond = (kbps * 1024) / 8;
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond });
    }
    if (trace) await page.tracing.start({ categories: TRACE_CATEGORIES });
    const timeout = 30_000 * rate;
    await page.goto(`${base}/bench/${path}`, { waitUntil: 'domcontentloaded', timeout });
    const done = await withTimeout(
      page.evaluate(async () => {
        const bench = window.__bench;
        if (!bench?.done) throw new Error('the page set no __bench.done');
        return bench.done;
      }),
      timeout,
      `${path} was not done within ${timeout / 1000} s`,
      () => page.evaluate(() => window.__bench?.error).catch(() => undefined),
    );
    await new Promise((r) => setTimeout(r, settle * Math.max(1, rate / 2)));
    const state = await page.evaluate(() => {
      const bench = window.__bench;
      return { longTasks: bench.longTasks, shifts: bench.shifts, phases: bench.phases, resources: bench.resources(), unsupported: bench.unsupported };
    });
    const result = {
      done,
      longTasks: longTaskStats(state.longTasks),
      cls: cumulativeLayoutShift(state.shifts),
      phases: state.phases,
      resources: state.resources,
    };
    if (state.unsupported.length) result.note = `no ${state.unsupported.join(', ')} observer`;
    if (trace) result.trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    if (search) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      const steps = searchSteps();
      const times = await page.evaluate((list) => window.__bench.search(list), steps);
      const slowest = times.indexOf(Math.max(...times));
      result.search = { ...summarize(times), times, slowest: `"${steps[slowest].query}" (${steps[slowest].expected} shown)` };
    }
    if (memory) {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      result.heapMB = (await cdp.send('Runtime.getHeapUsage')).usedSize / KB / KB;
      result.nodes = (await cdp.send('Memory.getDOMCounters')).nodes;
    }
    return result;
  } catch (error) {
    return { error: error.message.split('\n')[0] };
  } finally {
    await context.close().catch(() => {});
  }
}

async function withTimeout(promise, ms, message, why) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(async () => {
      const reason = await why();
      reject(new Error(reason ? `${message}: ${reason}` : message));
    }, ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs one measurement in alternating pairs and returns its rows. */
async function measure(browser, servers, m) {
  const base = m.latency ? servers.slow : servers.fast;
  const options = { rate: m.rate, viewport: m.viewport ?? DESKTOP, kbps: m.kbps, settle: m.settle ?? 500, search: m.search, memory: m.memory };
  const runs = { ours: [], baseline: [] };
  for (let i = 0; i < PAIRS; i++) {
    for (const side of pairOrder(i)) runs[side].push(await load(browser, base, m[side], options));
    process.stdout.write('.');
  }
  const errors = [...new Set([...runs.ours, ...runs.baseline].map((r) => r.error).filter(Boolean))];
  return m.rows.map((spec) => {
    const values = (side) => runs[side].map((r) => (r.error ? undefined : spec.pick(r)));
    const ours = values('ours');
    const baseline = values('baseline');
    const ratios = pairRatios(ours, baseline);
    const row = {
      id: spec.id,
      group: m.group,
      label: spec.label,
      unit: spec.unit,
      sides: m.sides,
      pages: [m.ours, m.baseline],
      cpu: m.rate,
      ours: summary(ours),
      baseline: summary(baseline),
      ratio: summary(ratios),
    };
    if (spec.phases) row.phases = { ours: phases(runs.ours), baseline: phases(runs.baseline) };
    if (spec.note) row.note = spec.note(runs);
    if (errors.length) row.errors = errors;
    if (!row.ours && errors.length) row.error = errors[0];
    return withGoal(row, spec.goal);
  });
}

/** The value that occurs most often in `values` (the first of equals). */
function mostOften(values) {
  const counts = new Map();
  for (const v of values.filter((x) => x !== undefined)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '–';
}

const summary = (values) => {
  const s = summarize(values);
  return s && { ...s, values: values.map((v) => (Number.isFinite(v) ? round(v) : null)) };
};
const round = (v) => Math.round(v * 1000) / 1000;

/** The median time of each phase of the map loads (ms since navigation start). */
function phases(runs) {
  const keys = ['script', 'defined', 'chunk', 'data', 'firstArea', 'drawn'];
  return Object.fromEntries(
    keys
      .map((key) => [key, summarize(runs.map((r) => r.phases?.[key] ?? NaN))?.median])
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, round(v)]),
  );
}

function withGoal(row, goal) {
  if (!goal) return row;
  const met = goal.check(row);
  return { ...row, goal: { text: goal.text, met: row.ours || row.baseline ? Boolean(met) : null } };
}

/** A row with one value on each side (bytes, traces, Lighthouse). */
function single(spec, ours, baseline, goal, extra = {}) {
  const one = (v) => (Number.isFinite(v) ? { n: 1, median: round(v), q1: round(v), q3: round(v), iqr: 0, min: round(v), max: round(v), values: [round(v)] } : undefined);
  const ratio = Number.isFinite(ours) && Number.isFinite(baseline) && baseline !== 0 ? ours / baseline : undefined;
  return withGoal({ ...spec, ours: one(ours), baseline: one(baseline), ratio: one(ratio), ...extra }, goal);
}

// --- bytes ---------------------------------------------------------------------------------

/** The files under `prefix` a page loaded, with their size on disk, gzip size and what the browser saw. */
function loaded(resources, base, prefix) {
  return resources
    .filter((r) => r.url.startsWith(`${base}${prefix}`))
    .map((r) => {
      const file = decodeURIComponent(new URL(r.url).pathname).slice(1);
      const bytes = readFileSync(file);
      return { file, raw: bytes.length, gzip: gzipSize(bytes), transferred: r.encoded };
    });
}

/** What a page without a map loads, and what a map adds; `base` is a server that sends gzip. */
async function bytes(browser, base) {
  const noMap = await load(browser, base, 'nomap.html');
  const withMap = await load(browser, base, 'embed-bare.html');
  const leaflet = await load(browser, base, 'leaflet.html');
  for (const r of [noMap, withMap, leaflet]) if (r.error) throw new Error(`bytes: ${r.error}`);
  const js = (list) => list.filter((f) => f.file.endsWith('.js'));
  const pageFiles = js(loaded(noMap.resources, base, '/dist/'));
  const mapPageFiles = loaded(withMap.resources, base, '/dist/');
  const mapAdds = mapPageFiles.filter((f) => !pageFiles.some((p) => p.file === f.file));
  const plain = [...loaded(leaflet.resources, base, '/node_modules/leaflet/'), ...loaded(leaflet.resources, base, '/bench/generated/')];
  const sum = (list, key) => list.reduce((total, f) => total + f[key], 0);
  // The cross-check: the server sends gzip (level 9), so what the browser received of each file
  // (its encoded body size) must be the gzip size counted here.
  const mismatched = [...pageFiles, ...mapAdds, ...plain].filter((f) => f.transferred !== f.gzip);
  const check = mismatched.length
    ? `the browser received other sizes for ${mismatched.map((f) => `${f.file} (${f.transferred} B, gzip ${f.gzip} B)`).join(', ')}`
    : 'the browser received exactly these gzip sizes';
  const describe = (list) => list.map((f) => `${f.file} ${(f.gzip / KB).toFixed(1)} KB`).join(' + ');
  const parts = (list) =>
    list.map((f) => ({ file: f.file, gzipKB: round(f.gzip / KB), composition: composition(f.file).slice(0, 6).map((c) => ({ origin: c.origin, share: round(c.share) })) }));
  return [
    single(
      { id: 'bytes.nomap', group: 'bytes', label: 'Bytes: JavaScript of a page without a map (gzip)', unit: 'KB', sides: ['mre-widgets', ''] },
      sum(pageFiles, 'gzip') / KB,
      undefined,
      oursAtMost(25, '≤ 25 KB'),
      { files: parts(pageFiles), note: `${describe(pageFiles)}; ${check}` },
    ),
    single(
      { id: 'bytes.map', group: 'bytes', label: 'Bytes: everything a map adds (gzip) vs plain Leaflet + CSS + the GeoJSON', unit: 'KB', sides: ['mre-widgets', 'plain Leaflet 1.9'] },
      sum(mapAdds, 'gzip') / KB,
      sum(plain, 'gzip') / KB,
      oursAtMost(60, '≤ 60 KB'),
      { files: parts(mapAdds), baselineFiles: parts(plain), note: `${describe(mapAdds)} vs ${describe(plain)}; ${check}` },
    ),
  ];
}

// --- traces ------------------------------------------------------------------------------

/** The pages traced once each (ours, baseline), and what the rows call them. */
const TRACED = [
  ...SIZES.map.map((n) => ({ id: `map${n}`, what: `map, ${n} areas`, query: n === 21 ? '' : `?n=${n}`, ours: 'map.html', baseline: 'leaflet.html', sides: ['mre-region-map', 'plain Leaflet 1.9'] })),
  { id: `list${SIZES.list}`, what: `list, ${SIZES.list} items`, query: `?n=${SIZES.list}`, ours: 'list.html', baseline: 'list-plain.html', sides: ['mre-municipality-list', 'plain-DOM list'] },
  { id: `timeline${SIZES.timeline}`, what: `timeline, ${SIZES.timeline} items`, query: `?n=${SIZES.timeline}`, ours: 'timeline.html', baseline: 'timeline-plain.html', sides: ['mre-agreement-timeline', 'plain-DOM timeline'] },
  { id: 'embed', what: 'four widgets (bare page) vs the three without a map', query: '', ours: 'embed-bare.html', baseline: 'nomap.html', sides: ['bare embed page', 'page without a map'] },
];

/** Source maps of the built files, by path, to name the functions of a profile by their source. */
const lookups = new Map();

/** A function of a profile in dist/, by its source: `{ file, line, name }`, or undefined. */
function original(callFrame) {
  const path = decodeURIComponent(new URL(callFrame.url).pathname).slice(1);
  if (!path.startsWith('dist/')) return undefined;
  if (!lookups.has(path)) lookups.set(path, sourceMapLookup(path));
  const found = lookups.get(path)?.(callFrame.lineNumber, callFrame.columnNumber);
  return found && { file: found.source.replace(/^.*\//, ''), line: found.line, name: found.name };
}

/**
 * TRACE_RUNS traced loads of each page in TRACED, alternating: its forced layouts (a row), and,
 * for the notes, what fills its long tasks and which functions took the most CPU time. The
 * profiler and the trace slow a load down, so these loads are not timed.
 */
async function traces(browser, base) {
  const rows = [];
  for (const t of TRACED) {
    const runs = { ours: [], baseline: [] };
    for (let i = 0; i < TRACE_RUNS; i++) {
      for (const side of pairOrder(i)) {
        const r = await load(browser, base, `${t[side]}${t.query}`, { trace: true });
        runs[side].push(
          r.error
            ? { error: r.error }
            : { forced: forcedLayouts(r.trace, '/bench/'), longTasks: longTaskBreakdown(r.trace, '/bench/'), hot: hotFunctions(r.trace, '/bench/', 20, original) },
        );
      }
    }
    const ours = combineTraces(runs.ours);
    const plain = combineTraces(runs.baseline);
    const error = ours.error ?? plain.error;
    const counts = (side) => runs[side].map((r) => r.forced?.count);
    const row = {
      id: `layouts.${t.id}`,
      group: 'traces',
      label: `Forced layouts while loading, ${t.what}, 1× CPU (${TRACE_RUNS} traced load${TRACE_RUNS > 1 ? 's' : ''})`,
      unit: 'count',
      sides: t.sides,
      pages: [t.ours + t.query, t.baseline + t.query],
      ours: summary(counts('ours')),
      baseline: summary(counts('baseline')),
      ratio: summary(pairRatios(counts('ours'), counts('baseline'))),
      details: { ours, baseline: plain },
    };
    const a = ours.forced;
    const b = plain.forced;
    if (error) row.error = error;
    if (a && b) row.note = `${a.ms.toFixed(0)} ms vs ${b.ms.toFixed(0)} ms in forced layouts${a.top[0] ? `; ours most in ${a.top[0].where} (${a.top[0].count}×)` : ''}`;
    rows.push(row);
    process.stdout.write('.');
  }
  return rows;
}

/**
 * The traced loads of one page as one: the forced layouts and the long tasks of its median load
 * (by forced layouts, and by the total time of long tasks), and the CPU time of each function
 * averaged over the loads.
 */
function combineTraces(runs) {
  const good = runs.filter((r) => !r.error);
  if (good.length === 0) return { error: runs[0]?.error ?? 'no traced load' };
  const median = (key) => [...good].sort((x, y) => key(x) - key(y))[Math.floor((good.length - 1) / 2)];
  const average = (pick) => {
    const totals = new Map();
    for (const r of good) for (const { where, ms } of pick(r)) totals.set(where, (totals.get(where) ?? 0) + ms / good.length);
    return [...totals].sort((x, y) => y[1] - x[1]).slice(0, 6).map(([where, ms]) => ({ where, ms: round(ms) }));
  };
  return {
    forced: median((r) => r.forced.count).forced,
    longTasks: median((r) => r.longTasks.reduce((sum, task) => sum + task.ms, 0)).longTasks.slice(0, 3),
    hot: { functions: average((r) => r.hot.functions), files: average((r) => r.hot.files) },
  };
}

/** What the trace of our page says, in a line: the longest tasks and the hottest functions. */
function traceLine(details) {
  const tasks = (details.longTasks ?? []).map((t) => `${t.ms.toFixed(0)} ms (${Object.entries(t.split).slice(0, 3).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')})`);
  const hot = details.hot.functions.slice(0, 4).map((f) => `${f.where} ${f.ms.toFixed(0)} ms`);
  return `long tasks ${tasks.join('; ') || 'none'}; most CPU: ${hot.join(', ')}`;
}

// --- Lighthouse ----------------------------------------------------------------------------

/**
 * Lighthouse (mobile defaults: a Moto G Power's screen, simulated slow 4G and 4× CPU;
 * performance only) on the bare four-widget page and, alternating with it, the same page with
 * the README's reserve CSS. It connects to the Chromium this script launched, by its port.
 */
async function lighthouseRows(browser, base) {
  const { default: lighthouse } = await import('lighthouse');
  const port = Number(new URL(browser.wsEndpoint()).port);
  const pages = { ours: 'embed-bare.html', baseline: 'embed-reserved.html' };
  const runs = { ours: [], baseline: [] };
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    for (const side of pairOrder(i)) {
      const result = await lighthouse(`${base}/bench/${pages[side]}`, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      const lhr = result?.lhr;
      if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse: ${lhr?.runtimeError?.message ?? 'no result'}`);
      runs[side].push({
        score: lhr.categories.performance.score,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        // The score of each metric and its weight in the performance score, to see what costs most.
        parts: Object.fromEntries(
          lhr.categories.performance.auditRefs.filter((ref) => ref.weight > 0).map((ref) => [ref.acronym ?? ref.id, { score: lhr.audits[ref.id].score, weight: ref.weight }]),
        ),
        // Lighthouse 12.2 reads some trace events that newer Chromium writes differently; the
        // metrics still come out, some diagnostics (such as the LCP element) do not.
        failed: Object.values(lhr.audits).filter((a) => a.scoreDisplayMode === 'error').map((a) => a.id),
        benchmarkIndex: lhr.environment.benchmarkIndex,
        version: lhr.lighthouseVersion,
        warnings: lhr.runWarnings,
      });
    }
    process.stdout.write('.');
  }
  const parts = (side) =>
    Object.keys(runs[side][0].parts).map((metric) => {
      const score = summarize(runs[side].map((r) => r.parts[metric]?.score ?? NaN))?.median ?? 0;
      return `${metric} ${score.toFixed(2)} × ${runs[side][0].parts[metric].weight}%`;
    });
  const all = [...runs.ours, ...runs.baseline];
  const failed = [...new Set(all.flatMap((r) => r.failed))];
  const warnings = [
    ...new Set(all.flatMap((r) => r.warnings)),
    `Lighthouse's benchmark index of this machine: ${summarize(all.map((r) => r.benchmarkIndex)).median.toFixed(0)}.`,
    ...(failed.length ? [`Audits that failed with this Chromium (no metric among them): ${failed.join(', ')}.`] : []),
  ];
  const row = (id, label, unit, key) => {
    const ours = runs.ours.map((r) => r[key]);
    const baseline = runs.baseline.map((r) => r[key]);
    return {
      id: `lighthouse.${id}`,
      group: 'lighthouse',
      label: `Lighthouse ${runs.ours[0].version} mobile, four widgets: ${label} (bare / reserved, median of ${LIGHTHOUSE_RUNS})`,
      unit,
      sides: ['bare embed page', "page with the README's reserve CSS"],
      ours: summary(ours),
      baseline: summary(baseline),
      ratio: summary(pairRatios(ours, baseline)),
    };
  };
  return [
    withGoal(
      {
        ...row('score', 'performance score', 'score', 'score'),
        note: `metric scores (median) × weight: bare ${parts('ours').join(', ')}; reserved ${parts('baseline').join(', ')}. ${warnings.join(' ')}`,
      },
      oursAtLeast(0.95, '≥ 0.95'),
    ),
    withGoal(row('tbt', 'Total Blocking Time', 'ms', 'tbt'), oursBelow(200, '< 200 ms')),
    row('lcp', 'Largest Contentful Paint', 'ms', 'lcp'),
    row('cls', 'Cumulative Layout Shift', 'cls', 'cls'),
  ];
}

// --- the machine ---------------------------------------------------------------------------

/** How much slower a busy loop runs at "4×" than at 1× on this machine now (alternating, median). */
async function cpuSlowdown(browser, base) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.goto(`${base}/bench/bench.css`);
    const cdp = await page.createCDPSession();
    const loop = () => {
      const start = performance.now();
      let x = 0;
      for (let i = 0; i < 2e7; i++) x += i % 7;
      return x > 0 ? performance.now() - start : 0;
    };
    const ratios = [];
    for (let i = 0; i < 5; i++) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      const one = await page.evaluate(loop);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      ratios.push((await page.evaluate(loop)) / one);
    }
    return summarize(ratios).median;
  } finally {
    await context.close();
  }
}

function machine(browserVersion) {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown CPU',
    cores: cpu.length,
    os: `${type()} ${release()}`,
    node: process.version,
    browser: browserVersion.replace('HeadlessChrome/', 'Chromium ').replace('Chrome/', 'Chromium '),
  };
}

// --- the run -------------------------------------------------------------------------------

function readReserveCss() {
  const readme = readFileSync('README.md', 'utf8');
  const block = readme.match(/For a content column of about 800 px[^\n]*:\s*```css\n([\s\S]*?)```/);
  if (!block) throw new Error('README.md has no "For a content column of about 800 px:" CSS block to measure');
  return block[1];
}

async function main() {
  if (env.BENCH_NO_BUILD !== '1') execFileSync(process.execPath, ['scripts/ensure-build.mjs'], { stdio: 'inherit' });
  const chrome = findChrome();
  if (!chrome) throw new Error(`The benchmark runs in Chromium, and none is installed here: ${INSTALL.chromium} (or set CHROME_PATH).`);
  writeSyntheticData(GENERATED);
  writeFileSync(join(GENERATED, 'reserve.css'), `/* The reserve CSS of README.md, for a content column of about 800 px and for phones. */\n${readReserveCss()}`);
  const previous = existsSync(OUT) ? JSON.parse(readFileSync(OUT, 'utf8')) : undefined;

  // Loopback only. The fast server sends files as they are; the slow one as a web server on a
  // network would: compressed, and each response after LATENCY_MS.
  const fast = await serve({ root: '.' });
  const slow = await serve({ root: '.', delay: LATENCY_MS, gzip: true });
  const servers = { fast: fast.url, slow: slow.url };
  const userDataDir = `/tmp/mre-bench-${process.pid}`;
  const browser = await puppeteer.launch({
    executablePath: chrome,
    headless: true,
    args: [...chromeArgs(), `--user-data-dir=${userDataDir}`],
  });
  const started = Date.now();
  const load0 = loadavg()[0];
  const rows = [];
  const step = async (label, run) => {
    const t = Date.now();
    process.stdout.write(`${label} `);
    try {
      rows.push(...(await run()));
      console.log(` ${((Date.now() - t) / 1000).toFixed(0)} s`);
    } catch (error) {
      console.log(` failed: ${error.message}`);
      rows.push({ id: label, group: label, label, error: error.message.split('\n')[0] });
    }
  };
  let results;
  try {
    const info = machine(await browser.version());
    info.cpuSlowdown = await cpuSlowdown(browser, servers.fast);
    console.log(`${info.cpu} (${info.cores} cores), ${info.os}, Node ${info.node}, ${info.browser}; ${PAIRS} pairs per measurement`);
    if (wanted('bytes')) await step('bytes', () => bytes(browser, servers.slow));
    for (const m of MEASUREMENTS) if (wanted(m.group, m.id)) await step(m.id, () => measure(browser, servers, m));
    if (wanted('traces')) await step('traces', () => traces(browser, servers.fast));
    if (wanted('lighthouse') && LIGHTHOUSE_RUNS > 0) await step('lighthouse', () => lighthouseRows(browser, servers.fast));
    info.loadavg = [load0, loadavg()[0]];
    results = {
      date: new Date().toISOString(),
      machine: info,
      settings: { pairs: PAIRS, quick: QUICK, only: ONLY, latencyMs: LATENCY_MS, lighthouseRuns: LIGHTHOUSE_RUNS, memoryCycles: MEMORY_CYCLES },
      durationS: Math.round((Date.now() - started) / 1000),
      built: statSync('dist/mre-widgets.js').mtime.toISOString(),
      rows,
    };
  } finally {
    await browser.close();
    fast.server.close();
    slow.server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }

  console.log(`\n${machineLine(results)}\n`);
  console.log(textTable(results, previous));
  const notes = results.rows.filter((r) => r.note || r.phases);
  if (notes.length) console.log('\nNotes:');
  for (const row of notes) {
    if (row.note) console.log(`  ${row.label}: ${row.note}`);
    if (row.details?.ours?.hot) console.log(`    ours: ${traceLine(row.details.ours)}`);
    if (row.details?.baseline?.hot) console.log(`    baseline: ${traceLine(row.details.baseline)}`);
    if (row.phases) {
      const line = (p) => Object.entries(p).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
      console.log(`  ${row.label}, median phases (ms since navigation): ours ${line(row.phases.ours)}; baseline ${line(row.phases.baseline)}`);
    }
  }
  for (const row of results.rows.filter((r) => r.files)) {
    for (const f of row.files) console.log(`  ${f.file}: ${f.composition.map((c) => `${c.origin} ${(c.share * 100).toFixed(0)}%`).join(', ')}`);
  }
  const misses = missed(results);
  console.log(`\n${results.rows.filter((r) => r.goal).length - misses.length} goals met, ${misses.length} missed${misses.length ? `: ${misses.map((r) => r.label).join('; ')}` : ''}`);
  const failed = results.rows.filter((r) => r.error);
  writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Written to ${OUT} in ${results.durationS} s${previous ? `; compared with the previous run of ${previous.date.slice(0, 16)}` : ''}.`);
  if (failed.length) {
    console.error(`\n${failed.length} row(s) could not be measured: ${failed.map((r) => `${r.id} (${r.error})`).join('; ')}`);
    process.exitCode = 1;
  }
}

await main();
