import type { FrameWidgetName } from '../../src/frame/widgets.js';
import { safeUrl } from '../../src/data/sanitize.js';
import type { Lang, Region } from '../../src/data/types.js';
import type { Markup, MarkupElement } from './markup.js';

/**
 * The region's own site, where the timeline's fallback sends visitors: the same address as the
 * frame page's message for visitors without JavaScript (src/frame/frame.html).
 */
export const REGION_SITE = 'https://metropoolregioeindhoven.nl/';

const words = {
  nl: {
    municipalities: (n: number, region: string) => `De ${n} gemeenten van de ${region}:`,
    timeline: (since: string) => `De samenwerking van de gemeenten in de regio sinds ${since}: zie `,
  },
  en: {
    municipalities: (n: number, region: string) => `The ${n} municipalities of the ${region}:`,
    timeline: (since: string) => `The cooperation of the municipalities in the region since ${since}: see `,
  },
};

/** A link, when the address is one a widget would link to; the text alone otherwise. */
function link(href: string | undefined, text: string): Markup {
  return href && safeUrl(href) ? { tag: 'a', attributes: [['href', href.trim()]], children: [text] } : text;
}

const list = (items: Markup[]): MarkupElement => ({ tag: 'ul', children: items.map((item) => ({ tag: 'li', children: [item] })) });

/**
 * The content for visitors without JavaScript, from the built-in data, in the widget's language:
 * - the list: the municipalities, each a link to its website;
 * - the map: the municipalities by name (a list of links already comes with the list widget);
 * - the cards: the themes the element shows (its `themes`, else all), each a link to its page;
 * - the timeline: one sentence with a link to the region's site. Not the items' titles: the
 *   timeline grows every year and a pasted list would go stale without anyone noticing, while
 *   the widget itself always shows its current data.
 *
 * With `slot`, it carries `slot="fallback"`, which the widget hides once it runs; without, it is
 * the content of a `<noscript>` (next to an iframe).
 */
export function fallbackFor(
  name: FrameWidgetName,
  attributes: ReadonlyMap<string, string | true>,
  region: Region,
  slot: boolean,
): MarkupElement {
  const value = attributes.get('lang');
  const lang: Lang = value === 'en' ? 'en' : 'nl';
  const w = words[lang];
  const text = (t: { nl: string; en?: string }) => (lang === 'en' && t.en) || t.nl;
  const regionName = region.region?.name ?? 'Metropoolregio Eindhoven';
  let content: MarkupElement;
  switch (name) {
    case 'municipality-list':
      content = list(region.municipalities.map((m) => link(m.website, m.name)));
      break;
    case 'region-map':
      content = {
        tag: 'div',
        children: [{ tag: 'p', children: [w.municipalities(region.municipalities.length, regionName)] }, list(region.municipalities.map((m) => m.name))],
      };
      break;
    case 'theme-cards': {
      const wanted = attributes.get('themes');
      const ids = typeof wanted === 'string' ? wanted.split(',').map((id) => id.trim().toLowerCase()).filter(Boolean) : [];
      const themes = ids.length ? ids.flatMap((id) => region.themes.filter((t) => t.id === id)) : region.themes;
      content = list((themes.length ? themes : region.themes).map((t) => link(t.url, text(t.title))));
      break;
    }
    case 'agreement-timeline': {
      const since = region.timeline.map((item) => item.start.slice(0, 4)).sort()[0] ?? '1993';
      content = { tag: 'p', children: [w.timeline(since), link(REGION_SITE, new URL(REGION_SITE).hostname), '.'] };
      break;
    }
  }
  return slot ? { ...content, attributes: [['slot', 'fallback'], ...(content.attributes ?? [])] } : content;
}
