// Routes the test server adds for error-path tests. They answer only on the test server, which
// listens on a loopback address.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';

/**
 * A second origin on this machine (127.0.0.1, another port): the files of another host, one of
 * them without Access-Control-Allow-Origin. Its address is at /__test__/cross-origin.
 */
let crossOrigin;
const crossOriginFiles = {
  '/region.json': { cors: false },
  '/region-cors.json': { cors: true },
};

/** The versioned folder for a CDN, served from another origin (see mre-cdn-origin). */
let cdnOrigin;
const cdnTypes = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** What became of each slow request, by its `t` parameter. */
const outcomes = new Map();
const releases = new Map();

/** The DevTools sessions opened for the emulations below, by test session. */
const devtools = new Map();

/** The DevTools session of a test session's page (Chromium only), opened once. */
async function devtoolsOf(session) {
  let cdp = devtools.get(session.id);
  if (!cdp) {
    cdp = await session.browser.getPage(session.id).createCDPSession();
    devtools.set(session.id, cdp);
  }
  return cdp;
}

/** What the other engines answer to a command that needs the DevTools protocol. */
const refusal = (command, engine) => ({ refused: `${command} needs the DevTools protocol, which ${engine} does not have` });

/**
 * The test server's plugins for a run in one engine (`chromium`, `firefox` or `webkit`).
 * @returns {import('@web/dev-server-core').Plugin[]}
 */
export const testServerPlugins = ({ engine }) => [
  {
    // executeServerCommand('engine-name'): the engine this run tests in, as the config launched
    // it. test/engine.ts has the same name without a round trip, for use before a `describe`.
    name: 'mre-engine-name',
    executeCommand({ command }) {
      return command === 'engine-name' ? engine : undefined;
    },
  },
  {
    name: 'mre-cross-origin',
    async serverStart() {
      const body = await readFile('test/fixtures/region-subset.json');
      const server = createServer((req, res) => {
        const file = crossOriginFiles[new URL(req.url ?? '/', 'http://x').pathname];
        if (!file) {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(200, {
          'content-type': 'application/json',
          ...(file.cors ? { 'access-control-allow-origin': '*' } : {}),
        });
        res.end(body);
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      crossOrigin = { server, base: `http://127.0.0.1:${server.address().port}` };
    },
    async serverStop() {
      await new Promise((resolve) => crossOrigin?.server.close(resolve));
      crossOrigin = undefined;
    },
    serve(context) {
      if (context.path === '/__test__/cross-origin') return { body: JSON.stringify(crossOrigin.base), type: 'application/json' };
      return undefined;
    },
  },
  {
    // executeServerCommand('emulate-forced-colors', { active }): Windows High Contrast as Chromium
    // renders it (system colours, forced-colors media query), through the DevTools protocol.
    // Chromium only: the other engines have no such protocol, so a test that needs it declares
    // itself with itIn(['chromium'], …) from test/engine.ts.
    name: 'mre-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      // Answered, not thrown: the test that checks the refusal reads it.
      if (engine !== 'chromium') return refusal(command, engine);
      const cdp = await devtoolsOf(session);
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  },
  {
    // executeServerCommand('emulate-print', { active }): the page laid out and styled for print
    // (the print media type, as Chromium's print preview uses), through the DevTools protocol.
    // Chromium only, like the forced colours above.
    name: 'mre-print-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-print') return undefined;
      if (engine !== 'chromium') return refusal(command, engine);
      const cdp = await devtoolsOf(session);
      await cdp.send('Emulation.setEmulatedMedia', { media: payload?.active ? 'print' : '' });
      return true;
    },
  },
  {
    // executeServerCommand('touch', { fingers, dx, dy, steps }): real touch input, as a phone's
    // screen gives it (the browser decides what scrolls, by touch-action and by what the page's
    // listeners cancel), through the DevTools protocol: the fingers go down at `fingers` (page
    // coordinates, [x, y] each), move together by dx, dy in `steps` moves, and lift. Touch
    // emulation is on for the gesture only. Chromium only.
    name: 'mre-touch',
    async executeCommand({ command, payload, session }) {
      if (command !== 'touch') return undefined;
      if (engine !== 'chromium') return refusal(command, engine);
      const cdp = await devtoolsOf(session);
      const { fingers, dx = 0, dy = 0, steps = 10 } = payload;
      const at = (t) => fingers.map(([x, y], id) => ({ x: x + dx * t, y: y + dy * t, id }));
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
      try {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
        for (let i = 1; i <= steps; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i / steps) });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      } finally {
        await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
      }
      return true;
    },
  },
  {
    // JSON imported by the source is served as a JavaScript module; JSON fetched at run time
    // (the remote datasets) stays JSON.
    name: 'mre-json-modules',
    transformImport({ source }) {
      if (source.endsWith('.json')) return `${source}?module`;
      return undefined;
    },
    resolveMimeType(context) {
      if (context.path.endsWith('.json') && context.URL.searchParams.has('module')) return 'js';
      return undefined;
    },
    transform(context) {
      if (context.path.endsWith('.json') && context.URL.searchParams.has('module')) {
        return { body: `export default ${context.body};` };
      }
      return undefined;
    },
  },
  {
    // Another origin on this machine that serves the versioned folder for a CDN
    // (dist/cdn/mre-widgets@<version>/) byte for byte, with CORS, as a CDN does; its address is at
    // /__test__/cdn-origin. (The test server itself rewrites every script it serves through
    // esbuild, which would change every hash.) Under /__tampered/<file>/ it serves the folder as
    // a server that was broken into would: <file> (its path with ~ for /) changed after
    // integrity.json was written, into JavaScript that still runs and says so in
    // globalThis.__mreTampered, where a browser that did not check the file is caught running it.
    name: 'mre-cdn-origin',
    async serverStart() {
      const server = createServer(async (req, res) => {
        let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1);
        const tampered = path.match(/^__tampered\/([^/]+)\/(.+)$/);
        if (tampered) path = tampered[2];
        const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
        const folder = resolve(`dist/cdn/${name}@${version}`);
        const file = resolve(folder, path.endsWith('/') || path === '' ? `${path}index.html` : path);
        let body;
        try {
          if (!file.startsWith(folder + sep)) throw new Error('outside the folder');
          body = await readFile(file);
        } catch {
          res.writeHead(404, { 'access-control-allow-origin': '*' }).end();
          return;
        }
        if (tampered && path === tampered[1].replaceAll('~', '/')) {
          body = Buffer.concat([body, Buffer.from(`\n;(globalThis.__mreTampered ??= []).push(${JSON.stringify(path)});\n`)]);
        }
        res.writeHead(200, {
          'content-type': cdnTypes[extname(file)] ?? 'application/octet-stream',
          'access-control-allow-origin': '*',
          'cache-control': 'no-store',
        });
        res.end(body);
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      cdnOrigin = { server, base: `http://127.0.0.1:${server.address().port}` };
    },
    async serverStop() {
      await new Promise((resolve) => cdnOrigin?.server.close(resolve));
      cdnOrigin = undefined;
    },
    serve(context) {
      if (context.path === '/__test__/cdn-origin') return { body: JSON.stringify(cdnOrigin.base), type: 'application/json' };
      return undefined;
    },
  },
  {
    name: 'mre-test-routes',
    async serve(context) {
      const url = new URL(context.request.url, 'http://test');
      // A folder whose map engine arrives only when the test says so: the engine's file under
      // /__test__/held-engine/<key>/ waits for a request of /__test__/release-engine?key=<key>,
      // then re-exports the engine's source. For tests of what the map shows while it loads.
      const held = url.pathname.match(/^\/__test__\/held-engine\/([\w-]+)\/chunks\/mre-map-engine\.js$/);
      if (held) {
        await new Promise((resolve) => releases.set(held[1], resolve));
        return { body: "export * from '/src/components/region-map/map-engine.ts';", type: 'js' };
      }
      if (url.pathname === '/__test__/release-engine') {
        const release = releases.get(url.searchParams.get('key') ?? '');
        releases.delete(url.searchParams.get('key') ?? '');
        release?.();
        return { body: JSON.stringify(Boolean(release)), type: 'application/json' };
      }
      if (url.pathname === '/__test__/slow.json') {
        // Answers after `ms` milliseconds (default 2000): slower than the tests' timeout. Whether
        // the browser hung up first is kept under the request's `t`, for /__test__/outcome:
        // 'waiting' once the request has arrived, then 'aborted' or 'answered' ('pending' before
        // it arrives: a browser may cancel a request before sending it).
        const ms = Number(url.searchParams.get('ms') ?? 2000);
        const key = url.searchParams.get('t') ?? '';
        outcomes.set(key, 'waiting');
        let closed = false;
        context.req.once('close', () => (closed = !context.res.writableEnded));
        await new Promise((resolve) => setTimeout(resolve, ms));
        outcomes.set(key, closed ? 'aborted' : 'answered');
        return { body: '{"version":1,"municipalities":[],"themes":[],"timeline":[]}', type: 'application/json' };
      }
      // The iframe route's folder again, with frame.html loading the page recorder before its own
      // script, for tests that must see the page's console from its start (test/dist/frames.ts).
      const watched = url.pathname.match(/^\/dist\/watched\/((?:[\w-]+\/)*[\w-]+(?:\.[\w-]+)+)$/);
      if (watched) {
        const file = watched[1];
        const body = await readFile(`dist/${file}`, file.endsWith('.html') ? 'utf8' : undefined).catch(() => undefined);
        if (body === undefined) return undefined;
        if (file !== 'frame.html') return { body, type: file.endsWith('.map') ? 'json' : file.split('.').pop() };
        const recorder = '<script src="/test/dist-pages/record.js"></script>';
        if (!body.includes('<script type="module"')) throw new Error('dist/frame.html no longer loads a module script');
        return { body: body.replace('<script type="module"', `${recorder}\n    <script type="module"`), type: 'html' };
      }
      // What a CMS that aggregates scripts serves: another script and one of ours, combined into
      // one file in a folder of its own.
      const combined = url.pathname.match(/^\/__test__\/cms-cache\/combined-(standalone|split)\.js$/);
      if (combined) {
        const ours = await readFile(`dist/mre-widgets.${combined[1] === 'split' ? 'iife' : 'standalone'}.js`, 'utf8');
        return { body: `/* another script of the site */\nwindow.siteMenu = { open: false };\n;${ours}\n`, type: 'js' };
      }
      if (url.pathname === '/__test__/outcome') {
        return { body: JSON.stringify(outcomes.get(url.searchParams.get('t') ?? '') ?? 'pending'), type: 'application/json' };
      }
      return undefined;
    },
  },
];
