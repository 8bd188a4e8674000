import type { MunicipalitySort } from '../components/municipality-list/municipality-list.js';
import { PDOK_VARIANTS } from '../components/region-map/basemap.js';
import type { ThemeCardsLayout } from '../components/theme-cards/theme-cards.js';
import type { TimelineOrder } from '../components/agreement-timeline/agreement-timeline.js';
import type { Lang } from '../data/types.js';

/**
 * What a widget's attribute takes, for the pages that write or read them (frame.html's address,
 * the embed-code builder's controls):
 * - `url`: an address (`src`); `text`: any text; `length`: a CSS length or a number of pixels;
 * - `municipality`: a municipality of the region (name, slug or CBS code); `lang`: `nl` or `en`;
 * - `theme`: one theme id of the data; `themes`: theme ids, comma-separated, in that order;
 * - `year`: four digits; `day`: `YYYY-MM-DD`;
 * - `boolean`: on when present;
 * - `choice`: one of `choices`, `default` when absent; `basemap`: one of `choices` or a tile URL
 *   template; `integer`: a whole number from `min` to `max`, `default` when absent.
 */
export type AttributeKind =
  | { readonly kind: 'url' | 'text' | 'length' | 'municipality' | 'lang' | 'theme' | 'themes' | 'year' | 'day' | 'boolean' }
  | { readonly kind: 'choice' | 'basemap'; readonly choices: readonly string[]; readonly default: string }
  | { readonly kind: 'integer'; readonly min: number; readonly max: number; readonly default: number };

/**
 * What the iframe route (`frame.html?widget=…`) can show, and what the embed-code builder offers:
 * each widget by the name a webmaster writes (its tag without `mre-`), with the attributes its
 * element documents and what each takes. The attributes are the ones in custom-elements.json, in
 * the same order; test/dist/frame.test.ts compares the two, so a new attribute on an element
 * fails that test until it is listed here.
 */
export interface FrameWidget {
  /** The element's tag. */
  readonly tag: string;
  /** Every attribute the element documents. */
  readonly attributes: readonly string[];
  /** The attributes among them that are on by their presence. */
  readonly booleans: readonly string[];
  /** What each attribute takes. */
  readonly kinds: Readonly<Record<string, AttributeKind>>;
  /** The frame page's title, which names what it shows. */
  readonly title: Readonly<Record<Lang, string>>;
}

/** Every value of the union `U`, checked by the compiler: a value missing from the list is an error. */
const every =
  <U extends string>() =>
  <const T extends readonly U[]>(list: T & ([Exclude<U, T[number]>] extends [never] ? unknown : { missing: Exclude<U, T[number]> })): T =>
    list;

const url = { kind: 'url' } as const;
const text = { kind: 'text' } as const;
const municipality = { kind: 'municipality' } as const;
const lang = { kind: 'lang' } as const;
const boolean = { kind: 'boolean' } as const;

function widget<const K extends Record<string, AttributeKind>>(tag: string, title: Record<Lang, string>, kinds: K) {
  const attributes = Object.keys(kinds) as (keyof K & string)[];
  return { tag, title, kinds, attributes, booleans: attributes.filter((name) => kinds[name].kind === 'boolean') };
}

export const FRAME_WIDGETS = {
  'region-map': widget(
    'mre-region-map',
    {
      nl: 'Kaart van de gemeenten in de Metropoolregio Eindhoven',
      en: 'Map of the municipalities in the Metropoolregio Eindhoven',
    },
    {
      src: url,
      municipality,
      lang,
      basemap: { kind: 'basemap', choices: ['none', 'pdok', 'osm'], default: 'none' },
      'basemap-variant': { kind: 'choice', choices: PDOK_VARIANTS, default: PDOK_VARIANTS[0] },
      'basemap-attribution': text,
      'no-zoom': boolean,
      height: { kind: 'length' },
    },
  ),
  'theme-cards': widget(
    'mre-theme-cards',
    {
      nl: "Thema's van de Metropoolregio Eindhoven",
      en: 'Themes of the Metropoolregio Eindhoven',
    },
    {
      src: url,
      lang,
      themes: { kind: 'themes' },
      layout: { kind: 'choice', choices: every<ThemeCardsLayout>()(['grid', 'list']), default: 'grid' },
      'heading-level': { kind: 'integer', min: 2, max: 6, default: 3 },
    },
  ),
  'municipality-list': widget(
    'mre-municipality-list',
    {
      nl: 'Gemeenten in de Metropoolregio Eindhoven',
      en: 'Municipalities in the Metropoolregio Eindhoven',
    },
    {
      src: url,
      municipality,
      lang,
      sort: {
        kind: 'choice',
        choices: every<MunicipalitySort>()(['name', 'name-desc', 'population', 'population-asc']),
        default: 'name',
      },
      compact: boolean,
    },
  ),
  'agreement-timeline': widget(
    'mre-agreement-timeline',
    {
      nl: 'Tijdlijn van de samenwerking in de Metropoolregio Eindhoven',
      en: 'Timeline of the cooperation in the Metropoolregio Eindhoven',
    },
    {
      src: url,
      lang,
      theme: { kind: 'theme' },
      from: { kind: 'year' },
      to: { kind: 'year' },
      order: { kind: 'choice', choices: every<TimelineOrder>()(['asc', 'desc']), default: 'asc' },
      today: { kind: 'day' },
    },
  ),
} as const satisfies Record<string, FrameWidget>;

export type FrameWidgetName = keyof typeof FRAME_WIDGETS;

export const FRAME_WIDGET_NAMES = Object.keys(FRAME_WIDGETS) as FrameWidgetName[];
