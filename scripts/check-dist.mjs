#!/usr/bin/env node
// Checks the built bundles (run `npm run build` first):
// 1. byte budgets (gzip): a page without a map loads at most 35 KB of JavaScript;
// 2. in Chromium, a page without a map never requests the map chunk, and one with a map does;
// 3. the script loaded twice, and as module plus classic script, throws nothing and every
//    element renders once; a tag taken by someone else is reported once and left alone;
// 4. the classic script finds the map chunk next to itself, under a strict CSP.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './find-browsers.mjs';
import { serve } from './static-server.mjs';

const KB = 1024;
const budgets = [
  { file: 'dist/mre-widgets.js', max: 35 * KB, what: 'module script (a page without a map)' },
  { file: 'dist/mre-widgets.iife.js', max: 35 * KB, what: 'classic script (a page without a map)' },
  { file: 'dist/chunks/mre-map-engine.js', max: 80 * KB, what: 'map chunk (Leaflet and boundaries)', optional: true },
];

let failures = 0;
const fail = (message) => {
  failures++;
  console.error(`FAIL ${message}`);
};
const pass = (message) => console.log(`ok   ${message}`);

for (const { file, max, what, optional } of budgets) {
  if (!existsSync(file)) {
    if (!optional) fail(`${file} is missing: run npm run build`);
    continue;
  }
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  const line = `${file}: ${(raw.length / KB).toFixed(1)} KB, ${(gz / KB).toFixed(1)} KB gzip (budget ${max / KB} KB) - ${what}`;
  if (gz > max) fail(line);
  else pass(line);
}
const hasMap = existsSync('dist/chunks/mre-map-engine.js');

const requests = [];
const { server, url } = await serve({ root: '.', onRequest: (path) => requests.push(path) });
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: [...chromeArgs(), `--user-data-dir=/tmp/mre-check-dist-${process.pid}`],
});

async function open(path) {
  const page = await browser.newPage();
  const log = { errors: [], warnings: [], external: [] };
  page.on('pageerror', (error) => log.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
    if (message.type() === 'warn') log.warnings.push(message.text());
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(url) && !request.url().startsWith('data:')) log.external.push(request.url());
  });
  requests.length = 0;
  await page.goto(`${url}${path}`, { waitUntil: 'networkidle0' });
  return { page, log };
}

/** Counts, in the page, what each element rendered in its shadow root. */
const census = (page) =>
  page.evaluate(() => {
    const out = {};
    for (const el of document.querySelectorAll('*')) {
      if (!el.localName.startsWith('mre-')) continue;
      const root = el.shadowRoot;
      out[el.localName] = {
        upgraded: Boolean(customElements.get(el.localName)) && el.matches(':defined'),
        items: root ? root.querySelectorAll('li').length : 0,
        paths: root ? root.querySelectorAll('path.leaflet-interactive').length : 0,
        bases: root ? root.querySelectorAll('.base').length : 0,
        text: (root ?? el).textContent.replace(/\s+/g, ' ').trim().slice(0, 80),
      };
    }
    return out;
  });

try {
  {
    const { page, log } = await open('/test/dist-pages/no-map.html');
    const seen = await census(page);
    const chunkRequests = requests.filter((p) => p.includes('/chunks/') || p.includes('leaflet'));
    if (chunkRequests.length) fail(`a page without a map requested ${chunkRequests.join(', ')}`);
    else pass(`a page without a map requests no map chunk (${requests.length} requests: ${requests.join(', ')})`);
    if (seen['mre-municipality-list']?.items !== 21) fail(`the list shows ${seen['mre-municipality-list']?.items} items, not 21`);
    else pass('the list shows 21 municipalities from the module script');
    if (log.errors.length) fail(`errors on the page without a map: ${log.errors.join(' | ')}`);
    if (log.external.length) fail(`requests to other hosts: ${log.external.join(', ')}`);
    await page.close();
  }
  {
    const { page, log } = await open('/test/dist-pages/twice.html');
    await page.waitForFunction(() => document.querySelector('mre-municipality-list')?.shadowRoot?.querySelector('li'));
    const seen = await census(page);
    if (log.errors.length) fail(`loading twice logged errors: ${log.errors.join(' | ')}`);
    else pass('loading the module twice and the classic script as well throws nothing');
    if (log.warnings.some((w) => w.includes('already defined'))) fail('loading our own script twice warned about a taken tag');
    const list = seen['mre-municipality-list'];
    if (list?.bases !== 1 || list.items !== 21) fail(`after loading twice the list rendered ${list?.bases} times with ${list?.items} items`);
    else pass('after loading twice the list rendered once, with 21 items');
    if (hasMap) {
      await page.waitForFunction(() => (document.querySelector('mre-region-map')?.shadowRoot?.querySelectorAll('path.leaflet-interactive').length ?? 0) >= 21, { timeout: 10_000 }).catch(() => {});
      const map = (await census(page))['mre-region-map'];
      const engines = requests.filter((p) => p.includes('mre-map-engine'));
      if (map?.paths !== 21) fail(`after loading twice the map drew ${map?.paths} paths, not 21`);
      else pass(`after loading twice the map drew 21 municipalities (map chunk requested ${engines.length}x)`);
    }
    await page.close();
  }
  {
    const { page, log } = await open('/test/dist-pages/foreign.html');
    const seen = await census(page);
    const taken = log.warnings.filter((w) => w.includes('<mre-municipality-list> is already defined'));
    if (taken.length !== 1) fail(`a taken tag was reported ${taken.length} times, not once: ${log.warnings.join(' | ')}`);
    else pass('a tag taken by someone else is reported once in the console');
    if (seen['mre-municipality-list']?.text !== 'Foreign element') fail('the foreign element was not left alone');
    else pass('the foreign element is left alone');
    if (log.errors.length) fail(`errors with a taken tag: ${log.errors.join(' | ')}`);
    await page.close();
  }
  if (hasMap) {
    const { page, log } = await open('/test/dist-pages/classic-map.html');
    await page.waitForFunction(() => (document.querySelector('mre-region-map')?.shadowRoot?.querySelectorAll('path.leaflet-interactive').length ?? 0) >= 21, { timeout: 10_000 }).catch(() => {});
    const seen = await census(page);
    const engine = requests.filter((p) => p.includes('/dist/chunks/mre-map-engine.js'));
    if (engine.length !== 1) fail(`the classic script requested the map chunk ${engine.length} times: ${requests.join(', ')}`);
    else pass('the classic script loads the map chunk from next to itself');
    if (seen['mre-region-map']?.paths !== 21) fail(`the classic script's map drew ${seen['mre-region-map']?.paths} paths`);
    else pass('the classic script draws the 21 municipalities under a strict CSP');
    if (log.errors.length) fail(`errors with the classic script: ${log.errors.join(' | ')}`);
    if (log.external.length) fail(`requests to other hosts: ${log.external.join(', ')}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

if (failures) {
  console.error(`\n${failures} check(s) failed`);
  process.exit(1);
}
console.log('\nall bundle checks passed');
