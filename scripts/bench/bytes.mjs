// Bytes of the built files: their gzip size, and which sources they are made of (read from
// their source maps), so that a file over its budget names what fills it.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** The gzip size (level 9, as scripts/check-dist.mjs measures) of a file's bytes. */
export const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** Characters the source map says nothing about: mostly the text of multi-line templates (styles, markup). */
const UNMAPPED = '(no source map entry: template text)';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one Base64 VLQ segment of a source map. */
export function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    if (digit < 0) throw new Error(`"${char}" is not Base64`);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Where a source comes from, for people: the package in node_modules, else its folder in src/. */
export function origin(source) {
  const path = source.replace(/^(\.\.\/)+/, '');
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  if (/data\/default\/.*\.json$|default-(boundaries|region)\.ts$/.test(path)) return `bundled data (${path.replace(/^.*\//, '')})`;
  if (/validators\.generated/.test(path)) return 'schema validators (generated)';
  if (/leaflet-css\.generated/.test(path)) return "Leaflet's CSS (generated)";
  return path.replace(/\/[^/]+$/, '/');
}

/**
 * How many characters of the generated file each origin (see origin()) accounts for, by the
 * source map next to it (`<file>.map`), largest first: `[{ origin, chars, share }]`. Empty when
 * there is no source map.
 */
export function composition(file) {
  if (!existsSync(`${file}.map`)) return [];
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const lines = readFileSync(file, 'utf8').split('\n');
  const totals = new Map();
  const add = (key, chars) => totals.set(key, (totals.get(key) ?? 0) + chars);
  let source = 0;
  map.mappings.split(';').forEach((line, index) => {
    const text = lines[index] ?? '';
    let column = 0;
    const segments = [];
    for (const segment of line.split(',').filter(Boolean)) {
      const [dc, ds] = decodeVlq(segment);
      column += dc;
      if (ds !== undefined) source += ds;
      segments.push({ column, source: ds !== undefined ? source : undefined });
      // The other fields (line, column and name in the source) are not needed here; the
      // source index is relative, so every segment with one has to be read.
    }
    if (segments.length === 0) {
      add(UNMAPPED, text.length);
      return;
    }
    add(UNMAPPED, segments[0].column);
    segments.forEach((s, i) => {
      const end = i + 1 < segments.length ? segments[i + 1].column : text.length;
      add(s.source === undefined ? UNMAPPED : origin(map.sources[s.source]), end - s.column);
    });
  });
  const all = [...totals.values()].reduce((a, b) => a + b, 0) || 1;
  return [...totals]
    .filter(([, chars]) => chars > 0)
    .map(([key, chars]) => ({ origin: key, chars, share: chars / all }))
    .sort((a, b) => b.chars - a.chars);
}

/**
 * A lookup in the source map next to `file` (`<file>.map`): `(line, column)` of the generated
 * file, both from 0, to `{ source, line, name }` of the original (line from 1), or undefined.
 * Undefined when there is no source map.
 */
export function sourceMapLookup(file) {
  if (!existsSync(`${file}.map`)) return undefined;
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const lines = [];
  let source = 0;
  let line = 0;
  let name = 0;
  for (const text of map.mappings.split(';')) {
    let column = 0;
    const segments = [];
    for (const segment of text.split(',').filter(Boolean)) {
      const [dc, ds, dl, , dn] = decodeVlq(segment);
      column += dc;
      if (ds === undefined) continue;
      source += ds;
      line += dl;
      if (dn !== undefined) name += dn;
      segments.push({ column, source, line, name: dn !== undefined ? name : undefined });
    }
    lines.push(segments);
  }
  return (atLine, atColumn) => {
    const segments = lines[atLine] ?? [];
    let found;
    for (const s of segments) {
      if (s.column > atColumn) break;
      found = s;
    }
    if (!found) return undefined;
    return {
      source: map.sources[found.source].replace(/^(\.\.\/)+/, ''),
      line: found.line + 1,
      name: found.name !== undefined ? map.names[found.name] : undefined,
    };
  };
}

