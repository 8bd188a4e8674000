// The package's entries as an application imports them (from the sources here; the built and
// packed ones in test/package/ and test/dist/consumers.test.ts): each widget's own entry exports
// its element class, the events it fires and the version; the version is the package's.
import { expect } from '@open-wc/testing';
import * as all from './index.js';
import * as timeline from './agreement-timeline.js';
import * as list from './municipality-list.js';
import * as map from './region-map.js';
import * as cards from './theme-cards.js';
import { MreErrorEvent, MreMunicipalitySelectEvent } from './events.js';

describe('the entries', () => {
  it('each widget entry exports its registered element, the events it fires and the version', () => {
    const entries: [Record<string, unknown>, string, string, unknown[]][] = [
      [map, 'MreRegionMap', 'mre-region-map', [MreErrorEvent, MreMunicipalitySelectEvent]],
      [cards, 'MreThemeCards', 'mre-theme-cards', [MreErrorEvent]],
      [list, 'MreMunicipalityList', 'mre-municipality-list', [MreErrorEvent, MreMunicipalitySelectEvent]],
      [timeline, 'MreAgreementTimeline', 'mre-agreement-timeline', [MreErrorEvent]],
    ];
    for (const [entry, className, tag, events] of entries) {
      expect(entry[className], className).to.equal(customElements.get(tag));
      expect(entry[className], className).to.equal(all[className as keyof typeof all]);
      const exportedEvents = Object.values(entry).filter((value) => value === MreErrorEvent || value === MreMunicipalitySelectEvent);
      expect(exportedEvents, tag).to.have.members(events);
      expect(entry.version, tag).to.equal(all.version);
    }
  });

  it('says which release runs: the version in package.json', async () => {
    const { version } = await (await fetch('/package.json')).json();
    expect(all.version).to.equal(version);
    expect(all.version).to.match(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
  });
});
