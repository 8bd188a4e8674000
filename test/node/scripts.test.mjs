// Tests of the project's own Node scripts: the browser finder, the WebKit services and the demo
// server.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { test } from 'node:test';
import { locate, selectedEngines } from '../../scripts/find-browsers.mjs';
import { startWebKit } from '../../scripts/webkit-driver.mjs';
import { serve } from '../../scripts/static-server.mjs';

const node = process.execPath;

/** Runs a script with extra environment variables (and without MRE_ENGINES unless given). */
function run(script, env) {
  const base = { ...process.env };
  delete base.MRE_ENGINES;
  return spawnSync(node, [script], { env: { ...base, ...env }, encoding: 'utf8' });
}

test('find-browsers explains how to install Chromium when CHROME_PATH points nowhere', () => {
  const result = run('scripts/find-browsers.mjs', { MRE_ENGINES: 'chromium', CHROME_PATH: '/nonexistent/chrome' });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /CHROME_PATH is set to \/nonexistent\/chrome, but there is no file there/);
  assert.match(result.stderr, /sudo apt-get install -y chromium/);
});

test('find-browsers accepts CHROME_PATH when it exists', () => {
  const result = run('scripts/find-browsers.mjs', { MRE_ENGINES: 'chromium', CHROME_PATH: node });
  assert.equal(result.status, 0, result.stderr);
});

test('find-browsers names the install command of each missing engine, and how to leave it out', () => {
  const result = run('scripts/find-browsers.mjs', { CHROME_PATH: node, FIREFOX_PATH: '/nonexistent/firefox', WEBKIT_DRIVER_PATH: '/nonexistent/driver' });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /Firefox: FIREFOX_PATH is set to \/nonexistent\/firefox/);
  assert.match(result.stderr, /sudo apt-get install -y firefox-esr/);
  assert.match(result.stderr, /WebKit: WEBKIT_DRIVER_PATH is set to \/nonexistent\/driver/);
  assert.match(result.stderr, /sudo apt-get install -y webkit2gtk-driver xvfb/);
  assert.match(result.stderr, /MRE_ENGINES=chromium npm test/);
  assert.doesNotMatch(result.stderr, /Chromium:/);
});

test('find-browsers refuses an engine it does not know', () => {
  const result = run('scripts/find-browsers.mjs', { MRE_ENGINES: 'chromium,safari' });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /MRE_ENGINES names safari; it takes a comma list of chromium, firefox, webkit/);
});

test('the test command fails before starting anything when an engine asked for is missing', () => {
  const result = run('scripts/test-browsers.mjs', { MRE_ENGINES: 'firefox', FIREFOX_PATH: '/nonexistent/firefox' });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /sudo apt-get install -y firefox-esr/);
  assert.equal(result.stdout, '');
});

const webkit = locate('webkit');
const webkitAsked = (() => {
  try {
    return selectedEngines().engines.includes('webkit');
  } catch {
    return false; // the test command itself refuses a wrong MRE_ENGINES
  }
})();
const webkitSkip = !webkitAsked
  ? 'MRE_ENGINES leaves WebKit out'
  : webkit.missing.length
    ? `WebKit is not installed: ${webkit.missing.join(' ')}`
    : false;
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
/** The process ids whose command line is exactly `args`. */
const processes = (file) =>
  execFileSync('ps', ['-eo', 'pid=,stat=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([, stat, cmd]) => cmd === file && !stat.startsWith('Z'))
    .map(([pid]) => Number(pid));

test('WebKit: Xvfb and WebKitWebDriver run on loopback only and are gone after stop()', { skip: webkitSkip }, async () => {
  const before = new Set([...processes(webkit.paths.xvfb), ...processes(webkit.paths.driver)]);
  const services = await startWebKit(webkit.paths);
  const started = [...processes(webkit.paths.xvfb), ...processes(webkit.paths.driver)].filter((pid) => !before.has(pid));
  try {
    assert.equal(started.length, 2);
    const status = await new Promise((resolve, reject) => {
      request({ host: '127.0.0.1', port: services.port, path: '/status' }, (res) => {
        res.resume();
        resolve(res.statusCode);
      })
        .on('error', reject)
        .end();
    });
    assert.equal(status, 200);
    const commands = started.map((pid) => execFileSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' }).trim());
    assert.ok(commands.some((c) => c.includes('-nolisten tcp')), commands.join('\n'));
    assert.ok(commands.some((c) => c.includes('--host=127.0.0.1')), commands.join('\n'));
  } finally {
    await services.stop();
  }
  assert.deepEqual(started.filter(alive), []);
});

/** GET a raw path (no normalisation by a URL parser) and resolve with the status code (and, with `withLocation`, the redirect). */
function get(base, path, withLocation = false) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      res.resume();
      resolve(withLocation ? [res.statusCode, res.headers.location] : res.statusCode);
    });
    req.on('error', reject);
    req.end();
  });
}

test('the demo server listens on loopback only and serves the project files', async () => {
  const { server, url } = await serve({ root: '.' });
  try {
    assert.equal(server.address().address, '127.0.0.1');
    assert.equal(await get(url, '/demo/'), 200);
    assert.equal(await get(url, '/demo/index.html'), 200);
    assert.equal(await get(url, '/no/such/file.js'), 404);
    assert.equal(await get(url, '/%E0%A4%A'), 400);
    assert.notEqual(await get(url, '/../../../etc/passwd'), 200);
  } finally {
    server.close();
  }
});

test('the demo is reached from / and from /demo without its slash', async () => {
  const { server, url } = await serve({ root: '.', home: '/demo/' });
  try {
    assert.deepEqual(await get(url, '/', true), [302, '/demo/']);
    assert.deepEqual(await get(url, '/demo', true), [301, '/demo/']);
    // Any folder, also one that a build makes (this test runs before the build).
    assert.deepEqual(await get(url, '/data/sources', true), [301, '/data/sources/']);
    assert.equal(await get(url, '/demo/'), 200);
  } finally {
    server.close();
  }
});
