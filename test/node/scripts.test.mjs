// Tests of the project's own Node scripts: the browser finder and the demo server.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { test } from 'node:test';
import { serve } from '../../scripts/static-server.mjs';

const node = process.execPath;

test('find-chrome explains how to install a browser when CHROME_PATH points nowhere', () => {
  const run = spawnSync(node, ['scripts/find-chrome.mjs'], { env: { ...process.env, CHROME_PATH: '/nonexistent/chrome' }, encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /CHROME_PATH is set to \/nonexistent\/chrome, but there is no file there/);
});

test('find-chrome accepts CHROME_PATH when it exists', () => {
  const run = spawnSync(node, ['scripts/find-chrome.mjs'], { env: { ...process.env, CHROME_PATH: node }, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});

/** GET a raw path (no normalisation by a URL parser) and resolve with the status code. */
function get(base, path) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode);
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
