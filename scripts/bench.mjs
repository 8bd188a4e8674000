#!/usr/bin/env node
// npm run bench (after npm run build): how fast the built widgets render in Chromium, and whether
// attaching and detaching a map leaves memory behind. It measures and prints; it enforces nothing.
import { rmSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './find-browsers.mjs';
import { serve } from './static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const widgets = ['mre-municipality-list', 'mre-theme-cards', 'mre-agreement-timeline', 'mre-region-map'];

const { server, url } = await serve({ root: '.' });
const userDataDir = `/tmp/mre-bench-${process.pid}`;
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: [...chromeArgs(), `--user-data-dir=${userDataDir}`] });

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

try {
  console.log(`Time from navigation start until the widget has rendered its content (ms, ${RUNS} fresh page loads each, no cache):`);
  for (const tag of widgets) {
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage();
      await page.setCacheEnabled(false);
      await page.goto(`${url}/bench/index.html?widget=${tag}`);
      times.push(await page.evaluate(() => window.__bench));
      await page.close();
    }
    console.log(`  ${tag.padEnd(24)} median ${quantile(times, 0.5).toFixed(0).padStart(5)}   p90 ${quantile(times, 0.9).toFixed(0).padStart(5)}`);
  }

  console.log('\nJS heap after garbage collection, on a page where one map was attached and detached N times (MB):');
  for (const count of [1, 50, 100]) {
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    await page.goto(`${url}/bench/index.html?cycles=${count}`);
    await page.evaluate(() => window.__bench);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const nodes = (await cdp.send('Memory.getDOMCounters')).nodes;
    console.log(`  ${String(count).padStart(3)} cycles  ${(usedSize / 1024 / 1024).toFixed(2)} MB heap, ${nodes} DOM nodes`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
