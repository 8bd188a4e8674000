import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { argTypesFor, initialArgsFor } from './controls.js';
import { containerWidthArgType, renderWidget } from './render.js';

type Args = Record<string, unknown>;

const argTypes = argTypesFor('mre-municipality-list');

const meta: Meta<Args> = {
  title: 'Widgets/Municipality list',
  component: 'mre-municipality-list',
  argTypes: { ...argTypes, ...containerWidthArgType },
  args: initialArgsFor(argTypes),
  render: renderWidget('mre-municipality-list'),
};
export default meta;

type Story = StoryObj<Args>;

/** All 21 municipalities A–Z, with population, search and sort. */
export const Default: Story = {};

export const English: Story = { args: { lang: 'en' } };

/** `sort="population"`: the largest municipality first. */
export const SortedByPopulation: Story = { args: { sort: 'population' } };

/** `municipality="helmond"`: the site's own municipality is marked "U bent hier". */
export const CurrentMunicipality: Story = { args: { municipality: 'helmond' } };

/** A `municipality` that is not in the data: a notice, and the list as usual. */
export const UnknownMunicipality: Story = { args: { municipality: 'tilburg' } };

/** `compact`: names only, for a sidebar. */
export const Compact: Story = { args: { compact: true, municipality: 'eersel', containerWidth: '18em' } };

/** A `src` that cannot be loaded: the bundled municipalities and a notice. */
export const RemoteSrcFailure: Story = { args: { src: '/does-not-exist/region.json' }, tags: ['failing-src'] };

/** The design tokens of a municipality's house style, set on an ancestor. */
export const CustomColours: Story = {
  args: {
    municipality: 'veldhoven',
    '--mre-color-primary': '#00613d',
    '--mre-color-highlight': '#e3f4ea',
    '--mre-color-border': '#5e7a6b',
    '--mre-radius': '0.75em',
    '--mre-font-family': 'Verdana, sans-serif',
  },
};

/**
 * A list, a map and a compact list on one page: "show on map" in the list marks the municipality
 * on the map and in the other list, and a click on the map marks it in both lists. The buttons
 * appear only while a map is on the page. Shown at full width.
 */
export const SyncedWithMap: Story = {
  globals: { width: 'full' },
  render: () => html`<div style="display: grid; grid-template-columns: 1fr 2fr 1fr; gap: 2em; align-items: start">
    <mre-municipality-list></mre-municipality-list>
    <mre-region-map height="24em"></mre-region-map>
    <mre-municipality-list compact lang="en"></mre-municipality-list>
  </div>`,
};
