import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { firstRender, fresh, nextError, visibleText, watchFetches, shownText } from '../../../test/helpers.js';
import { holdFetches } from '../../../test/hold-fetches.js';
import { inHostilePage, readability } from '../../../test/readability.js';
import './theme-cards.js';
import type { MreThemeCards } from './theme-cards.js';

function cards(el: MreThemeCards) {
  return [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li.card')];
}
function headings(el: MreThemeCards) {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]')];
}
function headingTexts(el: MreThemeCards) {
  return headings(el).map((h) => h.textContent!.trim());
}
/** The accessible name of a link made of text only: its text content, white space folded. */
function linkNames(el: MreThemeCards) {
  return [...el.shadowRoot!.querySelectorAll('a')].map((a) => shownText(a));
}
function notices(el: MreThemeCards) {
  return [...el.shadowRoot!.querySelectorAll('[role="status"] .notice')].map((n) => shownText(n));
}
/** Each card as a person meets it: heading, the start of its summary, and where "read more" goes. */
function shown(el: MreThemeCards) {
  return cards(el).map((card) => ({
    heading: card.querySelector('.heading')!.textContent!.trim(),
    summary: card.querySelector('.summary')?.textContent!.slice(0, 40),
    link: card.querySelector('a')?.href,
  }));
}
const bundledNl = [
  { heading: 'Economie', summary: 'De gemeenten werken samen aan een sterk ', link: 'https://metropoolregioeindhoven.nl/thema-s/economie' },
  { heading: 'Mobiliteit', summary: 'Doel is een goed bereikbare regio door v', link: 'https://metropoolregioeindhoven.nl/thema-s/mobiliteit' },
  {
    heading: 'Transitie landelijk gebied',
    summary: 'Het buitengebied is volop in verandering',
    link: 'https://metropoolregioeindhoven.nl/thema-s/transitie-landelijk-gebied',
  },
  { heading: 'Energietransitie', summary: 'De 21 gemeenten stellen samen met de pro', link: 'https://www.energieregiomre.nl/res/onze+aanpak/default.aspx' },
];
function columns(el: MreThemeCards) {
  return getComputedStyle(el.shadowRoot!.querySelector('.cards')!).gridTemplateColumns.split(' ').length;
}

describe('<mre-theme-cards>', () => {
  it('shows the four themes of the bundled data as cards, without any network request', async () => {
    const fetches = watchFetches();
    try {
      const el = await fixture<MreThemeCards>(html`<mre-theme-cards></mre-theme-cards>`);
      expect(fetches.urls).to.deep.equal([]);
      expect(headingTexts(el)).to.deep.equal(['Economie', 'Mobiliteit', 'Transitie landelijk gebied', 'Energietransitie']);
      expect(headings(el).every((h) => h.tagName === 'H3')).to.be.true;
      const list = el.shadowRoot!.querySelector('ul')!;
      expect(list.getAttribute('aria-label')).to.equal('Thema’s van de Metropoolregio Eindhoven');
      expect(cards(el)[3].querySelector('.summary')!.textContent).to.include('Regionale Energiestrategie (RES)');
      expect(notices(el)).to.deep.equal([]);
    } finally {
      fetches.restore();
    }
  });

  it('gives every card a "read more" link whose name says which theme it is about', async () => {
    const el = await fixture<MreThemeCards>(html`<mre-theme-cards></mre-theme-cards>`);
    const names = linkNames(el);
    expect(names).to.deep.equal([
      'Lees meer over Economie',
      'Lees meer over Mobiliteit',
      'Lees meer over Transitie landelijk gebied',
      'Lees meer over Energietransitie',
    ]);
    expect(new Set(names).size).to.equal(4);
    // Sighted visitors see "Lees meer"; the theme is in the card's heading right above it.
    const hidden = el.shadowRoot!.querySelector('a .visually-hidden')!;
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
  });

  it('sends each "read more" link to the theme\'s own page, as named in data/sources', async () => {
    const sourced = (await (await fetch('/data/sources/mre-content.json')).json()) as {
      themes: { id: string; more_url: string }[];
    };
    const el = await fixture<MreThemeCards>(html`<mre-theme-cards></mre-theme-cards>`);
    const links = cards(el).map((card) => ({ id: card.dataset.theme, href: card.querySelector('a')!.href }));
    expect(links).to.deep.equal([
      { id: 'economie', href: 'https://metropoolregioeindhoven.nl/thema-s/economie' },
      { id: 'mobiliteit', href: 'https://metropoolregioeindhoven.nl/thema-s/mobiliteit' },
      { id: 'transitie-landelijk-gebied', href: 'https://metropoolregioeindhoven.nl/thema-s/transitie-landelijk-gebied' },
      { id: 'energietransitie', href: 'https://www.energieregiomre.nl/res/onze+aanpak/default.aspx' },
    ]);
    expect(new Set(links.map((l) => l.href)).size).to.equal(4);
    for (const { id, href } of links) {
      expect(href, id).to.equal(sourced.themes.find((t) => t.id === id)!.more_url);
    }
    // The same pages in English: the link follows the theme, not the language.
    const en = await fixture<MreThemeCards>(html`<mre-theme-cards lang="en" themes="energietransitie,economie"></mre-theme-cards>`);
    expect(cards(en).map((card) => card.querySelector('a')!.href)).to.deep.equal([links[3].href, links[0].href]);
  });

  it('draws a decorative icon per theme that assistive technology skips', async () => {
    const el = await fixture<MreThemeCards>(html`<mre-theme-cards></mre-theme-cards>`);
    const icons = [...el.shadowRoot!.querySelectorAll('svg')];
    expect(icons).to.have.length(4);
    expect(icons.map((i) => i.dataset.icon)).to.deep.equal(['economie', 'mobiliteit', 'transitie-landelijk-gebied', 'energietransitie']);
    for (const icon of icons) {
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(icon.getAttribute('focusable')).to.equal('false');
      expect(icon.getBoundingClientRect().width).to.be.greaterThan(0);
    }
  });

  it('is in English for lang="en"', async () => {
    const el = await fixture<MreThemeCards>(html`<mre-theme-cards lang="en"></mre-theme-cards>`);
    expect(el.shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal('en');
    expect(headingTexts(el)).to.deep.equal(['Economy', 'Mobility', 'Rural area transition', 'Energy transition']);
    expect(linkNames(el)[0]).to.equal('Read more about Economy');
    expect(el.shadowRoot!.querySelector('ul')!.getAttribute('aria-label')).to.equal('Themes of the Metropoolregio Eindhoven');
    expect(visibleText(el)).to.include('Regional Energy Strategy (RES)');
  });

  describe('themes', () => {
    it('shows the themes asked for, in that order, ignoring case, spaces and doubles', async () => {
      const el = await fixture<MreThemeCards>(html`<mre-theme-cards themes=" Energietransitie, economie ,energietransitie"></mre-theme-cards>`);
      expect(headingTexts(el)).to.deep.equal(['Energietransitie', 'Economie']);
      expect(notices(el)).to.deep.equal([]);
      el.themes = 'mobiliteit';
      await el.updateComplete;
      expect(headingTexts(el)).to.deep.equal(['Mobiliteit']);
      el.themes = '';
      await el.updateComplete;
      expect(headingTexts(el)).to.have.length(4);
      expect(shown(el)).to.deep.equal(bundledNl);
    });

    it('shows the known themes and a visible notice naming the unknown ids', async () => {
      const el = await fixture<MreThemeCards>(html`<mre-theme-cards themes="economie,cultuur,mobiliteit"></mre-theme-cards>`);
      expect(headingTexts(el)).to.deep.equal(['Economie', 'Mobiliteit']);
      expect(notices(el)).to.deep.equal([
        'Let op: Het thema „cultuur” komt niet voor in de gegevens. Bekende thema’s: economie, mobiliteit, transitie-landelijk-gebied, energietransitie.',
      ]);
      const notice = el.shadowRoot!.querySelector('.notice')!;
      expect(notice.getBoundingClientRect().height).to.be.greaterThan(0);
      el.themes = 'economie';
      await el.updateComplete;
      expect(notices(el)).to.deep.equal([]);
    });

    it('names several unknown ids in one Dutch notice, in the plural', async () => {
      const el = await fixture<MreThemeCards>(html`<mre-theme-cards themes="sport,mobiliteit,cultuur"></mre-theme-cards>`);
      expect(headingTexts(el)).to.deep.equal(['Mobiliteit']);
      expect(notices(el)).to.deep.equal([
        'Let op: De thema’s „sport”, „cultuur” komen niet voor in de gegevens. Bekende thema’s: economie, mobiliteit, transitie-landelijk-gebied, energietransitie.',
      ]);
    });

    it('says in English when no theme asked for exists, and shows no empty list', async () => {
      const el = await fixture<MreThemeCards>(html`<mre-theme-cards lang="en" themes="sport, cultuur"></mre-theme-cards>`);
      expect(cards(el)).to.have.length(0);
      expect(el.shadowRoot!.querySelector('ul')).to.equal(null);
      expect(notices(el)).to.deep.equal([
        'Note: The themes “sport”, “cultuur” are not in the data. Known themes: economie, mobiliteit, transitie-landelijk-gebied, energietransitie.',
        'Note: There is no data to show.',
      ]);
    });
  });

  describe('heading-level', () => {
    const cases: [string | undefined, string][] = [
      [undefined, 'H3'],
      ['2', 'H2'],
      ['4', 'H4'],
      ['5', 'H5'],
      ['6', 'H6'],
      ['1', 'H2'],
      ['0', 'H2'],
      ['9', 'H6'],
      ['drie', 'H3'],
    ];
    for (const [level, tag] of cases) {
      it(`renders ${tag} headings for heading-level=${level ?? '(none)'}`, async () => {
        const el = document.createElement('mre-theme-cards');
        el.themes = 'economie';
        if (level !== undefined) el.setAttribute('heading-level', level);
        (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
        await el.updateComplete;
        const [heading] = headings(el);
        expect(heading.tagName).to.equal(tag);
        expect(heading.textContent!.trim()).to.equal('Economie');
      });
    }
  });

  describe('layout by the width of its container', () => {
    async function inWidth(width: number, attrs = '') {
      const parent = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font-size: 16px"></div>`);
      parent.innerHTML = `<mre-theme-cards ${attrs}></mre-theme-cards>`;
      const el = parent.firstElementChild as MreThemeCards;
      await el.updateComplete;
      return el;
    }
    const lefts = (el: MreThemeCards) => cards(el).map((c) => Math.round(c.getBoundingClientRect().left));
    const tops = (el: MreThemeCards) => cards(el).map((c) => Math.round(c.getBoundingClientRect().top));

    it('stacks the cards in one column in a 280px container', async () => {
      const el = await inWidth(280);
      expect(columns(el)).to.equal(1);
      expect(new Set(lefts(el)).size).to.equal(1);
      const t = tops(el);
      expect(t).to.deep.equal([...t].sort((a, b) => a - b));
      expect(new Set(t).size).to.equal(4);
    });

    it('puts the four cards side by side in a 1200px container, whatever the window width', async () => {
      const el = await inWidth(1200);
      expect(columns(el)).to.equal(4);
      expect(new Set(tops(el)).size).to.equal(1);
      const l = lefts(el);
      expect(l).to.deep.equal([...l].sort((a, b) => a - b));
      expect(new Set(l).size).to.equal(4);
    });

    it('uses two columns in a 600px container', async () => {
      const el = await inWidth(600);
      expect(columns(el)).to.equal(2);
      expect(new Set(tops(el)).size).to.equal(2);
    });

    it('does not leave empty columns for a subset of two themes in a 1200px container', async () => {
      const el = await inWidth(1200, 'themes="economie,mobiliteit"');
      expect(columns(el)).to.equal(2);
      const [a, b] = cards(el).map((c) => c.getBoundingClientRect());
      expect(Math.round(b.right)).to.equal(1200 + Math.round(el.getBoundingClientRect().left));
      expect(a.width).to.be.closeTo(b.width, 1);
    });

    it('keeps one column with layout="list", even at 1200px', async () => {
      const el = await inWidth(1200, 'layout="list"');
      expect(columns(el)).to.equal(1);
      expect(new Set(lefts(el)).size).to.equal(1);
      // The icon sits beside the heading, not above it.
      const card = cards(el)[0];
      const icon = card.querySelector('svg')!.getBoundingClientRect();
      const heading = card.querySelector('h3')!.getBoundingClientRect();
      expect(heading.left).to.be.greaterThan(icon.right);
    });

    it('follows its container when it is resized', async () => {
      const el = await inWidth(1200);
      expect(columns(el)).to.equal(4);
      el.parentElement!.style.width = '280px';
      await waitUntil(() => columns(el) === 1, 'the cards did not stack in 280px');
      expect(new Set(lefts(el)).size).to.equal(1);
      el.parentElement!.style.width = '1200px';
      await waitUntil(() => columns(el) === 4, 'the cards did not spread out again in 1200px');
      expect(new Set(tops(el)).size).to.equal(1);
    });
  });

  describe('src', () => {
    it('shows the bundled themes while the file loads, and then the themes of the file, with its links', async () => {
      const held = holdFetches();
      try {
        const src = fresh('/test/fixtures/region-subset.json');
        const el = await firstRender<MreThemeCards>(html`<mre-theme-cards src=${src}></mre-theme-cards>`);
        await held.requested;
        expect(held.urls).to.deep.equal([new URL(src, location.href).href]);
        expect(shown(el)).to.deep.equal(bundledNl);
        expect(el.shadowRoot!.querySelector('.base')!.getAttribute('aria-busy')).to.equal('true');
        held.release();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.base')!.getAttribute('aria-busy')).to.equal('false');
        // region-subset.json has one theme, economie, whose link goes to /netwerk.
        expect(shown(el)).to.deep.equal([
          { heading: 'Economie', summary: 'De gemeenten werken samen aan een sterk ', link: 'https://metropoolregioeindhoven.nl/netwerk' },
        ]);
        expect(linkNames(el)).to.deep.equal(['Lees meer over Economie']);
        expect(el.shadowRoot!.querySelector('ul')!.dataset.count).to.equal('1');
        expect(notices(el)).to.deep.equal([]);
      } finally {
        held.restore();
      }
    });

    it('shows the themes of the remote file; a theme without link, summary or English text still shows', async () => {
      const el = await fixture<MreThemeCards>(html`<mre-theme-cards lang="en" src=${fresh('/test/fixtures/region-edge-cases.json')}></mre-theme-cards>`);
      await el.updateComplete;
      expect(headingTexts(el)).to.deep.equal(['Economy', 'Testthema zonder link']);
      expect(shown(el)).to.deep.equal([
        { heading: 'Economy', summary: 'The municipalities work together on a st', link: 'https://metropoolregioeindhoven.nl/netwerk' },
        { heading: 'Testthema zonder link', summary: undefined, link: undefined },
      ]);
      expect(linkNames(el)).to.deep.equal(['Read more about Economy']);
      // The region's name comes from the file.
      expect(el.shadowRoot!.querySelector('ul')!.getAttribute('aria-label')).to.equal('Themes of the Testregio');
      const [, bare] = cards(el);
      expect(bare.querySelector('a')).to.equal(null);
      expect(bare.querySelector('.summary')).to.equal(null);
      // An id this library has no icon for gets the neutral one.
      expect(bare.querySelector('svg')!.dataset.icon).to.equal('neutral');
      expect(bare.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      expect(notices(el)).to.deep.equal([]);
    });

    it('does not report a theme as unknown while the file that may hold it is loading', async () => {
      const el = await firstRender<MreThemeCards>(html`<mre-theme-cards themes="test-zonder-link" src=${fresh('/__test__/slow.json?ms=300')}></mre-theme-cards>`);
      expect(notices(el)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('.base')!.getAttribute('aria-busy')).to.equal('true');
      // The file came without themes: now the id is known to be unknown.
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.base')!.getAttribute('aria-busy')).to.equal('false');
      expect(notices(el)[0]).to.include('Het thema „test-zonder-link” komt niet voor in de gegevens.');
    });

    it('falls back to the bundled themes with a notice and mre-error when the file is missing', async () => {
      const el = document.createElement('mre-theme-cards');
      el.src = fresh('/test/fixtures/does-not-exist.json');
      const error = nextError(el);
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      const { detail } = await error;
      expect(detail.reason).to.equal('http');
      expect(detail.status).to.equal(404);
      expect(detail.src).to.equal(new URL(el.src, location.href).href);
      expect(detail.message).to.equal(`${detail.src} answered 404 Not Found`);
      await el.updateComplete;
      expect(headingTexts(el)).to.have.length(4);
      expect(shown(el)).to.deep.equal(bundledNl);
      expect(notices(el)).to.deep.equal([
        'Let op: De actuele gegevens konden niet worden geladen: het bestand is niet gevonden of de server gaf het niet. U ziet de meegeleverde gegevens.',
      ]);
    });
  });

  describe('readability under hostile host CSS', () => {
    it('keeps its own line height, colours, spacing and sizes in em of the host', async () => {
      const { el, restore } = await inHostilePage<MreThemeCards>(html`<mre-theme-cards></mre-theme-cards>`);
      try {
        const summary = el.shadowRoot!.querySelector('.summary')!;
        const r = readability(summary);
        expect(r.fontSize).to.equal(20); // the host's size, not the 10px root
        expect(r.lineHeightRatio).to.be.closeTo(1.5, 0.01);
        expect(r.letterSpacing).to.equal('normal');
        expect(r.textTransform).to.equal('none');
        expect(getComputedStyle(summary).fontStyle).to.equal('normal');
        expect(r.contrast).to.be.at.least(7);
        const heading = el.shadowRoot!.querySelector('h3')!;
        expect(parseFloat(getComputedStyle(heading).fontSize)).to.equal(25); // 1.25em of 20px
        expect(readability(heading).contrast).to.be.at.least(7);
        expect(readability(heading).lineHeightRatio).to.be.closeTo(1.3, 0.01);
        expect(readability(el.shadowRoot!.querySelector('a')!).contrast).to.be.at.least(4.5);
        const card = el.shadowRoot!.querySelector('.card')!;
        expect(getComputedStyle(card).paddingTop).to.equal('20px'); // 1em of the host
        expect(el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width).to.equal(50); // 2.5em
      } finally {
        restore();
      }
    });

    it('reserves some height of its own', async () => {
      const el = await fixture<MreThemeCards>(html`<mre-theme-cards themes="nothing"></mre-theme-cards>`);
      const hostFont = parseFloat(getComputedStyle(el).fontSize);
      expect(el.getBoundingClientRect().height).to.be.at.least(10 * hostFont - 1);
    });
  });

  describe('accessibility', () => {
    it('passes the axe audit in Dutch', async () => {
      const el = await fixture<MreThemeCards>(html`<mre-theme-cards></mre-theme-cards>`);
      await expect(el).to.be.accessible();
    });

    it('passes the axe audit in English, in the list layout, with a notice', async () => {
      const el = await fixture<MreThemeCards>(html`<mre-theme-cards lang="en" layout="list" themes="economie,x"></mre-theme-cards>`);
      expect(notices(el)).to.have.length(1);
      expect(notices(el)).to.deep.equal([
        'Note: The theme “x” is not in the data. Known themes: economie, mobiliteit, transitie-landelijk-gebied, energietransitie.',
      ]);
      await expect(el).to.be.accessible();
    });
  });
});
