// The built scripts (run `npm run build` first) on the host pages municipal sites really have:
// strict CSP, Trusted Types, scripts combined by a CMS, loaded twice, a tag taken by another
// script. Each page is in test/dist-pages/ and records its console in window.__mreLog.
import { expect, waitUntil } from '@open-wc/testing';
import { mapDrawn, openPage, requested, textOf, widgets, type OpenPage } from './pages.js';

const MAP_FAILED = 'De kaart kon niet worden geladen. De gemeenten staan hieronder als lijst.';

let page: OpenPage | undefined;
afterEach(() => {
  page?.close();
  page = undefined;
});

/** Waits until every mre-* element in the page has rendered its base. */
async function rendered(p: OpenPage): Promise<void> {
  await waitUntil(
    () => [...p.doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('mre-')).every((el) => el.shadowRoot?.querySelector('.base')),
    'every widget rendered',
    { timeout: 10_000 },
  );
}

describe('built scripts on host pages', () => {
  it('a page without a map never requests the map engine', async () => {
    page = await openPage('/test/dist-pages/no-map.html');
    await rendered(page);
    expect(widgets(page, 'mre-municipality-list')[0].shadowRoot!.querySelectorAll('li')).to.have.length(21);
    const files = requested(page);
    expect(files).to.include('/dist/mre-widgets.js');
    expect(files.filter((f) => /chunks|leaflet/.test(f))).to.deep.equal([]);
    expect(page.log.errors).to.deep.equal([]);
  });

  it('loading the module twice and the classic script as well renders every element once', async () => {
    page = await openPage('/test/dist-pages/twice.html');
    await rendered(page);
    await mapDrawn(page);
    const list = widgets(page, 'mre-municipality-list')[0];
    expect(list.shadowRoot!.querySelectorAll('.base')).to.have.length(1);
    expect(list.shadowRoot!.querySelectorAll('li')).to.have.length(21);
    expect(page.log.errors).to.deep.equal([]);
    expect(page.log.warnings.filter((w) => w.includes('already defined'))).to.deep.equal([]);
  });

  it("leaves a tag taken by another script alone and says so once", async () => {
    page = await openPage('/test/dist-pages/foreign.html');
    await waitUntil(() => widgets(page!, 'mre-theme-cards')[0].shadowRoot?.querySelector('.card'), 'the cards rendered');
    expect(widgets(page, 'mre-municipality-list')[0].textContent).to.equal('Foreign element');
    expect(page.log.warnings.filter((w) => w.includes('<mre-municipality-list> is already defined'))).to.have.length(1);
    expect(page.log.errors).to.deep.equal([]);
  });

  it('the classic script finds its map engine next to itself under a strict CSP', async () => {
    page = await openPage('/test/dist-pages/classic-map.html');
    await mapDrawn(page);
    expect(requested(page).filter((f) => f.endsWith('/dist/chunks/mre-map-engine.js'))).to.have.length(1);
    expect(page.log.errors).to.deep.equal([]);
    expect(page.log.violations).to.deep.equal([]);
  });

  it('the classic script loads the loader of data files from next to itself, only for a src', async () => {
    page = await openPage('/test/dist-pages/remote-data.html');
    const list = widgets(page, 'mre-municipality-list')[0];
    await waitUntil(() => list.shadowRoot?.querySelectorAll('li').length === 3, 'the list shows the file');
    expect(requested(page).filter((f) => f.includes('/chunks/'))).to.deep.equal(['/dist/chunks/mre-remote-data.js']);
    expect(page.log.errors).to.deep.equal([]);
    expect(page.log.violations).to.deep.equal([]);
  });

  describe('English', () => {
    const listLabel = (p: OpenPage, tag: string) => widgets(p, tag)[0].shadowRoot!.querySelector('[role="list"]')!.getAttribute('aria-label');

    it('an English page loads the English texts once, under a strict CSP; a widget marked Dutch on it stays Dutch', async () => {
      page = await openPage('/test/dist-pages/english.html');
      await rendered(page);
      expect(listLabel(page, 'mre-theme-cards')).to.equal('Themes of the Metropoolregio Eindhoven');
      expect(textOf(widgets(page, 'mre-theme-cards')[0])).to.include('Economy');
      expect(listLabel(page, 'mre-municipality-list')).to.equal('Municipalities in the Metropoolregio Eindhoven');
      expect(listLabel(page, 'mre-agreement-timeline')).to.equal('Tijdlijn van de samenwerking in de Metropoolregio Eindhoven');
      expect(requested(page).filter((f) => f.includes('/chunks/'))).to.deep.equal(['/dist/chunks/mre-en.js']);
      expect(page.log.errors).to.deep.equal([]);
      expect(page.log.warnings).to.deep.equal([]);
    });

    it('when the English texts cannot be loaded, the widgets are shown in Dutch and the console names both fixes', async () => {
      page = await openPage('/test/dist-pages/cms-split-en.html');
      await rendered(page);
      expect(listLabel(page, 'mre-theme-cards')).to.equal('Thema’s van de Metropoolregio Eindhoven');
      expect(listLabel(page, 'mre-municipality-list')).to.equal('Gemeenten in de Metropoolregio Eindhoven');
      expect(widgets(page, 'mre-municipality-list')[0].shadowRoot!.querySelectorAll('li')).to.have.length(21);
      const warnings = page.log.warnings.filter((w) => w.includes('the widgets are shown in Dutch, because the English texts'));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('mre-widgets.standalone.js');
      expect(warnings[0]).to.include('<meta name="mre-widgets-base"');
      expect(page.log.errors).to.deep.equal([]);
    });
  });

  describe('a CMS that combines scripts into a file in another folder', () => {
    it('the standalone script draws the map and reads a data file, with nothing else to load', async () => {
      page = await openPage('/test/dist-pages/cms-standalone.html');
      await mapDrawn(page);
      const list = widgets(page, 'mre-municipality-list')[0];
      await waitUntil(() => list.shadowRoot?.querySelectorAll('li').length === 3, 'the list shows the file');
      expect(textOf(widgets(page, 'mre-region-map')[0])).not.to.include(MAP_FAILED);
      expect(requested(page).filter((f) => /chunks|dist\//.test(f))).to.deep.equal([]);
      expect(page.log.errors).to.deep.equal([]);
      expect(page.log.violations).to.deep.equal([]);
    });

    it('the split script draws the map when <meta name="mre-widgets-base"> names its folder', async () => {
      page = await openPage('/test/dist-pages/cms-split-base.html');
      await mapDrawn(page);
      expect(requested(page)).to.include('/dist/chunks/mre-map-engine.js');
      expect(page.log.errors).to.deep.equal([]);
    });

    it('without it, the map shows its list, and the console names both fixes', async () => {
      page = await openPage('/test/dist-pages/cms-split.html');
      const map = widgets(page, 'mre-region-map')[0];
      await waitUntil(() => textOf(map).includes(MAP_FAILED), 'the map says it could not be loaded', { timeout: 10_000 });
      expect(map.shadowRoot!.querySelectorAll('details li')).to.have.length(21);
      const warning = page.log.warnings.find((w) => w.includes('the municipalities are shown as a list, because the map engine'));
      expect(warning).to.include('mre-widgets.standalone.js');
      expect(warning).to.include('<meta name="mre-widgets-base"');
      expect(page.log.errors).to.deep.equal([]);
    });
  });

  describe('Trusted Types', () => {
    const supported = 'trustedTypes' in window;

    it('with require-trusted-types-for and the lit-html policy allowed: every widget, the map included, and no violation', async () => {
      page = await openPage('/test/dist-pages/trusted-types.html');
      await rendered(page);
      await mapDrawn(page);
      expect(textOf(widgets(page, 'mre-region-map')[0])).not.to.include(MAP_FAILED);
      expect(widgets(page, 'mre-theme-cards')[0].shadowRoot!.querySelectorAll('.card')).to.have.length(4);
      expect(widgets(page, 'mre-agreement-timeline')[0].shadowRoot!.querySelectorAll('.item').length).to.be.greaterThan(10);
      expect(page.log.violations).to.deep.equal([]);
      expect(page.log.errors).to.deep.equal([]);
      expect(page.log.consoleErrors).to.deep.equal([]);
    });

    // Engines without Trusted Types ignore the directive; there the widgets simply run.
    it(`with an allowlist that omits lit-html: ${supported ? 'the fallback content stays, and the console names the policy' : 'this engine has no Trusted Types, so the widgets run'}`, async () => {
      page = await openPage('/test/dist-pages/trusted-types-allowlist.html');
      const list = widgets(page, 'mre-municipality-list')[0];
      if (!supported) {
        await rendered(page);
        expect(list.shadowRoot!.querySelectorAll('li')).to.have.length(21);
        return;
      }
      await waitUntil(() => page!.log.consoleErrors.length > 0, 'the console says why', { timeout: 5000 });
      expect(page.log.consoleErrors).to.have.length(1);
      expect(page.log.consoleErrors[0]).to.include('"lit-html"');
      expect(page.log.consoleErrors[0]).to.include('trusted-types');
      expect(page.win.customElements.get('mre-municipality-list')).to.equal(undefined);
      // The fallback links are what visitors see.
      const links = [...list.querySelectorAll('a')];
      expect(links.map((a) => a.textContent)).to.deep.equal(['Eindhoven', 'Helmond']);
      expect(links[0].getBoundingClientRect().height).to.be.greaterThan(0);
      expect(page.log.errors).to.deep.equal([]);
    });
  });
});
