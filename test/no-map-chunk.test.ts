import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';

/** Every script or data file the page has requested so far, with when it was asked for. */
const requested = () => performance.getEntriesByType('resource').map((entry) => ({ name: entry.name, start: entry.startTime }));

/** The files that only a map needs: Leaflet, the map engine and the boundaries. */
const mapFileKinds = {
  leaflet: /\/leaflet\//,
  engine: /map-engine/,
  boundaries: /default-boundaries|region-boundaries/,
};
const isMapFile = (name: string) => Object.values(mapFileKinds).some((pattern) => pattern.test(name));

describe('a page without a map', () => {
  it('registers every element from the one entry module', () => {
    for (const tag of ['mre-municipality-list', 'mre-theme-cards', 'mre-agreement-timeline', 'mre-region-map']) {
      expect(customElements.get(tag), tag).to.exist;
      // The library's own element, not a placeholder someone else defined.
      expect(document.createElement(tag), tag).to.be.instanceOf(customElements.get(tag)!);
      expect(customElements.get(tag)!.name, tag).to.match(/^Mre[A-Z]/);
    }
  });

  it('never requests Leaflet, the map engine or the boundaries, though a map added later does', async () => {
    const page = await fixture(html`<div>
      <mre-theme-cards></mre-theme-cards>
      <mre-municipality-list municipality="helmond"></mre-municipality-list>
      <mre-agreement-timeline></mre-agreement-timeline>
    </div>`);
    const [cards, list, timeline] = [
      page.querySelector('mre-theme-cards')!,
      page.querySelector('mre-municipality-list')!,
      page.querySelector('mre-agreement-timeline')!,
    ];
    await Promise.all([cards.updateComplete, list.updateComplete, timeline.updateComplete]);
    // Every widget has drawn its content.
    expect(cards.shadowRoot!.querySelectorAll('li.card')).to.have.length(4);
    expect(list.shadowRoot!.querySelectorAll('li')).to.have.length(21);
    expect(timeline.shadowRoot!.querySelectorAll('ol > li')).to.have.length(13);

    const beforeMap = performance.now();
    // The check itself must see the module graph, or it proves nothing.
    expect(requested().some(({ name }) => name.includes('/src/components/municipality-list/'))).to.be.true;

    // A map on the same page brings its files; the check sees them. That also marks the moment
    // by which anything the other widgets would have asked for has been asked for.
    const map = document.createElement('mre-region-map');
    page.append(map);
    await map.updateComplete;
    await waitUntil(
      () => Object.values(mapFileKinds).every((pattern) => requested().some(({ name }) => pattern.test(name))),
      'a map did not bring Leaflet, the engine and the boundaries, so this check cannot see them',
    );
    expect(map.shadowRoot!.querySelectorAll('path.leaflet-interactive')).to.have.length(21);

    const withoutMap = requested().filter(({ name, start }) => start < beforeMap && isMapFile(name));
    expect(withoutMap.map(({ name }) => name)).to.deep.equal([]);
  });
});
