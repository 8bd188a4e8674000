import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import { argTypesFor, initialArgsFor } from './controls.js';
import { containerWidthArgType, renderWidget } from './render.js';

type Args = Record<string, unknown>;

const argTypes = argTypesFor('mre-agreement-timeline');

const meta: Meta<Args> = {
  title: 'Widgets/Agreement timeline',
  component: 'mre-agreement-timeline',
  argTypes: { ...argTypes, ...containerWidthArgType },
  // A fixed date, so that the "nu" mark does not move with the calendar.
  args: { ...initialArgsFor(argTypes), today: '2024-05-01' },
  render: renderWidget('mre-agreement-timeline'),
};
export default meta;

type Story = StoryObj<Args>;

/** Oldest first; on 1 May 2024 the cooperation agreement 2023–2026 is marked "nu". */
export const Default: Story = {};

export const English: Story = { args: { lang: 'en' } };

/** Without `today`, the visitor's own date decides what is current. */
export const RealToday: Story = { args: { today: undefined } };

/** `today="2010-01-01"`: the SRE and the plus region were current then. */
export const FixedToday2010: Story = { args: { today: '2010-01-01' } };

/** `order="desc"`: newest first. */
export const NewestFirst: Story = { args: { order: 'desc' } };

/** `theme="energietransitie"`: only the items related to the energy transition. */
export const FilteredByTheme: Story = { args: { theme: 'energietransitie' } };

/** `from="2015" to="2018"`: the items that overlap those years. */
export const FromTo: Story = { args: { from: '2015', to: '2018' } };

/** An unknown theme is reported in a notice; every item is shown. */
export const UnknownTheme: Story = { args: { theme: 'cultuur' } };

/** `from` after `to`: reported in a notice and ignored. */
export const InvalidRange: Story = { args: { from: '2020', to: '2010' } };

/** A `src` that cannot be loaded: the bundled timeline and a notice. */
export const RemoteSrcFailure: Story = { args: { src: '/does-not-exist/region.json' }, tags: ['failing-src'] };

/** The design tokens of a municipality's house style, set on an ancestor. */
export const CustomColours: Story = {
  args: {
    '--mre-color-primary': '#7a1f5c',
    '--mre-color-highlight': '#f6e6ef',
    '--mre-agreement-timeline-line': '#7a1f5c',
    '--mre-font-family': 'Georgia, serif',
    '--mre-space': '1.25em',
  },
};
