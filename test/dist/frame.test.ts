// The iframe route (run `npm run build` first), for sites that allow an iframe but no script:
// dist/frame.html shows one widget named in its address, and dist/frame-resize.js keeps such
// iframes as tall as their content. The frame pages are the built files themselves; the host
// pages are in test/dist-pages/.
import { expect, waitUntil } from '@open-wc/testing';
import { FRAME_WIDGETS } from '../../src/frame/widgets.js';
import { openPage, type OpenPage } from './pages.js';
import {
  FRAME_HEIGHT,
  contentHeight,
  fits,
  frameMessage,
  openFrame,
  scrolls,
  viewportHeight,
  widgetRendered,
  type FramePage,
} from './frames.js';

const NAMES = ['region-map', 'theme-cards', 'municipality-list', 'agreement-timeline'] as const;

let frame: FramePage | undefined;
let page: OpenPage | undefined;
afterEach(() => {
  frame?.close();
  page?.close();
  frame = undefined;
  page = undefined;
});

/** The text of an element's shadow root (or of the element), white space folded. */
const shadowText = (el: Element) => ((el.shadowRoot ?? el).textContent ?? '').replace(/\s+/g, ' ').trim();

/** Nothing went wrong in the frame page: no exception, no console error, no policy violation. */
function clean(p: FramePage) {
  expect(p.log.errors, 'exceptions').to.deep.equal([]);
  expect(p.log.consoleErrors, 'console errors').to.deep.equal([]);
  expect(p.log.violations, 'policy violations').to.deep.equal([]);
}

describe('frame.html: one widget, named in the address', function () {
  // A frame page loads the widgets' script (and the map its engine) before it has rendered.
  this.timeout(20_000);

  it('lists the same attributes per widget as custom-elements.json, booleans included', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const elements = manifest.modules
      .flatMap((m: { declarations?: unknown[] }) => m.declarations ?? [])
      .filter((d: { tagName?: string }) => d.tagName) as { tagName: string; attributes: { name: string; type?: { text: string } }[] }[];
    const fromManifest = Object.fromEntries(
      elements.map((e) => [
        e.tagName,
        {
          attributes: e.attributes.map((a) => a.name),
          booleans: e.attributes.filter((a) => a.type?.text === 'boolean').map((a) => a.name),
        },
      ]),
    );
    const fromFrame = Object.fromEntries(
      Object.values(FRAME_WIDGETS).map((w) => [w.tag, { attributes: [...w.attributes], booleans: [...w.booleans] }]),
    );
    expect(fromFrame).to.deep.equal(fromManifest);
  });

  it('region-map: the map draws the 21 municipalities', async () => {
    frame = await openFrame('widget=region-map&municipality=helmond');
    const map = await widgetRendered(frame.doc, 'region-map');
    await waitUntil(() => map.shadowRoot!.querySelectorAll('path.leaflet-interactive').length === 21, 'the map drew 21 areas', {
      timeout: 10_000,
    });
    expect(frame.doc.title).to.equal('Kaart van de gemeenten in de Metropoolregio Eindhoven');
    expect(frame.doc.documentElement.lang).to.equal('nl');
    expect(map.getAttribute('municipality')).to.equal('helmond');
    expect(frameMessage(frame.doc)).to.equal('');
    clean(frame);
  });

  it('theme-cards: the four cards', async () => {
    frame = await openFrame('widget=theme-cards');
    const cards = await widgetRendered(frame.doc, 'theme-cards');
    expect(cards.shadowRoot!.querySelectorAll('.card')).to.have.length(4);
    expect(frame.doc.title).to.equal("Thema's van de Metropoolregio Eindhoven");
    // The widget's text in a system font (the frame cannot take the site's), never the browser's serif default.
    const title = cards.shadowRoot!.querySelector('h3')!;
    expect(getComputedStyle(title).fontFamily).to.match(/^system-ui/);
    clean(frame);
  });

  it('municipality-list: the 21 municipalities, Helmond marked as the own one', async () => {
    frame = await openFrame('widget=municipality-list&municipality=helmond');
    const list = await widgetRendered(frame.doc, 'municipality-list');
    expect(list.shadowRoot!.querySelectorAll('li')).to.have.length(21);
    const current = list.shadowRoot!.querySelectorAll('li.current');
    expect(current).to.have.length(1);
    expect(shadowText(current[0])).to.include('Helmond').and.to.include('U bent hier');
    // No map in the frame, so nothing to show a municipality on.
    expect(shadowText(list)).not.to.include('Toon op kaart');
    clean(frame);
  });

  it('agreement-timeline: the timeline', async () => {
    frame = await openFrame('widget=agreement-timeline&order=desc');
    const timeline = await widgetRendered(frame.doc, 'agreement-timeline');
    expect(timeline.shadowRoot!.querySelectorAll('.item').length).to.be.greaterThan(10);
    expect(timeline.getAttribute('order')).to.equal('desc');
    clean(frame);
  });

  it('lang=en: the widget, the page language, its title and its message in English', async () => {
    frame = await openFrame('widget=municipality-list&lang=en&municipality=helmond&colour=red');
    const list = await widgetRendered(frame.doc, 'municipality-list');
    expect(frame.doc.documentElement.lang).to.equal('en');
    expect(frame.doc.title).to.equal('Municipalities in the Metropoolregio Eindhoven');
    expect(shadowText(list)).to.include('Search for a municipality').and.to.include('You are here');
    expect(frameMessage(frame.doc)).to.include('The parameter "colour" was not used');
  });

  it('boolean and other attributes reach the element as written; compact=false leaves compact off', async () => {
    frame = await openFrame('widget=municipality-list&compact&sort=population');
    const list = await widgetRendered(frame.doc, 'municipality-list');
    expect(list.hasAttribute('compact')).to.equal(true);
    expect(list.shadowRoot!.querySelector('input')).to.equal(null);
    expect(shadowText(list.shadowRoot!.querySelector('li')!)).to.include('Eindhoven');
    frame.close();

    frame = await openFrame('widget=municipality-list&compact=false');
    const full = await widgetRendered(frame.doc, 'municipality-list');
    expect(full.hasAttribute('compact')).to.equal(false);
    expect(full.shadowRoot!.querySelector('input')).not.to.equal(null);
  });

  it('an unknown widget: a message that names the four widgets, no widget, nothing thrown', async () => {
    frame = await openFrame('widget=kaart');
    await waitUntil(() => frameMessage(frame!.doc), 'the message is shown');
    expect(frameMessage(frame.doc)).to.equal(
      'Dit iframe toont geen widget: "kaart" is geen widget van de Metropoolregio Eindhoven. ' +
        'Mogelijk zijn: region-map, theme-cards, municipality-list, agreement-timeline.',
    );
    expect([...frame.doc.body.querySelectorAll('*')].filter((el) => el.localName.startsWith('mre-'))).to.deep.equal([]);
    expect(frame.doc.title).to.equal('Widget niet gevonden – Metropoolregio Eindhoven');
    expect(frame.log.consoleErrors).to.have.length(1);
    expect(frame.log.consoleErrors[0]).to.include('"kaart" is not a widget');
    expect(frame.log.errors).to.deep.equal([]);
    expect(frame.log.violations).to.deep.equal([]);
  });

  it('no widget at all, in English: the message says so', async () => {
    frame = await openFrame('lang=en');
    await waitUntil(() => frameMessage(frame!.doc), 'the message is shown');
    expect(frameMessage(frame.doc)).to.equal(
      'This frame shows no widget: its address names none. Add widget= to the address, with one of these names: ' +
        'region-map, theme-cards, municipality-list, agreement-timeline.',
    );
    expect(frame.doc.documentElement.lang).to.equal('en');
    expect(frame.log.consoleErrors).to.have.length(1);
    expect(frame.log.errors).to.deep.equal([]);
  });

  it('an unknown parameter: the widget shows, above it a message that names what is possible', async () => {
    frame = await openFrame('widget=theme-cards&municipality=helmond&Layout=list');
    const cards = await widgetRendered(frame.doc, 'theme-cards');
    expect(cards.shadowRoot!.querySelectorAll('.card')).to.have.length(4);
    expect(cards.getAttribute('layout')).to.equal('list');
    expect(cards.hasAttribute('municipality')).to.equal(false);
    expect(frameMessage(frame.doc)).to.equal(
      'De parameter "municipality" is niet gebruikt: widget=theme-cards kent die niet. ' +
        'Mogelijk zijn: src, lang, themes, layout, heading-level.',
    );
    const message = frame.doc.querySelector('.mre-frame-messages')!;
    expect(message.compareDocumentPosition(cards) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(frame.log.warnings).to.have.length(1);
    expect(frame.log.warnings[0]).to.include('widget=theme-cards has no attribute "municipality"');
    clean(frame);
  });

  it('shows what the address says as text, never as markup', async () => {
    frame = await openFrame(`widget=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await waitUntil(() => frameMessage(frame!.doc), 'the message is shown');
    expect(frameMessage(frame.doc)).to.include('"<img src=x onerror=alert(1)>" is geen widget');
    expect(frame.doc.querySelector('img')).to.equal(null);
    expect(frame.log.errors).to.deep.equal([]);
  });

  it('every widget renders under the page\'s own policy, Trusted Types included, without a violation', async function () {
    this.timeout(30_000);
    for (const name of NAMES) {
      frame = await openFrame(`widget=${name}`);
      const el = await widgetRendered(frame.doc, name);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      if (name === 'region-map') {
        await waitUntil(() => el.shadowRoot!.querySelectorAll('path.leaflet-interactive').length === 21, 'the map drew', {
          timeout: 10_000,
        });
      }
      clean(frame);
      frame.close();
      frame = undefined;
    }
  });

  it('carries its own Content-Security-Policy, referrer policy and <base target="_top">', async () => {
    frame = await openFrame('widget=theme-cards');
    const head = frame.doc.head;
    const csp = head.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]')!;
    // Before anything it governs.
    expect(head.firstElementChild!.matches('meta[charset]')).to.equal(true);
    expect(head.children[1]).to.equal(csp);
    const policy = Object.fromEntries(
      csp.content.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]),
    );
    expect(policy['default-src']).to.deep.equal(["'none'"]);
    expect(policy['script-src']).to.deep.equal(["'self'"]);
    expect(policy['style-src']).to.deep.equal(["'self'"]);
    expect(policy['img-src']).to.deep.equal(['https://service.pdok.nl', 'https://tile.openstreetmap.org']);
    expect(policy['connect-src']).to.include('https:');
    expect(head.querySelector<HTMLMetaElement>('meta[name="referrer"]')!.content).to.equal('strict-origin');
    const base = head.querySelector('base')!;
    expect(base.getAttribute('target')).to.equal('_top');
    expect(base.hasAttribute('href')).to.equal(false);
    // No inline script or style: every script is a file of its own, and the page has no style.
    const source = await (await fetch('/dist/frame.html')).text();
    const parsed = new DOMParser().parseFromString(source, 'text/html');
    // (The test server adds its own web socket script to every page it serves.)
    const scripts = [...parsed.scripts].map((s) => s.getAttribute('src')).filter((src) => !src?.startsWith('/__web-dev-server'));
    expect(scripts).to.deep.equal(['frame.js']);
    expect(parsed.querySelectorAll('style, [style]')).to.have.length(0);
    expect(source).not.to.match(/\son[a-z]+=/i);
    // No cookies, no storage.
    await widgetRendered(frame.doc, 'theme-cards');
    expect(frame.doc.cookie).to.equal('');
    expect(frame.win.localStorage.length).to.equal(0);
    expect(frame.win.sessionStorage.length).to.equal(0);
  });

  it('a link in the widget opens in the top window, not in the frame', async () => {
    frame = await openFrame('widget=municipality-list');
    const list = await widgetRendered(frame.doc, 'municipality-list');
    const link = list.shadowRoot!.querySelector('a')!;
    expect(link.hasAttribute('target')).to.equal(false);
    expect(frame.doc.querySelector('base')!.target).to.equal('_top');
  });

  it('sits at the full width of its frame, without margins', async () => {
    // Tall enough not to scroll, so that no scroll bar takes width.
    frame = await openFrame('widget=theme-cards', { width: 700, height: 2000 });
    const cards = await widgetRendered(frame.doc, 'theme-cards');
    const { left, right } = cards.getBoundingClientRect();
    expect(frame.win.getComputedStyle(frame.doc.body).marginTop).to.equal('0px');
    expect(left).to.be.lessThan(8);
    expect(700 - right).to.be.lessThan(8);
  });

  it('tells its parent its height once rendered, and again when it changes', async () => {
    // Every height told to this page, with who told it: the frame may tell before it has loaded.
    const told: [MessageEventSource | null, number][] = [];
    const onMessage = (event: MessageEvent) => {
      if (event.data?.type === FRAME_HEIGHT) told.push([event.source, event.data.height]);
    };
    const heights = () => told.filter(([source]) => source === frame?.win).map(([, height]) => height);
    window.addEventListener('message', onMessage);
    try {
      frame = await openFrame('widget=theme-cards', { width: 1000, height: 300 });
      await widgetRendered(frame.doc, 'theme-cards');
      await waitUntil(() => heights().at(-1) === Math.ceil(contentHeight(frame!.frame)), 'the rendered height was told');
      const wide = heights().at(-1)!;
      frame.frame.style.width = '360px';
      await waitUntil(() => heights().at(-1)! > wide * 1.5, 'the taller height (one column) was told');
      expect(heights().at(-1)).to.equal(Math.ceil(contentHeight(frame.frame)));
    } finally {
      window.removeEventListener('message', onMessage);
    }
  });
});

describe("the README's iframe snippet", () => {
  /** The rows of the README's table of frame widgets: name, title, default height. */
  async function readmeRows(): Promise<[string, string, number][]> {
    const readme = await (await fetch('/README.md')).text();
    return [...readme.matchAll(/^\| `([a-z-]+)` \| (.+?) \| `(\d+)` \|$/gm)].map(([, name, title, height]) => [name, title, Number(height)]);
  }

  it('gives each widget the title its frame page has', async () => {
    const rows = await readmeRows();
    expect(rows.map(([name, title]) => [name, title])).to.deep.equal(
      Object.entries(FRAME_WIDGETS).map(([name, widget]) => [name, widget.title.nl]),
    );
  });

  it('gives heights that hold the map, the cards and the list in an 800 px column without scrolling', async function () {
    this.timeout(30_000);
    for (const [name, , height] of await readmeRows()) {
      frame = await openFrame(`widget=${name}`, { width: 800, height });
      const el = await widgetRendered(frame.doc, name as (typeof NAMES)[number]);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(scrolls(frame.frame), `${name} in ${height} px`).to.equal(name === 'agreement-timeline');
      frame.close();
      frame = undefined;
    }
  });
});

describe('frame-resize.js: iframes as tall as their content', function () {
  this.timeout(20_000);

  it('resizes every frame.html iframe to its content, and follows the list as it is filtered', async () => {
    page = await openPage('/test/dist-pages/frame-resize.html', { width: 900, height: 900 });
    const list = page.doc.querySelector<HTMLIFrameElement>('#list')!;
    const map = page.doc.querySelector<HTMLIFrameElement>('#map')!;
    const element = await widgetRendered(list.contentDocument!, 'municipality-list');
    await waitUntil(() => fits(list) && fits(map), 'both iframes fit their content', { timeout: 10_000 });
    expect(scrolls(list)).to.equal(false);
    expect(scrolls(map)).to.equal(false);
    const full = viewportHeight(list);
    expect(full).to.be.greaterThan(300);

    // Filtered to one municipality: the list shrinks, and so does its iframe.
    const search = element.shadowRoot!.querySelector('input')!;
    search.value = 'helmond';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    // One row left in sight: the search hides the others.
    const shown = () => [...element.shadowRoot!.querySelectorAll('li')].filter((li) => li.getClientRects().length > 0);
    await waitUntil(() => shown().length === 1, 'the list is filtered');
    await waitUntil(() => fits(list) && viewportHeight(list) < full / 2, 'the iframe shrank with its content');

    // The map's text alternative opened: the map's iframe grows.
    const before = viewportHeight(map);
    const details = map.contentDocument!.querySelector('mre-region-map')!.shadowRoot!.querySelector('details')!;
    details.open = true;
    await waitUntil(() => fits(map) && viewportHeight(map) > before + 100, 'the iframe grew with its content');
    expect(page.log.errors).to.deep.equal([]);
    expect(page.log.violations).to.deep.equal([]);
  });

  it('follows iframes added later, and a change of width', async () => {
    page = await openPage('/test/dist-pages/frame-resize.html', { width: 1000, height: 900 });
    const added = page.doc.createElement('iframe');
    added.title = "Thema's van de Metropoolregio Eindhoven";
    added.width = '100%';
    added.height = '150';
    added.src = '/dist/frame.html?widget=theme-cards';
    page.doc.body.prepend(added);
    await widgetRendered(await waitUntilLoaded(added), 'theme-cards');
    await waitUntil(() => fits(added), 'the added iframe fits its content', { timeout: 10_000 });
    const wide = viewportHeight(added);

    page.frame.style.width = '400px';
    await waitUntil(() => fits(added) && viewportHeight(added) > wide * 1.5, 'one column of cards: the iframe grew');
    expect(scrolls(added)).to.equal(false);
  });

  it('without it, the iframe keeps the height of its snippet and its page scrolls; added later, it resizes', async () => {
    page = await openPage('/test/dist-pages/frame-no-resize.html', { width: 900, height: 900 });
    const list = page.doc.querySelector<HTMLIFrameElement>('#list')!;
    await widgetRendered(list.contentDocument!, 'municipality-list');
    await waitUntil(() => contentHeight(list) > 400, 'the list is taller than its iframe');
    expect(list.getBoundingClientRect().height).to.be.within(400, 404); // the height attribute, plus the default border
    expect(viewportHeight(list)).to.equal(400);
    expect(scrolls(list)).to.equal(true);
    const root = list.contentDocument!.scrollingElement!;
    root.scrollTop = 50;
    expect(root.scrollTop).to.equal(50);

    // The script, added once the frame has told its height to nobody: it asks again.
    const script = page.doc.createElement('script');
    script.src = '/dist/frame-resize.js';
    page.doc.head.append(script);
    await waitUntil(() => fits(list), 'the iframe fits its content once the script is there', { timeout: 10_000 });
    expect(scrolls(list)).to.equal(false);
  });

  it('counts a border-box iframe\'s border and padding, as CMS themes set them', async () => {
    page = await openPage('/test/dist-pages/frame-border-box.html', { width: 900, height: 900 });
    const cards = page.doc.querySelector<HTMLIFrameElement>('#cards')!;
    await widgetRendered(cards.contentDocument!, 'theme-cards');
    await waitUntil(() => fits(cards, 0.02), 'the iframe fits its content', { timeout: 10_000 });
    expect(scrolls(cards)).to.equal(false);
  });

  it('believes no height from the host page itself, from a page that is not frame.html, from another origin, or out of bounds', async () => {
    page = await openPage('/test/dist-pages/frame-foreign.html', { width: 900, height: 900 });
    const byId = (id: string) => page!.doc.querySelector<HTMLIFrameElement>(`#${id}`)!;
    const [cards, other, sandboxed, namesake] = ['cards', 'other', 'sandboxed', 'namesake'].map(byId);
    await widgetRendered(cards.contentDocument!, 'theme-cards');
    await waitUntil(() => fits(cards), 'the real frame fits its content', { timeout: 10_000 });
    const heights = () => [cards, other, sandboxed, namesake].map((f) => f.getBoundingClientRect().height);
    const settled = heights();

    // Every message below reaches the host page; frame-resize.js listened before this did.
    const seen: MessageEventSource[] = [];
    const onMessage = (event: MessageEvent) => {
      if (event.data?.type === FRAME_HEIGHT && event.source && event.source !== cards.contentWindow) seen.push(event.source);
    };
    page.win.addEventListener('message', onMessage);
    // Each page posts from its own window, as told through test/dist-pages/frame-impostor.js.
    const post = (win: Window, height: unknown, to = 'parent') =>
      win.postMessage({ type: 'impostor:post', to, message: { type: FRAME_HEIGHT, height } }, '*');
    const fromHost = () => post(page!.win, 77, 'self');
    const from = (iframe: HTMLIFrameElement, height: unknown) => post(iframe.contentWindow!, height);

    fromHost();
    from(other, 77);
    from(sandboxed, 77);
    for (const height of [-1, 20_001, Number.NaN, Number.POSITIVE_INFINITY, '77', null]) from(namesake, height);
    await waitUntil(() => seen.length === 9, 'all nine messages arrived');
    expect(seen.filter((s) => s === page!.win)).to.have.length(1);
    expect(seen.filter((s) => s === sandboxed.contentWindow)).to.have.length(1);
    expect(heights()).to.deep.equal(settled);

    // The same page named frame.html, same origin, with a height within bounds: believed.
    from(namesake, 77);
    await waitUntil(() => namesake.getBoundingClientRect().height === 77 + 4, 'the namesake took the height');
    expect(heights().slice(0, 3)).to.deep.equal(settled.slice(0, 3));
    page.win.removeEventListener('message', onMessage);
    expect(page.log.errors).to.deep.equal([]);
  });
});

/** The document of an iframe once it shows its page (not the initial about:blank). */
async function waitUntilLoaded(iframe: HTMLIFrameElement): Promise<Document> {
  await waitUntil(() => iframe.contentDocument?.URL.includes('/frame.html') && iframe.contentDocument.readyState !== 'loading');
  return iframe.contentDocument!;
}
