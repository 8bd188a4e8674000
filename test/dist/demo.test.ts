// The demo page (npm start) as a visitor meets it: built scripts, a strict CSP, a language switch.
import { expect, waitUntil } from '@open-wc/testing';
import { mapDrawn, openPage, textOf, type OpenPage } from './pages.js';

let page: OpenPage | undefined;
afterEach(() => page?.close());

describe('the demo page', () => {
  it('switches the page’s own text and every widget to English and back', async () => {
    page = await openPage('/demo/index.html', { width: 1100, height: 900 });
    await mapDrawn(page);
    const errors: string[] = [];
    page.win.addEventListener('error', (event) => errors.push(event.message));
    const doc = page.doc;
    const button = doc.getElementById('lang-toggle') as HTMLButtonElement;
    expect(doc.querySelector('h1')!.textContent).to.equal('Samenwerken in de Metropoolregio Eindhoven');
    button.click();
    expect(doc.documentElement.lang).to.equal('en');
    expect(doc.querySelector('h1')!.textContent).to.equal('Working together in the Metropoolregio Eindhoven');
    expect(doc.getElementById('tijdlijn')!.textContent).to.equal('Agreements over the years');
    expect(doc.title).to.include('example page');
    expect(button.textContent).to.equal('Nederlands');
    expect(doc.querySelector('nav')!.getAttribute('aria-label')).to.equal('Language');
    const list = doc.querySelector('mre-municipality-list')!;
    await waitUntil(() => textOf(list).includes('Search for a municipality'), 'the list is in English');
    button.click();
    expect(doc.querySelector('h1')!.textContent).to.equal('Samenwerken in de Metropoolregio Eindhoven');
    await waitUntil(() => textOf(list).includes('Zoek een gemeente'), 'the list is in Dutch again');
    expect(errors).to.deep.equal([]);
    // Nothing on the page needed more than its strict CSP allows, or failed.
    for (const el of doc.querySelectorAll('mre-region-map, mre-theme-cards, mre-municipality-list, mre-agreement-timeline')) {
      expect(el.shadowRoot!.querySelectorAll('.notice'), el.localName).to.have.length(0);
    }
  });

  it('gives the list and the timeline the page’s whole column, leaving no empty column beside them', async () => {
    page = await openPage('/demo/index.html', { width: 1400, height: 900 });
    const main = page.doc.querySelector('main')!.getBoundingClientRect();
    const inner = main.width - 2 * parseFloat(page.win.getComputedStyle(page.doc.querySelector('main')!).paddingLeft);
    for (const tag of ['mre-municipality-list', 'mre-agreement-timeline']) {
      const box = page.doc.querySelector(tag)!.getBoundingClientRect();
      expect(box.width, tag).to.be.closeTo(inner, 2);
    }
  });
});
