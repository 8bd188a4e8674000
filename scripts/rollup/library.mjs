// The modules for applications (dist/lib/): one file per source module, as readable ES2021, with
// Lit, @lit/task and Leaflet left as imports, so that an application's bundler shares them with
// the rest of the application and splits the map engine off as it splits its own lazy code.
// None of the script-tag builds' changes (Trusted Types guard, engine URL next to the script)
// apply here: an application's own build decides those things.
import json from '@rollup/plugin-json';
import typescript from '@rollup/plugin-typescript';

/** The entries of the package: the all-in-one entry and one per widget (see package.json "exports"). */
export const LIBRARY_ENTRIES = ['index', 'region-map', 'theme-cards', 'municipality-list', 'agreement-timeline'];

/** What an application brings itself: the package's dependencies, with their subpaths. */
export const EXTERNAL = /^(lit|lit-html|lit-element|@lit\/[^/]+|leaflet)(\/|$)/;

const ENGINE_LOADER = '/src/components/region-map/load-engine.ts';

/**
 * The map engine from a folder the page names (setBasePath) is loaded by the browser, not by the
 * application's bundler: webpack is told so as Vite already is, instead of failing to resolve it.
 */
function bundlersLeaveTheBasePathAlone() {
  return {
    name: 'mre-bundlers-leave-the-base-path-alone',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith(ENGINE_LOADER)) return null;
      return { code: code.replaceAll('/* @vite-ignore */', '/* @vite-ignore */ /* webpackIgnore: true */'), map: null };
    },
  };
}

/** The Rollup configuration of dist/lib/. */
export function libraryBuild({ onwarn }) {
  return {
    input: Object.fromEntries(LIBRARY_ENTRIES.map((name) => [name, `src/${name}.ts`])),
    external: (id) => EXTERNAL.test(id),
    output: {
      dir: 'dist/lib',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      // TypeScript's helpers (tslib, 0BSD) come along as one module; a folder named node_modules
      // inside a package would be left out of it by npm.
      entryFileNames: ({ name }) => (name.includes('node_modules/') ? `vendor/${name.split('/').at(-1)}.js` : '[name].js'),
    },
    plugins: [
      bundlersLeaveTheBasePathAlone(),
      json({ preferConst: true }),
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, sourceMap: false, outDir: 'dist/lib', noEmitOnError: true }),
    ],
    onwarn,
  };
}
