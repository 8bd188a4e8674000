import { FRAME_HEIGHT, FRAME_HEIGHT_REQUEST, isMessage, type FrameHeightMessage } from './protocol.js';

export interface HeightReporter {
  /** Tells the parent the height now, even if it told the same before. */
  post(): void;
  stop(): void;
}

/**
 * Tells the page that embeds this one the height of its content, in CSS pixels, whenever it
 * changes (a ResizeObserver on the root element), and again whenever that page asks. The height
 * is the root element's own, not the frame's: a frame taller than its content reports less, so
 * it can shrink as well as grow. The message goes to any origin (`'*'`): it says nothing but a
 * height, and the embedding page checks who sent it. On a page that is not in a frame it does
 * nothing.
 */
export function reportHeight(win: Window): HeightReporter {
  const parent = win.parent;
  const root = win.document.documentElement;
  const framed = parent !== win;
  let last: number | undefined;

  const send = (always: boolean) => {
    if (!framed) return;
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (!always && height === last) return;
    last = height;
    const message: FrameHeightMessage = { type: FRAME_HEIGHT, height };
    parent.postMessage(message, '*');
  };
  const onMessage = (event: MessageEvent) => {
    if (framed && event.source === parent && isMessage(event.data, FRAME_HEIGHT_REQUEST)) send(true);
  };

  const observer = new (win as Window & typeof globalThis).ResizeObserver(() => send(false));
  observer.observe(root);
  win.addEventListener('message', onMessage);
  return {
    post: () => send(true),
    stop: () => {
      observer.disconnect();
      win.removeEventListener('message', onMessage);
    },
  };
}
