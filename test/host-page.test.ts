// The widgets on host pages that do unusual things: self-closing tags, right-to-left pages,
// hostile text in the data, an extended Object.prototype, several widgets sharing a failing
// file, every way an editor may name the municipality, and a server that forgets CORS.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { MreMunicipalityList } from '../src/components/municipality-list/municipality-list.js';
import type { MreRegionMap } from '../src/components/region-map/region-map.js';
import { fresh, visibleText } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const root = (el: Element) => el.shadowRoot!;

/** Parses `markup` with the HTML parser, as a page would, and waits for every widget in it. */
async function parsed(markup: string, width = 800): Promise<HTMLDivElement> {
  const container = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  container.innerHTML = markup;
  const widgets = [...container.querySelectorAll<Widget>('*')].filter((el) => el.localName.startsWith('mre-'));
  await Promise.all(widgets.map((el) => el.updateComplete));
  return container;
}

/** The horizontal positions of `text`'s characters in `node`, in reading order of the string. */
function charLefts(node: Text, text: string): number[] {
  const start = node.data.indexOf(text);
  expect(start, `"${text}" in "${node.data}"`).to.be.at.least(0);
  return [...text].map((_, i) => {
    const range = document.createRange();
    range.setStart(node, start + i);
    range.setEnd(node, start + i + 1);
    return range.getBoundingClientRect().left;
  });
}

function textNode(el: Element, text: string): Text {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node as Text).data.includes(text)) return node as Text;
  throw new Error(`no text "${text}"`);
}

describe('host pages', () => {
  describe('a self-closing tag', () => {
    it('keeps the content the parser put inside the widget visible after it, and explains once', async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const page = await parsed(
          '<mre-theme-cards /><p id="after">Na de thema’s</p><mre-municipality-list compact></mre-municipality-list><footer id="footer">Voettekst</footer>',
        );
        const cards = page.querySelector('mre-theme-cards')!;
        // The parser nested everything inside the cards…
        expect(cards.querySelector('#after')).to.exist;
        // …and all of it is still on the screen, below the cards.
        const cardsBottom = root(cards).querySelector('.base')!.getBoundingClientRect().bottom;
        for (const selector of ['#after', 'mre-municipality-list', '#footer']) {
          const box = page.querySelector(selector)!.getBoundingClientRect();
          expect(box.height, `${selector} visible`).to.be.greaterThan(0);
          expect(box.top, `${selector} after the cards`).to.be.at.least(cardsBottom - 1);
        }
        expect(visibleText(page.querySelector('mre-municipality-list')!)).to.include('Eindhoven');
        await waitUntil(() => warn.called, 'the console explains');
        const explained = warn.getCalls().filter((c) => String(c.args[0]).includes('custom elements need an end tag'));
        expect(explained).to.have.length(1);
        expect(String(explained[0].args[0])).to.include('<mre-theme-cards />');
      } finally {
        warn.restore();
      }
    });

    it('keeps swallowed text visible too, and names it', async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const page = await parsed('<mre-agreement-timeline from="2020" />Tekst na de tijdlijn');
        const timeline = page.querySelector('mre-agreement-timeline')!;
        const text = [...timeline.childNodes].find((n) => n.nodeType === Node.TEXT_NODE)!;
        const range = document.createRange();
        range.selectNodeContents(text);
        expect(range.getBoundingClientRect().height).to.be.greaterThan(0);
        await waitUntil(() => warn.called, 'the console explains');
        expect(String(warn.firstCall.args[0])).to.include('starting with the text "Tekst na de tijdlijn"');
      } finally {
        warn.restore();
      }
    });

    it('hides the documented fallback once the widget runs, and says nothing about it', async () => {
      const warn = sinon.spy(console, 'warn');
      try {
        const page = await parsed(
          '<mre-municipality-list><ul slot="fallback"><li><a id="fallback" href="https://www.eindhoven.nl">Eindhoven</a></li></ul></mre-municipality-list>',
        );
        expect(page.querySelector('#fallback')!.getBoundingClientRect().height).to.equal(0);
        expect(root(page.querySelector('mre-municipality-list')!).querySelectorAll('li')).to.have.length(21);
        expect(warn.getCalls().filter((c) => String(c.args[0]).includes('end tag'))).to.have.length(0);
      } finally {
        warn.restore();
      }
    });
  });

  describe('direction', () => {
    it('lays a widget out left to right on a right-to-left page', async () => {
      const page = await parsed('<div dir="rtl"><mre-municipality-list municipality="helmond"></mre-municipality-list></div>');
      const list = page.querySelector('mre-municipality-list')!;
      const base = root(list).querySelector('.base')!;
      expect(getComputedStyle(base).direction).to.equal('ltr');
      const item = root(list).querySelector('li.current')!;
      // "94.440 inwoners (1 januari 2024)" reads in its own order, the number first.
      const population = item.querySelector('.population')!;
      const text = population.textContent!;
      const lefts = charLefts(textNode(population, text), text.slice(0, 8));
      expect(lefts).to.deep.equal([...lefts].sort((a, b) => a - b));
      // The attribution's full stop stays at the end.
      const map = await fixture<MreRegionMap>(html`<div dir="rtl"><mre-region-map></mre-region-map></div>`);
      const attribution = root(map.querySelector('mre-region-map')!).querySelector('[part="attribution"]')!;
      const line = textNode(attribution, 'Gemeentegrenzen');
      const dots = charLefts(line, line.data.trim().slice(-2));
      expect(dots[1]).to.be.greaterThan(dots[0]);
    });

    it('keeps control characters in the data from reordering the widget’s own words', async () => {
      const list = await fixture<MreMunicipalityList>(
        html`<mre-municipality-list municipality="helmond" src=${fresh('/test/fixtures/region-hostile-text.json')}></mre-municipality-list>`,
      );
      const item = root(list).querySelector('li.current')!;
      const here = item.querySelector('.here')!;
      const lefts = charLefts(textNode(here, 'U bent hier'), 'U bent hier');
      expect(lefts, '"U bent hier" reads left to right').to.deep.equal([...lefts].sort((a, b) => a - b));
      expect(here.getBoundingClientRect().left).to.be.at.least(item.querySelector('a')!.getBoundingClientRect().right - 1);
    });
  });

  describe('hostile text in the data', () => {
    const src = () => fresh('/test/fixtures/region-hostile-text.json');

    for (const tag of ['mre-theme-cards', 'mre-municipality-list', 'mre-agreement-timeline', 'mre-region-map']) {
      it(`${tag}: a 44-letter word and a 300-character name stay inside a 320 px page`, async () => {
        const page = await parsed(`<${tag} src="${src()}" municipality="best"></${tag}>`, 320);
        const el = page.querySelector(tag)!;
        const base = root(el).querySelector('.base')!;
        expect(base.scrollWidth, 'the widget’s content fits').to.be.at.most(320);
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
        for (const node of root(el).querySelectorAll('li, h2, h3, p, a')) {
          const box = node.getBoundingClientRect();
          if (box.width) expect(box.right, node.textContent!.slice(0, 30)).to.be.at.most(page.getBoundingClientRect().right + 1);
        }
      });
    }

    it('a search ignores zero-width spaces and other invisible characters in names', async () => {
      const list = await fixture<MreMunicipalityList>(html`<mre-municipality-list src=${src()}></mre-municipality-list>`);
      const input = root(list).querySelector('input')!;
      for (const query of ['eindhoven', 'EIND\u00adHOVEN', 'eind\u200bhoven']) {
        input.value = query;
        input.dispatchEvent(new Event('input'));
        await list.updateComplete;
        // The names a person sees: the search hides the rows that do not match.
        const shown = [...root(list).querySelectorAll('li')].filter((li) => li.getClientRects().length > 0);
        const names = shown.map((li) => li.querySelector('a')!.textContent!.replace(/\u200b/g, ''));
        expect(names, query).to.deep.equal(['Eindhoven']);
      }
    });
  });

  it('a page that extends Object.prototype gets the list, a notice and a console message naming the cause, and no uncaught error', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const warn = sinon.stub(console, 'warn');
    (Object.prototype as unknown as Record<string, unknown>).mreOldLibrary = function () {};
    try {
      const el = await fixture<MreRegionMap>(html`<mre-region-map municipality="helmond"></mre-region-map>`);
      expect(visibleText(el)).to.include('De kaart kon niet worden geladen. De gemeenten staan hieronder als lijst.');
      expect(root(el).querySelectorAll('details li')).to.have.length(21);
      const message = warn.getCalls().map((c) => String(c.args[0])).find((m) => m.includes('Object.prototype'));
      expect(message).to.include('mreOldLibrary');
    } finally {
      delete (Object.prototype as unknown as Record<string, unknown>).mreOldLibrary;
      warn.restore();
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    // The same page without the extension draws the map.
    const el = await fixture<MreRegionMap>(html`<mre-region-map></mre-region-map>`);
    await waitUntil(() => root(el).querySelectorAll('path.leaflet-interactive').length === 21, 'the map draws', { timeout: 5000 });
  });

  it('a file that fails is shown by every widget but announced once', async () => {
    const src = fresh('/test/fixtures/does-not-exist.json');
    const page = await parsed(
      `<mre-theme-cards src="${src}"></mre-theme-cards><mre-municipality-list src="${src}"></mre-municipality-list><mre-agreement-timeline src="${src}"></mre-agreement-timeline>`,
    );
    const widgets = [...page.children];
    const text = 'De actuele gegevens konden niet worden geladen';
    for (const el of widgets) expect(visibleText(el), el.localName).to.include(text);
    const live = widgets.flatMap((el) => [...root(el).querySelectorAll('[role="status"]')]).filter((r) => r.textContent!.includes(text));
    expect(live).to.have.length(1);
    // Citizens read plain words; the status code is for the console and the event.
    expect(visibleText(widgets[0])).not.to.match(/404|foutcode/);
  });

  describe('the municipality attribute', () => {
    const forms = ['son-en-breugel', 'Son en Breugel', 'GM0848', 'gm0848', '  SON EN BREUGEL ', '“Son en Breugel”', '‘son-en-breugel’', 'Son en Bréugel', 'Son en Breu\u00adgel'];
    for (const form of forms) {
      it(`accepts ${JSON.stringify(form)}`, async () => {
        const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list municipality=${form}></mre-municipality-list>`);
        expect(root(el).querySelector('li.current a')!.textContent).to.equal('Son en Breugel');
        expect(root(el).querySelectorAll('.notice')).to.have.length(0);
      });
    }

    it('accepts the short and the official name of Nuenen', async () => {
      for (const form of ['Nuenen', 'Nuenen, Gerwen en Nederwetten', 'nuenen']) {
        const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list municipality=${form}></mre-municipality-list>`);
        expect(root(el).querySelector('li.current a')!.textContent, form).to.equal('Nuenen, Gerwen en Nederwetten');
      }
    });

    it('explains an unknown value with examples of the forms it accepts', async () => {
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list municipality="Atlantis"></mre-municipality-list>`);
      expect(visibleText(el)).to.include(
        'De gemeente „Atlantis” komt niet voor in de gegevens. Gebruik de naam van de gemeente (bijvoorbeeld Son en Breugel) of de CBS-code (bijvoorbeeld GM0848).',
      );
    });
  });

  describe('a file on another host', () => {
    const base = async () => (await (await fetch('/__test__/cross-origin')).json()) as string;

    it('that does not allow this site to read it (CORS) is named as such in the console and the event', async () => {
      const src = `${await base()}/region.json?${fresh('x').split('?')[1]}`;
      const warn = sinon.spy(console, 'warn');
      try {
        const el = document.createElement('mre-municipality-list');
        const failed = new Promise<CustomEvent>((resolve) => el.addEventListener('mre-error', (e) => resolve(e as CustomEvent)));
        el.src = src;
        document.body.append(el);
        const event = await failed;
        await el.updateComplete;
        expect(event.detail.reason).to.equal('cors');
        expect(event.detail.message).to.include('Access-Control-Allow-Origin');
        expect(visibleText(el)).to.include('de server staat niet toe dat deze website het bestand leest');
        el.remove();
      } finally {
        warn.restore();
      }
    });

    it('that allows it is shown', async () => {
      const src = `${await base()}/region-cors.json?${fresh('x').split('?')[1]}`;
      const el = await fixture<MreMunicipalityList>(html`<mre-municipality-list src=${src}></mre-municipality-list>`);
      expect(root(el).querySelectorAll('li')).to.have.length(3);
      expect(root(el).querySelectorAll('.notice')).to.have.length(0);
    });
  });

  it('shows markup in the data as text and drops unsafe links, in every widget', async () => {
    const src = fresh('/test/fixtures/region-injection.json');
    const page = await parsed(
      `<mre-theme-cards src="${src}"></mre-theme-cards><mre-agreement-timeline src="${src}"></mre-agreement-timeline>` +
        `<mre-municipality-list src="${src}"></mre-municipality-list>`,
    );
    const [cards, timeline, list] = [...page.children] as HTMLElement[];
    expect(root(cards).querySelector('.heading')!.textContent).to.equal('<b>Economie</b><script>window.__pwned=1</script>');
    expect(root(cards).querySelector('.summary')!.textContent).to.equal('<img src=x onerror="window.__pwned=1">');
    expect(root(timeline).querySelector('[part="title"]')!.textContent).to.equal('<svg onload="window.__pwned=1">Akkoord');
    expect(visibleText(list)).to.include('<img src=x onerror="window.__pwned=1">Eindhoven');
    for (const el of [cards, timeline, list]) {
      expect(root(el).querySelectorAll('img, script, svg b, b, a[href^="javascript"], a[href^="data"]'), el.localName).to.have.length(0);
    }
    // The one safe source is the only link of the timeline item; the list shows the name without a link.
    expect([...root(timeline).querySelectorAll('[part="sources"] a')].map((a) => (a as HTMLAnchorElement).href)).to.deep.equal([
      'https://zoek.officielebekendmakingen.nl/stcrt-2015-9620.html',
    ]);
    expect(root(list).querySelector('li a')).to.equal(null);
    expect(root(cards).querySelector('a')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
