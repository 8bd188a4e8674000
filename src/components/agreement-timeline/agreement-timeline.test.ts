import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { firstRender, fresh, nextError, visibleText, watchFetches } from '../../../test/helpers.js';
import { holdFetches } from '../../../test/hold-fetches.js';
import { inHostilePage, readability } from '../../../test/readability.js';
import './agreement-timeline.js';
import type { MreAgreementTimeline } from './agreement-timeline.js';

const fold = (text: string | null) => (text ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();
function items(el: MreAgreementTimeline) {
  return [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('ol > li')];
}
function ids(el: MreAgreementTimeline) {
  return items(el).map((li) => li.dataset.id);
}
function item(el: MreAgreementTimeline, id: string) {
  return items(el).find((li) => li.dataset.id === id)!;
}
function dateOf(el: MreAgreementTimeline, id: string) {
  return fold(item(el, id).querySelector('.date')!.textContent);
}
/** The items marked "nu" / "now" in their text. */
function marked(el: MreAgreementTimeline, word = 'nu') {
  return items(el)
    .filter((li) => new RegExp(`\\b${word}$`).test(fold(li.querySelector('.date')!.textContent)))
    .map((li) => li.dataset.id);
}
/** The source links of an item as a person meets them: link text and address. */
function sources(el: MreAgreementTimeline, id: string): [string, string][] {
  return [...item(el, id).querySelectorAll<HTMLAnchorElement>('.sources a')].map((a) => [fold(a.textContent), a.href]);
}
/** A timeline item of one day in 2020, with the given sources. */
function timelineItem(id: string, source_urls: string[]) {
  return { id, start: '2020-01-01', date_precision: 'day', title: { nl: `Test ${id}` }, source_urls };
}
/** The address of a data file with this timeline; every other list comes from the bundled data. */
function fileWith(timeline: object[]): string {
  return URL.createObjectURL(new Blob([JSON.stringify({ version: 1, timeline })], { type: 'application/json' }));
}
/** Renders `template` while the visitor's clock says `now` (only `Date` is changed; timers run as usual). */
async function renderedOn<T extends Element>(now: Date, template: ReturnType<typeof html>): Promise<T> {
  const clock = sinon.useFakeTimers({ now, toFake: ['Date'] });
  try {
    return await fixture<T>(template);
  } finally {
    clock.restore();
  }
}
function notices(el: MreAgreementTimeline) {
  return [...el.shadowRoot!.querySelectorAll('[role="status"] .notice')].map((n) => fold(n.textContent));
}

const allIds = [
  'sre',
  'sre-plusregio',
  'transformatie-sre-mre',
  'einde-plusregio',
  'mre-opgericht',
  'evaluatie-2017',
  'ambitiedocument-2018',
  'samenwerkingsakkoord-2019-2022',
  'concept-res',
  'res-1-0',
  'samenwerkingsakkoord-2023-2026',
  'gemeenschappelijke-regeling-2024',
  'bovenregionale-samenwerking',
];

describe('<mre-agreement-timeline>', () => {
  it('lists the cooperation of the bundled data, oldest first, in an ordered list, without any network request', async () => {
    const fetches = watchFetches();
    try {
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline today="2024-05-01"></mre-agreement-timeline>`);
      expect(fetches.urls).to.deep.equal([]);
      const list = el.shadowRoot!.querySelector('ol')!;
      expect(list.getAttribute('aria-label')).to.equal('Tijdlijn van de samenwerking in de Metropoolregio Eindhoven');
      expect(ids(el)).to.deep.equal(allIds);
      const mre = item(el, 'mre-opgericht');
      expect(fold(mre.querySelector('.title')!.textContent)).to.equal('Metropoolregio Eindhoven van start');
      expect(mre.querySelector('.summary')!.textContent).to.include('vervangt de regeling van het SRE');
      expect(notices(el)).to.deep.equal([]);
    } finally {
      fetches.restore();
    }
  });

  it('reverses the order for order="desc", and keeps oldest first for any other value', async () => {
    const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline order="desc"></mre-agreement-timeline>`);
    expect(ids(el)).to.deep.equal([
      'bovenregionale-samenwerking',
      'gemeenschappelijke-regeling-2024',
      'samenwerkingsakkoord-2023-2026',
      'res-1-0',
      'concept-res',
      'samenwerkingsakkoord-2019-2022',
      'ambitiedocument-2018',
      'evaluatie-2017',
      'mre-opgericht',
      'einde-plusregio',
      'transformatie-sre-mre',
      'sre-plusregio',
      'sre',
    ]);
    el.order = 'newest' as 'desc';
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(allIds);
  });

  describe('dates at their precision', () => {
    it('in Dutch: days, months, years and periods, each in a <time> with a matching datetime', async () => {
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline></mre-agreement-timeline>`);
      expect(dateOf(el, 'sre')).to.equal('12 mei 1993 – 25 februari 2015');
      expect(dateOf(el, 'evaluatie-2017')).to.equal('juni 2017');
      expect(dateOf(el, 'res-1-0')).to.equal('december 2021');
      expect(dateOf(el, 'concept-res')).to.equal('2020');
      expect(dateOf(el, 'samenwerkingsakkoord-2019-2022')).to.equal('2019 – 2022');
      const times = (id: string) => [...item(el, id).querySelectorAll('.date time')].map((t) => t.getAttribute('datetime'));
      expect(times('sre')).to.deep.equal(['1993-05-12', '2015-02-25']);
      expect(times('evaluatie-2017')).to.deep.equal(['2017-06']);
      expect(times('samenwerkingsakkoord-2019-2022')).to.deep.equal(['2019', '2022']);
    });

    it('in English', async () => {
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline lang="en"></mre-agreement-timeline>`);
      expect(el.shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal('en');
      expect(dateOf(el, 'sre')).to.equal('12 May 1993 – 25 February 2015');
      expect(dateOf(el, 'evaluatie-2017')).to.equal('June 2017');
      expect(dateOf(el, 'concept-res')).to.equal('2020');
      expect(fold(item(el, 'mre-opgericht').querySelector('.title')!.textContent)).to.equal('Metropoolregio Eindhoven established');
      expect(el.shadowRoot!.querySelector('ol')!.getAttribute('aria-label')).to.equal('Timeline of the cooperation in the Metropoolregio Eindhoven');
    });

    it('shows a date no finer than the item says, and month periods, in both languages', async () => {
      const src = fresh('/test/fixtures/region-edge-cases.json');
      const nl = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline src=${src}></mre-agreement-timeline>`);
      const en = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline lang="en" src=${src}></mre-agreement-timeline>`);
      await nl.updateComplete;
      await en.updateComplete;
      expect(dateOf(nl, 'test-maanden')).to.equal('maart 2021 – juni 2024');
      expect(dateOf(en, 'test-maanden')).to.equal('March 2021 – June 2024');
      // Written to the day, but its precision is the year.
      expect(dateOf(nl, 'test-grof')).to.equal('2022');
      expect(item(nl, 'test-grof').querySelector('time')!.getAttribute('datetime')).to.equal('2022');
      // An English title where there is one, the Dutch one where there is not.
      expect(fold(item(en, 'test-grof').querySelector('.title')!.textContent)).to.equal('Test moment at year precision');
      expect(fold(item(en, 'test-maanden').querySelector('.title')!.textContent)).to.equal('Testperiode in maanden');
    });
  });

  describe('current periods', () => {
    const cases: [string, string[]][] = [
      ['2024-05-01', ['samenwerkingsakkoord-2023-2026']],
      ['2020-06-15', ['samenwerkingsakkoord-2019-2022']],
      ['2010-01-01', ['sre', 'sre-plusregio']],
      // Day precision: both ends count.
      ['2015-01-01', ['sre', 'sre-plusregio']],
      ['2015-02-25', ['sre']],
      ['2015-02-26', []],
      // Year precision: the whole of the last year counts, and nothing of the year after.
      ['2022-12-31', ['samenwerkingsakkoord-2019-2022']],
      ['2023-01-01', ['samenwerkingsakkoord-2023-2026']],
      ['2027-01-01', []],
      // An item without an end is a moment, never a period: 2024-07-01 is not marked.
      ['2024-07-01', ['samenwerkingsakkoord-2023-2026']],
    ];
    for (const [today, expected] of cases) {
      it(`marks ${expected.join(', ') || 'nothing'} as "nu" on ${today}`, async () => {
        const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline today=${today}></mre-agreement-timeline>`);
        expect(marked(el)).to.deep.equal(expected);
        for (const id of expected) expect(item(el, id).getAttribute('part')).to.equal('item current');
        // Every other item is an ordinary one: no "current" part, no highlight class.
        const others = items(el).filter((li) => !expected.includes(li.dataset.id!));
        expect(others).to.have.length(13 - expected.length);
        for (const li of others) {
          expect(li.getAttribute('part'), li.dataset.id).to.equal('item');
          expect(li.classList.contains('current'), li.dataset.id).to.be.false;
        }
      });
    }

    it('compares month periods at month precision', async () => {
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline today="2024-06-30" src=${fresh('/test/fixtures/region-edge-cases.json')}></mre-agreement-timeline>`);
      await el.updateComplete;
      expect(marked(el)).to.deep.equal(['test-maanden']);
      el.today = '2024-07-01';
      await el.updateComplete;
      expect(marked(el)).to.deep.equal([]);
      el.today = '2021-03-01';
      await el.updateComplete;
      expect(marked(el)).to.deep.equal(['test-maanden']);
    });

    it('compares a period at the precision its dates are written in, when that is coarser than date_precision', async () => {
      // Said to be precise to the day, but written as years: the whole of 2022 still counts.
      const period = { id: 'in-jaren', start: '2019', end: '2022', date_precision: 'day', title: { nl: 'Periode in jaren' } };
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline today="2022-06-01" src=${fileWith([period])}></mre-agreement-timeline>`);
      expect(ids(el)).to.deep.equal(['in-jaren']);
      expect(dateOf(el, 'in-jaren')).to.equal('2019 – 2022 nu');
      expect(marked(el)).to.deep.equal(['in-jaren']);
      el.today = '2023-01-01';
      await el.updateComplete;
      expect(dateOf(el, 'in-jaren')).to.equal('2019 – 2022');
      expect(marked(el)).to.deep.equal([]);
    });

    it('says "now" in English', async () => {
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline lang="en" today="2024-05-01"></mre-agreement-timeline>`);
      expect(marked(el, 'now')).to.deep.equal(['samenwerkingsakkoord-2023-2026']);
      expect(dateOf(el, 'samenwerkingsakkoord-2023-2026')).to.equal('2023 – 2026 now');
      expect(marked(el, 'nu')).to.deep.equal([]);
    });

    const visitorDates: [Date, string[]][] = [
      [new Date(2024, 4, 1, 12), ['samenwerkingsakkoord-2023-2026']],
      [new Date(2010, 0, 1, 12), ['sre', 'sre-plusregio']],
      // The visitor's own calendar day, late in the evening and just after midnight.
      [new Date(2022, 11, 31, 23, 59), ['samenwerkingsakkoord-2019-2022']],
      [new Date(2023, 0, 1, 0, 1), ['samenwerkingsakkoord-2023-2026']],
      [new Date(2015, 1, 26, 9), []],
    ];
    for (const [now, expected] of visitorDates) {
      it(`uses the visitor's date without today: on ${now.toDateString()} marks ${expected.join(', ') || 'nothing'}`, async () => {
        const el = await renderedOn<MreAgreementTimeline>(now, html`<mre-agreement-timeline></mre-agreement-timeline>`);
        expect(marked(el)).to.deep.equal(expected);
        expect(notices(el)).to.deep.equal([]);
      });
    }

    for (const value of ['2024-02-30', 'gisteren', '2024-5-1']) {
      it(`reports today="${value}" as not a date and uses the visitor's date`, async () => {
        // The visitor's clock says 15 June 2020: the 2019–2022 agreement is current.
        const el = await renderedOn<MreAgreementTimeline>(
          new Date(2020, 5, 15, 12),
          html`<mre-agreement-timeline today=${value}></mre-agreement-timeline>`,
        );
        expect(notices(el)).to.deep.equal([`Let op: today="${value}" is geen datum (bijvoorbeeld 2024-05-01) en wordt genegeerd.`]);
        expect(items(el)).to.have.length(13);
        expect(marked(el)).to.deep.equal(['samenwerkingsakkoord-2019-2022']);
      });
    }
  });

  describe('themes', () => {
    it('names the related themes of each item in the element\'s language', async () => {
      const nl = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline></mre-agreement-timeline>`);
      expect(fold(item(nl, 'ambitiedocument-2018').querySelector('.themes')!.textContent)).to.equal(
        'Thema’s: Economie, Mobiliteit, Transitie landelijk gebied, Energietransitie',
      );
      expect(item(nl, 'sre').querySelector('.themes')).to.equal(null);
      const en = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline lang="en"></mre-agreement-timeline>`);
      expect(fold(item(en, 'res-1-0').querySelector('.themes')!.textContent)).to.equal('Themes: Energy transition');
    });

    it('leaves out a related theme that is not in the data', async () => {
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline src=${fresh('/test/fixtures/region-edge-cases.json')}></mre-agreement-timeline>`);
      await el.updateComplete;
      expect(fold(item(el, 'test-maanden').querySelector('.themes')!.textContent)).to.equal('Thema’s: Economie');
    });

    it('shows only the items related to theme="energietransitie"', async () => {
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline theme="energietransitie"></mre-agreement-timeline>`);
      expect(ids(el)).to.deep.equal([
        'ambitiedocument-2018',
        'samenwerkingsakkoord-2019-2022',
        'concept-res',
        'res-1-0',
        'samenwerkingsakkoord-2023-2026',
      ]);
      el.theme = ' Mobiliteit ';
      await el.updateComplete;
      expect(ids(el)).to.deep.equal([
        'sre-plusregio',
        'einde-plusregio',
        'ambitiedocument-2018',
        'samenwerkingsakkoord-2019-2022',
        'samenwerkingsakkoord-2023-2026',
        'bovenregionale-samenwerking',
      ]);
    });

    it('reports an unknown theme visibly and shows every item', async () => {
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline theme="cultuur"></mre-agreement-timeline>`);
      expect(notices(el)).to.deep.equal([
        'Let op: Het thema „cultuur” komt niet voor in de gegevens. Bekende thema’s: economie, mobiliteit, transitie-landelijk-gebied, energietransitie.',
      ]);
      expect(ids(el)).to.deep.equal(allIds);
      expect(el.shadowRoot!.querySelector('.notice')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('does not report a theme as unknown while the file that may hold it is loading', async () => {
      const el = await firstRender<MreAgreementTimeline>(html`<mre-agreement-timeline theme="water" src=${fresh('/__test__/slow.json?ms=300')}></mre-agreement-timeline>`);
      expect(notices(el)).to.deep.equal([]);
      // The file came without themes: now "water" is known to be unknown.
      await el.updateComplete;
      expect(notices(el)).to.deep.equal([
        'Let op: Het thema „water” komt niet voor in de gegevens. Bekende thema’s: economie, mobiliteit, transitie-landelijk-gebied, energietransitie.',
      ]);
    });
  });

  describe('from and to', () => {
    it('keeps the items that overlap the years from–to', async () => {
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline from="2015" to="2018"></mre-agreement-timeline>`);
      expect(ids(el)).to.deep.equal([
        'sre',
        'sre-plusregio',
        'einde-plusregio',
        'mre-opgericht',
        'evaluatie-2017',
        'ambitiedocument-2018',
      ]);
      expect(notices(el)).to.deep.equal([]);
    });

    it('works with only from, or only to, and together with theme', async () => {
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline from="2022"></mre-agreement-timeline>`);
      expect(ids(el)).to.deep.equal([
        'samenwerkingsakkoord-2019-2022',
        'samenwerkingsakkoord-2023-2026',
        'gemeenschappelijke-regeling-2024',
        'bovenregionale-samenwerking',
      ]);
      el.from = undefined;
      el.to = '2000';
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['sre']);
      el.to = '2021';
      el.from = '2020';
      el.theme = 'energietransitie';
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['samenwerkingsakkoord-2019-2022', 'concept-res', 'res-1-0']);
    });

    it('says so when nothing falls within the years, and shows no empty list', async () => {
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline from="1900" to="1950"></mre-agreement-timeline>`);
      expect(el.shadowRoot!.querySelector('ol')).to.equal(null);
      expect(notices(el)).to.deep.equal(['Let op: Er zijn geen onderdelen van de tijdlijn voor deze keuze.']);
    });

    it('reports a from or to that is not a year, and ignores it', async () => {
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline from="twintig" to="2014"></mre-agreement-timeline>`);
      expect(notices(el)).to.deep.equal(['Let op: from="twintig" is geen jaartal (bijvoorbeeld 2019) en wordt genegeerd.']);
      expect(ids(el)).to.deep.equal(['sre', 'sre-plusregio', 'transformatie-sre-mre']);
    });

    it('reports from after to, in English, and ignores both', async () => {
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline lang="en" from="2020" to="2010"></mre-agreement-timeline>`);
      expect(notices(el)).to.deep.equal(['Note: from="2020" is after to="2010"; both are ignored.']);
      expect(ids(el)).to.deep.equal(allIds);
      el.to = '15';
      await el.updateComplete;
      expect(notices(el)).to.deep.equal(['Note: to="15" is not a year (for example 2019) and is ignored.']);
      expect(ids(el)[0]).to.equal('samenwerkingsakkoord-2019-2022'); // from 2020 still applies; it overlaps
      expect(ids(el)).to.deep.equal([
        'samenwerkingsakkoord-2019-2022',
        'concept-res',
        'res-1-0',
        'samenwerkingsakkoord-2023-2026',
        'gemeenschappelijke-regeling-2024',
        'bovenregionale-samenwerking',
      ]);
    });
  });

  describe('milestones and sources', () => {
    it('shows the milestones of an item under it, with their dates', async () => {
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline></mre-agreement-timeline>`);
      const akkoord = item(el, 'samenwerkingsakkoord-2019-2022');
      const list = akkoord.querySelector('.milestones ul')!;
      const label = el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)!;
      expect(label.textContent).to.equal('Mijlpalen');
      expect([...list.querySelectorAll('li')].map((li) => fold(li.textContent))).to.deep.equal([
        '12 december 2018: Algemeen bestuur stelt het akkoord beschikbaar voor zienswijzen van de 21 gemeenteraden',
      ]);
      expect(list.querySelector('time')!.getAttribute('datetime')).to.equal('2018-12-12');
      expect(item(el, 'sre').querySelector('.milestones')).to.equal(null);
    });

    it('puts milestones in date order, each at its own precision', async () => {
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline lang="en" src=${fresh('/test/fixtures/region-edge-cases.json')}></mre-agreement-timeline>`);
      await el.updateComplete;
      const milestones = [...item(el, 'test-grof').querySelectorAll('.milestones li')].map((li) => fold(li.textContent));
      expect(milestones).to.deep.equal(['1 February 2022: Eerste mijlpaal', 'September 2022: Tweede mijlpaal']);
      expect(fold(item(el, 'test-grof').querySelector('.milestones .label')!.textContent)).to.equal('Milestones');
    });

    it('names every source of the bundled data by its publisher, in the element\'s language', async () => {
      const nl = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline></mre-agreement-timeline>`);
      expect(sources(nl, 'sre')).to.deep.equal([
        ['Bron: Staatscourant', 'https://zoek.officielebekendmakingen.nl/stcrt-2015-9620.html'],
        ['Bron: Wikipedia', 'https://nl.wikipedia.org/wiki/Samenwerkingsverband_Regio_Eindhoven'],
      ]);
      expect(sources(nl, 'sre-plusregio').map(([text]) => text)).to.deep.equal([
        'Bron: Kennisbank Openbaar Bestuur',
        'Bron: Staatsblad',
        'Bron: Wikipedia',
      ]);
      expect(sources(nl, 'sre-plusregio')[1][1]).to.equal('https://zoek.officielebekendmakingen.nl/stb-2005-666.html');
      expect(sources(nl, 'transformatie-sre-mre').map(([text]) => text)).to.deep.equal([
        'Bron: Lokale regelgeving (overheid.nl)',
        'Bron: Staatscourant',
        'Bron: Wikipedia',
      ]);
      expect(sources(nl, 'einde-plusregio').map(([text]) => text)).to.deep.equal(['Bron: CBS', 'Bron: regioinbedrijf.nl']);
      // A municipality's own site reads as that municipality; a site without a known name as its host.
      expect(sources(nl, 'concept-res').map(([text]) => text)).to.deep.equal([
        'Bron: Gemeente Reusel-De Mierden',
        'Bron: energieregiomre.nl',
        'Bron: Gemeente Best',
      ]);
      expect(sources(nl, 'res-1-0').map(([text]) => text)).to.deep.equal(['Bron: energieregiomre.nl', 'Bron: Gemeente Laarbeek']);

      const en = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline lang="en"></mre-agreement-timeline>`);
      expect(sources(en, 'einde-plusregio').map(([text]) => text)).to.deep.equal([
        'Source: Statistics Netherlands (CBS)',
        'Source: regioinbedrijf.nl',
      ]);
      expect(sources(en, 'transformatie-sre-mre').map(([text]) => text)).to.deep.equal([
        'Source: Lokale regelgeving (overheid.nl)',
        'Source: Staatscourant',
        'Source: Wikipedia',
      ]);
      expect(sources(en, 'concept-res')[0][0]).to.equal('Source: Municipality of Reusel-De Mierden');
    });

    it('gives each source link its text as its accessible name, and no bare host where a publisher is known', async () => {
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline></mre-agreement-timeline>`);
      const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.sources a')];
      expect(links.length).to.be.greaterThan(20);
      // Every source of data/sources/mre-content.json: no item there has more than three.
      expect(links).to.have.length(30);
      for (const a of links) {
        expect(a.hasAttribute('aria-label') || a.hasAttribute('aria-labelledby') || a.hasAttribute('title'), a.href).to.be.false;
        expect(a.textContent, a.href).to.match(/^Bron: \S/);
        expect(a.textContent, a.href).not.to.match(/officielebekendmakingen|overheid\.nl\/|cbs\.nl|wikipedia\.org|kennisopenbaarbestuur/);
      }
    });

    it('shows at most three sources per item in the bundled data', async () => {
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline></mre-agreement-timeline>`);
      for (const li of items(el)) {
        expect(li.querySelectorAll('.sources a').length, li.dataset.id).to.be.within(1, 3);
      }
      // The number of sources each item has in data/sources/mre-content.json.
      expect(Object.fromEntries(items(el).map((li) => [li.dataset.id, li.querySelectorAll('.sources a').length]))).to.deep.equal({
        sre: 2,
        'sre-plusregio': 3,
        'transformatie-sre-mre': 3,
        'einde-plusregio': 2,
        'mre-opgericht': 2,
        'evaluatie-2017': 3,
        'ambitiedocument-2018': 2,
        'samenwerkingsakkoord-2019-2022': 3,
        'concept-res': 3,
        'res-1-0': 2,
        'samenwerkingsakkoord-2023-2026': 3,
        'gemeenschappelijke-regeling-2024': 1,
        'bovenregionale-samenwerking': 1,
      });
    });

    it('shows the first three sources of an item with more, and nothing else in their place', async () => {
      const urls = [
        'https://zoek.officielebekendmakingen.nl/stcrt-2015-9620.html',
        'https://lokaleregelgeving.overheid.nl/CVDR723136/',
        'https://www.cbs.nl/nl-nl/nieuws/2016/08/x',
        'https://nl.wikipedia.org/wiki/Metropoolregio_Eindhoven',
        'https://www.example.org/vijfde',
      ];
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline src=${fileWith([timelineItem('veel-bronnen', urls)])}></mre-agreement-timeline>`);
      await el.updateComplete;
      expect(sources(el, 'veel-bronnen')).to.deep.equal([
        ['Bron: Staatscourant', urls[0]],
        ['Bron: Lokale regelgeving (overheid.nl)', urls[1]],
        ['Bron: CBS', urls[2]],
      ]);
      // No count or "more" text: the list holds the three links and nothing else.
      const list = item(el, 'veel-bronnen').querySelector('.sources')!;
      expect([...list.children].map((li) => fold(li.textContent))).to.deep.equal([
        'Bron: Staatscourant',
        'Bron: Lokale regelgeving (overheid.nl)',
        'Bron: CBS',
      ]);
      expect(list.querySelectorAll('a')).to.have.length(3);
    });

    it('tells two sources of the same publisher apart, shows a repeated address once, and names an unknown site by its host', async () => {
      const urls = [
        'https://zoek.officielebekendmakingen.nl/stcrt-2015-9620.html',
        'https://zoek.officielebekendmakingen.nl/stcrt-2015-9620.html',
        'https://www.officielebekendmakingen.nl/stcrt-2024-1234.html',
        'https://nieuws.Example.org/artikel',
      ];
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline lang="en" src=${fileWith([timelineItem('zelfde-uitgever', urls)])}></mre-agreement-timeline>`);
      await el.updateComplete;
      expect(sources(el, 'zelfde-uitgever')).to.deep.equal([
        ['Source: Staatscourant', urls[0]],
        ['Source: Staatscourant (2)', urls[2]],
        ['Source: nieuws.example.org', 'https://nieuws.example.org/artikel'],
      ]);
    });

    it('names mail sources by their address, numbers a repeated host, and speaks English', async () => {
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline lang="en" src=${fresh('/test/fixtures/region-edge-cases.json')}></mre-agreement-timeline>`);
      await el.updateComplete;
      const links = [...item(el, 'test-maanden').querySelectorAll('.sources a')] as HTMLAnchorElement[];
      // Two municipalities of the fixture have pages on example.org: it is no one's own site.
      expect(links.map((a) => a.textContent)).to.deep.equal([
        'Source: example.org',
        'Source: example.org (2)',
        'Source: info@example.org',
      ]);
      expect(links.map((a) => a.href)).to.deep.equal(['https://www.example.org/a', 'https://www.example.org/b', 'mailto:info@example.org']);
    });
  });

  describe('src', () => {
    it('shows the bundled timeline while the file loads, and then the timeline of the file', async () => {
      const held = holdFetches();
      try {
        const el = await firstRender<MreAgreementTimeline>(html`<mre-agreement-timeline today="2010-01-01" src=${fresh('/test/fixtures/region-subset.json')}></mre-agreement-timeline>`);
        await held.requested;
        expect(ids(el)).to.deep.equal(allIds);
        expect(sources(el, 'sre')[0]).to.deep.equal(['Bron: Staatscourant', 'https://zoek.officielebekendmakingen.nl/stcrt-2015-9620.html']);
        expect(fold(item(el, 'sre-plusregio').querySelector('.themes')!.textContent)).to.equal('Thema’s: Mobiliteit');
        held.release();
        await el.updateComplete;
        // region-subset.json: two items, their sources as that file has them, and only the theme economie.
        expect(ids(el)).to.deep.equal(['sre', 'sre-plusregio']);
        expect(fold(item(el, 'sre').querySelector('.title')!.textContent)).to.equal('Samenwerkingsverband Regio Eindhoven (SRE)');
        expect(dateOf(el, 'sre')).to.equal('12 mei 1993 – 25 februari 2015 nu');
        expect(dateOf(el, 'sre-plusregio')).to.equal('1 januari 2006 – 1 januari 2015 nu');
        expect(sources(el, 'sre')).to.deep.equal([
          ['Bron: docslib.org', 'https://docslib.org/doc/6585193/samenwerkingsverband-regio-eindhoven-herziene-programmabegroting-2014'],
          ['Bron: Wikipedia', 'https://nl.wikipedia.org/wiki/Samenwerkingsverband_Regio_Eindhoven'],
        ]);
        // Its related theme, mobiliteit, is not among the file's themes: no theme line.
        expect(item(el, 'sre-plusregio').querySelector('.themes')).to.equal(null);
        expect(notices(el)).to.deep.equal([]);
      } finally {
        held.restore();
      }
    });

    it('shows the items of the edge-case file in date order, in English where it has English', async () => {
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline lang="en" today="2022-06-01" src=${fresh('/test/fixtures/region-edge-cases.json')}></mre-agreement-timeline>`);
      expect(ids(el)).to.deep.equal(['test-maanden', 'test-grof']);
      expect(items(el).map((li) => fold(li.querySelector('.title')!.textContent))).to.deep.equal([
        'Testperiode in maanden',
        'Test moment at year precision',
      ]);
      expect(marked(el, 'now')).to.deep.equal(['test-maanden']);
      expect(el.shadowRoot!.querySelector('ol')!.getAttribute('aria-label')).to.equal('Timeline of the cooperation in the Testregio');
      expect(item(el, 'test-grof').querySelector('.sources')).to.equal(null);
    });

    it('falls back to the bundled timeline with a notice and mre-error for malformed JSON', async () => {
      const el = document.createElement('mre-agreement-timeline');
      el.src = fresh('/test/fixtures/malformed.json');
      const error = nextError(el);
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      const { detail } = await error;
      expect(detail.reason).to.equal('parse');
      expect(detail.src).to.equal(new URL(el.src, location.href).href);
      expect(detail.message).to.match(new RegExp(`^${detail.src.replace(/[.?]/g, '\\$&')} is not valid JSON \\(.+\\)$`));
      expect(detail).not.to.have.property('status');
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(allIds);
      expect(notices(el)).to.deep.equal([
        'Let op: De actuele gegevens konden niet worden geladen: het bestand is geen geldige JSON. U ziet de meegeleverde gegevens.',
      ]);
    });

    it('shows a long timeline in full: the first items at once, the rest added after them, nothing above moved', async () => {
      const number = (i: number) => String(i).padStart(3, '0');
      const timeline = Array.from({ length: 500 }, (_, i) => ({
        id: `item-${number(i + 1)}`,
        start: `${1500 + i}`,
        date_precision: 'year',
        title: { nl: `Item ${number(i + 1)}` },
        summary: { nl: `Samenvatting van item ${number(i + 1)}.` },
        source_urls: [`https://example.org/${i + 1}`],
      }));
      const el = document.createElement('mre-agreement-timeline');
      el.src = fileWith(timeline);
      // What the visitor sees change, one batch of changes at a time.
      const seen: number[] = [];
      let first: Element | undefined;
      const observer = new MutationObserver(() => {
        const shown = items(el);
        if (shown[0]?.dataset.id !== 'item-001') return; // still the bundled timeline
        first ??= shown[0];
        seen.push(shown.length);
      });
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      await el.updateComplete;
      observer.disconnect();
      expect(ids(el)).to.deep.equal(timeline.map((t) => t.id));
      expect(fold(item(el, 'item-500').querySelector('.title')!.textContent)).to.equal('Item 500');
      // The first screenfuls came at once, and the rest after them in several steps.
      expect(seen[0]).to.be.within(10, 50);
      expect(seen.length).to.be.at.least(3);
      expect(seen.at(-1)).to.equal(500);
      expect(seen).to.deep.equal([...seen].sort((a, b) => a - b));
      // The first item stayed where it was: the same element, still first.
      expect(items(el)[0]).to.equal(first);
    });

    it('shows the bundled timeline for a file whose timeline is empty (a file may update only part of the data)', async () => {
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline src=${fresh('/__test__/slow.json?ms=10')}></mre-agreement-timeline>`);
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(allIds);
      expect(notices(el)).to.deep.equal([]);
    });
  });

  describe('readability under hostile host CSS', () => {
    it('keeps its own line height, colours, spacing and sizes in em of the host', async () => {
      const { el, restore } = await inHostilePage<MreAgreementTimeline>(html`<mre-agreement-timeline today="2024-05-01"></mre-agreement-timeline>`);
      try {
        const root = el.shadowRoot!;
        const summary = readability(root.querySelector('.summary')!);
        expect(summary.fontSize).to.equal(20);
        expect(summary.lineHeightRatio).to.be.closeTo(1.5, 0.01);
        expect(summary.letterSpacing).to.equal('normal');
        expect(summary.textTransform).to.equal('none');
        expect(summary.contrast).to.be.at.least(7);
        for (const selector of ['.date', '.title', '.themes', '.now', '.sources a', 'li.current .date']) {
          const r = readability(root.querySelector(selector)!);
          expect(r.contrast, selector).to.be.at.least(4.5);
          expect(r.letterSpacing, selector).to.equal('normal');
          expect(r.lineHeightRatio, selector).to.be.at.most(1.5);
        }
        expect(readability(root.querySelector('.date')!).fontSize).to.equal(18); // 0.9em of 20px
        expect(getComputedStyle(root.querySelector('.base')!).paddingTop).to.equal('20px');
        // The text of an item starts 2.375em in: the line (0.5em in, 0.125em wide), then 1.75em.
        const title = root.querySelector('.title')!.getBoundingClientRect().left;
        expect(title - root.querySelector('ol')!.getBoundingClientRect().left).to.equal(47.5);
      } finally {
        restore();
      }
    });

    it('reserves some height of its own', async () => {
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline from="1900" to="1901"></mre-agreement-timeline>`);
      const hostFont = parseFloat(getComputedStyle(el).fontSize);
      expect(el.getBoundingClientRect().height).to.be.at.least(20 * hostFont - 1);
    });
  });

  describe('accessibility', () => {
    it('passes the axe audit in Dutch, with a current period', async () => {
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline today="2024-05-01"></mre-agreement-timeline>`);
      expect(visibleText(el)).to.include('nu');
      expect(marked(el)).to.deep.equal(['samenwerkingsakkoord-2023-2026']);
      await expect(el).to.be.accessible();
    });

    it('passes the axe audit with a long timeline, whose items out of view are rendered later', async () => {
      const timeline = Array.from({ length: 150 }, (_, i) => timelineItem(`lang-${i + 1}`, [`https://example.org/${i + 1}`]));
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline src=${fileWith(timeline)}></mre-agreement-timeline>`);
      await el.updateComplete;
      expect(items(el)).to.have.length(150);
      await expect(el).to.be.accessible();
    });

    it('passes the axe audit in English, newest first, with a notice', async () => {
      const el = await fixture<MreAgreementTimeline>(html`<mre-agreement-timeline lang="en" order="desc" theme="x" today="2020-01-01"></mre-agreement-timeline>`);
      expect(notices(el)).to.have.length(1);
      expect(notices(el)).to.deep.equal([
        'Note: The theme “x” is not in the data. Known themes: economie, mobiliteit, transitie-landelijk-gebied, energietransitie.',
      ]);
      expect(marked(el, 'now')).to.deep.equal(['samenwerkingsakkoord-2019-2022']);
      await expect(el).to.be.accessible();
    });
  });
});
