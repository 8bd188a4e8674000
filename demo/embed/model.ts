import type { Lang } from '../../src/data/types.js';
import { FRAME_WIDGET_NAMES, FRAME_WIDGETS, type AttributeKind, type FrameWidgetName } from '../../src/frame/widgets.js';

/** The ways to put the widgets on a page. */
export const ROUTES = ['module', 'classic', 'standalone', 'iframe', 'iframe-resize'] as const;
export type Route = (typeof ROUTES)[number];
export const isFrameRoute = (route: Route): route is 'iframe' | 'iframe-resize' => route.startsWith('iframe');

/** The widths of the preview, in CSS pixels: a phone, a content column, the whole width there is. */
export const WIDTHS = { phone: 360, column: 560, full: undefined } as const;
export type WidthId = keyof typeof WIDTHS;

export type OptionValue = string | boolean;

/** Everything a webmaster chooses in the builder. */
export interface Choices {
  /** In the order of the widget table. */
  widgets: FrameWidgetName[];
  /** The site's own municipality (its slug), or `''`. */
  municipality: string;
  /** The widgets' `lang`, or `''`: they follow the page. */
  lang: '' | Lang;
  /** The address of a data file, or `''`: the built-in data. */
  src: string;
  route: Route;
  /** The address of the folder with the scripts, ending in `/`. */
  base: string;
  width: WidthId;
  /** Per widget, the values of its own attributes (not `src`, `municipality`, `lang`). */
  options: Record<FrameWidgetName, Record<string, OptionValue>>;
  /** Tokens set to something else than their default: name → value. */
  tokens: Record<string, string>;
}

/** The attributes every chosen widget shares, chosen once for all. */
export const SHARED = new Set(['src', 'municipality', 'lang']);

export function defaultChoices(base: string): Choices {
  return {
    widgets: [...FRAME_WIDGET_NAMES],
    municipality: '',
    lang: '',
    src: '',
    route: 'module',
    base,
    width: 'column',
    options: Object.fromEntries(FRAME_WIDGET_NAMES.map((name) => [name, {}])) as Choices['options'],
    tokens: {},
  };
}

/** One element as it goes on the page: the same in the snippet and in the preview. */
export interface ElementPlan {
  name: FrameWidgetName;
  tag: string;
  /** In the order the element documents them; `true` for an attribute that is on by its presence. */
  attributes: [name: string, value: string | true][];
}

const kindOf = (name: FrameWidgetName, attribute: string): AttributeKind =>
  (FRAME_WIDGETS[name].kinds as Record<string, AttributeKind>)[attribute];

/** Whether `basemap` is one of its named choices (not a tile URL of one's own). */
export const namedBasemap = (value: string): boolean =>
  (kindOf('region-map', 'basemap') as { choices: readonly string[] }).choices.includes(value);

/**
 * The value of one attribute, or `undefined` to leave it out: empty values and defaults are left
 * out, and so are attributes that only count with another (`basemap-variant` with
 * `basemap="pdok"`, `basemap-attribution` with a tile URL of one's own).
 */
function attributeValue(choices: Choices, name: FrameWidgetName, attribute: string): string | true | undefined {
  const kind = kindOf(name, attribute);
  const options = choices.options[name];
  const raw = kind.kind === 'url' ? choices.src : kind.kind === 'municipality' ? choices.municipality : kind.kind === 'lang' ? choices.lang : options[attribute];
  if (kind.kind === 'boolean') return raw === true ? true : undefined;
  const value = typeof raw === 'string' ? raw.trim() : '';
  if (!value) return undefined;
  if ((kind.kind === 'choice' || kind.kind === 'basemap' || kind.kind === 'integer') && value === String(kind.default)) return undefined;
  const basemap = typeof options.basemap === 'string' ? options.basemap.trim() : '';
  if (attribute === 'basemap-variant' && basemap !== 'pdok') return undefined;
  if (attribute === 'basemap-attribution' && (!basemap || namedBasemap(basemap))) return undefined;
  return value;
}

/** The elements of the chosen widgets, in the table's order, with their attributes. */
export function elementPlans(choices: Choices): ElementPlan[] {
  return FRAME_WIDGET_NAMES.filter((name) => choices.widgets.includes(name)).map((name) => {
    const widget = FRAME_WIDGETS[name];
    const attributes: ElementPlan['attributes'] = [];
    for (const attribute of widget.attributes) {
      const value = attributeValue(choices, name, attribute);
      if (value !== undefined) attributes.push([attribute, value]);
    }
    return { name, tag: widget.tag, attributes };
  });
}
