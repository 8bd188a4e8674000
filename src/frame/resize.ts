import { FRAME_HEIGHT_REQUEST, FRAME_PAGE, frameHeight } from './protocol.js';

/** The address of an iframe's `src`, when it is an http(s) frame.html. */
function framePageUrl(iframe: HTMLIFrameElement): URL | undefined {
  let url: URL;
  try {
    url = new URL(iframe.src);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return url.pathname.split('/').pop() === FRAME_PAGE ? url : undefined;
}

/**
 * What the iframe's box adds to the height of the page inside it: nothing with the default
 * `box-sizing: content-box`; its borders and padding when the site sets `border-box` on every
 * element, as many CMS themes do.
 */
function boxExtra(iframe: HTMLIFrameElement, win: Window): number {
  const style = win.getComputedStyle(iframe);
  if (style.boxSizing !== 'border-box') return 0;
  return ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom']
    .map((side) => parseFloat(style[side as 'paddingTop']) || 0)
    .reduce((a, b) => a + b, 0);
}

/**
 * Keeps every iframe on the page that shows a frame.html as tall as its content. A message is
 * believed only when it comes from the window of such an iframe (`event.source`), from the origin
 * of that iframe's `src` (`event.origin`), and its height is a finite number within bounds.
 * Iframes are looked up when a message arrives, so iframes added later are followed as well.
 * Frames that told their height before this ran are asked again. Returns a function that stops.
 */
export function followFrameHeights(win: Window): () => void {
  const doc = win.document;

  const onMessage = (event: MessageEvent) => {
    const height = frameHeight(event.data);
    if (height === undefined || !event.source) return;
    const iframe = [...doc.querySelectorAll('iframe')].find((candidate) => candidate.contentWindow === event.source);
    const url = iframe && framePageUrl(iframe);
    if (!iframe || !url || url.origin !== event.origin) return;
    iframe.style.height = `${height + boxExtra(iframe, win)}px`;
  };
  win.addEventListener('message', onMessage);

  for (const iframe of doc.querySelectorAll('iframe')) {
    const url = framePageUrl(iframe);
    // Only to that origin: a frame that has navigated elsewhere is not asked.
    if (url) iframe.contentWindow?.postMessage({ type: FRAME_HEIGHT_REQUEST }, url.origin);
  }
  return () => win.removeEventListener('message', onMessage);
}
