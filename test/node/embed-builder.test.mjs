// The pure modules of the embed-code builder (demo/embed/*.ts) and what its build reads
// (scripts/rollup/embed-builder.mjs): the code for each way of embedding, its fallback, the room
// it reserves and the policy it needs, from the same README tables and manifest as the build.
// esbuild bundles the modules in memory, as npm run check-data does with the checker.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { before, describe, test } from 'node:test';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { build } from 'esbuild';
import { cspHash } from '../../scripts/cdn/embed-snippet.js';
import { manifestTokens, readmeFacts } from '../../scripts/rollup/embed-builder.mjs';

const BASE = 'https://cdn.example.org/mre-widgets@0.1.0/';
const FILES = Object.fromEntries(
  ['mre-widgets.js', 'mre-widgets.iife.js', 'mre-widgets.standalone.js', 'chunks/mre-map-engine.js', 'chunks/mre-remote-data.js', 'chunks/mre-en.js', 'frame-resize.js'].map(
    (file) => [file, `sha384-${file.replace(/[^a-z]/gi, '')}`],
  ),
);

let m;
let facts;
let tokens;
let region;

before(async () => {
  const entry = `
    export * from './demo/embed/compose.ts';
    export * from './demo/embed/policy.ts';
    export * from './demo/embed/fallback.ts';
    export * from './demo/embed/css.ts';
    export * from './demo/embed/tokens.ts';
    export * from './demo/embed/markup.ts';
    export * from './demo/embed/model.ts';`;
  const result = await build({
    stdin: { contents: entry, resolveDir: fileURLToPath(new URL('../../', import.meta.url)), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    logLevel: 'silent',
  });
  m = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
  const manifest = await cli({ argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], noWrite: true });
  facts = { tokens: manifestTokens(manifest), ...readmeFacts(readFileSync('README.md', 'utf8')) };
  tokens = m.tokensOf(facts.tokens);
  region = JSON.parse(readFileSync('src/data/default/region-content.json', 'utf8'));
});

const choices = (over = {}) => ({ ...m.defaultChoices(BASE), ...over });
const compose = (over) => m.compose(choices(over), { files: FILES, facts, tokens, region });
const only = (...widgets) => ({ widgets });

describe('what the build reads', () => {
  test('the README’s heights to reserve and the iframes’ default heights', () => {
    assert.deepEqual(facts.reserve.widths, [360, 560, 800, 1100]);
    assert.deepEqual(Object.keys(facts.reserve.heights).sort(), ['mre-agreement-timeline', 'mre-municipality-list', 'mre-region-map', 'mre-theme-cards']);
    assert.deepEqual(facts.frameHeights, { 'region-map': 560, 'theme-cards': 700, 'municipality-list': 840, 'agreement-timeline': 800 });
    assert.throws(() => readmeFacts('# no tables'), /table of heights/);
  });

  test('every token once, with its default; one that follows another names it', () => {
    const names = facts.tokens.map((t) => t.name);
    assert.equal(new Set(names).size, names.length);
    const primary = tokens.find((t) => t.name === '--mre-color-primary');
    assert.deepEqual([primary.global, primary.colour, primary.initial], [true, true, '#00529c']);
    assert.equal(primary.tags.length, 4);
    const following = tokens.filter((t) => t.follows);
    assert.ok(following.length > 0);
    for (const token of following) assert.match(token.follows, /^--mre-[a-z-]+$/, token.name);
    // Global tokens come first.
    assert.equal(tokens.findIndex((t) => !t.global), tokens.filter((t) => t.global).length);
  });
});

describe('tokens', () => {
  test('only values that differ from the default, and only values that stay one declaration', () => {
    const changed = m.changedTokens(tokens, {
      '--mre-color-primary': '#00529C',
      '--mre-color-text': '#123',
      '--mre-font-family': 'Georgia; } body { display: none',
    });
    assert.deepEqual(changed.map(({ token, value }) => [token.name, value]), [['--mre-color-text', '#112233']]);
    for (const bad of ['a;b', '}', '</style>', 'x /* y', 'a\nb', '']) assert.equal(m.isSafeCssValue(bad), false, bad);
    assert.equal(m.isSafeCssValue('system-ui, sans-serif'), true);
  });
});

describe('the code for each way of embedding', () => {
  test('module: the import map and the script pinned, the elements with their fallback, policy with the import map’s hash', async () => {
    const s = await compose({ municipality: 'helmond' });
    assert.match(s.head, /^<script type="importmap">\{"integrity":\{"https:\/\/cdn\.example\.org\/mre-widgets@0\.1\.0\/chunks\/mre-map-engine\.js"/);
    assert.ok(s.head.includes(`<script type="module" src="${BASE}mre-widgets.js" integrity="sha384-mrewidgetsjs" crossorigin="anonymous"></script>`));
    assert.ok(s.body.startsWith('<mre-region-map municipality="helmond">\n  <div slot="fallback">'));
    assert.ok(s.body.includes('<mre-municipality-list municipality="helmond">\n  <ul slot="fallback">\n    <li><a href="https://www.asten.nl">Asten</a></li>'));
    assert.deepEqual(s.policy.trustedTypes, ['lit-html']);
    const scriptSrc = new Map(s.policy.directives).get('script-src');
    assert.equal(scriptSrc[0], 'https://cdn.example.org');
    assert.match(scriptSrc[1], /^'sha256-[A-Za-z0-9+/]+=*'$/);
    assert.match(s.policy.header, /require-trusted-types-for 'script'; trusted-types lit-html$/);
    // A map without a background map: what each would add.
    assert.deepEqual(s.policy.withBasemap, { pdok: ['https://service.pdok.nl', 'data:'], osm: ['https://tile.openstreetmap.org', 'data:'] });
  });

  test('classic and standalone: the same elements, another script', async () => {
    const classic = await compose({ route: 'classic' });
    assert.ok(classic.head.includes(`<script defer src="${BASE}mre-widgets.iife.js"`));
    assert.ok(classic.head.includes('importmap'));
    const standalone = await compose({ route: 'standalone' });
    assert.equal(standalone.head, `<script defer src="${BASE}mre-widgets.standalone.js" integrity="sha384-mrewidgetsstandalonejs" crossorigin="anonymous"></script>`);
    assert.equal(standalone.body, classic.body);
    assert.deepEqual(new Map(standalone.policy.directives).get('script-src'), ['https://cdn.example.org']);
  });

  test('iframe: frame.html with the attributes, a <noscript> with the same data, no script, frame-src', async () => {
    const s = await compose({ route: 'iframe', ...only('municipality-list'), municipality: 'son-en-breugel', lang: 'en', options: { ...choices().options, 'municipality-list': { sort: 'population', compact: true } } });
    assert.equal(s.head, '');
    assert.ok(
      s.body.startsWith(
        `<iframe src="${BASE}frame.html?widget=municipality-list&amp;municipality=son-en-breugel&amp;lang=en&amp;sort=population&amp;compact" ` +
          'title="Municipalities in the Metropoolregio Eindhoven" width="100%" height="840" loading="lazy"></iframe>\n<noscript>\n  <ul>',
      ),
    );
    assert.deepEqual(s.policy.directives, [
      ['style-src', [await cspHash(s.css)]],
      ['frame-src', ['https://cdn.example.org']],
    ]);
    assert.deepEqual(s.policy.trustedTypes, []);
    assert.match(s.css, /^iframe\[src\^="https:\/\/cdn\.example\.org\/mre-widgets@0\.1\.0\/frame\.html"\] \{\n {2}border: 0;\n\}$/);
    const resize = await compose({ route: 'iframe-resize', ...only('municipality-list') });
    assert.equal(resize.head, `<script defer src="${BASE}frame-resize.js" integrity="sha384-frameresizejs" crossorigin="anonymous"></script>`);
    assert.deepEqual(new Map(resize.policy.directives).get('script-src'), ['https://cdn.example.org']);
  });

  test('nothing chosen: no code, no policy to add', async () => {
    const s = await compose(only());
    assert.deepEqual([s.head, s.body, s.css, s.policy.directives], ['', '', '', []]);
  });

  test('the CSS reserves the README’s height at the chosen width, and sets colours on the chosen widgets only', async () => {
    const phone = await compose({ ...only('municipality-list', 'theme-cards'), width: 'phone', tokens: { '--mre-color-primary': '#8a1538' } });
    const [, list] = facts.reserve.heights['mre-municipality-list'].map((h, i) => [facts.reserve.widths[i], h]).find(([w]) => w === 360);
    assert.ok(phone.css.includes(`mre-municipality-list:not(:defined) {\n  display: block;\n  min-height: ${list}em;\n}`));
    assert.ok(phone.css.endsWith('mre-theme-cards,\nmre-municipality-list {\n  --mre-color-primary: #8a1538;\n}'));
    assert.ok(!phone.css.includes('mre-region-map'));
    const full = await compose({ ...only('municipality-list'), width: 'full' });
    assert.ok(full.css.includes(`min-height: ${facts.reserve.heights['mre-municipality-list'].at(-1)}em;`));
    // Its hash allows it in a <style> element.
    assert.deepEqual(new Map(phone.policy.directives).get('style-src'), [await cspHash(phone.css)]);
  });
});

describe('the policy', () => {
  const plan = (attributes) => [{ name: 'region-map', tag: 'mre-region-map', attributes }];
  const policy = (attributes, route = 'module') => m.policyFor({ route, plans: plan(attributes), folderOrigin: 'https://cdn.example.org', scriptSrc: 'https://cdn.example.org' });
  test('a background map adds its tiles and data: to img-src; a data file its origin to connect-src', () => {
    assert.deepEqual(new Map(policy([['basemap', 'pdok']]).directives).get('img-src'), ['https://service.pdok.nl', 'data:']);
    assert.deepEqual(new Map(policy([['basemap', 'https://{s}.tiles.example.org/{z}/{x}/{y}.png']]).directives).get('img-src'), ['https://*.tiles.example.org', 'data:']);
    assert.deepEqual(new Map(policy([['src', 'https://data.example.org/x/region.json']]).directives).get('connect-src'), ['https://data.example.org']);
    assert.equal(policy([['basemap', 'osm']]).withBasemap, undefined);
  });
});

describe('the fallback for visitors without JavaScript', () => {
  test('the list: the 21 municipalities, each a link to its website', () => {
    const list = m.fallbackFor('municipality-list', new Map(), region, true);
    assert.deepEqual(list.attributes, [['slot', 'fallback']]);
    assert.equal(list.children.length, 21);
    for (const li of list.children) assert.match(li.children[0].attributes[0][1], /^https:\/\//);
  });

  test('the map: the municipalities by name, in the widget’s language', () => {
    const map = m.fallbackFor('region-map', new Map([['lang', 'en']]), region, false);
    assert.equal(map.attributes, undefined);
    assert.equal(map.children[0].children[0], 'The 21 municipalities of the Metropoolregio Eindhoven:');
    assert.equal(map.children[1].children.length, 21);
  });

  test('the cards: the themes chosen, in their order, each a link; all four without a choice', () => {
    const all = m.fallbackFor('theme-cards', new Map(), region, true);
    assert.equal(all.children.length, 4);
    const ids = region.themes.map((t) => t.id);
    const two = m.fallbackFor('theme-cards', new Map([['themes', `${ids[2]}, ${ids[0]}`]]), region, true);
    assert.deepEqual(
      two.children.map((li) => li.children[0].children[0]),
      [region.themes[2].title.nl, region.themes[0].title.nl],
    );
  });

  test('text from the data is text: written escaped, and a link only where a widget would link', () => {
    const hostile = {
      ...region,
      municipalities: [{ ...region.municipalities[0], name: '<img src=x onerror=alert(1)>', website: 'javascript:alert(1)' }],
    };
    const list = m.fallbackFor('municipality-list', new Map(), hostile, true);
    assert.equal(m.toHtml(list), '<ul slot="fallback">\n  <li>&lt;img src=x onerror=alert(1)&gt;</li>\n</ul>');
  });
});
