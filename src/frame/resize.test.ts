import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { FRAME_HEIGHT, FRAME_HEIGHT_REQUEST } from './protocol.js';
import { followFrameHeights } from './resize.js';

type Received = Window & { __received: unknown[] };

/** An iframe of this page with one of the test pages that post what they are told. */
async function frameOf(src: string, attributes: Record<string, string> = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
  frame.style.cssText = 'height: 100px; border: 0; display: block';
  const loaded = oneEvent(frame, 'load');
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Has the page in `frame` post a frame-height message to this page, from its own window. */
function postFrom(frame: HTMLIFrameElement, height: unknown) {
  frame.contentWindow!.postMessage({ type: 'impostor:post', message: { type: FRAME_HEIGHT, height } }, '*');
}

describe('followFrameHeights (this page as the host)', () => {
  const frames: HTMLIFrameElement[] = [];
  let stop: (() => void) | undefined;
  /** Every frame-height message this page received, by source, after followFrameHeights saw it. */
  const seen: unknown[] = [];
  const onMessage = (event: MessageEvent) => {
    if (event.data?.type === FRAME_HEIGHT) seen.push(event.source);
  };

  afterEach(() => {
    stop?.();
    stop = undefined;
    window.removeEventListener('message', onMessage);
    frames.splice(0).forEach((f) => f.remove());
    seen.length = 0;
  });

  async function start(...made: Promise<HTMLIFrameElement>[]) {
    frames.push(...(await Promise.all(made)));
    stop = followFrameHeights(window);
    window.addEventListener('message', onMessage);
    return frames;
  }

  it('sizes a frame.html iframe to the height it tells, and asks every frame.html for it when it starts', async () => {
    const [frame, other] = await start(
      frameOf('/test/dist-pages/impostor/frame.html'),
      frameOf('/test/dist-pages/frame-impostor.html'),
    );
    await waitUntil(() => (frame.contentWindow as Received).__received.length, 'the frame was asked');
    expect((frame.contentWindow as Received).__received).to.deep.equal([{ type: FRAME_HEIGHT_REQUEST }]);
    postFrom(frame, 123.4);
    await waitUntil(() => frame.style.height === '124px', 'the frame took the height');
    // Only frame.html was asked.
    expect((other.contentWindow as Received).__received).to.deep.equal([]);
  });

  it('adds the border and padding of a border-box iframe', async () => {
    const [frame] = await start(frameOf('/test/dist-pages/impostor/frame.html'));
    frame.style.boxSizing = 'border-box';
    frame.style.border = '3px solid';
    frame.style.padding = '2px 0 5px';
    postFrom(frame, 100);
    await waitUntil(() => frame.style.height === '113px', 'the frame took the height and its box');
    expect(frame.contentDocument!.documentElement.clientHeight).to.equal(100);
  });

  it('ignores heights out of bounds, messages from other pages, from this page, and after it stopped', async () => {
    const [frame, other, blank] = await start(
      frameOf('/test/dist-pages/impostor/frame.html'),
      frameOf('/test/dist-pages/frame-impostor.html'),
      frameOf('about:blank'),
    );
    const blankFrame = blank;
    const noSrc = document.createElement('iframe');
    document.body.append(noSrc);
    frames.push(noSrc);

    postFrom(frame, -5);
    postFrom(frame, 'tall');
    postFrom(other, 300);
    window.postMessage({ type: FRAME_HEIGHT, height: 300 }, '*');
    // about:blank and an iframe without src share this page's origin; as themselves they are not frame.html.
    (blankFrame.contentWindow as Window & typeof globalThis).eval(`parent.postMessage({ type: '${FRAME_HEIGHT}', height: 300 }, '*')`);
    (noSrc.contentWindow as Window & typeof globalThis).eval(`parent.postMessage({ type: '${FRAME_HEIGHT}', height: 300 }, '*')`);
    await waitUntil(() => seen.length === 6, 'all six messages arrived');
    expect(frames.map((f) => f.style.height)).to.deep.equal(['100px', '100px', '100px', '']);

    stop!();
    postFrom(frame, 200);
    await waitUntil(() => seen.length === 7, 'the last message arrived');
    expect(frame.style.height).to.equal('100px');
  });
});
