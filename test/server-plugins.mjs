// Routes the test server adds for error-path tests. They answer only on the test server, which
// listens on a loopback address.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';

/**
 * A second origin on this machine (127.0.0.1, another port): the files of another host, one of
 * them without Access-Control-Allow-Origin. Its address is at /__test__/cross-origin.
 */
let crossOrigin;
const crossOriginFiles = {
  '/region.json': { cors: false },
  '/region-cors.json': { cors: true },
};

/** What became of each slow request, by its `t` parameter. */
const outcomes = new Map();

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
    name: 'mre-test-routes',
    async serve(context) {
      const url = new URL(context.request.url, 'http://test');
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
