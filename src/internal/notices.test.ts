import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { defaultRegion } from '../data/default-region.js';
import { strings } from '../i18n/strings.js';
import { ownMunicipality, renderNotices } from './notices.js';

async function rendered(template: ReturnType<typeof renderNotices>) {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  render(template, container);
  return container;
}

describe('renderNotices', () => {
  it('always renders the live region, empty when there is nothing to say', async () => {
    const container = await rendered(renderNotices(strings.nl, []));
    const region = container.querySelector('[role="status"]')!;
    expect(region.getAttribute('part')).to.equal('notices');
    expect(region.querySelectorAll('.notice')).to.have.length(0);
    expect(region.textContent!.trim()).to.equal('');
  });

  it('puts each notice in it with the label of its language, as text', async () => {
    const nl = await rendered(renderNotices(strings.nl, ['Eerste.', '<b>Tweede</b>.']));
    const items = [...nl.querySelectorAll('[role="status"] > p.notice')];
    expect(items.map((p) => p.getAttribute('part'))).to.deep.equal(['notice', 'notice']);
    expect(items.map((p) => p.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Let op: Eerste.', 'Let op: <b>Tweede</b>.']);
    expect(nl.querySelector('b')).to.equal(null);
    expect(items[0].querySelector('.notice-label')!.textContent).to.equal('Let op:');
    const en = await rendered(renderNotices(strings.en, ['First.']));
    expect(en.querySelector('.notice')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Note: First.');
  });
});

describe('ownMunicipality', () => {
  it('finds the site\'s own municipality by slug or CBS code, in any case and with spaces, without a notice', () => {
    for (const value of ['helmond', ' Helmond ', 'GM0794', 'gm0794']) {
      const own = ownMunicipality(strings.nl, defaultRegion, value, false);
      expect(own.current?.name, value).to.equal('Helmond');
      expect(own.notices, value).to.deep.equal([]);
    }
  });

  it('says in the element\'s language that a value names no municipality, quoting it trimmed', () => {
    expect(ownMunicipality(strings.nl, defaultRegion, ' Tilburg ', false)).to.deep.equal({
      current: undefined,
      notices: ['De gemeente „Tilburg” komt niet voor in de gegevens. Gebruik de naam (bijvoorbeeld helmond) of de CBS-code (bijvoorbeeld GM0794).'],
    });
    expect(ownMunicipality(strings.en, defaultRegion, 'GM0363', false).notices).to.deep.equal([
      'The municipality “GM0363” is not in the data. Use its name (for example helmond) or its CBS code (for example GM0794).',
    ]);
  });

  it('says nothing while a file that may hold the municipality is loading, nor for no value', () => {
    expect(ownMunicipality(strings.nl, defaultRegion, 'testgemeente-een', true)).to.deep.equal({ current: undefined, notices: [] });
    for (const value of [undefined, '', '   ']) {
      expect(ownMunicipality(strings.nl, defaultRegion, value, false), String(value)).to.deep.equal({ current: undefined, notices: [] });
    }
  });
});
