// Helpers for the tests of the iframe route (dist/frame.html, dist/frame-resize.js).
import { waitUntil } from '@open-wc/testing';
import { openPage, type OpenPage } from './pages.js';

export const FRAME_HEIGHT = 'mre-widgets:frame-height';

/** The tag of each widget the frame can show, by its name in the address. */
export const TAGS = {
  'region-map': 'mre-region-map',
  'theme-cards': 'mre-theme-cards',
  'municipality-list': 'mre-municipality-list',
  'agreement-timeline': 'mre-agreement-timeline',
} as const;

/** A frame page opened by {@link openFrame}: a page of the built files, recorded from its start. */
export type FramePage = OpenPage;

/**
 * Opens `dist/frame.html?<query>` in a visible frame of `width` × `height` CSS pixels, and
 * resolves once it has loaded. The test server serves the frame page's folder also under
 * `/dist/watched/`, where frame.html loads test/dist-pages/record.js before its own script (an
 * allowed script of the same origin under its policy): what the page's console and security
 * policy say is recorded from its start. Every other byte is the product's.
 */
export async function openFrame(query: string, { width = 800, height = 600 } = {}): Promise<FramePage> {
  const page = await openPage(`/dist/watched/frame.html?${query}`, { width, height });
  if (!page.log) throw new Error(`frame.html?${query} loaded without its recorder`);
  return page;
}

/** The widget's element in a frame page. */
export function widgetIn(doc: Document, name: keyof typeof TAGS): HTMLElement | null {
  return doc.querySelector<HTMLElement>(TAGS[name]);
}

/**
 * Waits until the frame page's widget has rendered (its shadow root has its base), or fails at
 * once when the page shows a message instead of the widget.
 */
export async function widgetRendered(doc: Document, name: keyof typeof TAGS): Promise<HTMLElement> {
  const rendered = () => widgetIn(doc, name)?.shadowRoot?.querySelector('.base');
  await waitUntil(() => rendered() || (frameMessage(doc) && !widgetIn(doc, name)), `${name} rendered in frame.html`, {
    timeout: 10_000,
  });
  if (!rendered()) throw new Error(`frame.html shows no ${name}, but: ${frameMessage(doc)}`);
  return widgetIn(doc, name)!;
}

/** The message a frame page shows about its address, white space folded; '' when none. */
export function frameMessage(doc: Document): string {
  return [...doc.querySelectorAll('.mre-frame-message')]
    .map((p) => p.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The height, in CSS pixels, of what a visitor sees in an iframe's page: its root element. */
export function contentHeight(iframe: HTMLIFrameElement): number {
  return iframe.contentDocument!.documentElement.getBoundingClientRect().height;
}

/** The height of the iframe's viewport, in CSS pixels. */
export function viewportHeight(iframe: HTMLIFrameElement): number {
  return iframe.contentDocument!.documentElement.clientHeight;
}

/** Whether the page in the iframe can be scrolled vertically. */
export function scrolls(iframe: HTMLIFrameElement): boolean {
  const root = iframe.contentDocument!.scrollingElement!;
  return root.scrollHeight > root.clientHeight + 1;
}

/** Whether the iframe's viewport is within `tolerance` (10 %) of its content's height. */
export function fits(iframe: HTMLIFrameElement, tolerance = 0.1): boolean {
  const content = contentHeight(iframe);
  return content > 0 && Math.abs(viewportHeight(iframe) - content) <= tolerance * content;
}
