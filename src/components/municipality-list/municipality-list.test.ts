import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { MreMunicipalitySelectEvent } from '../../events.js';
import { loaderSettings } from '../../data/load.js';
import { firstRender, fresh, nextError, visibleText, watchFetches, shownText } from '../../../test/helpers.js';
import { holdFetches } from '../../../test/hold-fetches.js';
import { press, type } from '../../../test/keys.js';
import { inHostilePage, readability } from '../../../test/readability.js';
import './municipality-list.js';
import type { MreMunicipalityList } from './municipality-list.js';

/** The municipalities a person sees: the rows that take room on the page (the search hides the others). */
function items(el: MreMunicipalityList) {
  return [...el.shadowRoot!.querySelectorAll('li')].filter((li) => li.getClientRects().length > 0);
}
function links(el: MreMunicipalityList) {
  return [...el.shadowRoot!.querySelectorAll('a')];
}
/** The name of a municipality with its "you are here" and "selected" marks, as seen. */
function nameLine(li: Element) {
  return shownText(li.querySelector('.name-line')!);
}
function notices(el: MreMunicipalityList) {
  return [...el.shadowRoot!.querySelectorAll('[role="status"] .notice')].map((n) => shownText(n));
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
    expect(names).to.deep.equal([
      'Asten',
      'Bergeijk',
      'Best',
      'Bladel',
      'Cranendonck',
      'Deurne',
      'Eersel',
      'Eindhoven',
      'Geldrop-Mierlo',
      'Gemert-Bakel',
      'Heeze-Leende',
      'Helmond',
      'Laarbeek',
      'Nuenen, Gerwen en Nederwetten',
      'Oirschot',
      'Reusel-De Mierden',
      'Someren',
      'Son en Breugel',
      'Valkenswaard',
      'Veldhoven',
      'Waalre',
    ]);
  });

  for (const key of ['helmond', 'GM0794', 'gm0794', ' HELMOND ']) {
    it(`marks the current municipality named "${key}" in text`, async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list municipality=${key}></mre-municipality-list>`);
      const current = items(el).filter((li) => li.textContent!.includes('U bent hier'));
      expect(current).to.have.length(1);
      expect(nameLine(current[0])).to.equal('Helmond (U bent hier)');
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
    expect(el.shadowRoot!.querySelector('.notice')!.getBoundingClientRect().height).to.be.greaterThan(0);
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
      await waitUntil(() => visibleText(el).includes('Deurne (U bent hier)'), 'the list did not switch to Dutch');
      expect(visibleText(el)).not.to.include('You are here');
      expect(el.shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal('nl');
      expect(el.shadowRoot!.querySelector('input')!.labels![0].textContent).to.equal('Zoek een gemeente');
    });

    it('shows an unsupported language in Dutch and marks the text as Dutch', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list lang="de" municipality="best"></mre-municipality-list>`);
      expect(el.shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal('nl');
      expect(visibleText(el)).to.include('Best (U bent hier)');
      expect(el.shadowRoot!.querySelector('input')!.labels![0].textContent).to.equal('Zoek een gemeente');
      expect(el.shadowRoot!.querySelector('ul')!.getAttribute('aria-label')).to.equal('Gemeenten in de Metropoolregio Eindhoven');
    });
  });

  describe('src', () => {
    afterEach(() => {
      loaderSettings.timeoutMs = 10_000;
    });

    it('shows the municipalities of the remote file, and the bundled ones until it is there', async () => {
      const held = holdFetches();
      try {
        const el = await firstRender<MreMunicipalityList>(html`<mre-municipality-list sort="population" src=${fresh('/test/fixtures/region-subset.json')}></mre-municipality-list>`);
        await held.requested;
        expect(items(el)).to.have.length(21);
        expect(links(el).slice(0, 3).map((a) => a.textContent)).to.deep.equal(['Eindhoven', 'Helmond', 'Veldhoven']);
        held.release();
        await el.updateComplete;
        expect(links(el).map((a) => a.textContent)).to.deep.equal(['Eindhoven', 'Helmond', 'Waalre']);
        expect(links(el).map((a) => a.href)).to.deep.equal(['https://www.eindhoven.nl/', 'https://www.helmond.nl/', 'https://www.waalre.nl/']);
        expect(el.shadowRoot!.querySelectorAll('.population')[2].textContent).to.equal('17.988 inwoners');
        expect(notices(el)).to.deep.equal([]);
      } finally {
        held.restore();
      }
    });

    const failures: [string, string, string, string][] = [
      ['a missing file (404)', '/test/fixtures/does-not-exist.json', 'http', 'het bestand is niet gevonden of de server gaf het niet'],
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
        await el.updateComplete;
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
      await el.updateComplete;
      expect(notices(el)[0]).to.equal('Note: The latest data could not be loaded: loading took too long. You are seeing the bundled data.');
      expect(items(el)).to.have.length(21);
    });

    it('drops invalid items and unsafe links, renders markup as text, and shows the rest', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list src=${fresh('/test/fixtures/region-partly-invalid.json')}></mre-municipality-list>`);
        await el.updateComplete;
        const texts = items(el).map(nameLine);
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
      const fetches = watchFetches();
      try {
        const parent = await fixture<HTMLDivElement>(html`<div>
          <mre-municipality-list src=${src}></mre-municipality-list>
          <mre-municipality-list src=${src} lang="en"></mre-municipality-list>
          <mre-municipality-list src=${src} municipality="helmond"></mre-municipality-list>
        </div>`);
        const lists = [...parent.querySelectorAll('mre-municipality-list')];
        await Promise.all(lists.map((el) => el.updateComplete));
        expect(fetches.urls.filter((u) => u.includes('region-subset.json'))).to.have.length(1);
        for (const el of lists) expect(items(el)).to.have.length(3);
      } finally {
        fetches.restore();
      }
    });

    it('lets the last src win when src changes during a load, and aborts the old load', async () => {
      const slow = fresh('/__test__/slow.json?ms=800');
      const el = await firstRender<MreMunicipalityList>(html`<mre-municipality-list src=${slow}></mre-municipality-list>`);
      let errors = 0;
      el.addEventListener('mre-error', () => errors++);
      const outcome = async () =>
        (await fetch(`/__test__/outcome?t=${new URL(slow, location.href).searchParams.get('t')}`)).json() as Promise<string>;
      // Some engines cancel a request they have not sent yet; this test is about one the server has.
      await waitUntil(async () => (await outcome()) === 'waiting', 'the first request reached the server', { timeout: 3000 });
      el.src = fresh('/test/fixtures/region-subset.json');
      await el.updateComplete;
      expect(items(el)).to.have.length(3);
      // The test server saw the browser hang up on the old request before it would have answered.
      await waitUntil(async () => !['pending', 'waiting'].includes(await outcome()), 'the slow request never ended', { timeout: 3000 });
      expect(await outcome()).to.equal('aborted');
      await el.updateComplete;
      expect(items(el)).to.have.length(3);
      expect(errors).to.equal(0);
    });

    it('shows the bundled data while a file loads, so the page does not jump', async () => {
      const el = await firstRender<MreMunicipalityList>(html`<mre-municipality-list src=${fresh('/__test__/slow.json?ms=300')}></mre-municipality-list>`);
      expect(items(el)).to.have.length(21);
      expect(el.shadowRoot!.querySelector('.base')!.getAttribute('aria-busy')).to.equal('true');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.base')!.getAttribute('aria-busy')).to.equal('false');
    });
  });

  describe('population', () => {
    it('shows each population, and the reference date once above the list, in Dutch', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list></mre-municipality-list>`);
      const helmond = items(el).find((li) => nameLine(li) === 'Helmond')!;
      expect(helmond.querySelector('.population')!.textContent).to.equal('95.874 inwoners');
      const eindhoven = items(el).find((li) => nameLine(li) === 'Eindhoven')!;
      expect(eindhoven.querySelector('.population')!.textContent).to.equal('246.417 inwoners');
      const date = el.shadowRoot!.querySelector('[part="population-date"]')!;
      expect(date.textContent).to.equal('Aantal inwoners op 1 januari 2024.');
      expect(date.getBoundingClientRect().bottom).to.be.at.most(el.shadowRoot!.querySelector('ul')!.getBoundingClientRect().top);
      expect(visibleText(el).match(/1 januari 2024/g)).to.have.length(1);
    });

    it('and in English', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list lang="en"></mre-municipality-list>`);
      const helmond = items(el).find((li) => nameLine(li) === 'Helmond')!;
      expect(helmond.querySelector('.population')!.textContent).to.equal('95,874 inhabitants');
      expect(el.shadowRoot!.querySelector('[part="population-date"]')!.textContent).to.equal('Population on 1 January 2024.');
    });

    it('says no date in the compact list, which shows no populations', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list compact></mre-municipality-list>`);
      expect(el.shadowRoot!.querySelector('[part="population-date"]')).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('.population')).to.have.length(0);
    });

    it('shows the whole text of every sort choice', async () => {
      for (const width of [320, 440, 800]) {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><mre-municipality-list></mre-municipality-list></div>`);
        const select = wrapper.querySelector('mre-municipality-list')!.shadowRoot!.querySelector('select')!;
        for (const option of [...select.options]) {
          select.value = option.value;
          // The text of the shown choice fits in the box, with its padding and about 1em for the arrow.
          const style = getComputedStyle(select);
          const probe = document.createElement('span');
          probe.style.cssText = `font: ${style.font}; white-space: nowrap; position: absolute`;
          probe.textContent = option.textContent;
          document.body.append(probe);
          const needed = probe.getBoundingClientRect().width + parseFloat(style.paddingLeft) + parseFloat(style.fontSize);
          probe.remove();
          expect(select.clientWidth, `"${option.textContent}" at ${width}px`).to.be.at.least(needed);
        }
      }
    });

    it('leaves out the date when the data has none, and the line when the population is missing', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list src=${fresh('/test/fixtures/region-edge-cases.json')}></mre-municipality-list>`);
      await el.updateComplete;
      const [een, twee, leeg] = items(el);
      expect(nameLine(twee)).to.equal('Testgemeente Twee');
      expect(nameLine(een)).to.equal('Testgemeente Één');
      expect(een.querySelector('.population')!.textContent).to.equal('1.200 inwoners');
      expect(nameLine(leeg)).to.equal('Testgemeente zonder gegevens');
      expect(leeg.querySelector('.population')).to.equal(null);
      // No website: the name is plain text.
      expect(leeg.querySelector('a')).to.equal(null);
      expect(leeg.querySelector('.name')!.textContent).to.equal('Testgemeente zonder gegevens');
    });
  });

  describe('search', () => {
    async function search(el: MreMunicipalityList, text: string) {
      const input = el.shadowRoot!.querySelector('input')!;
      input.focus();
      input.select();
      await press('Backspace');
      if (text) await type(text);
      await el.updateComplete;
    }
    const names = (el: MreMunicipalityList) => items(el).map((li) => li.querySelector('.name-line > a, .name-line > .name')!.textContent);
    const status = (el: MreMunicipalityList) => shownText(el.shadowRoot!.querySelector('p.status[role="status"]'));

    it('is a search box with a visible label', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list></mre-municipality-list>`);
      const input = el.shadowRoot!.querySelector('input')!;
      expect(input.type).to.equal('search');
      expect(input.labels![0].textContent).to.equal('Zoek een gemeente');
      expect(input.labels![0].getBoundingClientRect().height).to.be.greaterThan(0);
      expect(status(el)).to.equal('');
    });

    it('filters as the visitor types, anywhere in the name and ignoring case', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list></mre-municipality-list>`);
      await search(el, 'BREUGEL');
      expect(names(el)).to.deep.equal(['Son en Breugel']);
      expect(status(el)).to.equal('1 gemeente gevonden');
      await search(el, 'ee');
      expect(names(el)).to.deep.equal(['Eersel', 'Heeze-Leende', 'Laarbeek']);
      expect(status(el)).to.equal('3 gemeenten gevonden');
      await search(el, '');
      expect(items(el)).to.have.length(21);
      expect(status(el)).to.equal('');
    });

    it('ignores accents and punctuation, both in what is typed and in the names', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list></mre-municipality-list>`);
      await search(el, 'sön én brëugel');
      expect(names(el)).to.deep.equal(['Son en Breugel']);
      await search(el, 'geldrop mierlo');
      expect(names(el)).to.deep.equal(['Geldrop-Mierlo']);
      const remote = await fixture<MreMunicipalityList>(html`<mre-municipality-list src=${fresh('/test/fixtures/region-edge-cases.json')}></mre-municipality-list>`);
      await remote.updateComplete;
      await search(remote, 'gemeente een');
      expect(names(remote)).to.deep.equal(['Testgemeente Één']);
    });

    it('matches the short name too', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list src=${fresh('/test/fixtures/region-edge-cases.json')}></mre-municipality-list>`);
      await el.updateComplete;
      await search(el, 'leeg');
      expect(names(el)).to.deep.equal(['Testgemeente zonder gegevens']);
    });

    it('says clearly when nothing matches, in the live region', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list></mre-municipality-list>`);
      await search(el, 'Tilburg');
      expect(items(el)).to.have.length(0);
      // No empty list is shown, nor left for a screen reader to find.
      expect(getComputedStyle(el.shadowRoot!.querySelector('ul')!).display).to.equal('none');
      expect(status(el)).to.equal('Geen gemeente gevonden voor „Tilburg”. Controleer de spelling of zoek op een deel van de naam.');
      expect(el.shadowRoot!.querySelector('p.status')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('announces in English for an English list', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list lang="en"></mre-municipality-list>`);
      expect(el.shadowRoot!.querySelector('input')!.labels![0].textContent).to.equal('Search for a municipality');
      await search(el, 'ee');
      expect(status(el)).to.equal('3 municipalities found');
      await search(el, 'oirschot');
      expect(status(el)).to.equal('1 municipality found');
      await search(el, 'xyz');
      expect(status(el)).to.equal('No municipality matches “xyz”. Check the spelling or search for part of the name.');
    });

    it('hides the other rows from sight and from assistive technology, and shows the same rows again when the search is cleared', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list></mre-municipality-list>`);
      const rows = items(el);
      await search(el, 'breugel');
      expect(names(el)).to.deep.equal(['Son en Breugel']);
      const others = rows.filter((li) => !nameLine(li).includes('Breugel'));
      expect(others).to.have.length(20);
      for (const li of others) expect(getComputedStyle(li).display, nameLine(li)).to.equal('none');
      await search(el, '');
      // The rows come back as they were, in their order, rather than being built anew.
      expect(items(el)).to.deep.equal(rows);
    });

    it('keeps the search when the municipalities of a file arrive', async () => {
      const held = holdFetches();
      try {
        const el = await firstRender<MreMunicipalityList>(html`<mre-municipality-list src=${fresh('/test/fixtures/region-subset.json')}></mre-municipality-list>`);
        await held.requested;
        // While the file is on its way (updateComplete waits for it), the bundled list answers.
        el.shadowRoot!.querySelector('input')!.focus();
        await type('hoven');
        await waitUntil(() => names(el).join() === 'Eindhoven,Veldhoven', 'the bundled list was not searched');
        held.release();
        await el.updateComplete;
        // region-subset.json has Eindhoven, Helmond and Waalre.
        expect(names(el)).to.deep.equal(['Eindhoven']);
        expect(status(el)).to.equal('1 gemeente gevonden');
        await search(el, '');
        expect(names(el)).to.deep.equal(['Eindhoven', 'Helmond', 'Waalre']);
      } finally {
        held.restore();
      }
    });

    it('searches a list of 1,000 municipalities, and shows them all again when the search is cleared', async () => {
      const number = (i: number) => String(i).padStart(4, '0');
      const municipalities = Array.from({ length: 1000 }, (_, i) => ({
        code: `GM${9000 + i}`,
        name: `Testgemeente ${number(i + 1)}`,
        slug: `testgemeente-${number(i + 1)}`,
        population: 1000 + i,
        website: `https://example.org/${number(i + 1)}`,
      }));
      const src = URL.createObjectURL(new Blob([JSON.stringify({ version: 1, population_reference_date: '2024-01-01', municipalities })], { type: 'application/json' }));
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list src=${src}></mre-municipality-list>`);
      await el.updateComplete;
      expect(items(el)).to.have.length(1000);
      // Rows far below the fold are there, text and all, for find-in-page and screen readers.
      expect(nameLine(items(el)[999])).to.equal('Testgemeente 1000');
      expect(items(el)[999].querySelector('.population')!.textContent).to.equal('1.999 inwoners');
      await search(el, '012');
      expect(names(el)).to.deep.equal(['Testgemeente 0012', ...Array.from({ length: 10 }, (_, i) => `Testgemeente 012${i}`)]);
      expect(status(el)).to.equal('11 gemeenten gevonden');
      await search(el, '');
      expect(items(el)).to.have.length(1000);
      expect(status(el)).to.equal('');
    });

    it('keeps the search while the order changes', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list></mre-municipality-list>`);
      await search(el, 've');
      el.sort = 'population';
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Eindhoven', 'Veldhoven']);
      expect(el.shadowRoot!.querySelector('input')!.value).to.equal('ve');
    });
  });

  describe('sort', () => {
    const names = (el: MreMunicipalityList) => items(el).map((li) => li.querySelector('.name-line a')!.textContent);
    const byPopulation = ['Eindhoven', 'Helmond', 'Veldhoven', 'Geldrop-Mierlo', 'Deurne'];

    it('sorts by population, largest first, for sort="population"', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list sort="population"></mre-municipality-list>`);
      expect(names(el).slice(0, 5)).to.deep.equal(byPopulation);
      expect(names(el).at(-1)).to.equal('Reusel-De Mierden');
      expect(el.shadowRoot!.querySelector('select')!.value).to.equal('population');
    });

    it('sorts the other way round for sort="name-desc" and sort="population-asc"', async () => {
      const byName = await fixture<MreMunicipalityList>(html`<mre-municipality-list sort="name-desc"></mre-municipality-list>`);
      expect(names(byName).slice(0, 3)).to.deep.equal(['Waalre', 'Veldhoven', 'Valkenswaard']);
      expect(names(byName).at(-1)).to.equal('Asten');
      expect(byName.shadowRoot!.querySelector('select')!.value).to.equal('name-desc');
      const byCount = await fixture<MreMunicipalityList>(html`<mre-municipality-list sort="population-asc"></mre-municipality-list>`);
      expect(names(byCount)[0]).to.equal('Reusel-De Mierden');
      expect(names(byCount).slice(-5)).to.deep.equal([...byPopulation].reverse());
      expect(byCount.shadowRoot!.querySelector('select')!.value).to.equal('population-asc');
    });

    it('puts municipalities without a population last when sorted smallest first too', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list sort="population-asc" src=${fresh('/test/fixtures/region-edge-cases.json')}></mre-municipality-list>`);
      await el.updateComplete;
      // Equal populations stay in name order.
      expect(items(el).map(nameLine)).to.deep.equal(['Testgemeente Één', 'Testgemeente Twee', 'Testgemeente zonder gegevens']);
    });

    it('sorts by name for sort="name" and for a value it does not know', async () => {
      for (const value of ['name', 'inwoners', '']) {
        const el = document.createElement('mre-municipality-list');
        el.setAttribute('sort', value);
        (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
        await el.updateComplete;
        expect(names(el).slice(0, 3)).to.deep.equal(['Asten', 'Bergeijk', 'Best']);
        expect(el.shadowRoot!.querySelector('select')!.value).to.equal('name');
      }
    });

    it('puts municipalities without a population last, and ties in name order', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list sort="population" src=${fresh('/test/fixtures/region-edge-cases.json')}></mre-municipality-list>`);
      await el.updateComplete;
      expect(items(el).map(nameLine)).to.deep.equal(['Testgemeente Één', 'Testgemeente Twee', 'Testgemeente zonder gegevens']);
    });

    it('lets the visitor change the order with a labelled select, which updates the sort property', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list></mre-municipality-list>`);
      const select = el.shadowRoot!.querySelector('select')!;
      expect(select.labels![0].textContent).to.equal('Sorteer op');
      expect([...select.options].map((o) => o.textContent)).to.deep.equal([
        'Naam (A–Z)',
        'Naam (Z–A)',
        'Inwoners (meeste eerst)',
        'Inwoners (minste eerst)',
      ]);
      select.focus();
      await press('ArrowDown');
      await el.updateComplete;
      expect(select.value).to.equal('name-desc');
      expect(el.sort).to.equal('name-desc');
      expect(names(el)[0]).to.equal('Waalre');
      await press('ArrowDown');
      await el.updateComplete;
      expect(select.value).to.equal('population');
      expect(el.sort).to.equal('population');
      expect(names(el).slice(0, 5)).to.deep.equal(byPopulation);
      select.value = 'name';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(el.sort).to.equal('name');
      expect(names(el)[0]).to.equal('Asten');
    });

    it('shows a sort set by the page after the visitor chose one', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list></mre-municipality-list>`);
      const select = el.shadowRoot!.querySelector('select')!;
      select.value = 'population';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      el.sort = 'name';
      await el.updateComplete;
      expect(select.value).to.equal('name');
      expect(names(el)[0]).to.equal('Asten');
    });
  });

  describe('compact', () => {
    it('shows only the names, without population, search, sort or map buttons', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list compact municipality="eersel" sort="population"></mre-municipality-list>`);
      expect(items(el)).to.have.length(21);
      expect(el.shadowRoot!.querySelector('input, select, button, .population, p.status')).to.equal(null);
      expect(visibleText(el)).not.to.include('inwoners');
      expect(nameLine(items(el)[0])).to.equal('Eindhoven');
      expect(visibleText(el)).to.include('Eersel (U bent hier)');
      el.compact = false;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('input')).to.exist;
      expect(el.shadowRoot!.querySelector('input')!.labels![0].textContent).to.equal('Zoek een gemeente');
      // The sort it was given applies again, and the population is back.
      expect(el.shadowRoot!.querySelector('select')!.value).to.equal('population');
      expect(nameLine(items(el)[0])).to.equal('Eindhoven');
      expect(items(el)[0].querySelector('.population')!.textContent).to.equal('246.417 inwoners');
      expect(el.shadowRoot!.querySelectorAll('.population')).to.have.length(21);
    });
  });

  describe('selection', () => {
    // "Show on map" buttons exist only while a map is on the page.
    let map: HTMLElement | undefined;
    beforeEach(async () => {
      await import('../region-map/region-map.js');
      map = document.createElement('mre-region-map');
      map.setAttribute('height', '10em');
      document.body.append(map);
    });
    afterEach(() => map?.remove());

    it('offers "show on map" only while a map is on the page', async () => {
      map!.remove();
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list></mre-municipality-list>`);
      expect(el.shadowRoot!.querySelectorAll('button')).to.have.length(0);
      document.body.append(map!);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('button')).to.have.length(21);
      map!.remove();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('button')).to.have.length(0);
    });

    function itemOf(el: MreMunicipalityList, name: string) {
      return items(el).find((li) => li.querySelector('.name-line a, .name-line .name')!.textContent === name)!;
    }
    /** The items marked as selected: by their text a person reads or hears, and by their part. */
    function selectedItems(el: MreMunicipalityList) {
      return items(el)
        .filter((li) => li.querySelector('.selected-label'))
        .map((li) => {
          const label = li.querySelector<HTMLElement>('.selected-label')!;
          const box = label.getBoundingClientRect();
          return {
            line: nameLine(li),
            // Seen: the mark takes room on the page; heard: nothing hides it from assistive technology.
            visible: box.width > 1 && box.height > 1 && getComputedStyle(label).visibility === 'visible',
            heard: !label.closest('[aria-hidden="true"]'),
            parts: li.getAttribute('part')!.split(' '),
          };
        });
    }
    function collect() {
      const events: MreMunicipalitySelectEvent[] = [];
      const listener = (e: MreMunicipalitySelectEvent) => events.push(e);
      document.addEventListener('mre-municipality-select', listener);
      return { events, stop: () => document.removeEventListener('mre-municipality-select', listener) };
    }

    it('gives every municipality a "show on map" button named after it, and keeps the name a website link', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list></mre-municipality-list>`);
      const buttons = [...el.shadowRoot!.querySelectorAll('button')];
      expect(buttons).to.have.length(21);
      const helmond = itemOf(el, 'Helmond');
      const button = helmond.querySelector('button')!;
      expect(shownText(button)).to.equal('Toon op kaart (Helmond)');
      expect(button.type).to.equal('button');
      expect(helmond.querySelector('a')!.href).to.equal('https://www.helmond.nl/');
    });

    it('fires mre-municipality-select when the visitor clicks, and marks the municipality in text', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list></mre-municipality-list>`);
      const spy = sinon.spy();
      el.addEventListener('mre-municipality-select', spy);
      itemOf(el, 'Son en Breugel').querySelector('button')!.click();
      expect(spy.callCount).to.equal(1);
      const event = spy.firstCall.args[0] as MreMunicipalitySelectEvent;
      expect(event).to.be.instanceOf(MreMunicipalitySelectEvent);
      expect(event.detail).to.deep.equal({ code: 'GM0848', slug: 'son-en-breugel', name: 'Son en Breugel' });
      expect(event.bubbles && event.composed).to.be.true;
      await el.updateComplete;
      const selected = itemOf(el, 'Son en Breugel');
      expect(nameLine(selected)).to.equal('Son en Breugel (Geselecteerd)');
      expect(selected.getAttribute('part')).to.include('selected');
      expect(items(el).filter((li) => nameLine(li).includes('Geselecteerd'))).to.have.length(1);
      // The live region says what happened; typing in the search box replaces it.
      const status = el.shadowRoot!.querySelector('[part="status"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(shownText(status)).to.equal('Son en Breugel is gemarkeerd op de kaart.');
      const input = el.shadowRoot!.querySelector('input')!;
      input.value = 'eind';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(status.textContent).to.equal('1 gemeente gevonden');
    });

    it('works from the keyboard: Tab reaches the button, Enter and Space press it', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list sort="population"></mre-municipality-list>`);
      const spy = sinon.spy();
      el.addEventListener('mre-municipality-select', spy);
      el.shadowRoot!.querySelector('a')!.focus(); // Eindhoven's website
      await press('Tab');
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(focused.tagName).to.equal('BUTTON');
      expect(focused.textContent).to.include('(Eindhoven)');
      await press('Enter');
      expect(spy.callCount).to.equal(1);
      expect(spy.lastCall.args[0].detail.code).to.equal('GM0772');
      await press('Tab');
      await press('Tab');
      expect((el.shadowRoot!.activeElement as HTMLElement).textContent).to.include('(Helmond)');
      await press('Space');
      expect(spy.callCount).to.equal(2);
      expect(spy.lastCall.args[0].detail.slug).to.equal('helmond');
      await el.updateComplete;
      expect(nameLine(itemOf(el, 'Helmond'))).to.equal('Helmond (Geselecteerd)');
      expect(nameLine(itemOf(el, 'Eindhoven'))).to.equal('Eindhoven');
      // Focus stays on the button that was pressed.
      expect((el.shadowRoot!.activeElement as HTMLElement).textContent).to.include('(Helmond)');
    });

    it('fires nothing when the page sets properties', async () => {
      const { events, stop } = collect();
      try {
        const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list municipality="helmond"></mre-municipality-list>`);
        el.sort = 'population';
        el.municipality = 'waalre';
        el.compact = true;
        el.lang = 'en';
        el.src = fresh('/test/fixtures/region-subset.json');
        await el.updateComplete;
        expect(events).to.have.length(0);
      } finally {
        stop();
      }
    });

    it('marks a selection made elsewhere on the page (a map, another list), without firing itself', async () => {
      const parent = await fixture<HTMLDivElement>(html`<div>
        <mre-municipality-list></mre-municipality-list>
        <mre-municipality-list lang="en" compact></mre-municipality-list>
        <span id="map"></span>
      </div>`);
      const [a, b] = [...parent.querySelectorAll('mre-municipality-list')];
      const { events, stop } = collect();
      try {
        expect(selectedItems(a)).to.deep.equal([]);
        expect(selectedItems(b)).to.deep.equal([]);
        parent.querySelector('#map')!.dispatchEvent(new MreMunicipalitySelectEvent({ code: 'GM0866', slug: 'waalre', name: 'Waalre' }));
        await a.updateComplete;
        await b.updateComplete;
        expect(events).to.have.length(1);
        expect(nameLine(itemOf(a, 'Waalre'))).to.equal('Waalre (Geselecteerd)');
        expect(nameLine(itemOf(b, 'Waalre'))).to.equal('Waalre (Selected)');
        expect(selectedItems(a)).to.deep.equal([{ line: 'Waalre (Geselecteerd)', visible: true, heard: true, parts: ['item', 'selected'] }]);
        expect(selectedItems(b)).to.deep.equal([{ line: 'Waalre (Selected)', visible: true, heard: true, parts: ['item', 'selected'] }]);
        // The lists only follow: the one event is the one the "map" fired.
        expect(events.map((e) => e.target)).to.deep.equal([parent.querySelector('#map')]);
        itemOf(a, 'Best').querySelector('button')!.click();
        await a.updateComplete;
        await b.updateComplete;
        expect(events).to.have.length(2);
        expect(events[1].target).to.equal(a);
        expect(nameLine(itemOf(b, 'Best'))).to.equal('Best (Selected)');
        expect(nameLine(itemOf(b, 'Waalre'))).to.equal('Waalre');
        expect(selectedItems(a)).to.deep.equal([{ line: 'Best (Geselecteerd)', visible: true, heard: true, parts: ['item', 'selected'] }]);
        expect(selectedItems(b)).to.deep.equal([{ line: 'Best (Selected)', visible: true, heard: true, parts: ['item', 'selected'] }]);
      } finally {
        stop();
      }
    });

    it('marks nothing for a selection of a code it does not list, and ignores an event without a code', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list></mre-municipality-list>`);
      // First a selection it does list, so that the rest has something to undo.
      document.body.dispatchEvent(new MreMunicipalitySelectEvent({ code: 'GM0866', slug: 'waalre', name: 'Waalre' }));
      await el.updateComplete;
      expect(selectedItems(el)).to.deep.equal([{ line: 'Waalre (Geselecteerd)', visible: true, heard: true, parts: ['item', 'selected'] }]);
      // Another script's event of the same name without a usable detail changes nothing, and throws nothing.
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      try {
        document.body.dispatchEvent(new Event('mre-municipality-select', { bubbles: true }));
        document.body.dispatchEvent(new CustomEvent('mre-municipality-select', { bubbles: true, detail: { code: 866 } }));
      } finally {
        window.removeEventListener('error', onError);
      }
      await el.updateComplete;
      expect(errors).to.deep.equal([]);
      expect(selectedItems(el).map((s) => s.line)).to.deep.equal(['Waalre (Geselecteerd)']);
      // The page now selects a municipality this list does not have: nothing here is marked.
      document.body.dispatchEvent(new MreMunicipalitySelectEvent({ code: 'GM0363', slug: 'amsterdam', name: 'Amsterdam' }));
      await el.updateComplete;
      expect(visibleText(el)).not.to.include('Geselecteerd');
      expect(selectedItems(el)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelectorAll('[part~="selected"]')).to.have.length(0);
      expect(items(el)).to.have.length(21);
    });
  });

  describe('readability under hostile host CSS', () => {
    it('keeps its own line height, colours, spacing and sizes in em of the host', async () => {
      const { el, restore } = await inHostilePage<MreMunicipalityList>(html`<mre-municipality-list municipality="helmond"></mre-municipality-list>`);
      try {
        const root = el.shadowRoot!;
        const population = root.querySelector('.population')!;
        const r = readability(population);
        expect(r.fontSize).to.equal(18); // 0.9em of the host's 20px, not of the 10px root
        expect(r.lineHeightRatio).to.be.closeTo(1.5, 0.01);
        expect(r.letterSpacing).to.equal('normal');
        expect(r.textTransform).to.equal('none');
        expect(r.contrast).to.be.at.least(4.5);
        const current = root.querySelector('li.current .here')!;
        expect(readability(current).contrast).to.be.at.least(4.5);
        for (const control of root.querySelectorAll('input, select, button, label, a')) {
          const c = readability(control);
          expect(c.letterSpacing, control.tagName).to.equal('normal');
          expect(c.contrast, control.tagName).to.be.at.least(4.5);
          // Chromium keeps a select at line-height: normal (about 1.2); the rest take ours.
          const lineHeight = getComputedStyle(control).lineHeight;
          expect(lineHeight === 'normal' || c.lineHeightRatio <= 1.5, `${control.tagName} ${lineHeight}`).to.be.true;
        }
        expect(getComputedStyle(root.querySelector('.base')!).paddingTop).to.equal('20px');
        expect(getComputedStyle(root.querySelector('input')!).fontSize).to.equal('20px');
      } finally {
        restore();
      }
    });

    it('reserves some height of its own', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list src=${fresh('/test/fixtures/region-subset.json')} compact></mre-municipality-list>`);
      await el.updateComplete;
      const hostFont = parseFloat(getComputedStyle(el).fontSize);
      expect(el.getBoundingClientRect().height).to.be.at.least(12 * hostFont - 1);
    });
  });

  describe('accessibility', () => {
    it('passes the axe audit in Dutch', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list municipality="helmond"></mre-municipality-list>`);
      await expect(el).to.be.accessible();
    });

    it('passes the axe audit in Dutch after a search that finds nothing', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list></mre-municipality-list>`);
      const input = el.shadowRoot!.querySelector('input')!;
      input.value = 'xyz';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('passes the axe audit compact, with a selection', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list compact municipality="best"></mre-municipality-list>`);
      document.body.dispatchEvent(new MreMunicipalitySelectEvent({ code: 'GM0772', slug: 'eindhoven', name: 'Eindhoven' }));
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('passes the axe audit in English, with a notice', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list lang="en" municipality="nowhere"></mre-municipality-list>`);
      expect(notices(el)).to.have.length(1);
      expect(notices(el)).to.deep.equal([
        'Note: The municipality “nowhere” is not in the data. Use the municipality’s name (for example Son en Breugel) or its CBS code (for example GM0848).',
      ]);
      await expect(el).to.be.accessible();
    });
  });
});
