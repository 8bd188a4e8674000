import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import { argTypesFor, initialArgsFor } from './controls.js';
import { containerWidthArgType, renderWidget } from './render.js';

type Args = Record<string, unknown>;

const argTypes = argTypesFor('mre-theme-cards');

const meta: Meta<Args> = {
  title: 'Widgets/Theme cards',
  component: 'mre-theme-cards',
  argTypes: { ...argTypes, ...containerWidthArgType },
  args: initialArgsFor(argTypes),
  render: renderWidget('mre-theme-cards'),
};
export default meta;

type Story = StoryObj<Args>;

/** The four themes of the bundled data, in Dutch. */
export const Default: Story = {};

export const English: Story = { args: { lang: 'en' } };

/** `themes="energietransitie,mobiliteit"`: a subset, in that order. */
export const Subset: Story = { args: { themes: 'energietransitie,mobiliteit' } };

/** Unknown ids are named in a notice; the known themes still show. */
export const UnknownIds: Story = { args: { themes: 'economie,cultuur,mobiliteit' } };

/** `layout="list"`: one compact column with the icon beside the text, for a sidebar. */
export const ListLayout: Story = { args: { layout: 'list', containerWidth: '22em' } };

/** In a 280px box the cards stack, whatever the width of the window. */
export const NarrowContainer: Story = { args: { containerWidth: '280px' } };

/** On a page without a column, 1200px wide, the four cards sit side by side. */
export const WideContainer: Story = { args: { containerWidth: '1200px' }, globals: { width: 'full' } };

/** `heading-level="2"` for a page where the cards are the main sections. */
export const HeadingLevel2: Story = { args: { 'heading-level': 2 } };

/** A `src` that cannot be loaded: the bundled themes and a notice. */
export const RemoteSrcFailure: Story = { args: { src: '/does-not-exist/region.json' }, tags: ['failing-src'] };

/** The design tokens of a municipality's house style, set on an ancestor. */
export const CustomColours: Story = {
  args: {
    '--mre-color-primary': '#7a1f5c',
    '--mre-color-border': '#8a6d7e',
    '--mre-color-text': '#2b1a24',
    '--mre-radius': '0',
    '--mre-space': '1.25em',
    '--mre-font-family': 'Georgia, serif',
    '--mre-theme-cards-accent': '#b35900',
  },
};
