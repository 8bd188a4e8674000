import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
import { forcedColoursRefused, itIn } from '../../../test/engine.js';
import { press } from '../../../test/keys.js';
import { area, areas, drawn, drawnBox, fitted, focused, map, mapBox, pointOf, popup, root, still, tabInto } from '../../../test/map.js';
import { afterEverythingScheduled, whenClass } from '../../../test/scheduled.js';
import sinon from 'sinon';
import { MreMunicipalitySelectEvent } from '../../events.js';
import { fresh, nextError, visibleText, shownText } from '../../../test/helpers.js';
import { en } from '../../i18n/strings-en.js';
import { nl } from '../../i18n/strings.js';
import { setBasePath } from '../../internal/base-path.js';
import { isTileTemplate, resolveBasemap } from './basemap.js';
import { loadMapEngine } from './load-engine.js';
import './region-map.js';
import { MreRegionMap } from './region-map.js';
import { REGION_ASPECT_RATIO } from './region-map.styles.js';

const names = (el: MreRegionMap) => areas(el).map((p) => p.getAttribute('aria-label'));
const notices = (el: MreRegionMap) =>
  [...root(el).querySelectorAll('[role="status"] .notice')].map((n) => shownText(n));

describe('<mre-region-map>', () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  describe('drawing', () => {
    it('draws the 21 municipalities in its shadow root and none in the document', async () => {
      const el = await map(html`<mre-region-map></mre-region-map>`);
      expect(areas(el)).to.have.length(21);
      expect(document.querySelectorAll('path')).to.have.length(0);
      expect(document.querySelectorAll('.leaflet-container')).to.have.length(0);
      expect(names(el)).to.include('Nuenen, Gerwen en Nederwetten');
      expect(root(el).querySelector('.mre-leaflet')!.getAttribute('aria-label')).to.equal(
        'Kaart van de gemeenten in de Metropoolregio Eindhoven',
      );
      expect(root(el).querySelectorAll('.leaflet-container')).to.have.length(1);
    });

    it("applies Leaflet's CSS inside the shadow root, after the element's own styles", async () => {
      const el = await map(html`<mre-region-map></mre-region-map>`);
      const container = root(el).querySelector('.leaflet-container')!;
      expect(getComputedStyle(container).overflow).to.equal('hidden');
      expect(getComputedStyle(root(el).querySelector('.leaflet-pane')!).position).to.equal('absolute');
      expect(getComputedStyle(root(el).querySelector('.leaflet-map-pane svg')!).position).to.equal('absolute');
      const sheets = root(el).adoptedStyleSheets;
      expect(sheets.length).to.equal(MreRegionMap.styles.length + 1);
      expect([...sheets.at(-1)!.cssRules].some((r) => (r as CSSStyleRule).selectorText === '.leaflet-container')).to.be.true;
      // Nothing was added to the page's own styles.
      expect(document.adoptedStyleSheets.length).to.equal(0);
      expect(document.querySelectorAll('style, link[rel="stylesheet"]')).to.have.length(0);
    });

    it('takes the shape of the region: the region fills the map at the width it gets', async () => {
      // Changed by the issue "Screens": the height follows the region instead of a fixed 28em.
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"><mre-region-map></mre-region-map></div>`);
      const el = wrapper.querySelector('mre-region-map')!;
      await drawn(el);
      expect(mapBox(el).height).to.be.closeTo(600 / REGION_ASPECT_RATIO, 1);
      expect(fitted(el)).to.be.true;
      expect(drawnBox(el).height / mapBox(el).height).to.be.above(0.85);
    });

    it('shows the names on the map, readable and without overlap', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"><mre-region-map></mre-region-map></div>`);
      const host = wrapper.querySelector('mre-region-map')!;
      await drawn(host);
      const labels = [...root(host).querySelectorAll<HTMLElement>('.mre-label')];
      expect(labels).to.have.length(21);
      const shown = labels.filter((l) => getComputedStyle(l).visibility === 'visible');
      expect(shown.length).to.be.at.least(17);
      for (const label of shown) {
        expect(parseFloat(getComputedStyle(label).fontSize)).to.be.at.least(12);
        expect(label.getAttribute('aria-hidden')).to.equal('true');
      }
      const rects = shown.map((l) => l.getBoundingClientRect());
      for (let i = 0; i < rects.length; i++) {
        for (let j = i + 1; j < rects.length; j++) {
          const [a, b] = [rects[i], rects[j]];
          const overlap = a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
          expect(overlap, `${shown[i].textContent} overlaps ${shown[j].textContent}`).to.be.false;
        }
      }
    });

    it('hides names that would overlap in a small map, and never the site’s own', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 260px"><mre-region-map municipality="waalre" height="200"></mre-region-map></div>`);
      const el = wrapper.querySelector('mre-region-map')!;
      await drawn(el);
      const labels = [...root(el).querySelectorAll<HTMLElement>('.mre-label')];
      const hidden = labels.filter((l) => getComputedStyle(l).visibility === 'hidden');
      expect(hidden.length).to.be.greaterThan(0);
      const waalre = root(el).querySelector<HTMLElement>('.mre-label[data-code="GM0866"]')!;
      expect(getComputedStyle(waalre).visibility).to.equal('visible');
    });

    it('always shows the attribution of the boundaries, in the language of the element', async () => {
      const el = await map(html`<mre-region-map></mre-region-map>`);
      const attribution = root(el).querySelector<HTMLElement>('[part="attribution"]')!;
      expect(attribution.textContent).to.include('Gemeentegrenzen: Kadaster / Centraal Bureau voor de Statistiek (CBS), bewerkt.');
      expect(attribution.offsetHeight).to.be.greaterThan(0);
      el.lang = 'en';
      await el.updateComplete;
      expect(attribution.textContent).to.include('Municipal boundaries: Kadaster / Statistics Netherlands (CBS), edited.');
    });
  });

  describe('the site’s own municipality', () => {
    for (const key of ['helmond', 'GM0794', ' gm0794 ']) {
      it(`is marked in colour and in text when named "${key}"`, async () => {
        const el = await map(html`<mre-region-map municipality=${key}></mre-region-map>`);
        const current = areas(el).filter((p) => p.classList.contains('is-current'));
        expect(current).to.have.length(1);
        expect(current[0].dataset.code).to.equal('GM0794');
        expect(current[0].getAttribute('aria-label')).to.equal('Helmond, U bent hier');
        expect(getComputedStyle(current[0]).fill).to.equal('rgb(255, 210, 77)');
        expect(getComputedStyle(area(el, 'GM0772')).fill).to.equal('rgb(213, 227, 240)');
        // On the map, the name alone (changed by the issue "Screens": "U bent hier" no longer
        // covers the area); the legend under the map says it, next to the colour.
        const label = root(el).querySelector('.mre-label[data-code="GM0794"]')!;
        expect(label.textContent).to.equal('Helmond');
        expect(shownText(root(el).querySelector('[part="legend"]')!)).to.equal('U bent hier: Helmond');
        expect(visibleText(el)).to.include('Helmond (U bent hier)');
        expect(notices(el)).to.deep.equal([]);
      });
    }

    it('takes its colours from the tokens', async () => {
      const el = await map(html`<mre-region-map
        municipality="best"
        style="--mre-map-fill: rgb(1, 2, 3); --mre-map-outline: rgb(4, 5, 6); --mre-map-current: rgb(7, 8, 9); --mre-map-highlight: rgb(10, 11, 12)"
      ></mre-region-map>`);
      expect(getComputedStyle(area(el, 'GM0772')).fill).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(area(el, 'GM0772')).stroke).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(area(el, 'GM0753')).fill).to.equal('rgb(7, 8, 9)');
      area(el, 'GM0772').focus();
      expect(getComputedStyle(area(el, 'GM0772')).fill).to.equal('rgb(10, 11, 12)');
    });

    it('warns visibly about an unknown municipality and still shows the map', async () => {
      const el = await map(html`<mre-region-map municipality="atlantis"></mre-region-map>`);
      expect(areas(el)).to.have.length(21);
      expect(areas(el).filter((p) => p.classList.contains('is-current'))).to.have.length(0);
      expect(notices(el)).to.have.length(1);
      expect(notices(el)[0]).to.include('„atlantis” komt niet voor in de gegevens');
      expect(root(el).querySelector<HTMLElement>('.notice')!.offsetHeight).to.be.greaterThan(0);
      expect(visibleText(el)).not.to.include('U bent hier');
      el.municipality = 'deurne';
      await el.updateComplete;
      expect(notices(el)).to.deep.equal([]);
      expect(area(el, 'GM0762').getAttribute('aria-label')).to.equal('Deurne, U bent hier');
    });

    it('says "You are here" in English', async () => {
      const el = await map(html`<mre-region-map lang="en" municipality="helmond"></mre-region-map>`);
      expect(area(el, 'GM0794').getAttribute('aria-label')).to.equal('Helmond, You are here');
      expect(visibleText(el)).to.include('Helmond (You are here)');
    });
  });

  describe('keyboard', () => {
    it('is one Tab stop; the arrow keys reach all 21 municipalities by name, in reading order', async () => {
      const el = await map(html`<mre-region-map></mre-region-map>`);
      expect(areas(el).filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);
      await tabInto(el);
      const visited: string[] = [focused(el)!.getAttribute('aria-label')!];
      for (let i = 0; i < 25; i++) {
        await press('ArrowRight');
        visited.push(focused(el)!.getAttribute('aria-label')!);
      }
      const unique = [...new Set(visited)];
      expect(unique).to.have.length(21);
      expect(unique.every((name) => name.length > 0)).to.be.true;
      // North-west first, south-east last; no key runs off the end.
      expect(unique[0]).to.equal('Oirschot');
      expect(unique.at(-1)).to.equal('Someren');
      expect(visited.at(-1)).to.equal('Someren');
      // Still one Tab stop, now on the last municipality reached.
      expect(areas(el).filter((p) => p.getAttribute('tabindex') === '0').map((p) => p.getAttribute('aria-label'))).to.deep.equal(['Someren']);
      await press('Home');
      expect(focused(el)!.getAttribute('aria-label')).to.equal('Oirschot');
      await press('ArrowLeft');
      expect(focused(el)!.getAttribute('aria-label')).to.equal('Oirschot');
      await press('End');
      expect(focused(el)!.getAttribute('aria-label')).to.equal('Someren');
      await press('ArrowUp');
      expect(focused(el)!.getAttribute('aria-label')).to.equal('Asten');
      await press('ArrowDown');
      expect(focused(el)!.getAttribute('aria-label')).to.equal('Someren');
      // Tab leaves the map for the zoom buttons.
      await press('Tab');
      expect(focused(el)!.getAttribute('aria-label')).to.equal('Inzoomen');
      expect(focused(el)!.localName).to.equal('button');
    });

    it('starts at the site’s own municipality', async () => {
      const el = await map(html`<mre-region-map municipality="valkenswaard"></mre-region-map>`);
      await tabInto(el);
      expect(focused(el)!.getAttribute('aria-label')).to.equal('Valkenswaard, U bent hier');
    });

    it('describes how to use the map to screen readers', async () => {
      const el = await map(html`<mre-region-map></mre-region-map>`);
      const group = root(el).querySelector('.mre-leaflet')!;
      expect(group.getAttribute('role')).to.equal('group');
      const hint = root(el).getElementById(group.getAttribute('aria-describedby')!)!;
      expect(hint.textContent).to.include('pijltoetsen');
    });

    it('highlights the focused municipality and shows its name', async () => {
      const el = await map(html`<mre-region-map municipality="eindhoven"></mre-region-map>`);
      await tabInto(el);
      const path = focused(el) as SVGPathElement;
      expect(path.classList.contains('is-highlighted')).to.be.true;
      const tooltip = root(el).querySelector('.mre-tooltip')!;
      expect(tooltip.textContent).to.equal('EindhovenU bent hier');
      await press('ArrowRight');
      expect(path.classList.contains('is-highlighted')).to.be.false;
      expect(root(el).querySelector('.mre-tooltip')!.textContent).to.equal('Geldrop-Mierlo');
      await press('Escape');
      expect(root(el).querySelector('.mre-tooltip')).to.equal(null);
    });

    it('keeps the focus outline on the focused municipality whatever the pointer does', async () => {
      const el = await map(html`<mre-region-map municipality="eindhoven"></mre-region-map>`);
      await tabInto(el);
      const eindhoven = area(el, 'GM0772');
      expect(focused(el)).to.equal(eindhoven);
      const outlineOf = (kind: string) => root(el).querySelector<SVGPathElement>(`path.mre-mark-${kind}`);
      const sameShape = (mark: SVGPathElement | null, code: string) => {
        if (!mark) return false;
        // The geometry, not the painted box: Firefox counts the (wider) stroke into the latter.
        const [a, b] = [mark.getBBox(), area(el, code).getBBox()];
        return a.width > 10 && Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1 && Math.abs(a.width - b.width) < 1 && Math.abs(a.height - b.height) < 1;
      };
      const focusOutlineOnEindhoven = () => {
        const ring = outlineOf('focus');
        expect(sameShape(ring, 'GM0772'), 'focus outline around Eindhoven').to.be.true;
        expect(getComputedStyle(ring!).stroke).to.equal('rgb(27, 27, 27)');
        expect(parseFloat(getComputedStyle(ring!).strokeWidth)).to.be.at.least(3);
        expect(getComputedStyle(ring!).visibility).to.equal('visible');
      };
      focusOutlineOnEindhoven();

      // The pointer over another municipality highlights that one, with an outline of its own.
      await sendMouse({ type: 'move', position: pointOf(el, 'GM0794') });
      await waitUntil(() => area(el, 'GM0794').classList.contains('is-highlighted'), 'Helmond highlighted');
      expect(sameShape(outlineOf('hover'), 'GM0794'), 'hover outline around Helmond').to.be.true;
      focusOutlineOnEindhoven();

      // And when it leaves the map, the hover goes; the focus outline stays.
      await sendMouse({ type: 'move', position: [1, 1] });
      await waitUntil(() => !area(el, 'GM0794').classList.contains('is-highlighted'), 'Helmond no longer highlighted');
      expect(outlineOf('hover')).to.equal(null);
      expect(focused(el)).to.equal(eindhoven);
      expect(eindhoven.classList.contains('is-highlighted')).to.be.true;
      focusOutlineOnEindhoven();

      // Hovering the focused municipality itself and leaving it does not take the outline either.
      await sendMouse({ type: 'move', position: pointOf(el, 'GM0772') });
      await waitUntil(() => outlineOf('hover') !== null, 'Eindhoven hovered');
      await sendMouse({ type: 'move', position: [1, 1] });
      await waitUntil(() => outlineOf('hover') === null, 'hover gone');
      focusOutlineOnEindhoven();

      // Focus moves on: the outline follows; focus leaves the map: the outline goes.
      await press('ArrowRight');
      expect(sameShape(outlineOf('focus'), 'GM1771'), 'focus outline around Geldrop-Mierlo').to.be.true;
      await press('Tab');
      expect(outlineOf('focus')).to.equal(null);
    });

    it('opens the details with Enter, fires mre-municipality-select, and Escape returns focus', async () => {
      const el = await map(html`<mre-region-map municipality="helmond"></mre-region-map>`);
      await tabInto(el);
      expect(focused(el)!.getAttribute('aria-label')).to.equal('Helmond, U bent hier');
      const event = oneEvent(el, 'mre-municipality-select') as Promise<MreMunicipalitySelectEvent>;
      await press('Enter');
      const { detail, bubbles, composed } = await event;
      expect(detail).to.deep.equal({ code: 'GM0794', slug: 'helmond', name: 'Helmond' });
      expect(bubbles && composed).to.be.true;
      const body = popup(el)!;
      expect(body.getAttribute('role')).to.equal('dialog');
      expect(root(el).getElementById(body.getAttribute('aria-labelledby')!)!.textContent).to.equal('Helmond');
      const lines = [...body.querySelectorAll('p')].map((p) => p.textContent);
      expect(lines).to.deep.equal(['Helmond', 'U bent hier', '95.874 inwoners (1 januari 2024)', 'Website van Helmond']);
      const link = body.querySelector('a')!;
      expect(link.href).to.equal('https://www.helmond.nl/');
      expect(focused(el)).to.equal(body);
      expect(area(el, 'GM0794').getAttribute('aria-expanded')).to.equal('true');
      await press('Escape');
      expect(popup(el)).to.equal(null);
      expect(focused(el)).to.equal(area(el, 'GM0794'));
      expect(area(el, 'GM0794').getAttribute('aria-expanded')).to.equal('false');
    });

    it('opens the details with Space too, and closes them with their own close button', async () => {
      const el = await map(html`<mre-region-map></mre-region-map>`);
      await tabInto(el);
      await press('ArrowRight');
      await press('Space');
      expect(popup(el)!.querySelector('p')!.textContent).to.equal('Best');
      await press('Tab');
      const close = focused(el) as HTMLButtonElement;
      expect(close.localName).to.equal('button');
      expect(close.getAttribute('aria-label')).to.equal('Sluiten');
      await press('Enter');
      expect(popup(el)).to.equal(null);
      expect(focused(el)).to.equal(area(el, 'GM0753'));
    });

    it('shows the details in English with English number and date formats', async () => {
      const el = await map(html`<mre-region-map lang="en"></mre-region-map>`);
      await tabInto(el);
      await press('End');
      await press('Enter');
      const lines = [...popup(el)!.querySelectorAll('p')].map((p) => p.textContent);
      expect(lines).to.deep.equal(['Someren', '20,188 inhabitants (1 January 2024)', 'Website of Someren']);
      expect(popup(el)!.querySelector('a')!.href).to.equal('https://www.someren.nl/');
      expect(popup(el)!.querySelector('button')!.getAttribute('aria-label')).to.equal('Close');
    });

    it('zooms with + and -, and not at all with no-zoom', async () => {
      const el = await map(html`<mre-region-map></mre-region-map>`);
      await tabInto(el);
      const before = drawnBox(el).width;
      await press('+');
      await waitUntil(() => drawnBox(el).width > before * 1.5, 'zoomed in');
      await still(el);
      await press('-');
      await waitUntil(() => Math.abs(drawnBox(el).width - before) < 2, 'zoomed out again');
      await still(el);
      el.noZoom = true;
      await el.updateComplete;
      await press('+');
      await still(el);
      expect(Math.abs(drawnBox(el).width - before)).to.be.below(2);
    });
  });

  describe('pointer', () => {
    it('highlights on hover and shows the name; a click opens the details and fires the event', async () => {
      const el = await map(html`<mre-region-map></mre-region-map>`);
      await sendMouse({ type: 'move', position: pointOf(el, 'GM0772') });
      await waitUntil(() => area(el, 'GM0772').classList.contains('is-highlighted'), 'highlighted');
      expect(root(el).querySelector('.mre-tooltip')!.textContent).to.equal('Eindhoven');
      expect(getComputedStyle(area(el, 'GM0772')).fill).to.equal('rgb(143, 185, 227)');
      const event = oneEvent(el, 'mre-municipality-select') as Promise<MreMunicipalitySelectEvent>;
      await sendMouse({ type: 'click', position: pointOf(el, 'GM0772') });
      expect((await event).detail).to.deep.equal({ code: 'GM0772', slug: 'eindhoven', name: 'Eindhoven' });
      expect(popup(el)!.querySelector('p')!.textContent).to.equal('Eindhoven');
      expect(popup(el)!.querySelector('a')!.href).to.equal('https://www.eindhoven.nl/');
      await sendMouse({ type: 'move', position: [1, 1] });
      await waitUntil(() => !area(el, 'GM0772').classList.contains('is-highlighted'), 'highlight gone');
    });

    it('does not zoom with the scroll wheel', async () => {
      const el = await map(html`<mre-region-map></mre-region-map>`);
      const before = drawnBox(el).width;
      const [x, y] = pointOf(el, 'GM0772');
      root(el)
        .querySelector('.mre-leaflet')!
        .dispatchEvent(new WheelEvent('wheel', { deltaY: -600, deltaMode: 0, clientX: x, clientY: y, bubbles: true, cancelable: true }));
      await still(el);
      expect(Math.abs(drawnBox(el).width - before)).to.be.below(1);
    });
  });

  describe('zoom buttons', () => {
    it('are real buttons with Dutch names that zoom, and Leaflet’s own links are gone', async () => {
      const el = await map(html`<mre-region-map></mre-region-map>`);
      const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('[part="controls"] button')];
      expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Inzoomen', 'Uitzoomen', 'Toon de hele regio']);
      expect(buttons.every((b) => b.type === 'button')).to.be.true;
      expect(root(el).querySelectorAll('a[role="button"], .leaflet-control-zoom, .leaflet-control-attribution')).to.have.length(0);
      const before = drawnBox(el).width;
      buttons[0].click();
      await waitUntil(() => drawnBox(el).width > before * 1.5, 'zoomed in');
      await still(el);
      expect(fitted(el)).to.be.false;
      buttons[2].click();
      await waitUntil(() => fitted(el), 'whole region again');
    });

    it('are named in English in English', async () => {
      const el = await map(html`<mre-region-map lang="en"></mre-region-map>`);
      const buttons = [...root(el).querySelectorAll('[part="controls"] button')];
      expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Zoom in', 'Zoom out', 'Show the whole region']);
    });

    it('say when they cannot zoom further, and then do nothing', async () => {
      const el = await map(html`<mre-region-map></mre-region-map>`);
      const zoomOut = root(el).querySelectorAll<HTMLButtonElement>('[part="controls"] button')[1];
      for (let i = 0; i < 6 && zoomOut.getAttribute('aria-disabled') !== 'true'; i++) {
        zoomOut.click();
        await still(el);
        await el.updateComplete;
      }
      expect(zoomOut.getAttribute('aria-disabled')).to.equal('true');
      const width = drawnBox(el).width;
      zoomOut.click();
      await still(el);
      expect(drawnBox(el).width).to.equal(width);
    });

    it('are gone with no-zoom, and so are zooming and panning', async () => {
      const el = await map(html`<mre-region-map no-zoom></mre-region-map>`);
      await waitUntil(() => root(el).querySelector('.mre-leaflet'));
      expect(root(el).querySelector('[part="controls"]')).to.equal(null);
      const container = root(el).querySelector('.mre-leaflet')!;
      expect(container.classList.contains('leaflet-grab')).to.be.false;
      el.noZoom = false;
      await el.updateComplete;
      expect(root(el).querySelector('[part="controls"]')).to.exist;
      expect(container.classList.contains('leaflet-grab')).to.be.true;
    });
  });

  describe('size', () => {
    it('takes its height from the height attribute, in pixels or any CSS length', async () => {
      const el = await map(html`<mre-region-map height="300"></mre-region-map>`);
      expect(mapBox(el).height).to.equal(300);
      el.height = '20em';
      await el.updateComplete;
      await waitUntil(() => fitted(el), 'refitted');
      expect(mapBox(el).height).to.equal(320);
    });

    it('says so and keeps the default height when height is not a length', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"><mre-region-map height="banana"></mre-region-map></div>`);
      const el = wrapper.querySelector('mre-region-map')!;
      await drawn(el);
      expect(mapBox(el).height).to.be.closeTo(600 / REGION_ASPECT_RATIO, 1);
      expect(notices(el)).to.deep.equal(['Let op: height="banana" is geen hoogte (bijvoorbeeld 30em of 400px); de standaardhoogte wordt gebruikt.']);
    });

    it('takes its default height from --mre-map-height', async () => {
      const el = await map(html`<mre-region-map style="--mre-map-height: 15em"></mre-region-map>`);
      expect(mapBox(el).height).to.equal(15 * 16);
    });

    it('draws at full size when created in a closed <details> and opened later', async () => {
      const details = await fixture<HTMLDetailsElement>(html`<details><summary>Kaart</summary><mre-region-map></mre-region-map></details>`);
      const el = details.querySelector('mre-region-map')!;
      await waitUntil(() => areas(el).length === 21, 'drawn while hidden');
      // Chromium lays out a closed <details> (content-visibility: hidden) but paints nothing.
      expect(root(el).querySelector('.map')!.checkVisibility()).to.be.false;
      details.open = true;
      await waitUntil(() => fitted(el), 'fitted once shown');
      expect(mapBox(el).width).to.be.greaterThan(500);
    });

    it('draws at full size when created under display:none and shown later', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="display: none"><mre-region-map></mre-region-map></div>`);
      const el = wrapper.querySelector('mre-region-map')!;
      await waitUntil(() => areas(el).length === 21, 'drawn while hidden');
      wrapper.style.display = 'block';
      await waitUntil(() => fitted(el), 'fitted once shown');
      // Hidden and shown again at another size: fitted again.
      wrapper.style.display = 'none';
      await waitUntil(() => mapBox(el).width === 0, 'hidden');
      await nextFrame();
      wrapper.style.display = 'block';
      wrapper.style.width = '400px';
      await waitUntil(() => fitted(el) && mapBox(el).width === 400, 'fitted at the new size');
    });

    it('fits the region again when it is resized', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"><mre-region-map></mre-region-map></div>`);
      const el = wrapper.querySelector('mre-region-map')!;
      await drawn(el);
      await waitUntil(() => fitted(el));
      const wide = drawnBox(el).width;
      wrapper.style.width = '360px';
      await waitUntil(() => fitted(el) && drawnBox(el).width < wide * 0.7, 'fitted to the narrow width');
      wrapper.style.width = '800px';
      await waitUntil(() => fitted(el) && Math.abs(drawnBox(el).width - wide) < 4, 'fitted to the wide width');
    });
  });

  describe('lifecycle', () => {
    it('removes the map when detached and builds it again when re-attached', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><mre-region-map municipality="best"></mre-region-map></div>`);
      const el = wrapper.querySelector('mre-region-map')!;
      await drawn(el);
      const removed = root(el).querySelector<HTMLElement>('.leaflet-container')!;
      el.remove();
      expect(areas(el)).to.have.length(0);
      expect(root(el).querySelector('.leaflet-container')).to.equal(null);
      // The removed map no longer works: put back on a page and resized, it changes nothing and
      // throws nothing (its resize observer would refit it, on a map without panes).
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      try {
        removed.style.cssText = 'width: 300px; height: 200px';
        const before = removed.outerHTML;
        wrapper.after(removed);
        // Resize observers are called in the order they were made: the map's, if it still
        // observed, before this one.
        await new Promise<void>((resolve) => {
          const probe = new ResizeObserver(() => {
            probe.disconnect();
            resolve();
          });
          probe.observe(removed);
        });
        expect(removed.outerHTML).to.equal(before);
        expect(errors).to.deep.equal([]);
      } finally {
        removed.remove();
        window.removeEventListener('error', onError);
      }
      wrapper.append(el);
      await drawn(el);
      expect(root(el).querySelectorAll('.leaflet-container')).to.have.length(1);
      expect(area(el, 'GM0753').getAttribute('aria-label')).to.equal('Best, U bent hier');
      await waitUntil(() => fitted(el), 'fitted after re-attaching');
    });

    it('leaves no maps, observers, listeners or nodes behind after 100 attach/detach cycles', async function () {
      this.timeout(60_000);
      const wrapper = await fixture<HTMLDivElement>(html`<div><mre-region-map></mre-region-map></div>`);
      const el = wrapper.querySelector('mre-region-map')!;
      await drawn(el);
      const listeners = new Set<string>();
      const ids = new WeakMap<object, number>();
      let nextId = 0;
      const key = (target: string, type: string, fn: unknown, options?: boolean | EventListenerOptions) =>
        `${target}|${type}|${ids.get(fn as object) ?? ids.set(fn as object, ++nextId).get(fn as object)}|${typeof options === 'boolean' ? options : !!options?.capture}`;
      const spies: sinon.SinonStub[] = [];
      for (const [name, target] of [['window', window], ['document', document]] as const) {
        const add = target.addEventListener.bind(target);
        const remove = target.removeEventListener.bind(target);
        spies.push(
          sinon.stub(target, 'addEventListener').callsFake((type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
            if (fn) listeners.add(key(name, type, fn, options));
            add(type, fn as EventListenerOrEventListenerObject, options);
          }),
          sinon.stub(target, 'removeEventListener').callsFake((type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
            if (fn) listeners.delete(key(name, type, fn, options));
            remove(type, fn as EventListenerOrEventListenerObject, options);
          }),
        );
      }
      let observing = 0;
      const Original = window.ResizeObserver;
      window.ResizeObserver = class extends Original {
        override observe(target: Element, options?: ResizeObserverOptions) {
          observing++;
          super.observe(target, options);
        }
        override disconnect() {
          observing--;
          super.disconnect();
        }
      };
      try {
        let nodesAfterFirst = 0;
        let listenersAfterFirst = 0;
        for (let i = 0; i < 100; i++) {
          el.remove();
          expect(root(el).querySelectorAll('.leaflet-container')).to.have.length(0);
          wrapper.append(el);
          await drawn(el);
          expect(root(el).querySelectorAll('.leaflet-container')).to.have.length(1);
          if (i === 0) {
            nodesAfterFirst = root(el).querySelectorAll('*').length;
            listenersAfterFirst = listeners.size;
          }
        }
        expect(root(el).querySelectorAll('*').length).to.equal(nodesAfterFirst);
        expect(listeners.size).to.be.at.most(listenersAfterFirst);
        expect(observing).to.equal(1);
        el.remove();
        expect(observing).to.equal(0);
        expect(root(el).querySelectorAll('.leaflet-container, path')).to.have.length(0);
      } finally {
        spies.forEach((s) => s.restore());
        window.ResizeObserver = Original;
      }
    });

    it('does not build a map when detached before the engine arrives', async () => {
      const el = document.createElement('mre-region-map');
      document.body.append(el);
      el.remove();
      // The engine arrives, and the element has had its turn to use it.
      await loadMapEngine();
      await el.updateComplete;
      await nextFrame();
      expect(root(el).querySelector('.mre-leaflet, .leaflet-container')).to.equal(null);
    });

    it('can be removed while it zooms: nothing of the zoom runs on after', async () => {
      const el = await map(html`<mre-region-map></mre-region-map>`);
      const pane = root(el).querySelector('.leaflet-map-pane')!;
      const errors = await afterEverythingScheduled(async () => {
        const zooming = whenClass(pane, 'leaflet-zoom-anim');
        root(el).querySelector<HTMLButtonElement>('[part="controls"] button')!.click();
        await zooming;
        el.remove();
      });
      expect(errors).to.deep.equal([]);
      expect(root(el).querySelector('.leaflet-container')).to.equal(null);
    });

    it('shows the list and a notice, and throws nothing, when the map cannot be loaded', async () => {
      // The page names a folder without the engine in it (a wrong setBasePath).
      setBasePath('/__test__/no-such-folder/');
      const warn = sinon.stub(console, 'warn');
      try {
        const el = await fixture<MreRegionMap>(html`<mre-region-map municipality="helmond"></mre-region-map>`);
        expect(notices(el)).to.deep.equal(['Let op: De kaart kon niet worden geladen. De gemeenten staan hieronder als lijst.']);
        expect(root(el).querySelector<HTMLElement>('.frame')!.hidden).to.be.true;
        const details = root(el).querySelector('details')!;
        expect(details.open).to.be.true;
        expect(details.querySelectorAll('li')).to.have.length(21);
        expect(visibleText(el)).to.include('Helmond (U bent hier)');
        expect(root(el).querySelector('[part="attribution"]')!.textContent).to.include('Gemeentegrenzen');
        expect(warn.calledWithMatch('mre-widgets: the municipalities are shown as a list, because the map engine')).to.be.true;
        await expect(el).to.be.accessible();
      } finally {
        setBasePath(undefined);
        warn.restore();
      }
    });

    it('loads the engine from the folder a <meta name="mre-widgets-base"> names', async () => {
      const meta = Object.assign(document.createElement('meta'), { name: 'mre-widgets-base', content: '/__test__/meta-folder' });
      document.head.append(meta);
      const warn = sinon.stub(console, 'warn');
      try {
        const el = await fixture<MreRegionMap>(html`<mre-region-map></mre-region-map>`);
        expect(notices(el)).to.deep.equal(['Let op: De kaart kon niet worden geladen. De gemeenten staan hieronder als lijst.']);
        const asked = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
        expect(asked).to.include('/__test__/meta-folder/chunks/mre-map-engine.js');
      } finally {
        meta.remove();
        warn.restore();
      }
      // Without it, the engine comes from next to the script again.
      const el = await map(html`<mre-region-map></mre-region-map>`);
      expect(notices(el)).to.deep.equal([]);
    });
  });

  describe('basemap', () => {
    it('asks no other host for anything by default', async () => {
      const start = performance.now();
      const fetchSpy = sinon.spy(window, 'fetch');
      try {
        const el = await map(html`<mre-region-map></mre-region-map>`);
        expect(el.basemap).to.equal('none');
        const before = drawnBox(el).width;
        root(el).querySelector<HTMLButtonElement>('[part="controls"] button')!.click();
        await waitUntil(() => drawnBox(el).width > before * 1.5, 'zoomed in');
        await still(el);
        const entries = performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime >= start)
          .map((e) => new URL(e.name));
        expect(entries.filter((u) => u.origin !== location.origin).map((u) => u.href)).to.deep.equal([]);
        expect(fetchSpy.getCalls().filter((c) => new URL(String(c.args[0]), location.href).origin !== location.origin)).to.have.length(0);
        expect(root(el).querySelectorAll('img, .leaflet-tile, .leaflet-tile-pane img')).to.have.length(0);
        expect(root(el).querySelector('[part="attribution"] a')).to.equal(null);
      } finally {
        fetchSpy.restore();
      }
    });

    it('keeps the map and says so when the tile server does not answer', async () => {
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.message);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      try {
        const el = await map(html`<mre-region-map
          basemap="http://127.0.0.1:9/{z}/{x}/{y}.png"
          basemap-attribution="Testtegels"
        ></mre-region-map>`);
        await waitUntil(() => root(el).querySelector('img.leaflet-tile'), 'tiles requested');
        expect(root(el).querySelector<HTMLImageElement>('img.leaflet-tile')!.src).to.match(/^http:\/\/127\.0\.0\.1:9\/\d+\/\d+\/\d+\.png$/);
        await waitUntil(() => notices(el).length > 0, 'tile failure reported', { timeout: 5000 });
        expect(notices(el)).to.deep.equal(['Let op: De achtergrondkaart kon niet worden geladen. De kaart toont alleen de gemeentegrenzen.']);
        expect(areas(el)).to.have.length(21);
        expect(root(el).querySelector('[part="attribution"]')!.textContent).to.include('Testtegels');
        expect(fitted(el)).to.be.true;
        // Back to no basemap: the tiles and the notice go.
        el.basemap = 'none';
        await el.updateComplete;
        expect(notices(el)).to.deep.equal([]);
        expect(root(el).querySelectorAll('img.leaflet-tile')).to.have.length(0);
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onError);
      }
    });

    const refused: [string, string, string, string][] = [
      ['an http URL on another host', 'http://tiles.invalid/{z}/{x}/{y}.png', 'Tegels', 'basemap="http://tiles.invalid/{z}/{x}/{y}.png" wordt niet herkend'],
      ['a URL with a placeholder Leaflet cannot fill', 'https://tiles.invalid/{z}/{x}/{y}.png?key={key}', 'Tegels', 'wordt niet herkend'],
      ['a URL without {x}', 'https://tiles.invalid/{z}/{y}.png', 'Tegels', 'wordt niet herkend'],
      ['a word that is not a basemap', 'google', 'Tegels', 'basemap="google" wordt niet herkend'],
      ['a URL without attribution', 'https://tiles.invalid/{z}/{x}/{y}.png', '', 'heeft een bronvermelding nodig (basemap-attribution)'],
    ];
    for (const [what, basemap, attribution, text] of refused) {
      it(`refuses ${what} with a notice and draws the boundaries only`, async () => {
        const start = performance.now();
        const el = await map(html`<mre-region-map basemap=${basemap} basemap-attribution=${attribution}></mre-region-map>`);
        expect(notices(el)).to.have.length(1);
        expect(notices(el)[0]).to.include(text);
        expect(root(el).querySelectorAll('img')).to.have.length(0);
        expect(performance.getEntriesByType('resource').filter((e) => e.startTime >= start && e.name.includes('tiles.invalid'))).to.have.length(0);
      });
    }

    describe('resolveBasemap', () => {
      it('is none for none, an empty value or nothing', () => {
        for (const value of [undefined, '', ' none ', 'NONE']) {
          expect(resolveBasemap(value, undefined, undefined, nl)).to.deep.equal({ problems: [] });
        }
      });

      it('builds the PDOK URL for each variant, with the Kadaster attribution', () => {
        expect(resolveBasemap('pdok', undefined, undefined, nl).tiles!.url).to.equal(
          'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png',
        );
        for (const variant of ['grijs', 'pastel', ' Standaard ']) {
          const choice = resolveBasemap('PDOK', variant, undefined, en);
          expect(choice.tiles!.url).to.equal(
            `https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/${variant.trim().toLowerCase()}/EPSG:3857/{z}/{x}/{y}.png`,
          );
          expect(choice.tiles!.attribution).to.equal('Kaartgegevens © Kadaster');
          expect(choice.tiles!.referrerPolicy).to.equal('no-referrer');
          expect(choice.problems).to.deep.equal([]);
        }
      });

      it('falls back to the standaard PDOK variant and reports an unknown one', () => {
        const choice = resolveBasemap('pdok', 'neon', undefined, nl);
        expect(choice.tiles!.url).to.include('/standaard/');
        expect(choice.problems).to.deep.equal(['basemap-variant']);
      });

      it('credits OpenStreetMap in the language of the element', () => {
        expect(resolveBasemap('osm', undefined, undefined, nl).tiles!.attribution).to.equal('© OpenStreetMap-bijdragers');
        expect(resolveBasemap('osm', undefined, undefined, en).tiles!.attribution).to.equal('© OpenStreetMap contributors');
        expect(resolveBasemap('osm', undefined, undefined, en).tiles!.url).to.equal('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
      });

      it('accepts https templates and http on this machine only', () => {
        expect(isTileTemplate('https://{s}.tiles.example/{z}/{x}/{y}{r}.png')).to.be.true;
        expect(isTileTemplate('http://localhost:8080/{z}/{x}/{y}.png')).to.be.true;
        expect(isTileTemplate('http://127.0.0.1:9/{z}/{x}/{y}.png')).to.be.true;
        expect(isTileTemplate('http://tiles.example/{z}/{x}/{y}.png')).to.be.false;
        expect(isTileTemplate('javascript:alert(1)//{z}/{x}/{y}')).to.be.false;
        expect(isTileTemplate('https://user:secret@tiles.example/{z}/{x}/{y}.png')).to.be.false;
        expect(isTileTemplate('https://tiles.example/{z}/{x}/{y.png')).to.be.false;
        expect(isTileTemplate('/tiles/{z}/{x}/{y}.png')).to.be.false;
        const custom = resolveBasemap('https://tiles.example/{z}/{x}/{y}.png', undefined, ' © Voorbeeld ', nl);
        expect(custom.tiles).to.include({ url: 'https://tiles.example/{z}/{x}/{y}.png', attribution: '© Voorbeeld' });
      });
    });
  });

  describe('selection on the page', () => {
    it('marks a municipality selected elsewhere on the page, without any script', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><mre-region-map></mre-region-map><div id="other"></div></div>`);
      const el = wrapper.querySelector('mre-region-map')!;
      await drawn(el);
      wrapper
        .querySelector('#other')!
        .dispatchEvent(new MreMunicipalitySelectEvent({ code: 'GM0858', slug: 'valkenswaard', name: 'Valkenswaard' }));
      await el.updateComplete;
      expect(areas(el).filter((p) => p.classList.contains('is-selected')).map((p) => p.dataset.code)).to.deep.equal(['GM0858']);
      expect(area(el, 'GM0858').getAttribute('aria-label')).to.equal('Valkenswaard, geselecteerd');
      const outline = root(el).querySelectorAll('path.mre-mark-selected');
      expect(outline).to.have.length(1);
      expect(getComputedStyle(outline[0]).strokeWidth).to.equal('4px');
      expect(getComputedStyle(outline[0]).stroke).to.equal('rgb(0, 82, 156)');
      // The next Tab into the map lands on the selection.
      await tabInto(el);
      expect(focused(el)).to.equal(area(el, 'GM0858'));
    });

    it('follows a selection made in <mre-municipality-list>, and the list follows the map', async () => {
      await import('../municipality-list/municipality-list.js');
      const wrapper = await fixture<HTMLDivElement>(html`<div><mre-region-map></mre-region-map><mre-municipality-list></mre-municipality-list></div>`);
      const el = wrapper.querySelector('mre-region-map')!;
      const list = wrapper.querySelector('mre-municipality-list')!;
      await drawn(el);
      const item = (code: string) => list.shadowRoot!.querySelector<HTMLElement>(`li[data-code="${code}"]`)!;
      item('GM0794').querySelector<HTMLButtonElement>('button[part="select-button"]')!.click();
      await el.updateComplete;
      expect(area(el, 'GM0794').classList.contains('is-selected')).to.be.true;
      expect(area(el, 'GM0794').getAttribute('aria-label')).to.equal('Helmond, geselecteerd');
      await tabInto(el);
      expect(focused(el)).to.equal(area(el, 'GM0794'));
      await press('ArrowRight');
      await press('Enter');
      await list.updateComplete;
      expect(item('GM1652').classList.contains('selected')).to.be.true;
      expect(item('GM0794').classList.contains('selected')).to.be.false;
      expect(area(el, 'GM0794').classList.contains('is-selected')).to.be.false;
    });

    it('brings a municipality selected elsewhere into a zoomed-in view', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><mre-region-map></mre-region-map><div id="other"></div></div>`);
      const el = wrapper.querySelector('mre-region-map')!;
      await drawn(el);
      const zoomIn = root(el).querySelector<HTMLButtonElement>('[part="controls"] button')!;
      for (let i = 0; i < 3; i++) {
        zoomIn.click();
        await still(el);
      }
      const inView = (code: string) => {
        const [x, y] = [area(el, code).getBoundingClientRect(), mapBox(el)];
        const cx = x.left + x.width / 2;
        const cy = x.top + x.height / 2;
        // Leaflet leaves a shape outside the view empty (its geometry 0 by 0; Firefox still paints a stroke's box).
        return area(el, code).getBBox().width > 0 && cx > y.left && cx < y.right && cy > y.top && cy < y.bottom;
      };
      // Zoomed in on the middle of the region, Reusel-De Mierden in the far west is out of sight.
      expect(inView('GM1667')).to.be.false;
      wrapper.querySelector('#other')!.dispatchEvent(new MreMunicipalitySelectEvent({ code: 'GM1667', slug: 'reusel-de-mierden', name: 'Reusel-De Mierden' }));
      await el.updateComplete;
      // The map moves to it (animated: the visitor did not ask for reduced motion).
      await waitUntil(() => inView('GM1667'), 'Reusel-De Mierden in view', { timeout: 5000 });
    });

    it('marks its own selection in a second map on the page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><mre-region-map></mre-region-map><mre-region-map lang="en"></mre-region-map></div>`);
      const [first, second] = [...wrapper.querySelectorAll('mre-region-map')];
      await drawn(first);
      await drawn(second);
      await tabInto(first);
      await press('Enter');
      await second.updateComplete;
      expect(area(second, 'GM0823').classList.contains('is-selected')).to.be.true;
      expect(area(second, 'GM0823').getAttribute('aria-label')).to.equal('Oirschot, selected');
      expect(area(first, 'GM0823').classList.contains('is-selected')).to.be.true;
    });
  });

  describe('src', () => {
    it('draws the municipalities of a remote file with the bundled boundaries', async () => {
      const el = await fixture<MreRegionMap>(html`<mre-region-map src=${fresh('/test/fixtures/region-subset.json')}></mre-region-map>`);
      await el.updateComplete;
      await drawn(el, 3);
      expect(areas(el).map((p) => p.getAttribute('aria-label')).sort()).to.deep.equal(['Eindhoven', 'Helmond', 'Waalre']);
      await waitUntil(() => fitted(el), 'fitted to the three');
    });

    it('draws a boundary from the file, and leaves off a municipality without any', async () => {
      const square = { type: 'Polygon', coordinates: [[[5.4, 51.4], [5.5, 51.4], [5.5, 51.5], [5.4, 51.5], [5.4, 51.4]]] };
      const region = {
        version: 1,
        municipalities: [
          { code: 'GM0772', name: 'Eindhoven', slug: 'eindhoven', boundary: square },
          { code: 'GM9999', name: 'Nergenshuizen', slug: 'nergenshuizen' },
        ],
        themes: [],
        timeline: [],
      };
      const src = `data:application/json,${encodeURIComponent(JSON.stringify(region))}`;
      const el = await fixture<MreRegionMap>(html`<mre-region-map src=${src}></mre-region-map>`);
      await el.updateComplete;
      await drawn(el, 1);
      await waitUntil(() => fitted(el), 'fitted');
      const box = drawnBox(el);
      // A square in degrees is taller than wide on this projection at 51° north.
      expect(box.height / box.width).to.be.closeTo(1 / Math.cos((51.45 * Math.PI) / 180), 0.1);
      expect(root(el).querySelectorAll('details li')).to.have.length(2);
      // The file names no attribution of its own: the map shows the bundled one, never none.
      expect(root(el).querySelector('[part="attribution"]')!.textContent).to.include('Gemeentegrenzen: Kadaster');
    });

    it('falls back to the bundled map with a notice when the file cannot be loaded', async () => {
      const el = document.createElement('mre-region-map');
      el.src = fresh('/test/fixtures/does-not-exist.json');
      const error = nextError(el);
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      expect((await error).detail.reason).to.equal('http');
      await el.updateComplete;
      await drawn(el);
      expect(notices(el)[0]).to.include('het bestand is niet gevonden of de server gaf het niet');
    });

    it('shows names from the data as text, never as markup', async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const el = await fixture<MreRegionMap>(html`<mre-region-map src=${fresh('/test/fixtures/region-partly-invalid.json')}></mre-region-map>`);
        await el.updateComplete;
        await drawn(el, 3);
        const helmond = area(el, 'GM0794');
        expect(helmond.getAttribute('aria-label')).to.equal('<img src=x onerror="window.__pwned=1">Helmond');
        helmond.focus();
        helmond.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        expect(popup(el)!.querySelector('p')!.textContent).to.equal('<img src=x onerror="window.__pwned=1">Helmond');
        expect(root(el).querySelector('img')).to.equal(null);
        expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
        // Eindhoven's javascript: link was dropped by the loader: no link in its popup.
        area(el, 'GM0772').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        expect(popup(el)!.querySelector('p')!.textContent).to.equal('Eindhoven');
        expect(popup(el)!.querySelector('a')).to.equal(null);
      } finally {
        warn.restore();
      }
    });
  });

  describe('text alternative', () => {
    it('lists every municipality with its website, population and "U bent hier"', async () => {
      const el = await map(html`<mre-region-map municipality="helmond"></mre-region-map>`);
      const details = root(el).querySelector('details')!;
      expect(details.querySelector('summary')!.textContent).to.equal('De gemeenten als lijst');
      const items = [...details.querySelectorAll('li')];
      expect(items).to.have.length(21);
      const helmond = items.find((li) => li.dataset.code === 'GM0794')!;
      expect(shownText(helmond)).to.equal('Helmond (U bent hier)95.874 inwoners (1 januari 2024)');
      expect(helmond.querySelector('a')!.href).to.equal('https://www.helmond.nl/');
      expect(items[0].textContent).to.include('Asten');
    });
  });

  describe('accessibility', () => {
    it('passes the axe audit in Dutch, also with the details open', async () => {
      const el = await map(html`<mre-region-map municipality="helmond"></mre-region-map>`);
      await expect(el).to.be.accessible();
      await tabInto(el);
      await press('Enter');
      root(el).querySelector('details')!.open = true;
      await expect(el).to.be.accessible();
    });

    itIn(['chromium'], 'the DevTools protocol that emulates forced colours', forcedColoursRefused)('draws the map in system colours under forced colours (Windows High Contrast)', async () => {
      // Real forced-colours rendering, switched on through the DevTools protocol (see
      // test/server-plugins.mjs). Chromium does not force SVG fill and stroke itself, so the map's
      // own forced-colours rules are all a forced palette gets.
      const wrapper = await fixture<HTMLDivElement>(html`<div><mre-region-map municipality="helmond"></mre-region-map><div id="other"></div></div>`);
      const el = wrapper.querySelector('mre-region-map')!;
      await drawn(el);
      wrapper
        .querySelector('#other')!
        .dispatchEvent(new MreMunicipalitySelectEvent({ code: 'GM0858', slug: 'valkenswaard', name: 'Valkenswaard' }));
      await el.updateComplete;
      area(el, 'GM0772').focus();
      const style = (selector: string) => getComputedStyle(root(el).querySelector(selector)!);
      const system = (name: string) => {
        const probe = document.createElement('span');
        probe.style.color = name;
        probe.style.setProperty('forced-color-adjust', 'none');
        root(el).append(probe);
        const value = getComputedStyle(probe).color;
        probe.remove();
        return value;
      };
      const unforced = { stroke: style('path.mre-area[data-code="GM0772"]').stroke, current: style('path.mre-area[data-code="GM0794"]').fill };
      expect(unforced).to.deep.equal({ stroke: 'rgb(0, 82, 156)', current: 'rgb(255, 210, 77)' });

      await executeServerCommand('emulate-forced-colors', { active: true });
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.be.true;
        const [canvas, canvasText, highlight, highlightText] = ['Canvas', 'CanvasText', 'Highlight', 'HighlightText'].map(system);
        const [buttonFace, buttonText] = ['ButtonFace', 'ButtonText'].map(system);
        // Boundaries in CanvasText on Canvas; the site's own municipality filled in Highlight.
        for (const code of ['GM0772', 'GM0753', 'GM0858']) {
          expect(style(`path.mre-area[data-code="${code}"]`).stroke, code).to.equal(canvasText);
          expect(style(`path.mre-area[data-code="${code}"]`).fill, code).to.equal(canvas);
        }
        expect(style('path.mre-area[data-code="GM0794"]').fill).to.equal(highlight);
        expect(style('path.mre-area[data-code="GM0794"]').stroke).to.equal(canvasText);
        // The selection: the thickest outline.
        const selected = style('path.mre-mark-selected');
        expect(selected.stroke).to.equal(canvasText);
        expect(parseFloat(selected.strokeWidth)).to.be.greaterThan(parseFloat(style('path.mre-mark-current').strokeWidth));
        expect(parseFloat(selected.strokeWidth)).to.be.greaterThan(parseFloat(style('path.mre-area').strokeWidth) * 2);
        // Focus: a Highlight ring on a Canvas halo.
        expect(style('path.mre-mark-focus').stroke).to.equal(highlight);
        expect(style('path.mre-mark-focus-halo').stroke).to.equal(canvas);
        // Names in CanvasText; the site's own in the colours of its Highlight fill.
        expect(style('.mre-label[data-code="GM0772"]').color).to.equal(canvasText);
        expect(style('.mre-label[data-code="GM0772"]').textShadow).to.equal('none');
        expect(style('.mre-label[data-code="GM0794"]').color).to.equal(highlightText);
        expect(style('.mre-label[data-code="GM0794"]').backgroundColor).to.equal(highlight);
        // Zoom buttons look like buttons.
        const button = style('[part="controls"] button');
        expect([button.borderTopColor, button.borderTopStyle, button.backgroundColor, button.color]).to.deep.equal([buttonText, 'solid', buttonFace, buttonText]);
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
      expect(matchMedia('(forced-colors: active)').matches).to.be.false;
      expect(style('path.mre-area[data-code="GM0772"]').stroke).to.equal(unforced.stroke);
      expect(style('path.mre-area[data-code="GM0794"]').fill).to.equal(unforced.current);
    });

    it('passes the axe audit in English, with a notice', async () => {
      const el = await map(html`<mre-region-map lang="en" municipality="nowhere"></mre-region-map>`);
      expect(notices(el)).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });
});
