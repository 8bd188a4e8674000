#!/usr/bin/env node
// npm run measure:map (after npm run build): what a visitor of the demo page sees of the map at
// the widths of phones, tablets and desktops, in headless Chromium (as a phone, with touch, below
// 768 pixels). Per width, at 100 % and 200 % text: the names on the map, how much of the map's
// height the region fills, and for each of the 21 municipalities whether its details are wholly
// visible (a popup inside the map, a panel inside the element) and clear of the zoom buttons.
// Then the height of the element (with the legend of the site's own municipality) on a page with
// 16 px text, in em, for the README. With --screenshots DIR it saves the map per width.
// It measures and prints; it enforces nothing (the tests do).
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './find-browsers.mjs';
import { serve } from './static-server.mjs';

const args = process.argv.slice(2);
const shotsAt = args.includes('--screenshots') ? args[args.indexOf('--screenshots') + 1] : undefined;
const widths = [280, 320, 360, 390, 768, 1280, 1400];
const reserved = [360, 560, 800, 1100];

const { server, url } = await serve({ root: '.' });
const userDataDir = `/tmp/mre-measure-${process.pid}`;
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: [...chromeArgs(), `--user-data-dir=${userDataDir}`] });

/** Runs in the page: waits until the map is drawn, then until it stands still. */
async function drawn() {
  const el = document.querySelector('mre-region-map');
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  for (let i = 0; i < 600; i++) {
    const root = el.shadowRoot;
    if (root && root.querySelectorAll('.mre-leaflet path.mre-area').length >= 20 && root.querySelector('.controls')) break;
    await frame();
  }
  for (let i = 0; i < 5; i++) await frame();
}

/** Runs in the page: what the map shows now, and each municipality's details. */
async function measure() {
  const el = document.querySelector('mre-region-map');
  const root = el.shadowRoot;
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const box = (node) => node.getBoundingClientRect();
  const inside = (r, b) => r.width > 0 && r.left >= b.left - 0.5 && r.right <= b.right + 0.5 && r.top >= b.top - 0.5 && r.bottom <= b.bottom + 0.5;
  const meets = (a, b) => !!b && a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
  /** Waits until the map and its popup keep their places for three frames (a move into view ends). */
  const still = async () => {
    let [last, same] = ['', 0];
    for (let i = 0; i < 120 && same < 3; i++) {
      await frame();
      const now = JSON.stringify([box(root.querySelector('.mre-leaflet path.mre-area')), root.querySelector('.leaflet-popup') && box(root.querySelector('.leaflet-popup'))]);
      same = now === last ? same + 1 : 0;
      last = now;
    }
  };
  const map = box(root.querySelector('.map'));
  const controls = root.querySelector('.controls') && box(root.querySelector('.controls'));
  const paths = [...root.querySelectorAll('.mre-leaflet path.mre-area')];
  const rects = paths.map(box);
  const top = Math.min(...rects.map((r) => r.top));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  const left = Math.min(...rects.map((r) => r.left));
  const right = Math.max(...rects.map((r) => r.right));
  const names = [...root.querySelectorAll('.mre-leaflet .mre-label')]
    .filter((l) => getComputedStyle(l).visibility === 'visible' && inside(box(l), map) && !meets(box(l), controls))
    .map((l) => l.textContent);
  const popups = [];
  for (const path of paths) {
    const name = path.getAttribute('aria-label');
    path.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await still();
    const floating = root.querySelector('.leaflet-popup');
    const panel = root.querySelector('[part="details"]:not([hidden])');
    const details = floating ?? panel;
    const close = details?.querySelector('button');
    close?.focus();
    const clip = floating ? box(root.querySelector('.map')) : box(el);
    const clear = !!details && inside(box(details), clip) && !!close && inside(box(close), clip) && !meets(box(details), controls && box(root.querySelector('.controls')));
    popups.push({ name, clear, how: floating ? 'popup' : panel ? 'panel' : 'none' });
    root.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await frame();
  }
  return { mapHeight: Math.round(map.height), fill: (bottom - top) / map.height, fillWidth: (right - left) / map.width, names, popups };
}

/** Runs in the page: the height of a map with `municipality` in a column `width` wide, in em of 16 px. */
async function elementHeight(width) {
  document.body.style.cssText = `margin: 0; width: ${width}px; font: 16px serif; background: none`;
  document.body.innerHTML = '<mre-region-map municipality="helmond"></mre-region-map>';
  const el = document.querySelector('mre-region-map');
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  for (let i = 0; i < 600 && el.shadowRoot?.querySelectorAll('.mre-leaflet path.mre-area').length !== 21; i++) await frame();
  for (let i = 0; i < 5; i++) await frame();
  return el.getBoundingClientRect().height / 16;
}

const rows = [];
const heights = [];
try {
  if (shotsAt) mkdirSync(shotsAt, { recursive: true });
  for (const text of [1, 2]) {
    for (const width of widths) {
      const page = await browser.newPage();
      const phone = width < 768;
      await page.setViewport({ width, height: phone ? 740 : 900, isMobile: phone, hasTouch: phone, deviceScaleFactor: 1 });
      await page.goto(`${url}/demo/index.html`);
      if (text !== 1) await page.evaluate((scale) => (document.documentElement.style.fontSize = `${62.5 * scale}%`), text);
      await page.evaluate(drawn);
      if (shotsAt && text === 1) await (await page.$('mre-region-map')).screenshot({ path: join(shotsAt, `map-${width}.png`) });
      rows.push({ width, text, ...(await page.evaluate(measure)) });
      await page.close();
    }
  }
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900, deviceScaleFactor: 1 });
  // The demo page, emptied: only the script, a body of the width and the browser’s own 16 px text.
  await page.goto(`${url}/demo/index.html`);
  for (const width of reserved) heights.push([width, await page.evaluate(elementHeight, width)]);
  await page.close();
} finally {
  await browser.close();
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

const pct = (x) => `${Math.round(x * 100)} %`;
console.log('The map on the demo page (Helmond), per width of the window:');
console.log('width   text  height  region h / w   details clear   names on the map');
for (const r of rows) {
  const clear = r.popups.filter((p) => p.clear).length;
  const how = [...new Set(r.popups.map((p) => p.how))].join('+');
  console.log(
    `${String(r.width).padStart(5)}  ${`${r.text * 100} %`.padStart(5)}  ${String(r.mapHeight).padStart(6)}  ${pct(r.fill).padStart(5)} / ${pct(r.fillWidth).padEnd(5)}  ${`${clear}/${r.popups.length} ${how}`.padEnd(14)}  ${r.names.length}: ${r.names.join(', ')}`,
  );
  const cut = r.popups.filter((p) => !p.clear).map((p) => p.name);
  if (cut.length) console.log(`${' '.repeat(44)}not clear: ${cut.join('; ')}`);
}
console.log('\nHeight of <mre-region-map municipality="helmond"> (16 px text), in em:');
console.log(heights.map(([w, h]) => `  ${w} px wide: ${h.toFixed(1)}`).join('\n'));
