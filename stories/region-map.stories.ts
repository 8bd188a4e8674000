import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { argTypesFor, initialArgsFor } from './controls.js';
import { containerWidthArgType, renderWidget } from './render.js';

type Args = Record<string, unknown>;

const map = renderWidget('mre-region-map');

const argTypes = argTypesFor('mre-region-map');

const meta: Meta<Args> = {
  title: 'Widgets/Region map',
  component: 'mre-region-map',
  argTypes: { ...argTypes, ...containerWidthArgType },
  // No basemap (the default): the stories ask no server but Storybook's own for anything.
  args: initialArgsFor(argTypes),
  render: map,
};
export default meta;

type Story = StoryObj<Args>;

/** The 21 municipalities, boundaries only: no request to any other server. */
export const Default: Story = {};

/** `municipality="helmond"`: marked in colour, and "U bent hier" on the map, in the tooltip, popup and list. */
export const CurrentMunicipality: Story = { args: { municipality: 'helmond' } };

/** The CBS code works as well as the slug. */
export const CurrentByCode: Story = { args: { municipality: 'GM0858' } };

export const English: Story = { args: { lang: 'en', municipality: 'eindhoven' } };

/** An unknown municipality: a visible notice, and the map is shown anyway. */
export const UnknownMunicipality: Story = { args: { municipality: 'atlantis' } };

/** Created in a closed `<details>`: open it, and the map draws at full size, fitted to the region. */
export const HiddenThenShown: Story = {
  render: (args) => html`<details>
    <summary>Toon de kaart</summary>
    ${map(args)}
  </details>`,
};

/** `no-zoom`: no zoom buttons, no zooming or panning. The keyboard and popups still work. */
export const NoZoom: Story = { args: { 'no-zoom': true } };

/** `height="20em"` and the colour tokens of a municipality's house style. */
export const CustomHeightAndColours: Story = {
  args: {
    height: '20em',
    municipality: 'veldhoven',
    '--mre-map-fill': '#e6f2e6',
    '--mre-map-outline': '#1d5c2e',
    '--mre-map-highlight': '#9fd3a8',
    '--mre-map-current': '#f6a800',
    '--mre-map-background': '#fbfbf7',
    '--mre-color-primary': '#1d5c2e',
  },
};

/** A `src` that does not exist: the bundled data is shown, with a notice. */
export const RemoteSourceFailure: Story = { args: { src: '/does-not-exist/region.json' }, tags: ['failing-src'] };

/** Invalid settings: an http tile URL on another host and a height that is not a length. Both are refused with a notice. */
export const InvalidSettings: Story = { args: { basemap: 'http://tiles.invalid/{z}/{x}/{y}.png', height: 'tall' } };

/**
 * NEEDS NETWORK: the PDOK BRT-Achtergrondkaart (grijs) under the boundaries. Tiles come from
 * service.pdok.nl; without network the map shows a notice and the boundaries only.
 */
export const PdokBasemapNeedsNetwork: Story = {
  name: 'PDOK basemap (needs network)',
  tags: ['needs-network'],
  args: { basemap: 'pdok', 'basemap-variant': 'grijs', municipality: 'helmond' },
};
