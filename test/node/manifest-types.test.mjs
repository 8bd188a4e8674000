// What Storybook's controls and docs read from custom-elements.json: types written out, so that
// an enumeration is recognisable as one, and a default for every custom property.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

let elements;

before(async () => {
  const manifest = await cli({ argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], noWrite: true });
  elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.kind === 'class' && d.tagName);
});

const attribute = (tag, name) => elements.find((e) => e.tagName === tag).attributes.find((a) => a.name === name);

test('an attribute typed with a union of literals shows the literals, not the name of the type', () => {
  assert.equal(attribute('mre-agreement-timeline', 'order').type.text, "'asc' | 'desc'");
  assert.equal(attribute('mre-theme-cards', 'layout').type.text, "'grid' | 'list'");
  assert.equal(attribute('mre-municipality-list', 'sort').type.text, "'name' | 'name-desc' | 'population' | 'population-asc'");
  // Other types stay as written.
  assert.equal(attribute('mre-region-map', 'height').type.text, 'string | undefined');
  assert.equal(attribute('mre-theme-cards', 'heading-level').type.text, 'number');
});

test('every custom property has its default, also a global token an element describes in its own words', () => {
  for (const element of elements) {
    for (const property of element.cssProperties) {
      if (property.name === '--mre-font-family') {
        assert.equal(property.default, undefined, 'the font is inherited from the page');
        continue;
      }
      assert.ok(property.default, `${element.tagName} ${property.name} has no default`);
    }
    assert.equal(element.cssProperties.find((p) => p.name === '--mre-color-primary').default, '#00529c', element.tagName);
  }
  const map = elements.find((e) => e.tagName === 'mre-region-map');
  const defaults = Object.fromEntries(map.cssProperties.map((p) => [p.name, p.default]));
  assert.equal(defaults['--mre-map-height'], '28em');
  assert.equal(defaults['--mre-map-selected'], 'var(--mre-color-primary)');
});
