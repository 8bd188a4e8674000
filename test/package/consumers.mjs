// The package as an application gets it: `npm pack` of the built project, unpacked where a
// bundler looks for it (node_modules/mre-widgets of an application), and the test applications of
// test/consumers/ built with Vite from it. Everything is written to test/consumers/tmp/ (ignored by
// git), where the browser tests (test/dist/consumers.test.ts) open the built applications.
// Nothing is downloaded: React, Vue, Vite and Lit come from the project's own node_modules, which
// an application inside the project finds by walking up; the package itself comes only from the
// tarball.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CONSUMERS = join(ROOT, 'test/consumers');
export const TMP = join(CONSUMERS, 'tmp');
export const TARBALL = join(TMP, 'mre-widgets.tgz');

const require = createRequire(import.meta.url);

/** Packs the project as `npm publish` would: the tarball and the list of files in it. */
export function pack() {
  mkdirSync(TMP, { recursive: true });
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', TMP], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const [result] = JSON.parse(out);
  rmSync(TARBALL, { force: true });
  cpSync(join(TMP, result.filename), TARBALL);
  rmSync(join(TMP, result.filename));
  return { files: result.files.map((f) => f.path).sort(), size: result.size, unpackedSize: result.unpackedSize };
}

/** Unpacks the tarball as the package folder `node_modules/mre-widgets` of `app`; returns that folder. */
export function install(app) {
  const folder = join(app, 'node_modules', 'mre-widgets');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  execFileSync('tar', ['-xzf', TARBALL, '-C', folder, '--strip-components=1']);
  return folder;
}

/** A fresh copy of the test application `name` (test/consumers/<name>/) with the package installed. */
export function freshApp(name) {
  const app = join(TMP, name);
  rmSync(app, { recursive: true, force: true });
  cpSync(join(CONSUMERS, name), app, { recursive: true });
  // What both applications share goes inside each, so that it too imports the installed package.
  cpSync(join(CONSUMERS, 'shared'), join(app, 'src', 'shared'), { recursive: true });
  install(app);
  return app;
}

/** Type-checks `app` with its tsconfig.json, against the package's own declarations. */
export function typeCheck(app) {
  const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', app], { cwd: app, encoding: 'utf8', stdio: 'pipe' });
}

/**
 * Builds `app` with Vite into its dist/. Returns the built files (path relative to dist/ → text)
 * and `modules`, every source file the build read.
 */
export async function viteBuild(app) {
  const { build } = await import('vite');
  const modules = [];
  const recorder = {
    name: 'record-modules',
    buildEnd() {
      modules.push(...this.getModuleIds());
    },
  };
  await build({
    root: app,
    configFile: join(app, 'vite.config.js'),
    logLevel: 'warn',
    plugins: [recorder],
    build: { outDir: 'dist', emptyOutDir: true },
  });
  const dist = join(app, 'dist');
  const files = {};
  for (const entry of execFileSync('find', ['.', '-type', 'f'], { cwd: dist, encoding: 'utf8' }).split('\n').filter(Boolean)) {
    files[entry.slice(2)] = readFileSync(join(dist, entry), 'utf8');
  }
  return { files, modules };
}

/** How many copies of lit-html a built bundle holds: each one records its version on load. */
export function litCopies(code) {
  return (code.match(/litHtmlVersions/g) ?? []).length;
}

export const built = (name) => existsSync(join(TMP, name, 'dist', 'index.html'));
