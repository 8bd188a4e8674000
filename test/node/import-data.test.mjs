// Tests of the data import: the bundled dataset is what data/sources says, and nothing more.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

const node = process.execPath;
const json = async (path) => JSON.parse(await readFile(new URL(`../../${path}`, import.meta.url), 'utf8'));

test('the bundled dataset is up to date with data/sources (import --check passes)', () => {
  const run = spawnSync(node, ['scripts/import-data.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr, '');
});

test('each theme\'s "read more" link is its own page (more_url); its sources stay apart', async () => {
  const sources = await json('data/sources/mre-content.json');
  const bundled = await json('src/data/default/region-content.json');
  const byId = new Map(sources.themes.map((t) => [t.id, t]));
  assert.equal(bundled.themes.length, 4);
  for (const theme of bundled.themes) {
    const sourced = byId.get(theme.id);
    assert.equal(theme.url, sourced.more_url, theme.id);
    assert.deepEqual(theme.source_urls, sourced.source_urls, theme.id);
  }
  assert.equal(new Set(bundled.themes.map((t) => t.url)).size, 4);
});

test('the timeline keeps the sources of data/sources, in their order (primary first)', async () => {
  const sources = await json('data/sources/mre-content.json');
  const bundled = await json('src/data/default/region-content.json');
  assert.deepEqual(
    bundled.timeline.map((t) => [t.id, t.source_urls]),
    sources.timeline.map((t) => [t.id, t.source_urls]),
  );
});
