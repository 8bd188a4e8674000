import type { Lang } from '../data/types.js';

/**
 * What the iframe route (`frame.html?widget=…`) can show: each widget by the name a webmaster
 * writes (its tag without `mre-`), with the attributes its element documents. The attributes are
 * the ones in custom-elements.json, in the same order; test/dist/frame.test.ts compares the two,
 * so a new attribute on an element fails that test until it is listed here.
 */
export interface FrameWidget {
  /** The element's tag. */
  readonly tag: string;
  /** Every attribute the element documents. */
  readonly attributes: readonly string[];
  /** The attributes among them that are on by their presence. */
  readonly booleans: readonly string[];
  /** The frame page's title, which names what it shows. */
  readonly title: Readonly<Record<Lang, string>>;
}

export const FRAME_WIDGETS = {
  'region-map': {
    tag: 'mre-region-map',
    attributes: ['src', 'municipality', 'lang', 'basemap', 'basemap-variant', 'basemap-attribution', 'no-zoom', 'height'],
    booleans: ['no-zoom'],
    title: {
      nl: 'Kaart van de gemeenten in de Metropoolregio Eindhoven',
      en: 'Map of the municipalities in the Metropoolregio Eindhoven',
    },
  },
  'theme-cards': {
    tag: 'mre-theme-cards',
    attributes: ['src', 'lang', 'themes', 'layout', 'heading-level'],
    booleans: [],
    title: {
      nl: "Thema's van de Metropoolregio Eindhoven",
      en: 'Themes of the Metropoolregio Eindhoven',
    },
  },
  'municipality-list': {
    tag: 'mre-municipality-list',
    attributes: ['src', 'municipality', 'lang', 'sort', 'compact'],
    booleans: ['compact'],
    title: {
      nl: 'Gemeenten in de Metropoolregio Eindhoven',
      en: 'Municipalities in the Metropoolregio Eindhoven',
    },
  },
  'agreement-timeline': {
    tag: 'mre-agreement-timeline',
    attributes: ['src', 'lang', 'theme', 'from', 'to', 'order', 'today'],
    booleans: [],
    title: {
      nl: 'Tijdlijn van de samenwerking in de Metropoolregio Eindhoven',
      en: 'Timeline of the cooperation in the Metropoolregio Eindhoven',
    },
  },
} as const satisfies Record<string, FrameWidget>;

export type FrameWidgetName = keyof typeof FRAME_WIDGETS;

export const FRAME_WIDGET_NAMES = Object.keys(FRAME_WIDGETS) as FrameWidgetName[];
