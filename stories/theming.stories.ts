import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/index.js';
import { argTypesFor, CATEGORY, initialArgsFor } from './controls.js';

type Args = Record<string, unknown>;

// The custom properties of the map and the cards, each once: the global tokens and their own.
const argTypes = Object.fromEntries(
  ['mre-region-map', 'mre-theme-cards'].flatMap((tag) =>
    Object.entries(argTypesFor(tag)).filter(([, argType]) => argType.table?.category === CATEGORY.tokens),
  ),
);

const meta: Meta<Args> = {
  title: 'Guides/Theming',
  argTypes,
  args: initialArgsFor(argTypes),
  render: (args) => {
    const style = Object.fromEntries(
      Object.keys(argTypes)
        .filter((name) => typeof args[name] === 'string' && args[name] !== '')
        .map((name) => [name, args[name] as string]),
    );
    return html`<div class="mre-story" style=${styleMap(style)}>
      <mre-theme-cards themes="energietransitie,mobiliteit" heading-level="3"></mre-theme-cards>
      <mre-region-map municipality="helmond" height="22em"></mre-region-map>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The widgets as they come: the tokens' defaults. */
export const Defaults: Story = {};

/**
 * A municipality's house style in six tokens, set on an ancestor of the widgets: its colour for
 * links and accents, a lighter one for "you are here", its font, square corners, more space.
 */
export const HouseStyle: Story = {
  args: {
    '--mre-color-primary': '#7a1f5c',
    '--mre-color-highlight': '#f6e6ef',
    '--mre-map-current': '#d9a3c4',
    '--mre-theme-cards-accent': '#b35900',
    '--mre-font-family': 'Georgia, "Times New Roman", serif',
    '--mre-radius': '0',
  },
};
