// custom-elements.json, as the build and Storybook make it, documents the public API only, and
// every design token the styles use.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

let manifest;

before(async () => {
  // The same analysis as `npm run build`, without writing the file.
  manifest = await cli({ argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], noWrite: true });
});

const elements = () =>
  manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.kind === 'class' && d.tagName);

test('the manifest has the four elements', () => {
  assert.deepEqual(elements().map((e) => e.tagName).sort(), [
    'mre-agreement-timeline',
    'mre-municipality-list',
    'mre-region-map',
    'mre-theme-cards',
  ]);
});

test('no element lists a private, protected or internal member', () => {
  for (const element of elements()) {
    for (const member of element.members ?? []) {
      assert.ok(!/^[_#[]/.test(member.name), `${element.tagName} lists ${member.name}`);
      assert.ok(!['private', 'protected'].includes(member.privacy), `${element.tagName} lists ${member.privacy} ${member.name}`);
    }
  }
});

test('every element lists its attributes with their properties', () => {
  const map = elements().find((e) => e.tagName === 'mre-region-map');
  const attributes = Object.fromEntries(map.attributes.map((a) => [a.name, a.fieldName]));
  assert.equal(attributes['no-zoom'], 'noZoom');
  assert.equal(attributes['basemap-variant'], 'basemapVariant');
  assert.ok('src' in attributes && 'municipality' in attributes && 'height' in attributes);
  const cards = elements().find((e) => e.tagName === 'mre-theme-cards');
  assert.ok(!cards.attributes.some((a) => a.name === 'municipality'), 'the cards do not use municipality');
});

test('every --mre-* custom property the styles use is documented on the elements that use it', () => {
  const files = readdirSync('src', { recursive: true }).filter((f) => /\.styles\.ts$|tokens\.ts$/.test(f));
  const documented = new Set(elements().flatMap((e) => (e.cssProperties ?? []).map((p) => p.name)));
  for (const file of files) {
    const source = readFileSync(join('src', file), 'utf8');
    for (const [name] of source.matchAll(/--mre-[a-z-]+/g)) {
      assert.ok(documented.has(name), `${name} (used in src/${file}) is not documented`);
    }
  }
  for (const element of elements()) {
    const names = element.cssProperties.map((p) => p.name);
    for (const token of ['--mre-color-primary', '--mre-color-notice', '--mre-font-family']) {
      assert.ok(names.includes(token), `${element.tagName} does not list ${token}`);
    }
  }
});
