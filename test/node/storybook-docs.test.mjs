// The Embedding page of Storybook shows the README's snippets, shortened at most: what a
// webmaster copies from Storybook is what the README says, word for word.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const fences = (text) => [...text.matchAll(/^```[a-z]*\n([\s\S]*?)^```$/gm)].map(([, body]) => body.trimEnd());

test('every snippet on the Embedding page is, whole or in part, a snippet of the README', () => {
  const readme = fences(readFileSync('README.md', 'utf8'));
  const page = fences(readFileSync('stories/embedding.mdx', 'utf8'));
  assert.ok(page.length >= 6, `only ${page.length} snippets on the Embedding page`);
  for (const snippet of page) {
    assert.ok(
      readme.some((block) => block.includes(snippet)),
      `This snippet of stories/embedding.mdx is not in README.md:\n${snippet}`,
    );
  }
});
