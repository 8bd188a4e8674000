import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { reportHeight } from './height.js';
import { startFramePage } from './page.js';
import { FRAME_HEIGHT, FRAME_HEIGHT_REQUEST } from './protocol.js';

const load = () => import('../index.js');

/** The text of the frame messages in this page, white space folded. */
const messages = () => (document.querySelector('.mre-frame-messages')?.textContent ?? '').replace(/\s+/g, ' ').trim();

function captureConsole() {
  const errors: string[] = [];
  const warnings: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => errors.push(args.join(' '));
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  return { errors, warnings, restore: () => Object.assign(console, { error, warn }) };
}

describe('startFramePage (in this page, standing in for frame.html)', () => {
  const { lang, title } = { lang: document.documentElement.lang, title: document.title };
  let logs: ReturnType<typeof captureConsole>;
  beforeEach(() => (logs = captureConsole()));
  afterEach(() => {
    logs.restore();
    document.documentElement.lang = lang;
    document.title = title;
    document.querySelector('.mre-frame-messages')?.remove();
    document.querySelectorAll('body > mre-municipality-list, body > mre-theme-cards').forEach((el) => el.remove());
  });

  it('shows the widget with the attributes of the address, in the page language, and resolves once it rendered', async () => {
    const el = (await startFramePage(window, '?widget=municipality-list&lang=en&municipality=helmond&compact', load))!;
    expect(el.localName).to.equal('mre-municipality-list');
    expect(el.parentElement).to.equal(document.body);
    expect(el.getAttribute('municipality')).to.equal('helmond');
    expect(el.hasAttribute('compact')).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(21);
    expect(document.documentElement.lang).to.equal('en');
    expect(document.title).to.equal('Municipalities in the Metropoolregio Eindhoven');
    expect(messages()).to.equal('');
    expect([...logs.errors, ...logs.warnings]).to.deep.equal([]);
  });

  it('an unknown widget: the message in the page and in the console, no element, nothing loaded', async () => {
    let loaded = false;
    const el = await startFramePage(window, '?widget=<b>kaart</b>', async () => (loaded = true));
    expect(el).to.equal(undefined);
    expect(loaded).to.equal(false);
    expect(messages()).to.equal(
      'Dit iframe toont geen widget: "<b>kaart</b>" is geen widget van de Metropoolregio Eindhoven. ' +
        'Mogelijk zijn: region-map, theme-cards, municipality-list, agreement-timeline.',
    );
    expect(document.querySelector('.mre-frame-messages b')).to.equal(null);
    expect(document.querySelectorAll('.mre-frame-message code')).to.have.length(4);
    expect(document.title).to.equal('Widget niet gevonden – Metropoolregio Eindhoven');
    expect(logs.errors).to.have.length(1);
  });

  it('unknown and repeated parameters: the widget still shows, the message and the console say what was not used', async () => {
    const el = (await startFramePage(window, '?widget=theme-cards&municipality=helmond&layout=list&layout=grid', load))!;
    expect(el.getAttribute('layout')).to.equal('list');
    expect(el.shadowRoot!.querySelectorAll('.card')).to.have.length(4);
    expect(messages()).to.include('De parameter "municipality" is niet gebruikt');
    expect(document.querySelector('.mre-frame-messages')!.nextElementSibling).not.to.equal(null);
    expect(logs.warnings).to.deep.equal([
      'mre-widgets frame.html: "layout" is in the address more than once; the first one is used.',
      'mre-widgets frame.html: widget=theme-cards has no attribute "municipality"; it was not used. ' +
        'Possible parameters: widget, src, lang, themes, layout, heading-level.',
    ]);
  });

  it("when the widgets' script cannot be loaded: a message instead of the widget, and the console says why", async () => {
    const el = (await startFramePage(window, '?widget=theme-cards&lang=en', () => Promise.reject(new Error('offline'))))!;
    expect(el.isConnected).to.equal(false);
    expect(messages()).to.equal('The widget could not be loaded. Please try again later.');
    expect(logs.errors).to.have.length(1);
    expect(logs.errors[0]).to.include('mre-widgets.js').and.to.include('offline');
  });
});

describe('startFramePage (in a frame of this page)', () => {
  it('when the script loads but does not register the widget: the message, and the console says so', async () => {
    const frame = document.createElement('iframe');
    const loaded = oneEvent(frame, 'load');
    frame.srcdoc = '<!doctype html><title>Metropoolregio Eindhoven</title><body></body>';
    document.body.append(frame);
    await loaded;
    const logs = captureConsole();
    try {
      const el = (await startFramePage(frame.contentWindow!, '?widget=theme-cards', async () => undefined))!;
      expect(el.isConnected).to.equal(false);
      expect(frame.contentDocument!.querySelector('.mre-frame-messages')!.textContent).to.equal(
        'De widget kon niet worden geladen. Probeer het later opnieuw.',
      );
      expect(logs.errors).to.deep.equal(["mre-widgets frame.html: the widgets' script did not register <mre-theme-cards>."]);
    } finally {
      logs.restore();
      frame.remove();
    }
  });
});

describe('reportHeight (in a frame of this page)', () => {
  let frame: HTMLIFrameElement;
  let stop: (() => void) | undefined;
  const heights: number[] = [];
  // (The messages come from this page's realm, where reportHeight runs here, so their source is
  // this window rather than the frame's: the frame's only message is its height.)
  const onMessage = (event: MessageEvent) => {
    if (event.data?.type === FRAME_HEIGHT) heights.push(event.data.height);
  };

  beforeEach(async () => {
    heights.length = 0;
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 300px; height: 100px; border: 0';
    const loaded = oneEvent(frame, 'load');
    frame.srcdoc = '<!doctype html><style>body { margin: 0 }</style><div style="height: 150.4px"></div>';
    document.body.append(frame);
    await loaded;
    window.addEventListener('message', onMessage);
  });
  afterEach(() => {
    stop?.();
    window.removeEventListener('message', onMessage);
    frame.remove();
  });

  it('tells its parent the content height, rounded up, and again only when it changes or is asked', async () => {
    const reporter = reportHeight(frame.contentWindow!);
    stop = reporter.stop;
    await waitUntil(() => heights.length === 1, 'the first height');
    expect(heights).to.deep.equal([151]);

    frame.contentDocument!.querySelector('div')!.style.height = '400px';
    await waitUntil(() => heights.length === 2, 'the new height');
    expect(heights[1]).to.equal(400);

    // Taller than its content: it still tells the content's height, so the frame can shrink.
    frame.style.height = '900px';
    frame.contentDocument!.querySelector('div')!.style.height = '50px';
    await waitUntil(() => heights.length === 3, 'the smaller height');
    expect(heights[2]).to.equal(50);

    frame.contentWindow!.postMessage({ type: FRAME_HEIGHT_REQUEST }, '*');
    await waitUntil(() => heights.length === 4, 'the height, asked for');
    expect(heights[3]).to.equal(50);
    reporter.post();
    await waitUntil(() => heights.length === 5, 'the height, posted');
  });

  it('answers no request from anyone but its parent, and stops when told', async () => {
    const reporter = reportHeight(frame.contentWindow!);
    await waitUntil(() => heights.length === 1, 'the first height');
    // From the frame itself: not its parent.
    const inner = frame.contentWindow!;
    const asked = oneEvent(inner, 'message');
    (inner as Window & typeof globalThis).eval(`postMessage({ type: '${FRAME_HEIGHT_REQUEST}' }, '*')`);
    await asked;
    reporter.stop();
    frame.contentDocument!.querySelector('div')!.style.height = '300px';
    frame.contentWindow!.postMessage({ type: FRAME_HEIGHT_REQUEST }, '*');
    await oneEvent(inner, 'message');
    // A resize is seen in the next rendering, and a height posted before the marker arrives before it.
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    const marker = oneEvent(window, 'message');
    window.postMessage('marker', '*');
    await marker;
    expect(heights).to.deep.equal([151]);
  });

  it('on a page that is not in a frame, tells nobody', () => {
    const posted: unknown[] = [];
    const fake = {
      document,
      ResizeObserver,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      postMessage: (data: unknown) => posted.push(data),
    } as unknown as Window & { parent: Window };
    fake.parent = fake;
    const reporter = reportHeight(fake);
    reporter.post();
    reporter.stop();
    expect(posted).to.deep.equal([]);
  });
});
