import { expect, fixture, html } from '@open-wc/testing';
import { loaderSettings } from '../../data/load.js';
import { fresh, nextError, settled, visibleText } from '../../../test/helpers.js';
import './municipality-list.js';
import type { MreMunicipalityList } from './municipality-list.js';

function items(el: MreMunicipalityList) {
  return [...el.shadowRoot!.querySelectorAll('li')];
}
function links(el: MreMunicipalityList) {
  return [...el.shadowRoot!.querySelectorAll('a')];
}
function notices(el: MreMunicipalityList) {
  return [...el.shadowRoot!.querySelectorAll('[role="status"] .notice')].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
}

describe('<mre-municipality-list>', () => {
  it('lists the 21 municipalities of the bundled data as links to their websites', async () => {
    const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list></mre-municipality-list>`);
    expect(items(el)).to.have.length(21);
    const list = el.shadowRoot!.querySelector('ul')!;
    expect(list.getAttribute('aria-label')).to.equal('Gemeenten in de Metropoolregio Eindhoven');
    const helmond = links(el).find((a) => a.textContent === 'Helmond')!;
    expect(helmond.href).to.equal('https://www.helmond.nl/');
    expect(links(el).map((a) => a.textContent)).to.include('Nuenen, Gerwen en Nederwetten');
    expect(notices(el)).to.deep.equal([]);
  });

  it('sorts the names alphabetically', async () => {
    const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list></mre-municipality-list>`);
    const names = links(el).map((a) => a.textContent!);
    expect(names[0]).to.equal('Asten');
    expect(names.at(-1)).to.equal('Waalre');
  });

  for (const key of ['helmond', 'GM0794', 'gm0794', ' HELMOND ']) {
    it(`marks the current municipality named "${key}" in text`, async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list municipality=${key}></mre-municipality-list>`);
      const current = items(el).filter((li) => li.textContent!.includes('U bent hier'));
      expect(current).to.have.length(1);
      expect(current[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal('Helmond (U bent hier)');
      expect(notices(el)).to.deep.equal([]);
    });
  }

  it('says so, visibly and without throwing, when the municipality is unknown', async () => {
    const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list municipality="atlantis"></mre-municipality-list>`);
    expect(items(el)).to.have.length(21);
    expect(visibleText(el)).not.to.include('U bent hier');
    const [notice] = notices(el);
    expect(notice).to.include('„atlantis” komt niet voor in de gegevens');
    // The notice is in a live region, so screen readers hear it too.
    expect(el.shadowRoot!.querySelector('.notice')!.closest('[role="status"]')).to.exist;
    el.municipality = 'waalre';
    await el.updateComplete;
    expect(notices(el)).to.deep.equal([]);
    expect(visibleText(el)).to.include('Waalre (U bent hier)');
  });

  describe('language', () => {
    it('is Dutch by default', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list municipality="best"></mre-municipality-list>`);
      expect(el.shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal('nl');
      expect(visibleText(el)).to.include('Best (U bent hier)');
    });

    it('follows its own lang attribute, and switches when it changes', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list lang="en" municipality="best"></mre-municipality-list>`);
      expect(visibleText(el)).to.include('Best (You are here)');
      expect(el.shadowRoot!.querySelector('ul')!.getAttribute('aria-label')).to.equal('Municipalities in the Metropoolregio Eindhoven');
      el.setAttribute('lang', 'nl');
      await el.updateComplete;
      expect(visibleText(el)).to.include('Best (U bent hier)');
    });

    it('takes the nearest ancestor lang, across shadow roots, and follows changes there', async () => {
      const outer = await fixture<HTMLDivElement>(html`<div lang="en-GB"><section lang="en"><div></div></section></div>`);
      const host = outer.querySelector('section > div')!;
      const shadow = host.attachShadow({ mode: 'open' });
      const el = document.createElement('mre-municipality-list');
      el.municipality = 'deurne';
      shadow.append(el);
      await el.updateComplete;
      expect(visibleText(el)).to.include('Deurne (You are here)');
      outer.querySelector('section')!.setAttribute('lang', 'nl-NL');
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(visibleText(el)).to.include('Deurne (U bent hier)');
    });

    it('shows an unsupported language in Dutch and marks the text as Dutch', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list lang="de"></mre-municipality-list>`);
      expect(el.shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal('nl');
    });
  });

  describe('src', () => {
    afterEach(() => {
      loaderSettings.timeoutMs = 10_000;
    });

    it('shows the municipalities of the remote file', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list src=${fresh('/test/fixtures/region-subset.json')}></mre-municipality-list>`);
      await settled(el);
      expect(links(el).map((a) => a.textContent)).to.deep.equal(['Eindhoven', 'Helmond', 'Waalre']);
      expect(notices(el)).to.deep.equal([]);
    });

    const failures: [string, string, string, string][] = [
      ['a missing file (404)', '/test/fixtures/does-not-exist.json', 'http', 'de server antwoordde met foutcode 404'],
      ['an unreachable server', 'http://127.0.0.1:9/region.json', 'network', 'het adres is niet bereikbaar'],
      ['malformed JSON', '/test/fixtures/malformed.json', 'parse', 'het bestand is geen geldige JSON'],
      ['a file of another shape', '/test/fixtures/wrong-shape.json', 'schema', 'het bestand heeft niet de verwachte opbouw'],
    ];
    for (const [what, path, reason, text] of failures) {
      it(`falls back to the bundled data with a notice and mre-error for ${what}`, async () => {
        const el = document.createElement('mre-municipality-list');
        el.src = fresh(path);
        const error = nextError(el);
        const parent = await fixture<HTMLDivElement>(html`<div></div>`);
        parent.append(el);
        const event = await error;
        await settled(el);
        expect(event.detail.reason).to.equal(reason);
        expect(event.detail.src).to.include(path.split('?')[0]);
        expect(event.bubbles && event.composed).to.be.true;
        expect(items(el)).to.have.length(21);
        expect(notices(el)).to.have.length(1);
        expect(notices(el)[0]).to.include(text);
        expect(notices(el)[0]).to.include('U ziet de meegeleverde gegevens');
      });
    }

    it('gives up after the timeout and says so in English for an English element', async () => {
      loaderSettings.timeoutMs = 200;
      const el = document.createElement('mre-municipality-list');
      el.lang = 'en';
      el.src = fresh('/__test__/slow.json?ms=3000');
      const error = nextError(el);
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      expect((await error).detail.reason).to.equal('timeout');
      await settled(el);
      expect(notices(el)[0]).to.equal('Note: The latest data could not be loaded: loading took too long. You are seeing the bundled data.');
      expect(items(el)).to.have.length(21);
    });

    it('drops invalid items and unsafe links, renders markup as text, and shows the rest', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list src=${fresh('/test/fixtures/region-partly-invalid.json')}></mre-municipality-list>`);
        await settled(el);
        const texts = items(el).map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
        expect(texts.sort()).to.deep.equal(['<img src=x onerror="window.__pwned=1">Helmond', 'Eindhoven', 'Waalre']);
        expect(el.shadowRoot!.querySelector('img')).to.equal(null);
        expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
        // Eindhoven's javascript: website is gone; its name stays, as plain text.
        const eindhoven = items(el).find((li) => li.textContent!.includes('Eindhoven'))!;
        expect(eindhoven.querySelector('a')).to.equal(null);
        expect(links(el).every((a) => a.href.startsWith('https:'))).to.be.true;
        expect(warnings.join('\n')).to.include('XX0000').and.to.include('javascript:alert');
        expect(notices(el)).to.deep.equal([]);
      } finally {
        console.warn = warn;
      }
    });

    it('fetches a URL once for three elements that share it', async () => {
      const src = fresh('/test/fixtures/region-subset.json');
      const originalFetch = window.fetch;
      const requested: string[] = [];
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        requested.push(String(input));
        return originalFetch(input, init);
      };
      try {
        const parent = await fixture<HTMLDivElement>(html`<div>
          <mre-municipality-list src=${src}></mre-municipality-list>
          <mre-municipality-list src=${src} lang="en"></mre-municipality-list>
          <mre-municipality-list src=${src} municipality="helmond"></mre-municipality-list>
        </div>`);
        const lists = [...parent.querySelectorAll('mre-municipality-list')];
        await Promise.all(lists.map((el) => settled(el)));
        expect(requested.filter((u) => u.includes('region-subset.json'))).to.have.length(1);
        for (const el of lists) expect(items(el)).to.have.length(3);
      } finally {
        window.fetch = originalFetch;
      }
    });

    it('lets the last src win when src changes during a load, and aborts the old load', async () => {
      const slow = fresh('/__test__/slow.json?ms=800');
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list src=${slow}></mre-municipality-list>`);
      let errors = 0;
      el.addEventListener('mre-error', () => errors++);
      el.src = fresh('/test/fixtures/region-subset.json');
      await settled(el);
      expect(items(el)).to.have.length(3);
      await new Promise((r) => setTimeout(r, 1000));
      await el.updateComplete;
      expect(items(el)).to.have.length(3);
      expect(errors).to.equal(0);
      const slowEntries = performance.getEntriesByType('resource').filter((e) => e.name.includes(slow.split('?')[1]));
      // An aborted request either never completes or completes with no body delivered.
      expect(slowEntries.every((e) => (e as PerformanceResourceTiming).responseEnd === 0 || (e as PerformanceResourceTiming).transferSize === 0)).to.be.true;
    });

    it('shows the bundled data while a file loads, so the page does not jump', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list src=${fresh('/__test__/slow.json?ms=300')}></mre-municipality-list>`);
      expect(items(el)).to.have.length(21);
      expect(el.shadowRoot!.querySelector('.base')!.getAttribute('aria-busy')).to.equal('true');
      await settled(el);
      expect(el.shadowRoot!.querySelector('.base')!.getAttribute('aria-busy')).to.equal('false');
    });
  });

  describe('accessibility', () => {
    it('passes the axe audit in Dutch', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list municipality="helmond"></mre-municipality-list>`);
      await expect(el).to.be.accessible();
    });

    it('passes the axe audit in English, with a notice', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list lang="en" municipality="nowhere"></mre-municipality-list>`);
      expect(notices(el)).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });
});
