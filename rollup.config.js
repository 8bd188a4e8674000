import { readFileSync } from 'node:fs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { libraryBuild } from './scripts/rollup/library.mjs';
import { leafletWithoutHtmlProbe, litTrustedTypesGuard } from './scripts/rollup/trusted-types.mjs';

const MAP_ENGINE = 'src/components/region-map/map-engine.ts';
const MAP_ENGINE_LOADER = '/src/components/region-map/load-engine.ts';
const MAP_ENGINE_IMPORT = "import('./map-engine.js')";

/**
 * The map engine (Leaflet, its CSS and the boundaries) is built once, as its own module next to
 * the scripts. Both the module build and the classic build load it from there, relative to their
 * own URL (unless the page names another folder), and only when a map is on the page.
 */
function mapEngineFromScriptUrl() {
  return {
    name: 'mre-map-engine-from-script-url',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith(MAP_ENGINE_LOADER)) return null;
      if (!code.includes(MAP_ENGINE_IMPORT)) this.error(`${MAP_ENGINE_LOADER} no longer contains ${MAP_ENGINE_IMPORT}`);
      return {
        code: code.replace(MAP_ENGINE_IMPORT, 'import(new URL(MAP_ENGINE_CHUNK, import.meta.url).href)'),
        map: null,
      };
    },
  };
}

/**
 * For the standalone script: the map engine is part of the script itself, so that a CMS that
 * combines, moves or inlines scripts cannot separate the two.
 */
function mapEngineInside() {
  const BASE = 'const base = getBasePath();';
  return {
    name: 'mre-map-engine-inside',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith(MAP_ENGINE_LOADER)) return null;
      if (!code.includes(BASE)) this.error(`${MAP_ENGINE_LOADER} no longer contains ${BASE}`);
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

const plugins = (engine = mapEngineFromScriptUrl()) => [
  engine,
  litTrustedTypesGuard(),
  leafletWithoutHtmlProbe(),
  json({ preferConst: true }),
  nodeResolve({ browser: true }),
  typescript({ tsconfig: './tsconfig.build.json', declaration: false, sourceMap: true, outDir: 'dist', noEmitOnError: true }),
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
    plugins: plugins(mapEngineInside()),
    onwarn,
  },
];

configs.push({
  input: MAP_ENGINE,
  output: { file: 'dist/chunks/mre-map-engine.js', format: 'es', sourcemap: true },
  plugins: plugins(),
  onwarn,
});

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

// The modules for applications and bundlers (dist/lib/), next to the script-tag builds above.
configs.push(libraryBuild({ onwarn }));

export default configs;
