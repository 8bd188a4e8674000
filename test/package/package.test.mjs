// The npm package as published (npm pack of the built project): exactly the files users need,
// an entry per widget that brings nothing else, the versioned CDN folder with its hashes, and the
// React and Vue applications that test/dist/consumers.test.ts then opens in every browser engine.
// Run after `npm run build` (npm test builds first when dist/ is out of date).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { CDN_FOLDER, filesUnder, sri } from '../../scripts/build-cdn.mjs';
import { freshApp, install, litCopies, pack, ROOT, TMP, typeCheck, viteBuild } from './consumers.mjs';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const WIDGETS = ['region-map', 'theme-cards', 'municipality-list', 'agreement-timeline'];

let packed;
before(() => {
  assert.ok(existsSync(join(ROOT, 'dist/lib/index.js')), 'dist/ is not built: run npm run build');
  packed = pack();
});

/** Every target of the exports map (conditions and subpath patterns spelled out). */
function exportTargets() {
  const targets = [];
  for (const [subpath, value] of Object.entries(pkg.exports)) {
    for (const target of typeof value === 'string' ? [value] : Object.values(value)) targets.push({ subpath, target: target.slice(2) });
  }
  return targets;
}

describe('the packed files', () => {
  test('are exactly the modules, their types, the script-tag files, the data, the manifest and the documents', () => {
    const distFiles = (dir) => filesUnder(join(ROOT, 'dist', dir)).map((f) => `dist/${dir}/${f}`);
    const expected = [
      'package.json',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
      'custom-elements.json',
      ...distFiles('lib'),
      ...distFiles('types'),
      ...distFiles('data'),
      ...distFiles('chunks').filter((f) => f.endsWith('.js')),
      ...filesUnder(join(ROOT, 'dist')).filter((f) => /^mre-widgets[^/]*\.js$/.test(f)).map((f) => `dist/${f}`),
    ].sort();
    assert.deepEqual(packed.files, expected);
    // Nothing of the sources, tests, stories, the CDN folder or source maps.
    assert.deepEqual(packed.files.filter((f) => /^(src|test|stories|scripts|data|demo)\/|^dist\/cdn\/|\.map$|\.test\.|\.ts$(?<!\.d\.ts)/.test(f)), []);
    // The script-tag builds and their chunk, the modules of every entry and their declarations.
    for (const file of ['dist/mre-widgets.js', 'dist/mre-widgets.iife.js', 'dist/mre-widgets.standalone.js', 'dist/chunks/mre-map-engine.js']) {
      assert.ok(packed.files.includes(file), file);
    }
    console.log(`packed: ${packed.files.length} files, ${(packed.size / 1024).toFixed(0)} KB (tgz), ${(packed.unpackedSize / 1024).toFixed(0)} KB unpacked`);
  });

  test('hold every target of the exports map, types included, and the files package.json names', () => {
    for (const { subpath, target } of exportTargets()) {
      if (target.includes('*')) {
        const [prefix, suffix] = target.split('*');
        assert.ok(packed.files.some((f) => f.startsWith(prefix) && f.endsWith(suffix)), `${subpath} → ${target}`);
      } else assert.ok(packed.files.includes(target), `${subpath} → ${target} is not in the package`);
    }
    for (const field of ['main', 'module', 'types', 'customElements', 'unpkg', 'jsdelivr']) assert.ok(packed.files.includes(pkg[field]), `${field}: ${pkg[field]}`);
    for (const widget of WIDGETS) {
      assert.deepEqual(pkg.exports[`./${widget}`], { types: `./dist/types/${widget}.d.ts`, default: `./dist/lib/${widget}.js` });
    }
    // custom-elements.json names modules as the package has them.
    const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
    // A module of types only (data/types.ts) compiles to its declarations alone.
    const declarations = (path) => path.replace(/^dist\/lib\//, 'dist/types/').replace(/\.js$/, '.d.ts');
    for (const { path } of manifest.modules) {
      assert.ok(packed.files.includes(path) || packed.files.includes(declarations(path)), `custom-elements.json: ${path}`);
    }
  });

  test('leave Lit, @lit/task and Leaflet to the application, and name only the modules that register elements as side effects', () => {
    assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['@lit/task', 'leaflet', 'lit']);
    const imports = new Set();
    for (const file of packed.files.filter((f) => f.startsWith('dist/lib/'))) {
      const code = readFileSync(join(ROOT, file), 'utf8');
      const specifiers = code.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*'([^']+)'|^import\s*'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/gm);
      for (const match of specifiers) {
        const specifier = match[1] ?? match[2] ?? match[3];
        if (specifier.startsWith('.')) continue;
        const parts = specifier.split('/');
        imports.add(parts[0].startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
      }
    }
    assert.deepEqual([...imports].sort(), ['@lit/task', 'leaflet', 'lit']);
    const registering = packed.files.filter((f) => f.startsWith('dist/lib/') && /\.define\('mre-/.test(readFileSync(join(ROOT, f), 'utf8')));
    // And the module that puts Leaflet together from its parts, which adds the map's handlers to Leaflet.
    const leafletParts = './dist/lib/components/region-map/engine/leaflet.js';
    assert.ok(readFileSync(join(ROOT, leafletParts), 'utf8').includes("import 'leaflet/src/layer/vector/Renderer.getRenderer.js'"));
    assert.deepEqual([...registering.map((f) => `./${f}`), leafletParts].sort(), pkg.sideEffects.filter((s) => s.includes('/components/')).sort());
  });
});

describe('an entry per widget', () => {
  const consumer = join(TMP, 'rollup');
  before(() => {
    mkdirSync(consumer, { recursive: true });
    // An application of its own: without a package.json of its own it would be inside this
    // project's, and `mre-widgets` would name the project itself instead of the tarball.
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'mre-consumer-rollup', private: true, type: 'module' }));
    install(consumer);
  });

  /** Bundles `code` as an application with Rollup, from the installed tarball: its chunks. */
  async function bundle(name, code) {
    const input = join(consumer, `${name}.js`);
    writeFileSync(input, code);
    const build = await rollup({ input, plugins: [nodeResolve({ browser: true })], onwarn: () => {} });
    const { output } = await build.generate({ format: 'es' });
    await build.close();
    const pkgPath = (id) => id.replaceAll('\\', '/').split('/node_modules/mre-widgets/')[1];
    const ids = output.flatMap((c) => c.moduleIds ?? []);
    assert.ok(ids.some((id) => pkgPath(id)), 'the bundle uses the installed tarball');
    assert.deepEqual(ids.filter((id) => id.startsWith(ROOT + '/dist/') || id.startsWith(ROOT + '/src/')), [], 'and never the project itself');
    return output
      .filter((c) => c.type === 'chunk')
      .map((c) => ({ ...c, own: c.moduleIds.map(pkgPath).filter(Boolean), leaflet: c.moduleIds.some((id) => id.includes('/node_modules/leaflet/')) }));
  }

  for (const widget of WIDGETS) {
    test(`mre-widgets/${widget} brings <mre-${widget}> and none of the other widgets${widget === 'region-map' ? ', with Leaflet only in the chunk it loads later' : ' nor Leaflet'}`, async () => {
      const chunks = await bundle(widget, `import 'mre-widgets/${widget}';\n`);
      const [entry] = chunks.filter((c) => c.isEntry);
      const components = new Set(entry.own.filter((f) => f.startsWith('dist/lib/components/')).map((f) => f.split('/')[3]));
      assert.deepEqual([...components], [widget]);
      assert.match(entry.code, new RegExp(`\\.define\\(['"]mre-${widget}['"]\\)`), 'the element is still registered after tree-shaking');
      for (const other of WIDGETS.filter((w) => w !== widget)) assert.doesNotMatch(entry.code, new RegExp(`mre-${other}['"]\\)`));
      assert.equal(entry.leaflet, false, 'Leaflet is not in the entry chunk');
      assert.ok(!entry.own.some((f) => /map-engine|boundaries/.test(f)), 'neither the map engine nor the boundaries');
      assert.ok(!entry.own.some((f) => /validators|data\/load\.js/.test(f)), 'nor the loader of data files');
      const lazy = chunks.filter((c) => !c.isEntry);
      // Every widget loads data files (src) through a lazy chunk of their own.
      const loader = lazy.filter((c) => c.own.includes('dist/lib/data/load.js'));
      assert.equal(loader.length, 1);
      assert.ok(loader[0].isDynamicEntry && !loader[0].leaflet, 'the data loader is lazy, without Leaflet');
      assert.ok(loader[0].own.includes('dist/lib/data/validators.generated.js'));
      // And the English texts (with the built-in content in English) through another.
      const english = lazy.filter((c) => c.own.includes('dist/lib/i18n/english.js'));
      assert.equal(english.length, 1);
      assert.ok(english[0].isDynamicEntry && !english[0].leaflet, 'the English texts are lazy, without Leaflet');
      assert.ok(english[0].own.includes('dist/lib/data/default/region-content.json.js'));
      assert.ok(!entry.own.includes('dist/lib/data/default/region-content.json.js'), 'the entry has the Dutch content only');
      const engine = lazy.filter((c) => c !== loader[0] && c !== english[0]);
      if (widget === 'region-map') {
        assert.equal(engine.length, 1);
        assert.ok(engine[0].isDynamicEntry && engine[0].leaflet, 'Leaflet is in the lazy chunk');
        assert.ok(engine[0].own.includes('dist/lib/components/region-map/map-engine.js'));
        assert.ok(engine[0].own.includes('dist/lib/data/default/region-boundaries.json.js'));
      } else assert.deepEqual(engine.map((c) => c.fileName), []);
    });
  }

  test('the all-in-one entry brings the four, Leaflet in the lazy chunk; Lit once, shared with the application', async () => {
    const chunks = await bundle('all', `import 'mre-widgets';\nimport { html } from 'lit';\nconsole.log(html);\n`);
    const [entry] = chunks.filter((c) => c.isEntry);
    for (const widget of WIDGETS) assert.match(entry.code, new RegExp(`\\.define\\(['"]mre-${widget}['"]\\)`));
    assert.equal(entry.leaflet, false);
    assert.equal(litCopies(chunks.map((c) => c.code).join('\n')), 1);
    // The script-tag bundle carries Lit of its own: the count sees a second copy.
    const twice = await bundle('twice', `import 'mre-widgets/bundle';\nimport { html } from 'lit';\nconsole.log(html);\n`);
    assert.equal(litCopies(twice.map((c) => c.code).join('\n')), 2);
  });
});

describe('the versioned folder for a CDN', () => {
  const folder = join(ROOT, CDN_FOLDER);
  const integrity = () => JSON.parse(readFileSync(join(folder, 'integrity.json'), 'utf8'));

  test(`is ${CDN_FOLDER}, and integrity.json has the SHA-384 of every other file in it, each matching`, () => {
    const { name, version, algorithm, files } = integrity();
    assert.deepEqual({ name, version, algorithm }, { name: pkg.name, version: pkg.version, algorithm: 'sha384' });
    assert.deepEqual(Object.keys(files).sort(), filesUnder(folder).filter((f) => f !== 'integrity.json'));
    for (const [file, hash] of Object.entries(files)) assert.equal(hash, sri(readFileSync(join(folder, file))), file);
    for (const file of ['mre-widgets.js', 'mre-widgets.iife.js', 'mre-widgets.standalone.js', 'chunks/mre-map-engine.js', 'data/region.json', 'embed/index.html']) {
      assert.ok(files[file], file);
    }
  });

  test('holds the script-tag files byte for byte as dist/ and the package have them, so the hashes hold for both', () => {
    const { files } = integrity();
    for (const file of Object.keys(files).filter((f) => !f.startsWith('embed/'))) {
      assert.ok(readFileSync(join(folder, file)).equals(readFileSync(join(ROOT, 'dist', file))), file);
    }
  });
});

describe('applications built from the tarball', () => {
  test('React 19 with Vite: type-checks against the package’s declarations and the README’s JSX types, builds, one Lit, the map engine split off', async () => {
    const app = freshApp('react');
    typeCheck(app);
    const { files, modules } = await viteBuild(app);
    checkBuilt(app, files, modules);
  });

  test('Vue 3 with Vite: type-checks (with the README’s declarations), builds with isCustomElement, one Lit, the map engine split off', async () => {
    const app = freshApp('vue');
    typeCheck(app);
    const { files, modules } = await viteBuild(app);
    checkBuilt(app, files, modules);
    // The template compiler made elements of the mre-* tags, not components to look up.
    assert.doesNotMatch(Object.values(files).join('\n'), /resolveComponent\(["']mre-/);
  });

  /**
   * Built from the tarball, never from this project; one copy of Lit; Leaflet in a chunk of its
   * own that the entry loads only on demand.
   */
  function checkBuilt(app, files, modules) {
    const fromPackage = modules.filter((id) => id.startsWith(join(app, 'node_modules', 'mre-widgets') + '/'));
    assert.ok(fromPackage.some((id) => id.endsWith('/dist/lib/components/region-map/region-map.js')), 'the widgets come from the tarball');
    assert.deepEqual(modules.filter((id) => id.startsWith(join(ROOT, 'dist') + '/') || id.startsWith(join(ROOT, 'src') + '/')), []);
    assert.equal(new Set(modules.filter((id) => id.endsWith('/lit-html/lit-html.js'))).size, 1, 'one lit-html module');
    const scripts = Object.entries(files).filter(([f]) => f.endsWith('.js'));
    assert.equal(litCopies(scripts.map(([, code]) => code).join('\n')), 1, 'Lit once in the whole application');
    const html = files['index.html'];
    const entries = scripts.filter(([f]) => html.includes(f));
    assert.equal(entries.length, 1, 'index.html loads one script');
    const withLeaflet = scripts.filter(([, code]) => code.includes('leaflet-pane'));
    assert.equal(withLeaflet.length, 1, 'Leaflet is in one chunk');
    assert.notEqual(withLeaflet[0][0], entries[0][0], 'and that is not the entry');
    const sizes = scripts.map(([f, code]) => `${f} ${(code.length / 1024).toFixed(0)} KB`).join(', ');
    console.log(`built: ${sizes}`);
  }
});
