import { expect, fixture, html } from '@open-wc/testing';
import { defaultRegion } from '../data/default-region.js';
import { findMunicipality } from '../data/lookup.js';
import { MreMunicipalitySelectEvent } from '../events.js';
import { MreElement } from './mre-element.js';
import { mapConnected, mapDisconnected, mapDrew } from './selection.js';
import { SelectionController } from './selection-controller.js';

/** The smallest element that follows the selection: it shows the selected code and whether a map is there. */
class SelectionProbe extends MreElement {
  readonly selection = new SelectionController(this);
  /** How often it has rendered, to see that nothing made it render again. */
  renders = 0;
  override updated() {
    this.renders++;
  }
  override render() {
    const on = ['GM0772', 'GM0794'].filter((code) => this.selection.onMap(code)).join(' ');
    return html`<p class="base">${this.selection.selectedCode ?? 'none'}, ${this.selection.mapOnPage ? 'map' : 'no map'}</p><p>${on}</p>`;
  }
}
SelectionProbe.define('mre-test-selection-probe');

declare global {
  interface HTMLElementTagNameMap {
    'mre-test-selection-probe': SelectionProbe;
  }
}

const shown = (el: SelectionProbe) => el.shadowRoot!.querySelector('p')!.textContent;

describe('SelectionController', () => {
  it('follows a selection made anywhere on the page, in every element that has it', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <mre-test-selection-probe></mre-test-selection-probe><mre-test-selection-probe></mre-test-selection-probe><span></span>
    </div>`);
    const [a, b] = [...page.querySelectorAll('mre-test-selection-probe')];
    expect([shown(a), shown(b)]).to.deep.equal(['none, no map', 'none, no map']);
    page.querySelector('span')!.dispatchEvent(new MreMunicipalitySelectEvent({ code: 'GM0866', slug: 'waalre', name: 'Waalre' }));
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect([shown(a), shown(b)]).to.deep.equal(['GM0866, no map', 'GM0866, no map']);
  });

  it('select() fires mre-municipality-select from the element with code, slug and name only, and the page follows', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <mre-test-selection-probe id="from"></mre-test-selection-probe><mre-test-selection-probe id="other"></mre-test-selection-probe>
    </div>`);
    const from = page.querySelector<SelectionProbe>('#from')!;
    const other = page.querySelector<SelectionProbe>('#other')!;
    const events: MreMunicipalitySelectEvent[] = [];
    const listener = (event: MreMunicipalitySelectEvent) => events.push(event);
    document.addEventListener('mre-municipality-select', listener);
    try {
      from.selection.select(findMunicipality(defaultRegion, 'helmond')!);
    } finally {
      document.removeEventListener('mre-municipality-select', listener);
    }
    expect(events).to.have.length(1);
    expect(events[0]).to.be.instanceOf(MreMunicipalitySelectEvent);
    expect(events[0].target).to.equal(from);
    expect(events[0].bubbles && events[0].composed).to.be.true;
    expect(events[0].detail).to.deep.equal({ code: 'GM0794', slug: 'helmond', name: 'Helmond' });
    await Promise.all([from.updateComplete, other.updateComplete]);
    expect([shown(from), shown(other)]).to.deep.equal(['GM0794, no map', 'GM0794, no map']);
  });

  it('does not render again for the municipality that is already selected', async () => {
    const el = await fixture<SelectionProbe>(html`<mre-test-selection-probe></mre-test-selection-probe>`);
    document.body.dispatchEvent(new MreMunicipalitySelectEvent({ code: 'GM0772', slug: 'eindhoven', name: 'Eindhoven' }));
    await el.updateComplete;
    expect(shown(el)).to.equal('GM0772, no map');
    const renders = el.renders;
    document.body.dispatchEvent(new MreMunicipalitySelectEvent({ code: 'GM0772', slug: 'eindhoven', name: 'Eindhoven' }));
    // The event is handled as it is dispatched: any update it asked for is what updateComplete waits for.
    await el.updateComplete;
    expect(el.renders).to.equal(renders);
    document.body.dispatchEvent(new MreMunicipalitySelectEvent({ code: 'GM0794', slug: 'helmond', name: 'Helmond' }));
    await el.updateComplete;
    expect(el.renders).to.equal(renders + 1);
    expect(shown(el)).to.equal('GM0794, no map');
  });

  it('knows whether a map is on the page, from the start and as maps come and go', async () => {
    const map = document.createElement('div');
    const second = document.createElement('div');
    mapConnected(map);
    try {
      const el = await fixture<SelectionProbe>(html`<mre-test-selection-probe></mre-test-selection-probe>`);
      expect(shown(el)).to.equal('none, map');
      mapConnected(second);
      mapDisconnected(map);
      await el.updateComplete;
      // One map is still there.
      expect(shown(el)).to.equal('none, map');
      mapDisconnected(second);
      await el.updateComplete;
      expect(shown(el)).to.equal('none, no map');
      mapConnected(map);
      await el.updateComplete;
      expect(shown(el)).to.equal('none, map');
    } finally {
      mapDisconnected(map);
      mapDisconnected(second);
    }
  });

  it('knows which municipalities the maps on the page draw: all, until a map has drawn', async () => {
    const el = await fixture<SelectionProbe>(html`<mre-test-selection-probe></mre-test-selection-probe>`);
    const onMap = () => el.shadowRoot!.querySelectorAll('p')[1].textContent;
    expect(onMap(), 'no map').to.equal('');
    const map = document.createElement('div');
    const second = document.createElement('div');
    mapConnected(map);
    try {
      await el.updateComplete;
      expect(onMap(), 'a map that has not drawn yet').to.equal('GM0772 GM0794');
      mapDrew(map, ['GM0794', 'GM0753']);
      await el.updateComplete;
      expect(onMap(), 'Eindhoven left off').to.equal('GM0794');
      // A second map that draws Eindhoven: it can be shown there.
      mapConnected(second);
      mapDrew(second, ['GM0772']);
      await el.updateComplete;
      expect(onMap()).to.equal('GM0772 GM0794');
      mapDisconnected(second);
      await el.updateComplete;
      expect(onMap()).to.equal('GM0794');
      // Gone and back: what it drew before no longer counts until it draws again.
      mapDisconnected(map);
      mapConnected(map);
      await el.updateComplete;
      expect(onMap()).to.equal('GM0772 GM0794');
    } finally {
      mapDisconnected(map);
      mapDisconnected(second);
    }
  });
});
