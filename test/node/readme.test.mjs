// The README's snippets as a webmaster or a developer copies them: every script tag pinned by an
// `integrity` a browser can parse (so a placeholder left in is refused, not ignored) and
// `crossorigin`, and the framework declarations exactly those the test applications are
// type-checked with (test/package/).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const readme = readFileSync('README.md', 'utf8');
const blocks = (lang) => [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
/** What a browser accepts as integrity metadata; anything else it ignores and runs the file unchecked. */
const SRI = /^sha384-[A-Za-z0-9+/]+={0,2}$/;

test('every script tag in the README loads with integrity and crossorigin', () => {
  const tags = blocks('html').flatMap((block) => block.match(/<script\b[^>]*\bsrc=[^>]*>/g) ?? []);
  assert.ok(tags.length >= 3, 'the README shows the module, classic and standalone scripts');
  for (const tag of tags) {
    assert.match(tag, /\bintegrity="sha384-[^"]+"/, tag);
    assert.ok(SRI.test(tag.match(/\bintegrity="([^"]+)"/)[1]), `${tag}: not integrity metadata a browser parses`);
    assert.match(tag, /\bcrossorigin="anonymous"/, tag);
  }
});

test('every import map in the README pins the map engine, the data loader and the English texts with integrity a browser parses', () => {
  const maps = blocks('html').flatMap((block) => [...block.matchAll(/<script type="importmap">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1])));
  assert.ok(maps.length >= 2);
  for (const map of maps) {
    const entries = Object.entries(map.integrity);
    assert.deepEqual(entries.map(([url]) => url.replace(/^.*\//, '')), ['mre-map-engine.js', 'mre-remote-data.js', 'mre-en.js']);
    for (const [, value] of entries) assert.ok(SRI.test(value), value);
  }
});

test('the React and Vue declarations in the README are the ones the test applications are checked with', () => {
  for (const framework of ['react', 'vue']) {
    const file = readFileSync(`test/consumers/${framework}/src/mre-widgets.d.ts`, 'utf8');
    assert.ok(blocks('ts').includes(file), `the README has test/consumers/${framework}/src/mre-widgets.d.ts as it is`);
  }
  assert.ok(readme.includes("isCustomElement: (tag) => tag.startsWith('mre-')"));
  assert.match(readFileSync('test/consumers/vue/vite.config.js', 'utf8'), /isCustomElement: \(tag\) => tag\.startsWith\('mre-'\)/);
});
