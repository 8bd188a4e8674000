import { readFileSync } from 'node:fs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { embedFacts, embedPage } from './scripts/rollup/embed-builder.mjs';
import { libraryBuild } from './scripts/rollup/library.mjs';
import { minifyCssLiterals } from './scripts/rollup/minify-literals.mjs';
import { leafletWithoutHtmlProbe, litTrustedTypesGuard } from './scripts/rollup/trusted-types.mjs';

/**
 * The parts only some pages need, each built once as its own module in dist/chunks/ and loaded
 * later by the scripts through one loader module each: the map engine (Leaflet, its CSS and the
 * boundaries) on pages with a map, the loader of `src` files (fetching, the schema validators,
 * the cleaning) on pages with a `src`, the English texts on pages that show a widget in English.
 */
const CHUNKS = [
  {
    entry: 'src/components/region-map/map-engine.ts',
    loader: '/src/components/region-map/load-engine.ts',
    dynamicImport: "import('./map-engine.js')",
    url: 'MAP_ENGINE_CHUNK',
    file: 'chunks/mre-map-engine.js',
  },
  {
    entry: 'src/data/load.ts',
    loader: '/src/data/load-remote.ts',
    dynamicImport: "import('./load.js')",
    url: 'REMOTE_DATA_CHUNK',
    file: 'chunks/mre-remote-data.js',
  },
  {
    entry: 'src/i18n/english.ts',
    loader: '/src/i18n/languages.ts',
    dynamicImport: "import('./english.js')",
    url: 'ENGLISH_CHUNK',
    file: 'chunks/mre-en.js',
  },
];

const loaderOf = (id) => CHUNKS.find((chunk) => id.replaceAll('\\', '/').endsWith(chunk.loader));

/**
 * The split scripts load each chunk from next to themselves (relative to their own URL), unless
 * the page names another folder.
 */
function chunksFromScriptUrl() {
  return {
    name: 'mre-chunks-from-script-url',
    transform(code, id) {
      const chunk = loaderOf(id);
      if (!chunk) return null;
      if (!code.includes(chunk.dynamicImport)) this.error(`${chunk.loader} no longer contains ${chunk.dynamicImport}`);
      return { code: code.replace(chunk.dynamicImport, `import(new URL(${chunk.url}, import.meta.url).href)`), map: null };
    },
  };
}

/**
 * For the standalone script: every chunk is part of the script itself, so that a CMS that
 * combines, moves or inlines scripts cannot separate them.
 */
function chunksInside() {
  const BASE = 'const base = getBasePath();';
  return {
    name: 'mre-chunks-inside',
    transform(code, id) {
      const chunk = loaderOf(id);
      if (!chunk) return null;
      if (!code.includes(BASE)) this.error(`${chunk.loader} no longer contains ${BASE}`);
      // Never a folder to load from: the static import below is bundled into the script.
      return { code: code.replace(BASE, 'const base = undefined;'), map: null };
    },
  };
}

/** dist/data/: the complete default dataset, its schema and its sources. */
function dataset() {
  return {
    name: 'mre-dataset',
    generateBundle() {
      const content = JSON.parse(readFileSync('src/data/default/region-content.json', 'utf8'));
      const boundaries = JSON.parse(readFileSync('src/data/default/region-boundaries.json', 'utf8'));
      const region = {
        ...content,
        municipalities: content.municipalities.map((m) => ({ ...m, boundary: boundaries[m.code] })),
      };
      this.emitFile({ type: 'asset', fileName: 'data/region.json', source: JSON.stringify(region) + '\n' });
      this.emitFile({ type: 'asset', fileName: 'data/region.schema.json', source: readFileSync('src/data/region.schema.json', 'utf8') });
      this.emitFile({ type: 'asset', fileName: 'data/SOURCES.md', source: readFileSync('data/sources/SOURCES.md', 'utf8') });
    },
  };
}

const plugins = (engine = chunksFromScriptUrl()) => [
  engine,
  litTrustedTypesGuard(),
  leafletWithoutHtmlProbe(),
  json({ preferConst: true }),
  nodeResolve({ browser: true }),
  typescript({ tsconfig: './tsconfig.build.json', declaration: false, sourceMap: true, outDir: 'dist', noEmitOnError: true }),
  minifyCssLiterals(),
  // ES module output is minified as a module (the plugin's default for it); the classic scripts keep
  // their top-level `var MreWidgets`, which minifying them as modules would drop.
  terser({ ecma: 2022, format: { comments: false } }),
];

const onwarn = (warning, warn) => {
  // Lit's decorators compile to helpers that use `this` at the top level of a module.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

const configs = [
  {
    input: 'src/index.ts',
    output: { file: 'dist/mre-widgets.js', format: 'es', sourcemap: true },
    plugins: [...plugins(), dataset()],
    onwarn,
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/mre-widgets.iife.js', format: 'iife', name: 'MreWidgets', sourcemap: true },
    plugins: plugins(),
    onwarn,
  },
  {
    input: 'src/index.ts',
    output: {
      file: 'dist/mre-widgets.standalone.js',
      format: 'iife',
      name: 'MreWidgets',
      sourcemap: true,
      inlineDynamicImports: true,
    },
    plugins: plugins(chunksInside()),
    onwarn,
  },
];

for (const chunk of CHUNKS) {
  configs.push({
    input: chunk.entry,
    output: { file: `dist/${chunk.file}`, format: 'es', sourcemap: true },
    plugins: plugins(),
    onwarn,
  });
}

/** dist/frame.html and dist/frame.css: the page of the iframe route, next to its script. */
function framePage() {
  const files = ['frame.html', 'frame.css'];
  return {
    name: 'mre-frame-page',
    buildStart() {
      for (const file of files) this.addWatchFile(`src/frame/${file}`);
    },
    generateBundle() {
      for (const file of files) this.emitFile({ type: 'asset', fileName: file, source: readFileSync(`src/frame/${file}`, 'utf8') });
    },
  };
}

// The iframe route, for sites that allow an iframe but no script: frame.html with its module
// script (which loads mre-widgets.js from next to itself), and the classic script that keeps such
// iframes as tall as their content.
configs.push(
  {
    input: 'src/frame/frame.ts',
    output: { file: 'dist/frame.js', format: 'es', sourcemap: true },
    plugins: [...plugins(), framePage()],
    onwarn,
  },
  {
    input: 'src/frame/frame-resize.ts',
    output: { file: 'dist/frame-resize.js', format: 'iife', sourcemap: true },
    plugins: plugins(),
    onwarn,
  },
);

// The embed-code builder (demo/embed.html) as dist/embed/: its page, style and script, which the
// versioned folder copies as its embed/. It writes its own elements (no Lit); the preview loads
// mre-widgets.js and frame.html from the folder the builder is in.
configs.push({
  input: 'demo/embed/embed.ts',
  output: { file: 'dist/embed/embed.js', format: 'es', sourcemap: true },
  plugins: [
    embedFacts(),
    json({ preferConst: true }),
    nodeResolve({ browser: true }),
    typescript({ tsconfig: './tsconfig.embed.json', declaration: false, sourceMap: true, outDir: 'dist/embed', noEmitOnError: true }),
    terser({ ecma: 2022, format: { comments: false } }),
    embedPage(),
  ],
  onwarn,
});

// The modules for applications and bundlers (dist/lib/), next to the script-tag builds above.
configs.push(libraryBuild({ onwarn }));

export default configs;
