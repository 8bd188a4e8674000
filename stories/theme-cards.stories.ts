import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';

interface ThemeCardsArgs {
  lang?: string;
  themes?: string;
  layout?: 'grid' | 'list';
  'heading-level'?: number;
  src?: string;
  /** Width of the box around the element; the cards lay out by it. */
  containerWidth?: string;
  /** Extra CSS on the box around the element, e.g. design tokens. */
  containerStyle?: string;
}

const meta: Meta<ThemeCardsArgs> = {
  title: 'Widgets/Theme cards',
  component: 'mre-theme-cards',
  args: { containerWidth: '100%', containerStyle: '' },
  argTypes: {
    containerWidth: { control: 'text', description: 'Width of the container (the cards follow the container, not the window).' },
    containerStyle: { control: 'text', description: 'CSS on the container, e.g. `--mre-color-primary: #7a1f5c`.' },
  },
  render: (args) => html`<div style="max-width: ${args.containerWidth ?? '100%'}; ${args.containerStyle ?? ''}">
    <mre-theme-cards
      lang=${ifDefined(args.lang)}
      themes=${ifDefined(args.themes)}
      layout=${ifDefined(args.layout)}
      heading-level=${ifDefined(args['heading-level'])}
      src=${ifDefined(args.src)}
    ></mre-theme-cards>
  </div>`,
};
export default meta;

type Story = StoryObj<ThemeCardsArgs>;

/** The four themes of the bundled data, in Dutch. */
export const Default: Story = {};

export const English: Story = { args: { lang: 'en' } };

/** `themes="energietransitie,mobiliteit"`: a subset, in that order. */
export const Subset: Story = { args: { themes: 'energietransitie,mobiliteit' } };

/** Unknown ids are named in a notice; the known themes still show. */
export const UnknownIds: Story = { args: { themes: 'economie,cultuur,mobiliteit' } };

/** `layout="list"`: one compact column with the icon beside the text, for a sidebar. */
export const ListLayout: Story = { args: { layout: 'list', containerWidth: '22em' } };

/** In a 280px container the cards stack, whatever the width of the window. */
export const NarrowContainer: Story = { args: { containerWidth: '280px' } };

/** In a 1200px container the four cards sit side by side. */
export const WideContainer: Story = { args: { containerWidth: '1200px' } };

/** `heading-level="2"` for a page where the cards are the main sections. */
export const HeadingLevel2: Story = { args: { 'heading-level': 2 } };

/** A `src` that cannot be loaded: the bundled themes and a notice. */
export const RemoteSrcFailure: Story = { args: { src: '/does-not-exist/region.json' } };

/** The design tokens of a municipality's house style, set on an ancestor. */
export const CustomColours: Story = {
  args: {
    containerStyle:
      '--mre-color-primary: #7a1f5c; --mre-color-border: #8a6d7e; --mre-color-text: #2b1a24; --mre-radius: 0; --mre-space: 1.25em; --mre-font-family: Georgia, serif; --mre-theme-cards-accent: #b35900',
  },
};
