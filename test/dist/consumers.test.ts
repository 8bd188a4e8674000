// The React 19 and Vue 3 applications that test/package/package.test.mjs builds with Vite from the
// packed tarball (npm test runs it before the browser tests), opened in this engine: properties
// and attributes as each framework sets them, the widgets' events reaching the application,
// re-rendering with other values, unmounting and mounting again, and one copy of Lit.
import { expect, waitUntil } from '@open-wc/testing';
import { shownText, visibleText } from '../helpers.js';
import { mapDrawn, openPage, type OpenPage } from './pages.js';

type Versions = { litHtmlVersions?: string[]; reactiveElementVersions?: string[]; litElementVersions?: string[] };
type Widget = HTMLElement & Record<string, unknown>;

let page: OpenPage | undefined;
afterEach(() => {
  page?.close();
  page = undefined;
});

const one = (p: OpenPage, selector: string) => p.doc.querySelector<Widget>(selector)!;
const inside = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

async function rendered(p: OpenPage): Promise<void> {
  await waitUntil(
    () => ['mre-region-map', 'mre-theme-cards', 'mre-municipality-list', 'mre-agreement-timeline'].every((tag) => one(p, tag)?.shadowRoot?.querySelector('.base')),
    'every widget rendered',
    { timeout: 10_000 },
  );
  await mapDrawn(p);
}

const click = (p: OpenPage, selector: string) => one(p, selector).click();

for (const framework of ['react', 'vue'] as const) {
  const name = framework === 'react' ? 'React 19' : 'Vue 3';

  describe(`${name}: an application built with Vite from the packed package`, () => {
    before(async () => {
      const response = await fetch(`/test/consumers/tmp/${framework}/dist/index.html`, { method: 'HEAD' });
      if (!response.ok) {
        throw new Error(`The ${name} application is not built: node --test test/package/ builds it from the tarball (npm test does so first)`);
      }
    });

    it('passes properties and attributes the way the framework does, and the widgets show them', async () => {
      page = await openPage(`/test/consumers/tmp/${framework}/dist/index.html`);
      await rendered(page);
      const map = one(page, 'mre-region-map');
      const list = one(page, 'mre-municipality-list');
      const cards = one(page, 'mre-theme-cards');
      const timeline = one(page, 'mre-agreement-timeline');
      // Strings the element has a property for are set as that property.
      expect(map.municipality).to.equal('helmond');
      expect(list.municipality).to.equal('helmond');
      expect(shownText(list.shadowRoot!.querySelector('li.current'))).to.match(/^Helmond \(U bent hier\)/);
      // A boolean: no zoom buttons on the map, and the property reflected as its attribute.
      expect(map.noZoom).to.equal(true);
      expect(map.hasAttribute('no-zoom')).to.be.true;
      expect(inside(map, '[part="zoom-button"]')).to.have.length(0);
      // Attributes by their HTML names.
      expect(inside(cards, 'h2.title, h2')).to.have.length(4);
      expect(inside(cards, 'h3')).to.have.length(0);
      expect(shownText(inside(list, 'li')[0].querySelector('a'))).to.equal('Eindhoven');
      expect(timeline.order).to.equal('desc');
      const years = inside(timeline, 'ol > li > .date').map((date) => Number(date.querySelector('time')!.getAttribute('datetime')!.slice(0, 4)));
      expect(years.length).to.be.greaterThan(5);
      expect(years).to.deep.equal([...years].sort((a, b) => b - a));
      expect(page.log.errors).to.deep.equal([]);
    });

    it('holds one copy of Lit, which its own Lit element shares with the widgets', async () => {
      page = await openPage(`/test/consumers/tmp/${framework}/dist/index.html`);
      await rendered(page);
      const win = page.win as unknown as Versions;
      expect(win.litHtmlVersions).to.have.length(1);
      expect(win.reactiveElementVersions).to.have.length(1);
      expect(win.litElementVersions).to.have.length(1);
      const { version } = await (await fetch('/package.json')).json();
      await waitUntil(() => visibleText(one(page!, 'app-version')) === `mre-widgets ${version}`, 'the application shows the version');
    });

    it('receives mre-municipality-select and mre-error from the widgets', async () => {
      page = await openPage(`/test/consumers/tmp/${framework}/dist/index.html`);
      await rendered(page);
      const list = one(page, 'mre-municipality-list');
      list.shadowRoot!.querySelector<HTMLButtonElement>('li[data-code="GM0753"] button')!.click();
      await waitUntil(() => shownText(one(page!, '#selected')) === 'Best (GM0753)', 'the application saw the selection');

      click(page, '#broken');
      await waitUntil(() => page!.doc.querySelectorAll('#errors li').length === 4, 'every widget reported the missing file');
      expect([...page.doc.querySelectorAll('#errors li')].map((li) => shownText(li)).sort()).to.deep.equal([
        'mre-agreement-timeline: http 404',
        'mre-municipality-list: http 404',
        'mre-region-map: http 404',
        'mre-theme-cards: http 404',
      ]);
      await waitUntil(() => visibleText(list).includes('De actuele gegevens konden niet worden geladen'), 'the notice is shown');
      expect(inside(list, 'li')).to.have.length(21);
      expect(page.log.errors).to.deep.equal([]);
    });

    it('re-renders with other values, unmounts and mounts again without an error', async () => {
      page = await openPage(`/test/consumers/tmp/${framework}/dist/index.html`);
      await rendered(page);
      click(page, '#lang');
      click(page, '#municipality');
      const list = one(page, 'mre-municipality-list');
      await waitUntil(() => shownText(list.shadowRoot!.querySelector('li.current')).startsWith('Best (You are here)'), 'the list in English, Best marked');
      expect(one(page, 'mre-region-map').municipality).to.equal('Best');
      await waitUntil(() => visibleText(one(page!, 'mre-theme-cards')).includes('Read more'), 'the cards in English');

      click(page, '#toggle');
      await waitUntil(() => !page!.doc.querySelector('#widgets'), 'the widgets are unmounted');
      expect(page.doc.querySelectorAll('mre-region-map, mre-theme-cards, mre-municipality-list, mre-agreement-timeline')).to.have.length(0);
      click(page, '#toggle');
      await rendered(page);
      expect(shownText(one(page, 'mre-municipality-list').shadowRoot!.querySelector('li.current'))).to.match(/^Best \(You are here\)/);
      expect(page.log.errors).to.deep.equal([]);
      expect(page.log.consoleErrors).to.deep.equal([]);
      expect(page.log.warnings.filter((w) => w.startsWith('mre-widgets'))).to.deep.equal([]);
    });
  });
}
