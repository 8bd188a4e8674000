#!/usr/bin/env node
// Byte budgets of the built files (run `npm run build` first), in gzip. What the built scripts
// do on host pages (strict CSP, Trusted Types, combined scripts, loading twice) is tested in
// every browser engine by test/dist/*.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const budgets = [
  { file: 'dist/mre-widgets.js', max: 28 * KB, what: 'module script (a page without a map)' },
  { file: 'dist/mre-widgets.iife.js', max: 28 * KB, what: 'classic script (a page without a map)' },
  { file: 'dist/chunks/mre-map-engine.js', max: 60 * KB, what: 'map chunk (Leaflet and boundaries)' },
  { file: 'dist/chunks/mre-remote-data.js', max: 10 * KB, what: 'data loader chunk (only for a src)' },
  { file: 'dist/chunks/mre-en.js', max: 10 * KB, what: 'English texts chunk (only for a widget in English)' },
  { file: 'dist/mre-widgets.standalone.js', max: 100 * KB, what: 'standalone classic script (map engine inside)' },
  { file: 'dist/frame.js', max: 4 * KB, what: 'script of frame.html (loads mre-widgets.js)' },
  { file: 'dist/frame-resize.js', max: 1 * KB, what: 'frame-resize.js, the one script for iframe hosts' },
];

let failures = 0;
for (const { file, max, what } of budgets) {
  if (!existsSync(file)) {
    failures++;
    console.error(`FAIL ${file} is missing: run npm run build`);
    continue;
  }
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  const line = `${file}: ${(raw.length / KB).toFixed(1)} KB, ${(gz / KB).toFixed(1)} KB gzip (budget ${max / KB} KB) - ${what}`;
  if (gz > max) {
    failures++;
    console.error(`FAIL ${line}`);
  } else console.log(`ok   ${line}`);
}

if (failures) {
  console.error(`\n${failures} budget(s) exceeded`);
  process.exit(1);
}
console.log('\nall byte budgets met');
