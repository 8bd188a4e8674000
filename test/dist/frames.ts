// Helpers for the tests of the iframe route (dist/frame.html, dist/frame-resize.js).
import { waitUntil } from '@open-wc/testing';
import type { PageLog } from './pages.js';

export const FRAME_HEIGHT = 'mre-widgets:frame-height';

/** The tag of each widget the frame can show, by its name in the address. */
export const TAGS = {
  'region-map': 'mre-region-map',
  'theme-cards': 'mre-theme-cards',
  'municipality-list': 'mre-municipality-list',
  'agreement-timeline': 'mre-agreement-timeline',
} as const;

export interface FramePage {
  frame: HTMLIFrameElement;
  win: Window;
  doc: Document;
  /** What the frame page's console and security policy said, from before its script ran. */
  log: PageLog;
  close(): void;
}

/** The next turn of the event loop, sooner than a timer. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
}

/**
 * Records errors, console errors and warnings and policy violations of the page in `frame`, from
 * the moment its document exists and before its (deferred, module) script runs: frame.html is
 * the product and has no test hook of its own. Resolves false when the page's script had already
 * run (its title is set by then), so the caller can try again.
 */
async function watchFromStart(frame: HTMLIFrameElement, log: PageLog, loaded: Promise<unknown>): Promise<boolean> {
  let done = false;
  void loaded.then(() => (done = true));
  while (!done) {
    const doc = frame.contentDocument;
    if (doc && doc.URL.includes('/frame.html')) {
      if (doc.title !== '' && doc.title !== 'Metropoolregio Eindhoven') return false;
      const win = frame.contentWindow as Window & typeof globalThis;
      win.addEventListener('error', (event) => log.errors.push(String(event.message)));
      win.addEventListener('unhandledrejection', (event) => log.errors.push(String(event.reason?.message ?? event.reason)));
      doc.addEventListener('securitypolicyviolation', (event) =>
        log.violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample || ''}`),
      );
      const { error, warn } = win.console;
      win.console.error = (...args: unknown[]) => {
        log.consoleErrors.push(args.map(String).join(' '));
        error.apply(win.console, args);
      };
      win.console.warn = (...args: unknown[]) => {
        log.warnings.push(args.map(String).join(' '));
        warn.apply(win.console, args);
      };
      return true;
    }
    await nextTask();
  }
  return false;
}

/**
 * Opens `dist/frame.html?<query>` in a visible frame of `width` × `height` CSS pixels, watched
 * from its start (see {@link watchFromStart}), and resolves once it has loaded.
 */
export async function openFrame(query: string, { width = 800, height = 600 } = {}): Promise<FramePage> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const frame = document.createElement('iframe');
    frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const log: PageLog = { errors: [], consoleErrors: [], warnings: [], violations: [] };
    frame.src = `/dist/frame.html?${query}`;
    document.body.append(frame);
    const watched = await watchFromStart(frame, log, loaded);
    await loaded;
    if (watched) {
      return { frame, win: frame.contentWindow!, doc: frame.contentDocument!, log, close: () => frame.remove() };
    }
    frame.remove();
  }
  throw new Error(`frame.html?${query} ran its script before it could be watched, five times`);
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
