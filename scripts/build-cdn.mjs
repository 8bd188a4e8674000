#!/usr/bin/env node
// The folder to upload (after `npm run build`): dist/cdn/mre-widgets@<version>/ with the
// script-tag files, the map chunk, the data, the embed-code builder (embed/, from dist/embed/),
// and integrity.json with the SHA-384 of every other file in it. The files are byte for byte the ones in dist/ (and in the npm
// package), so the hashes also hold for a copy served from the package.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('../', import.meta.url);
const { name, version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** The folder for this version, relative to the project. */
export const CDN_FOLDER = `dist/cdn/${name}@${version}`;

/** What dist/ holds for applications, not for a script tag. */
const NOT_FOR_SCRIPT_TAGS = new Set(['lib', 'types', 'cdn']);

/** The Subresource Integrity value of some bytes: `sha384-` and the base64 of their SHA-384. */
export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Every file under `dir`, relative to it, with `/` between folders, sorted. */
export function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((entry) => String(entry))
    .filter((entry) => statSync(join(dir, entry)).isFile())
    .map((entry) => entry.split(/[\\/]/).join('/'))
    .sort();
}

/** Writes the folder and its integrity.json from dist/. Returns the folder's path. */
export function buildCdn() {
  const dist = new URL('dist/', root);
  const folder = new URL(`${CDN_FOLDER}/`, root);
  rmSync(new URL('dist/cdn/', root), { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const entry of readdirSync(dist)) {
    if (!NOT_FOR_SCRIPT_TAGS.has(entry)) cpSync(new URL(entry, dist), new URL(entry, folder), { recursive: true });
  }

  const dir = new URL('.', folder).pathname;
  const files = Object.fromEntries(filesUnder(dir).map((file) => [file, sri(readFileSync(join(dir, file)))]));
  const integrity = { name, version, algorithm: 'sha384', files };
  writeFileSync(new URL('integrity.json', folder), JSON.stringify(integrity, null, 2) + '\n');
  return dir;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = buildCdn();
  const count = filesUnder(dir).length;
  console.log(`${relative(process.cwd(), dir)}: ${count} files, the SHA-384 of each in integrity.json`);
}
