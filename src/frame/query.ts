import type { Lang } from '../data/types.js';
import { normalizeLang } from '../internal/lang.js';
import { FRAME_WIDGETS, type FrameWidgetName } from './widgets.js';

/** What is wrong with a frame address, for the message on the page. */
export type FrameProblem =
  | { kind: 'no-widget' }
  | { kind: 'unknown-widget'; value: string }
  | { kind: 'unknown-parameters'; widget: FrameWidgetName; names: readonly string[] };

/** What a frame page shows, read from its address. */
export interface FramePlan {
  /** The language of the page and of its own text: `lang`, else Dutch. */
  lang: Lang;
  /** The widget to show; missing when `widget` is missing or unknown. */
  widget?: FrameWidgetName;
  /** The attributes to set on the widget's element, in the order of the address. */
  attributes: [name: string, value: string][];
  problems: FrameProblem[];
  /** Parameters given more than once: the first one counts. */
  repeated: string[];
}

/** Names and values longer than this are cut in the message (an address can be long). */
const SHOWN_LENGTH = 60;

function shown(text: string): string {
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}…` : text;
}

/** `region-map`, `mre-region-map`, ` Region-Map ` → `region-map`; anything else is unknown. */
function widgetName(value: string): FrameWidgetName | undefined {
  const name = value.trim().toLowerCase().replace(/^mre-/, '');
  return Object.hasOwn(FRAME_WIDGETS, name) ? (name as FrameWidgetName) : undefined;
}

/**
 * Reads a frame address's query (`?widget=region-map&municipality=helmond&no-zoom`). Parameter
 * names ignore case, as attribute names do. Only attributes the widget documents are set; a
 * boolean attribute is on when present (`compact`, `compact=`, `compact=true`) unless its value
 * is `false`. Never throws.
 */
export function planFrame(search: string): FramePlan {
  const params: [string, string][] = [];
  const repeated = new Set<string>();
  const seen = new Set<string>();
  for (const [rawName, value] of new URLSearchParams(search)) {
    const name = rawName.trim().toLowerCase();
    if (!name) continue;
    if (seen.has(name)) {
      repeated.add(shown(name));
      continue;
    }
    seen.add(name);
    params.push([name, value]);
  }
  const given = new Map(params);
  const lang = normalizeLang(given.get('lang'));
  const plan: FramePlan = { lang, attributes: [], problems: [], repeated: [...repeated] };

  const requested = given.get('widget');
  if (requested === undefined || !requested.trim()) {
    plan.problems.push({ kind: 'no-widget' });
    return plan;
  }
  const widget = widgetName(requested);
  if (!widget) {
    plan.problems.push({ kind: 'unknown-widget', value: shown(requested.trim()) });
    return plan;
  }
  plan.widget = widget;

  const { attributes, booleans } = FRAME_WIDGETS[widget];
  const unknown: string[] = [];
  for (const [name, value] of params) {
    if (name === 'widget') continue;
    if (!(attributes as readonly string[]).includes(name)) {
      unknown.push(shown(name));
    } else if (!(booleans as readonly string[]).includes(name)) {
      plan.attributes.push([name, value]);
    } else if (value.trim().toLowerCase() !== 'false') {
      plan.attributes.push([name, '']);
    }
  }
  if (unknown.length) plan.problems.push({ kind: 'unknown-parameters', widget, names: unknown });
  return plan;
}
