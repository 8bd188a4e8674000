import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';

/** Every script or data file the page has requested so far. */
const requested = () => performance.getEntriesByType('resource').map((entry) => entry.name);

describe('a page without a map', () => {
  it('registers every element from the one entry module', () => {
    for (const tag of ['mre-municipality-list', 'mre-theme-cards', 'mre-agreement-timeline', 'mre-region-map']) {
      expect(customElements.get(tag), tag).to.exist;
    }
  });

  it('never requests Leaflet, the map engine or the boundaries', async () => {
    const page = await fixture(html`<div>
      <mre-theme-cards></mre-theme-cards>
      <mre-municipality-list municipality="helmond"></mre-municipality-list>
      <mre-agreement-timeline></mre-agreement-timeline>
    </div>`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(page.querySelector('mre-municipality-list')!.shadowRoot!.querySelectorAll('li').length).to.be.greaterThan(20);
    const all = requested();
    // The check itself must see the module graph, or it proves nothing.
    expect(all.some((name) => name.includes('/src/components/municipality-list/'))).to.be.true;
    const mapFiles = all.filter((name) => /leaflet|map-engine|default-boundaries|region-boundaries/.test(name));
    expect(mapFiles).to.deep.equal([]);
  });
});
