#!/usr/bin/env node
// npm run check:storybook: opens the built Storybook (storybook-static/, from npm run
// build-storybook) in headless Chromium, as a designer would, and fails on what they would see go
// wrong: every story and docs page must show its widgets (defined, rendered, maps drawn) with no
// error in the console, and the manager must show the first story without one. It also says how
// long the first story took to appear. Served on 127.0.0.1 only; nothing is downloaded.
//
//   node .storybook/check-built.mjs [--screenshots <dir>] [--throttle <n>]
//
// Stories tagged `needs-network` (a background map from another host) are left out. Stories
// tagged `failing-src` show what happens when their `src` cannot be loaded: the browser's own
// message about that one failed request is expected there, and nothing else.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChrome, INSTALL } from '../scripts/find-browsers.mjs';
import { serve } from '../scripts/static-server.mjs';

const argv = process.argv.slice(2);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const screenshots = option('--screenshots');
const throttle = Number(option('--throttle') ?? 1);
const root = 'storybook-static';

if (!existsSync(join(root, 'index.json'))) {
  console.error(`${root}/ has no Storybook: run npm run build-storybook first.`);
  process.exit(2);
}
const chrome = findChrome();
if (!chrome) {
  console.error(`No Chromium found. ${INSTALL.chromium}`);
  process.exit(2);
}
if (screenshots) mkdirSync(screenshots, { recursive: true });

/** In the page: whether every widget has rendered its data and every map has drawn the region. */
function widgetsSettled() {
  const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('mre-'));
  if (widgets.length === 0) return false;
  return widgets.every((el) => {
    if (!customElements.get(el.localName) || !el.shadowRoot) return false;
    if (el.closest('details:not([open])')) return true;
    if (el.shadowRoot.querySelector('.base')?.getAttribute('aria-busy') !== 'false') return false;
    return el.localName !== 'mre-region-map' || el.shadowRoot.querySelectorAll('path.leaflet-interactive').length === 21;
  });
}

/** Console errors, uncaught errors and failed requests of a page, as lines. */
function watch(page, expected = () => false) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const line = `console error: ${message.text()} ${message.location()?.url ?? ''}`.trim();
    if (!expected(line)) problems.push(line);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    const line = `request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`;
    if (!expected(line)) problems.push(line);
  });
  return problems;
}

async function newPage(browser) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  if (throttle > 1) {
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  return page;
}

const { server, url } = await serve({ root });
const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: ['--no-sandbox'] });
const failures = [];
try {
  const index = await (await fetch(`${url}/index.json`)).json();
  const entries = Object.values(index.entries);
  const stories = entries.filter((e) => e.type === 'story');
  const first = stories.find((e) => e.id.startsWith('widgets-')) ?? stories[0];

  // The manager, as `npm run storybook` opens it: time until the first story's widget is there.
  {
    const page = await newPage(browser);
    const problems = watch(page);
    const start = Date.now();
    await page.goto(`${url}/?path=/story/${first.id}`);
    const frame = await (await page.waitForSelector('#storybook-preview-iframe', { timeout: 60_000 })).contentFrame();
    await frame.waitForFunction(widgetsSettled, { timeout: 60_000, polling: 50 });
    console.log(`manager: ${first.title} › ${first.name} shown after ${Date.now() - start} ms${throttle > 1 ? ` (CPU ${throttle}× slower)` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    if (screenshots) await page.screenshot({ path: join(screenshots, 'manager.png') });
    for (const problem of problems) failures.push(`manager: ${problem}`);
    await page.close();
  }

  for (const entry of entries) {
    const tags = entry.tags ?? [];
    if (tags.includes('needs-network')) {
      console.log(`skipped (needs network): ${entry.id}`);
      continue;
    }
    const page = await newPage(browser);
    const failingSrc = tags.includes('failing-src');
    const problems = watch(page, (line) => failingSrc && /does-not-exist\/region\.json/.test(line) && /404|Failed to load resource/.test(line));
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    await page.goto(`${url}/iframe.html?id=${entry.id}&viewMode=${viewMode}`);
    if (entry.type === 'docs') {
      await page.waitForSelector('#storybook-docs h1', { timeout: 30_000 });
      // The stories of a docs page mount after its text.
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    const hasWidgets = await page.evaluate(() => [...document.querySelectorAll('*')].some((el) => el.localName.startsWith('mre-')));
    try {
      if (entry.type === 'story' || hasWidgets) await page.waitForFunction(widgetsSettled, { timeout: 30_000, polling: 100 });
    } catch {
      problems.push('the widgets did not render (not defined, still busy, or a map without its municipalities)');
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (screenshots) await page.screenshot({ path: join(screenshots, `${entry.id}.png`), fullPage: entry.type === 'docs' });
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${entry.type.padEnd(5)} ${entry.id}`);
    for (const problem of problems) failures.push(`${entry.id}: ${problem}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

if (failures.length) {
  console.error(`\n${failures.length} problem(s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('\nEvery story and docs page shows its widgets, without a console error.');
