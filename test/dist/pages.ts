import { waitUntil } from '@open-wc/testing';

/** What a bundle test page recorded (test/dist-pages/record.js). */
export interface PageLog {
  errors: string[];
  consoleErrors: string[];
  warnings: string[];
  violations: string[];
}

export interface OpenPage {
  frame: HTMLIFrameElement;
  win: Window & { __mreLog: PageLog };
  doc: Document;
  log: PageLog;
  close(): void;
}

/**
 * Opens a page that uses the built scripts (`npm run build` first) in a visible frame of
 * `width` × `height` CSS pixels, and resolves once it has loaded.
 */
export async function openPage(path: string, { width = 1000, height = 900 } = {}): Promise<OpenPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as OpenPage['win'];
  return { frame, win, doc: frame.contentDocument!, log: win.__mreLog, close: () => frame.remove() };
}

/** The elements with a tag in the page. */
export function widgets(page: OpenPage, tag: string): HTMLElement[] {
  return [...page.doc.querySelectorAll<HTMLElement>(tag)];
}

/** Waits until the page's map has drawn its municipalities. */
export async function mapDrawn(page: OpenPage, count = 21): Promise<void> {
  await waitUntil(
    () => (page.doc.querySelector('mre-region-map')?.shadowRoot?.querySelectorAll('path.leaflet-interactive').length ?? 0) === count,
    `the map in ${page.frame.src} drew ${count} municipalities`,
    { timeout: 10_000 },
  );
}

/** The URLs of the scripts and files the page requested. */
export function requested(page: OpenPage): string[] {
  return page.win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
}

/** The text of an element's shadow root (or of the element itself), white space folded. */
export function textOf(el: Element): string {
  return ((el.shadowRoot ?? el).textContent ?? '').replace(/\s+/g, ' ').trim();
}
