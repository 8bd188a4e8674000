import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';

interface RegionMapArgs {
  municipality?: string;
  lang?: string;
  src?: string;
  basemap?: string;
  'basemap-variant'?: string;
  'basemap-attribution'?: string;
  'no-zoom'?: boolean;
  height?: string;
  /** Width of the box around the element. */
  containerWidth?: string;
  /** Extra CSS on the box around the element, e.g. design tokens. */
  containerStyle?: string;
}

const map = (args: RegionMapArgs) => html`<mre-region-map
  municipality=${ifDefined(args.municipality)}
  lang=${ifDefined(args.lang)}
  src=${ifDefined(args.src)}
  basemap=${ifDefined(args.basemap)}
  basemap-variant=${ifDefined(args['basemap-variant'])}
  basemap-attribution=${ifDefined(args['basemap-attribution'])}
  ?no-zoom=${args['no-zoom'] ?? false}
  height=${ifDefined(args.height)}
></mre-region-map>`;

const meta: Meta<RegionMapArgs> = {
  title: 'Widgets/Region map',
  component: 'mre-region-map',
  // No basemap by default: the stories ask no server but Storybook's own for anything.
  args: { basemap: 'none', containerWidth: '48em', containerStyle: '' },
  argTypes: {
    basemap: { control: 'text', description: '`none`, `pdok`, `osm` or an https tile template. Anything but `none` needs network.' },
    'basemap-variant': { control: 'inline-radio', options: ['standaard', 'grijs', 'pastel'] },
    containerWidth: { control: 'text', description: 'Width of the container.' },
    containerStyle: { control: 'text', description: 'CSS on the container, e.g. `--mre-map-current: #f6a800`.' },
  },
  render: (args) => html`<div style="max-width: ${args.containerWidth ?? '100%'}; ${args.containerStyle ?? ''}">${map(args)}</div>`,
};
export default meta;

type Story = StoryObj<RegionMapArgs>;

/** The 21 municipalities, boundaries only: no request to any other server. */
export const Default: Story = {};

/** `municipality="helmond"`: filled in its colour and named on the map; "U bent hier" in the legend, tooltip, popup and list. */
export const CurrentMunicipality: Story = { args: { municipality: 'helmond' } };

/** The CBS code works as well as the slug. */
export const CurrentByCode: Story = { args: { municipality: 'GM0858' } };

export const English: Story = { args: { lang: 'en', municipality: 'eindhoven' } };

/** An unknown municipality: a visible notice, and the map is shown anyway. */
export const UnknownMunicipality: Story = { args: { municipality: 'atlantis' } };

/** Created in a closed `<details>`: open it, and the map draws at full size, fitted to the region. */
export const HiddenThenShown: Story = {
  render: (args) => html`<details style="max-width: ${args.containerWidth ?? '100%'}">
    <summary>Toon de kaart</summary>
    ${map(args)}
  </details>`,
};

/**
 * A phone, 360 px wide: the map as tall as the region, the buttons in a row under it, and a
 * municipality's details in a panel under it. One finger scrolls the page; two move the map.
 */
export const Phone: Story = { args: { municipality: 'helmond', containerWidth: '360px' } };

/** Text at 200 %, on a desktop: names, tooltips and popups keep clear of the buttons. */
export const LargeText: Story = { args: { municipality: 'helmond', containerWidth: '80em', containerStyle: 'font-size: 200%' } };

/** `no-zoom`: no zoom buttons, no zooming or panning. The keyboard and popups still work. */
export const NoZoom: Story = { args: { 'no-zoom': true } };

/** `height="20em"` and the colour tokens. */
export const CustomHeightAndColours: Story = {
  args: {
    height: '20em',
    municipality: 'veldhoven',
    containerStyle:
      '--mre-map-fill: #e6f2e6; --mre-map-outline: #1d5c2e; --mre-map-highlight: #9fd3a8; --mre-map-current: #f6a800; --mre-map-background: #fbfbf7; --mre-color-primary: #1d5c2e;',
  },
};

/** A `src` that does not exist: the bundled data is shown, with a notice. */
export const RemoteSourceFailure: Story = { args: { src: '/does-not-exist/region.json' } };

/** Invalid settings: an http tile URL on another host and a height that is not a length. Both are refused with a notice. */
export const InvalidSettings: Story = { args: { basemap: 'http://tiles.invalid/{z}/{x}/{y}.png', height: 'tall' } };

/**
 * NEEDS NETWORK: the PDOK BRT-Achtergrondkaart (grijs) under the boundaries. Tiles come from
 * service.pdok.nl; without network the map shows a notice and the boundaries only.
 */
export const PdokBasemapNeedsNetwork: Story = {
  name: 'PDOK basemap (needs network)',
  args: { basemap: 'pdok', 'basemap-variant': 'grijs', municipality: 'helmond' },
};
