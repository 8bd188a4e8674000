// The map on every screen a visitor brings: phones (touch, 280–390 pixels wide), tablets, desktops
// (up to 1400), text at 200 %, paper. Widths come from a sized box, so that every engine lays the
// map out as on such a screen; real touch input and print layout need Chromium's DevTools protocol.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import { itIn, printRefused, touchRefused } from '../../../test/engine.js';
import { shownText } from '../../../test/helpers.js';
import { press } from '../../../test/keys.js';
import { area, areas, drawn, drawnBox, fitted, inside, label, mapAt, mapBox, meet, pointOf, root, still, union } from '../../../test/map.js';
import { defaultBoundaries } from '../../data/default-boundaries.js';
import { setBasePath } from '../../internal/base-path.js';
import { defaultRegion } from '../../data/default-region.js';
import type { Geometry, Position } from '../../data/types.js';
import '../municipality-list/municipality-list.js';
import './region-map.js';
import type { MreRegionMap } from './region-map.js';
import { REGION_ASPECT_RATIO } from './region-map.styles.js';

const PHONES = [280, 320, 360, 390];
const WIDTHS = [...PHONES, 768, 1280, 1400];
const EINDHOVEN = 'GM0772';
const HELMOND = 'GM0794';

const controlsBox = (el: MreRegionMap) => root(el).querySelector('.controls')!.getBoundingClientRect();
const shown = (el: MreRegionMap, code: string) => {
  const node = label(el, code);
  return !node.classList.contains('is-hidden') && getComputedStyle(node).visibility === 'visible' && inside(node.getBoundingClientRect(), mapBox(el));
};
const key = (target: Element, name: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true }));

/** The visitor prefers reduced motion, for as long as `fn` runs (the engine asks at every move). */
async function withReducedMotion<T>(fn: () => Promise<T>): Promise<T> {
  const original = window.matchMedia.bind(window);
  const stub = sinon.stub(window, 'matchMedia').callsFake((query: string) => {
    if (!query.includes('prefers-reduced-motion')) return original(query);
    return { matches: true, media: query, onchange: null, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {}, dispatchEvent: () => false };
  });
  try {
    return await fn();
  } finally {
    stub.restore();
  }
}

/** The texts a live region said while `fn` ran. */
async function heard(region: Element, fn: () => Promise<void>): Promise<string[]> {
  const said: string[] = [];
  const observer = new MutationObserver(() => {
    const text = shownText(region);
    if (text) said.push(text);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  try {
    await fn();
  } finally {
    observer.disconnect();
  }
  return said;
}

/** Whether the element's class list ever had `name` while `fn` ran. */
async function everHad(node: Element, name: string, fn: () => Promise<void>): Promise<boolean> {
  let seen = node.classList.contains(name);
  const observer = new MutationObserver(() => (seen ||= node.classList.contains(name)));
  observer.observe(node, { attributes: true, attributeFilter: ['class'] });
  try {
    await fn();
  } finally {
    observer.disconnect();
  }
  return seen;
}

/**
 * Opens the details of every municipality, one after the other, and says what is wrong with each:
 * cut off (a popup outside the map, a panel outside the element), over the zoom buttons, or a
 * close button that is not wholly visible when it has the focus.
 */
async function detailsProblems(el: MreRegionMap): Promise<string[]> {
  const problems: string[] = [];
  for (const path of areas(el)) {
    const name = path.getAttribute('aria-label');
    key(path, 'Enter');
    await still(el);
    const floating = root(el).querySelector<HTMLElement>('.leaflet-popup');
    const panel = root(el).querySelector<HTMLElement>('[part="details"]:not([hidden])');
    const details = floating ?? panel;
    if (!details) {
      problems.push(`${name}: no details`);
      continue;
    }
    const clip = floating ? mapBox(el) : el.getBoundingClientRect();
    const box = details.getBoundingClientRect();
    if (!inside(box, clip, 0.5)) problems.push(`${name}: cut off`);
    if (meet(box, controlsBox(el))) problems.push(`${name}: under the buttons`);
    const close = details.querySelector<HTMLButtonElement>('.mre-popup-close')!;
    close.focus();
    const whole = inside(close.getBoundingClientRect(), floating ? mapBox(el) : el.getBoundingClientRect(), 0.5);
    // The desktop widths are wider than the test's window: bring the button into the window to look at it.
    close.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const c = close.getBoundingClientRect();
    const [cx, cy] = [c.left + c.width / 2, c.top + c.height / 2];
    if (root(el).activeElement !== close || !whole || c.width < 10 || root(el).elementFromPoint(cx, cy) !== close) {
      problems.push(`${name}: close button not visible when focused`);
    }
    key(close, 'Escape');
    await waitUntil(() => !root(el).querySelector('.leaflet-popup, [part="details"]:not([hidden])'), `${name} closed`);
  }
  return problems;
}

describe('<mre-region-map> on every screen', () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    window.scrollTo(0, 0);
  });

  describe('height', () => {
    it('takes the region’s shape for the bundled data, as the engine reports it', async () => {
      const el = await mapAt(600, html`<div><mre-region-map></mre-region-map></div>`);
      const reported = parseFloat(root(el).querySelector<HTMLElement>('.map')!.style.getPropertyValue('--_mre-map-aspect'));
      expect(reported).to.be.closeTo(REGION_ASPECT_RATIO, 0.002);
    });

    it('lets the region fill at least 70 % of the map’s height at every width, from 280 to 1400 pixels', async () => {
      for (const width of WIDTHS) {
        const el = await mapAt(width, html`<div><mre-region-map municipality="helmond"></mre-region-map></div>`);
        const [region, box] = [drawnBox(el), mapBox(el)];
        expect(inside(region, box), `the region inside the map at ${width}`).to.be.true;
        expect(region.height / box.height, `filled at ${width}`).to.be.at.least(0.7);
      }
    });

    for (const width of [320, 768]) {
      it(`keeps its height at ${width} pixels from its first render to the drawn map: the page does not move`, async () => {
        // The engine arrives only when the test releases it, so that the map is seen while it loads.
        const key = `held-${width}-${Date.now()}`;
        setBasePath(`/__test__/held-engine/${key}/`);
        try {
          const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font-size: 16px"><mre-region-map municipality="helmond"></mre-region-map></div>`);
          const el = wrapper.querySelector('mre-region-map')!;
          await waitUntil(() => root(el).querySelector('.map'), 'the map rendered');
          const loading = el.getBoundingClientRect().height;
          expect(root(el).querySelector('.leaflet-container'), 'still loading').to.equal(null);
          // While it loads, the zoom buttons hold their place but cannot be reached.
          expect([...root(el).querySelectorAll('button')].every((b) => getComputedStyle(b).visibility === 'hidden')).to.be.true;
          await waitUntil(async () => (await (await fetch(`/__test__/release-engine?key=${key}`)).json()) === true, 'the engine released');
          await drawn(el);
          expect(el.getBoundingClientRect().height).to.be.closeTo(loading, 0.5);
          const zoomIn = root(el).querySelector<HTMLButtonElement>('button[aria-label="Inzoomen"]')!;
          expect(getComputedStyle(zoomIn).visibility).to.equal('visible');
        } finally {
          setBasePath(undefined);
        }
      });
    }

    it('stays between the least and the most height, which tokens set; height fixes it', async () => {
      const el = await mapAt(1280, html`<div><mre-region-map></mre-region-map></div>`);
      expect(mapBox(el).height).to.equal(28 * 16);
      el.style.setProperty('--mre-map-max-height', '20em');
      await waitUntil(() => mapBox(el).height === 20 * 16, 'the most height from the token');
      el.style.setProperty('--mre-map-min-height', '25em');
      el.style.setProperty('--mre-map-max-height', '40em');
      el.parentElement!.style.width = '300px';
      await waitUntil(() => mapBox(el).height === 25 * 16, 'the least height from the token');
      el.height = '100';
      await el.updateComplete;
      await waitUntil(() => mapBox(el).height === 100 && mapBox(el).width === 300, 'the height attribute wins, the width stays');
    });
  });

  describe('names', () => {
    it('names the site’s own municipality and Eindhoven, apart and clear of the buttons, at every width', async () => {
      for (const width of WIDTHS) {
        const el = await mapAt(width, html`<div><mre-region-map municipality="helmond"></mre-region-map></div>`);
        for (const code of [HELMOND, EINDHOVEN]) {
          expect(shown(el, code), `${code} named at ${width}`).to.be.true;
          expect(meet(label(el, code).getBoundingClientRect(), controlsBox(el)), `${code} clear of the buttons at ${width}`).to.be.false;
        }
        expect(meet(label(el, HELMOND).getBoundingClientRect(), label(el, EINDHOVEN).getBoundingClientRect()), `apart at ${width}`).to.be.false;
        // "U bent hier" is in the legend, not over the area.
        expect(label(el, HELMOND).textContent).to.equal('Helmond');
      }
    });

    it('names every municipality as the site’s own, with Eindhoven, on the narrowest phones', async () => {
      for (const width of [280, 320]) {
        const el = await mapAt(width, html`<div><mre-region-map></mre-region-map></div>`);
        for (const m of defaultRegion.municipalities) {
          el.municipality = m.code;
          await el.updateComplete;
          expect(shown(el, m.code), `${m.name} named as the site’s own at ${width}`).to.be.true;
          expect(shown(el, EINDHOVEN), `Eindhoven named with ${m.name} at ${width}`).to.be.true;
        }
      }
    });

    it('names every selected municipality, at 280 pixels and on tablets and desktops', async function () {
      this.timeout(30_000);
      for (const width of [280, 768, 1280]) {
        const el = await mapAt(width, html`<div><mre-region-map municipality="helmond"></mre-region-map><mre-municipality-list></mre-municipality-list></div>`);
        const list = el.parentElement!.querySelector('mre-municipality-list')!;
        await list.updateComplete;
        for (const m of defaultRegion.municipalities) {
          list.shadowRoot!.querySelector<HTMLButtonElement>(`li[data-code="${m.code}"] button[part="select-button"]`)!.click();
          await el.updateComplete;
          await still(el);
          expect(shown(el, m.code), `${m.name} named when selected at ${width}`).to.be.true;
          expect(shown(el, HELMOND), `Helmond still named with ${m.name} selected at ${width}`).to.be.true;
        }
      }
    });
  });

  describe('details', () => {
    for (const [width, fontSize] of [...[320, 360, 390, 768, 1280].map((w) => [w, '16px'] as const), ...[320, 390, 768, 1280].map((w) => [w, '32px'] as const)]) {
      it(`shows all 21 whole and clear of the buttons at ${width} pixels${fontSize === '32px' ? ', text at 200 %' : ''}`, async function () {
        this.timeout(30_000);
        const el = await mapAt(width, html`<div><mre-region-map municipality="helmond"></mre-region-map></div>`, fontSize);
        // Moves at once, so that each popup is measured where it ends (an animated move ends there too).
        expect(await withReducedMotion(() => detailsProblems(el))).to.deep.equal([]);
      });
    }

    it('opens in a panel under a narrow map, which Escape closes, back on the municipality', async () => {
      const el = await mapAt(360, html`<div><mre-region-map></mre-region-map></div>`);
      key(area(el, 'GM0820'), 'Enter');
      const panel = root(el).querySelector<HTMLElement>('[part="details"]')!;
      expect(panel.hidden).to.be.false;
      expect(root(el).querySelector('.leaflet-popup')).to.equal(null);
      expect(panel.getBoundingClientRect().top).to.be.at.least(mapBox(el).bottom);
      expect([...panel.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal([
        'Nuenen, Gerwen en Nederwetten',
        '24.231 inwoners (1 januari 2024)',
        'Website van Nuenen, Gerwen en Nederwetten',
      ]);
      expect(root(el).activeElement).to.equal(panel.querySelector('[role="dialog"]'));
      expect(area(el, 'GM0820').getAttribute('aria-expanded')).to.equal('true');
      await press('Escape');
      expect(panel.hidden).to.be.true;
      expect(root(el).activeElement).to.equal(area(el, 'GM0820'));
      expect(area(el, 'GM0820').getAttribute('aria-expanded')).to.equal('false');
    });

    it('moves a popup that would open under the buttons clear of them, animated unless the visitor prefers reduced motion', async () => {
      for (const reduced of [false, true]) {
        const run = async () => {
          const el = await mapAt(520, html`<div><mre-region-map></mre-region-map></div>`);
          const pane = root(el).querySelector('.leaflet-map-pane')!;
          // Reusel-De Mierden, in the far west: its popup would open over the buttons and out of the map.
          const animated = await everHad(pane, 'leaflet-pan-anim', async () => {
            key(area(el, 'GM1667'), 'Enter');
            await still(el);
          });
          const box = root(el).querySelector('.leaflet-popup')!.getBoundingClientRect();
          expect(meet(box, controlsBox(el))).to.be.false;
          expect(inside(box, mapBox(el))).to.be.true;
          expect(animated, reduced ? 'moved at once' : 'moved in an animation').to.equal(!reduced);
        };
        await (reduced ? withReducedMotion(run) : run());
      }
    });
  });

  describe('tooltip (WCAG 1.4.13)', () => {
    it('is dismissed by Escape wherever the focus is, stays while hovered, and stays until then', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"><button>elders</button><mre-region-map></mre-region-map></div>`);
      const el = wrapper.querySelector('mre-region-map')!;
      await drawn(el);
      const tooltip = () => root(el).querySelector<HTMLElement>('.mre-tooltip');
      await sendMouse({ type: 'move', position: pointOf(el, EINDHOVEN) });
      await waitUntil(() => tooltip()?.textContent === 'Eindhoven', 'the tooltip of Eindhoven');
      // Persistent: it stays while the pointer does.
      for (let i = 0; i < 10; i++) await nextFrame();
      expect(tooltip()?.textContent).to.equal('Eindhoven');
      // Hoverable: onto the tooltip, it stays, and stays Eindhoven's.
      const t = tooltip()!.getBoundingClientRect();
      for (const [x, y] of [[t.left + 4, t.top + 4], [t.right - 4, t.top + 4], [t.left + t.width / 2, t.top + t.height / 2]]) {
        await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
        await nextFrame();
        expect(tooltip()?.textContent, `at ${x}, ${y}`).to.equal('Eindhoven');
        expect(area(el, EINDHOVEN).classList.contains('is-highlighted')).to.be.true;
      }
      // Dismissable: Escape, the focus on a button outside the map.
      wrapper.querySelector('button')!.focus();
      await press('Escape');
      // And it stays away, although the pointer is still there.
      for (let i = 0; i < 5; i++) await nextFrame();
      expect(tooltip() === null, 'dismissed').to.be.true;
      // It comes back when the pointer comes back.
      await sendMouse({ type: 'move', position: [1, 1] });
      await sendMouse({ type: 'move', position: pointOf(el, HELMOND) });
      await waitUntil(() => tooltip()?.textContent === 'Helmond', 'the tooltip of Helmond');
      await sendMouse({ type: 'move', position: [1, 1] });
      await waitUntil(() => tooltip() === null, 'gone when the pointer leaves');
    });

    it('lies inside the map and clear of the buttons, also next to them on a phone', async () => {
      for (const width of [320, 390]) {
        const el = await mapAt(width, html`<div><mre-region-map></mre-region-map></div>`);
        for (const code of ['GM1667', 'GM0823', 'GM1724']) {
          area(el, code).focus();
          const box = root(el).querySelector('.mre-tooltip')!.getBoundingClientRect();
          expect(inside(box, mapBox(el)), `${code} at ${width}`).to.be.true;
          expect(meet(box, controlsBox(el)), `${code} clear of the buttons at ${width}`).to.be.false;
        }
      }
    });
  });

  describe('touch and wheel', () => {
    /** Waits until the page no longer scrolls (a swipe may glide on): the same place in five frames. */
    async function scrollSettles(): Promise<void> {
      let [last, same] = [-1, 0];
      await waitUntil(
        async () => {
          await nextFrame();
          same = window.scrollY === last ? same + 1 : 0;
          last = window.scrollY;
          return same >= 5;
        },
        'the page stands still',
        { timeout: 5000, interval: 0 },
      );
    }

    /** A page taller than the window, to scroll, with a map `width` wide at its top. */
    async function scrollablePage(width: number) {
      const el = await mapAt(width, html`<div><mre-region-map></mre-region-map><div style="height: 3000px"></div></div>`);
      window.scrollTo(0, 0);
      await nextFrame();
      return el;
    }

    itIn(['chromium'], 'real touch input through the DevTools protocol', touchRefused)(
      'one finger on the map scrolls the page and says how to move the map; two fingers pan it, at 320 to 1280 pixels',
      async function () {
        this.timeout(30_000);
        for (const width of [320, 360, 390, 768, 1280]) {
          const el = await scrollablePage(width);
          const box = mapBox(el);
          const [x, y] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height * 0.7)];
          const before = drawnBox(el);
          const status = root(el).querySelector('[role="status"].mre-gesture-status')!;
          const hint = root(el).querySelector('.mre-gesture-hint')!;
          let said: string[] = [];
          const shownHint = await everHad(hint, 'is-shown', async () => {
            said = await heard(status, async () => {
              await executeServerCommand('touch', { fingers: [[x, y]], dy: -120 });
              await waitUntil(() => window.scrollY > 60, `the page scrolled at ${width}`);
            });
          });
          await still(el);
          const after = drawnBox(el);
          // The map moved with the page only.
          expect(after.left, `not panned at ${width}`).to.be.closeTo(before.left, 1);
          expect(after.top + window.scrollY, `not panned at ${width}`).to.be.closeTo(before.top, 1);
          expect(said, `said at ${width}`).to.deep.equal(['Gebruik twee vingers om de kaart te bewegen']);
          expect(shownHint, `shown at ${width}`).to.be.true;

          await scrollSettles();
          window.scrollTo(0, 0);
          await scrollSettles();
          await still(el);
          const start = drawnBox(el);
          await executeServerCommand('touch', { fingers: [[x - 40, y - 20], [x + 40, y]], dx: 50, dy: -30 });
          await waitUntil(() => drawnBox(el).left - start.left > 30, `panned with two fingers at ${width}`);
          expect(window.scrollY, `the page stays at ${width}`).to.be.below(10);
          // The next page starts at the top of the window.
          el.parentElement!.remove();
        }
      },
    );

    it('leaves a plain wheel to the page with a hint, and zooms with Ctrl + wheel', async () => {
      const el = await scrollablePage(800);
      const container = root(el).querySelector('.mre-leaflet')!;
      const [x, y] = pointOf(el, EINDHOVEN);
      const wheel = (ctrlKey: boolean) => new WheelEvent('wheel', { deltaY: -300, deltaMode: 0, clientX: x, clientY: y, ctrlKey, bubbles: true, cancelable: true, composed: true });
      const width = drawnBox(el).width;
      const plain = wheel(false);
      const said = await heard(container.querySelector('.mre-gesture-status')!, async () => {
        area(el, EINDHOVEN).dispatchEvent(plain);
        await still(el);
      });
      expect(plain.defaultPrevented, 'the page may scroll').to.be.false;
      expect(drawnBox(el).width).to.be.closeTo(width, 1);
      expect(said).to.deep.equal(['Houd Ctrl ingedrukt en scrol om in te zoomen op de kaart']);
      const zoom = wheel(true);
      area(el, EINDHOVEN).dispatchEvent(zoom);
      await still(el);
      expect(zoom.defaultPrevented, 'the page does not zoom').to.be.true;
      expect(drawnBox(el).width).to.be.above(width * 1.5);
    });
  });

  describe('a selection from the list', () => {
    for (const width of [320, 1280]) {
      it(`fills the municipality, names it and says so, at ${width} pixels`, async () => {
        const el = await mapAt(width, html`<div><mre-region-map municipality="helmond"></mre-region-map><mre-municipality-list></mre-municipality-list></div>`);
        const list = el.parentElement!.querySelector('mre-municipality-list')!;
        await list.updateComplete;
        const before = getComputedStyle(area(el, EINDHOVEN)).fill;
        // The details of another municipality are open: they close.
        key(area(el, 'GM1667'), 'Enter');
        expect(root(el).querySelector('.mre-popup-body')?.textContent).to.include('Reusel-De Mierden');
        list.shadowRoot!.querySelector<HTMLButtonElement>(`li[data-code="${EINDHOVEN}"] button[part="select-button"]`)!.click();
        await el.updateComplete;
        await list.updateComplete;
        expect(getComputedStyle(area(el, EINDHOVEN)).fill).to.equal('rgb(106, 167, 224)');
        expect(getComputedStyle(area(el, EINDHOVEN)).fill).not.to.equal(before);
        expect(shown(el, EINDHOVEN)).to.be.true;
        expect(shownText(root(el).querySelector('[part="legend"]'))).to.equal('U bent hier: Helmond Geselecteerd: Eindhoven');
        expect(shownText(list.shadowRoot!.querySelector('[part="status"]'))).to.equal('Eindhoven is gemarkeerd op de kaart.');
        expect(root(el).querySelector('.mre-popup-body') === null, 'no details open').to.be.true;
        expect(area(el, 'GM1667').getAttribute('aria-expanded')).to.equal('false');
      });
    }
  });

  describe('print', () => {
    /** A desktop map zoomed in three steps: the visitor's own view, which printing must not keep. */
    async function zoomedIn() {
      const el = await mapAt(1280, html`<div><mre-region-map municipality="helmond"></mre-region-map></div>`);
      for (let i = 0; i < 3; i++) {
        root(el).querySelector<HTMLButtonElement>('[part="controls"] button')!.click();
        await still(el);
      }
      expect(fitted(el)).to.be.false;
      return el;
    }
    const printed = (el: MreRegionMap) => root(el).querySelector<HTMLElement>('.mre-print');

    it('draws the whole region for paper before printing, and forgets it after, the view on screen unchanged', async () => {
      const el = await zoomedIn();
      const view = drawnBox(el);
      window.dispatchEvent(new Event('beforeprint'));
      const print = printed(el)!;
      expect(print.querySelectorAll('path.mre-area')).to.have.length(21);
      expect(print.querySelector<SVGPathElement>('path.mre-area.is-current')!.dataset.code).to.equal(HELMOND);
      expect(print.getAttribute('aria-hidden')).to.equal('true');
      expect(getComputedStyle(print).display).to.equal('none');
      // Shown as print shows it (in every engine: the print styles are checked in Chromium below).
      print.style.cssText = 'display: block; position: absolute; inset: 0';
      const paper = union([...print.querySelectorAll('path')].map((p) => p.getBoundingClientRect()));
      expect(inside(paper, mapBox(el))).to.be.true;
      expect(paper.width / mapBox(el).width > 0.9 || paper.height / mapBox(el).height > 0.9).to.be.true;
      const names = [...print.querySelectorAll<HTMLElement>('.mre-label')];
      expect(names.map((n) => (n as HTMLElement).dataset.code)).to.include.members([HELMOND, EINDHOVEN]);
      for (const name of names) expect(inside(name.getBoundingClientRect(), mapBox(el)), name.textContent!).to.be.true;
      window.dispatchEvent(new Event('afterprint'));
      expect(printed(el)).to.equal(null);
      await still(el);
      expect(drawnBox(el)).to.deep.equal(view);
    });

    itIn(['chromium'], 'print layout through the DevTools protocol', printRefused)(
      'prints the whole region at the paper’s width, without the buttons, and returns to the visitor’s view',
      async () => {
        const el = await zoomedIn();
        const view = drawnBox(el);
        await executeServerCommand('emulate-print', { active: true });
        try {
          // Printing follows matchMedia('print') too, for browsers without beforeprint.
          await waitUntil(() => printed(el), 'the printed map');
          expect(getComputedStyle(root(el).querySelector('.controls')!).display).to.equal('none');
          expect(getComputedStyle(root(el).querySelector('.mre-leaflet')!).display).to.equal('none');
          // The paper is narrower than the screen.
          el.parentElement!.style.width = '700px';
          await waitUntil(() => mapBox(el).width === 700, 'the width of the paper');
          const paper = union([...printed(el)!.querySelectorAll('path.mre-area')].map((p) => p.getBoundingClientRect()));
          expect(inside(paper, mapBox(el))).to.be.true;
          expect(paper.width / mapBox(el).width).to.be.above(0.9);
        } finally {
          await executeServerCommand('emulate-print', { active: false });
        }
        await waitUntil(() => !printed(el), 'the printed map gone');
        el.parentElement!.style.width = '1280px';
        await waitUntil(() => mapBox(el).width === 1280, 'the screen again');
        await still(el);
        expect(getComputedStyle(root(el).querySelector('.controls')!).display).to.equal('flex');
        expect(drawnBox(el)).to.deep.equal(view);
      },
    );
  });

  describe('boundaries far away', () => {
    const swap = (g: Geometry): Geometry =>
      g.type === 'Polygon'
        ? { type: 'Polygon', coordinates: g.coordinates.map((ring) => ring.map(([lng, lat]) => [lat, lng] as Position)) }
        : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((ring) => ring.map(([lng, lat]) => [lat, lng] as Position))) };
    const shifted = (g: Geometry, dlng: number): Geometry =>
      g.type === 'Polygon'
        ? { type: 'Polygon', coordinates: g.coordinates.map((ring) => ring.map(([lng, lat]) => [lng + dlng, lat] as Position)) }
        : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((ring) => ring.map(([lng, lat]) => [lng + dlng, lat] as Position))) };

    for (const [what, code, boundary] of [
      ['far away (in Germany)', 'GM0753', shifted(defaultBoundaries.GM0753, 3)],
      ['with longitude and latitude swapped', 'GM0848', swap(defaultBoundaries.GM0848)],
    ] as const) {
      it(`leaves off a boundary ${what} with one warning, shows the other 20, and the list offers no "show on map" for it`, async () => {
        const warn = sinon.stub(console, 'warn');
        try {
          const region = { ...defaultRegion, municipalities: defaultRegion.municipalities.map((m) => (m.code === code ? { ...m, boundary } : m)) };
          const src = `data:application/json,${encodeURIComponent(JSON.stringify(region))}`;
          const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"><mre-region-map src=${src}></mre-region-map><mre-municipality-list src=${src}></mre-municipality-list></div>`);
          const el = wrapper.querySelector('mre-region-map')!;
          const list = wrapper.querySelector('mre-municipality-list')!;
          await el.updateComplete;
          await drawn(el, 20);
          expect(area(el, code)).to.equal(null);
          await waitUntil(() => fitted(el), 'fitted to the other 20');
          for (const path of areas(el)) expect(inside(path.getBoundingClientRect(), mapBox(el)), path.dataset.code).to.be.true;
          const warnings = warn.getCalls().filter((c) => String(c.args[0]).includes(code));
          expect(warnings).to.have.length(1);
          expect(String(warnings[0].args[0])).to.include(code === 'GM0848' ? 'has longitude and latitude swapped' : 'lies outside the region');
          await list.updateComplete;
          const button = (c: string) => list.shadowRoot!.querySelector(`li[data-code="${c}"] button[part="select-button"]`);
          await waitUntil(() => !button(code), 'no "show on map" for it');
          expect(button(EINDHOVEN)).to.exist;
          expect(list.shadowRoot!.querySelectorAll('button[part="select-button"]')).to.have.length(20);
        } finally {
          warn.restore();
        }
      });
    }
  });

  describe('accessibility tree', () => {
    it('names the group of municipalities and hides the drawing of the outlines', async () => {
      const el = await mapAt(800, html`<div><mre-region-map municipality="helmond"></mre-region-map></div>`);
      const svg = area(el, EINDHOVEN).ownerSVGElement!;
      expect(svg.getAttribute('role')).to.equal('group');
      expect(svg.getAttribute('aria-label')).to.equal('Gemeenten in de Metropoolregio Eindhoven');
      const outlines = root(el).querySelector<SVGPathElement>('path.mre-mark-current')!.ownerSVGElement!;
      expect(outlines).not.to.equal(svg);
      expect(outlines.getAttribute('aria-hidden')).to.equal('true');
      el.lang = 'en';
      await el.updateComplete;
      expect(svg.getAttribute('aria-label')).to.equal('Municipalities in the Metropoolregio Eindhoven');
      await expect(el).to.be.accessible();
    });
  });
});
