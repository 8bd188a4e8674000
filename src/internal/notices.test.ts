import { expect, fixture, html } from '@open-wc/testing';
import { shownText } from '../../test/helpers.js';
import { render } from 'lit';
import { defaultRegion } from '../data/default-region.js';
import { en } from '../i18n/strings-en.js';
import { nl } from '../i18n/strings.js';
import { ownMunicipality, renderNotices } from './notices.js';

async function rendered(template: ReturnType<typeof renderNotices>) {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  render(template, container);
  return container;
}

describe('renderNotices', () => {
  it('always renders the live region, empty when there is nothing to say', async () => {
    const container = await rendered(renderNotices(nl, []));
    const region = container.querySelector('[role="status"]')!;
    expect(region.closest('[part="notices"]')).to.exist;
    expect(region.querySelectorAll('.notice')).to.have.length(0);
    expect(region.textContent!.trim()).to.equal('');
  });

  it('puts each notice in it with the label of its language, as text', async () => {
    const dutch = await rendered(renderNotices(nl, ['Eerste.', '<b>Tweede</b>.']));
    const items = [...dutch.querySelectorAll('[role="status"] > p.notice')];
    expect(items.map((p) => p.getAttribute('part'))).to.deep.equal(['notice', 'notice']);
    expect(items.map((p) => shownText(p))).to.deep.equal(['Let op: Eerste.', 'Let op: <b>Tweede</b>.']);
    expect(dutch.querySelector('b')).to.equal(null);
    expect(items[0].querySelector('.notice-label')!.textContent).to.equal('Let op:');
    const english = await rendered(renderNotices(en, ['First.']));
    expect(shownText(english.querySelector('.notice')!)).to.equal('Note: First.');
  });
});

describe('ownMunicipality', () => {
  it('finds the site\'s own municipality by slug or CBS code, in any case and with spaces, without a notice', () => {
    for (const value of ['helmond', ' Helmond ', 'GM0794', 'gm0794']) {
      const own = ownMunicipality(nl, defaultRegion, value, false);
      expect(own.current?.name, value).to.equal('Helmond');
      expect(own.notices, value).to.deep.equal([]);
    }
  });

  it('says in the element\'s language that a value names no municipality, quoting it trimmed', () => {
    expect(ownMunicipality(nl, defaultRegion, ' Tilburg ', false)).to.deep.equal({
      current: undefined,
      notices: ['De gemeente „\u2068Tilburg\u2069” komt niet voor in de gegevens. Gebruik de naam van de gemeente (bijvoorbeeld Son en Breugel) of de CBS-code (bijvoorbeeld GM0848).'],
    });
    expect(ownMunicipality(en, defaultRegion, 'GM0363', false).notices).to.deep.equal([
      'The municipality “\u2068GM0363\u2069” is not in the data. Use the municipality’s name (for example Son en Breugel) or its CBS code (for example GM0848).',
    ]);
  });

  it('says nothing while a file that may hold the municipality is loading, nor for no value', () => {
    expect(ownMunicipality(nl, defaultRegion, 'testgemeente-een', true)).to.deep.equal({ current: undefined, notices: [] });
    for (const value of [undefined, '', '   ']) {
      expect(ownMunicipality(nl, defaultRegion, value, false), String(value)).to.deep.equal({ current: undefined, notices: [] });
    }
  });
});

describe('renderNotices, quiet notices', () => {
  it('shows a quiet notice like the others, outside the live region', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    try {
      render(renderNotices(en, ['Said aloud.', { text: 'Shown only.', quiet: true }]), container);
      const live = container.querySelector('[role="status"]')!;
      expect([...live.querySelectorAll('.notice')].map((p) => shownText(p))).to.deep.equal(['Note: Said aloud.']);
      const all = [...container.querySelectorAll('[part="notices"] .notice')].map((p) => shownText(p));
      expect(all).to.deep.equal(['Note: Said aloud.', 'Note: Shown only.']);
      expect(container.querySelectorAll('[part="notice"]')).to.have.length(2);
    } finally {
      container.remove();
    }
  });
});
