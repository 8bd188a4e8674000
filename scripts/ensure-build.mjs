#!/usr/bin/env node
// Before the tests of the built scripts: builds dist/ when it is missing or older than what it is
// built from, so that `npm test` on a fresh clone tests what `npm run build` makes.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const outputs = [
  'dist/mre-widgets.js',
  'dist/mre-widgets.iife.js',
  'dist/mre-widgets.standalone.js',
  'dist/chunks/mre-map-engine.js',
  'dist/chunks/mre-remote-data.js',
  'dist/chunks/mre-en.js',
  'dist/frame.html',
  'dist/frame.js',
  'dist/frame-resize.js',
  'dist/embed/index.html',
  'dist/embed/embed.js',
  'dist/lib/index.js',
  'dist/types/index.d.ts',
  `dist/cdn/${name}@${version}/integrity.json`,
];
const inputs = [
  'src',
  'data/sources',
  'scripts/rollup',
  'scripts/cdn',
  'demo/embed',
  'demo/embed.html',
  'demo/embed.css',
  // The embed-code builder's heights to reserve come from its tables.
  'README.md',
  'rollup.config.js',
  'tsconfig.embed.json',
  'scripts/build.mjs',
  'scripts/build-cdn.mjs',
  'custom-elements-manifest.config.mjs',
  'package.json',
  'package-lock.json',
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return path.endsWith('.test.ts') ? 0 : stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const built = Math.min(...outputs.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0)));
if (built === 0 || inputs.some((input) => newest(input) > built)) {
  console.log('dist/ is missing or older than the sources: building it first (npm run build)');
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
