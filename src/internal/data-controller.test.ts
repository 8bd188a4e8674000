import { expect, fixture, html } from '@open-wc/testing';
import { property } from 'lit/decorators.js';
import { loaderSettings } from '../data/load.js';
import type { MreErrorEvent } from '../events.js';
import { firstRender, fresh, watchFetches, shownText } from '../../test/helpers.js';
import { holdFetches } from '../../test/hold-fetches.js';
import { setBasePath } from './base-path.js';
import { RegionDataController } from './data-controller.js';
import { LanguageController } from './language-controller.js';
import { MreElement } from './mre-element.js';
import { renderNotices } from './notices.js';

/** The smallest element with data: the region's name, its municipalities and the notices. */
class DataProbe extends MreElement {
  readonly i18n = new LanguageController(this);
  readonly data = new RegionDataController(this, () => this.src, this.i18n);
  @property() src?: string;
  override render() {
    const { t } = this.i18n;
    return html`<div class="base" aria-busy=${this.data.loading ? 'true' : 'false'}>
      ${renderNotices(t, this.data.notices(t))}
      <p class="region">${this.data.regionName(t)}</p>
      <ul>${this.data.region.municipalities.map((m) => html`<li>${m.name}</li>`)}</ul>
    </div>`;
  }
}
DataProbe.define('mre-test-data-probe');

declare global {
  interface HTMLElementTagNameMap {
    'mre-test-data-probe': DataProbe;
  }
}

const names = (el: DataProbe) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
const region = (el: DataProbe) => el.shadowRoot!.querySelector('.region')!.textContent;
const busy = (el: DataProbe) => el.shadowRoot!.querySelector('.base')!.getAttribute('aria-busy');
const notices = (el: DataProbe) =>
  [...el.shadowRoot!.querySelectorAll('[role="status"] .notice')].map((n) => shownText(n));
const absolute = (path: string) => new URL(path, location.href).href;

/** Puts a probe with this `src` on the page and collects the `mre-error` events it fires. */
async function probe(src: string | undefined, lang = 'nl') {
  const el = document.createElement('mre-test-data-probe');
  el.lang = lang;
  if (src !== undefined) el.src = src;
  const errors: MreErrorEvent[] = [];
  el.addEventListener('mre-error', (event) => errors.push(event));
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  await el.updateComplete;
  return { el, errors };
}

describe('RegionDataController', () => {
  afterEach(() => {
    loaderSettings.timeoutMs = 10_000;
  });

  it('shows the bundled data without src, or with a blank one, and asks for nothing', async () => {
    const fetches = watchFetches();
    try {
      for (const src of [undefined, '', '   ']) {
        const { el, errors } = await probe(src);
        expect(names(el), String(src)).to.have.length(21);
        expect(names(el)[0]).to.equal('Asten');
        expect(region(el)).to.equal('Metropoolregio Eindhoven');
        expect(busy(el)).to.equal('false');
        expect(notices(el)).to.deep.equal([]);
        expect(errors).to.have.length(0);
      }
      expect(fetches.urls).to.deep.equal([]);
    } finally {
      fetches.restore();
    }
  });

  it('shows the bundled data while the file loads, then the file, with the region name from the file', async () => {
    const held = holdFetches();
    try {
      const el = await firstRender<DataProbe>(html`<mre-test-data-probe src=${fresh('/test/fixtures/region-edge-cases.json')}></mre-test-data-probe>`);
      await held.requested;
      expect(busy(el)).to.equal('true');
      expect(names(el)).to.have.length(21);
      expect(region(el)).to.equal('Metropoolregio Eindhoven');
      held.release();
      await el.updateComplete;
      expect(busy(el)).to.equal('false');
      expect(names(el)).to.deep.equal(['Testgemeente Één', 'Testgemeente zonder gegevens', 'Testgemeente Twee']);
      expect(region(el)).to.equal('Testregio');
      expect(notices(el)).to.deep.equal([]);
    } finally {
      held.restore();
    }
  });

  const failures: [string, string, Record<string, unknown>, string][] = [
    ['http', '/test/fixtures/does-not-exist.json', { status: 404 }, 'the file was not found or the server did not hand it over'],
    ['network', 'http://127.0.0.1:9/region.json', {}, 'the address cannot be reached'],
    ['timeout', '/__test__/slow.json?ms=1500', {}, 'loading took too long'],
    ['parse', '/test/fixtures/malformed.json', {}, 'the file is not valid JSON'],
    ['version', '/test/fixtures/region-format-2.json', {}, 'the file is written in a version this page cannot read'],
    ['schema', '/test/fixtures/wrong-shape.json', {}, 'the file does not have the expected structure'],
  ];
  for (const [reason, path, extra, why] of failures) {
    it(`reports a ${reason} failure once: mre-error with its details, and a notice in the element's language`, async () => {
      // Only the slow file is to time out; the others must not, however busy the machine.
      loaderSettings.timeoutMs = reason === 'timeout' ? 300 : 10_000;
      const src = path.startsWith('http:') ? path : fresh(path);
      const { el, errors } = await probe(src, 'en');
      expect(errors).to.have.length(1);
      const [event] = errors;
      expect(event.bubbles && event.composed).to.be.true;
      expect(Object.keys(event.detail).sort()).to.deep.equal(['message', 'reason', 'src', ...Object.keys(extra)].sort());
      expect(event.detail).to.include({ reason, src: absolute(src), ...extra });
      expect(event.detail.message.startsWith(absolute(src))).to.be.true;
      expect(notices(el)).to.deep.equal([`Note: The latest data could not be loaded: ${why}. You are seeing the bundled data.`]);
      expect(names(el)).to.have.length(21);
      // Later updates show the same notice and fire nothing more.
      el.lang = 'nl';
      await el.updateComplete;
      expect(errors).to.have.length(1);
      expect(notices(el)[0]).to.match(/^Let op: De actuele gegevens konden niet worden geladen: .+\. U ziet de meegeleverde gegevens\.$/);
    });
  }

  it('reports a failure that is not one of the loader\'s own as unreachable, with its message', async () => {
    // A page whose console.warn throws breaks the cleaning of a file with dropped items.
    const warn = console.warn;
    console.warn = () => {
      throw new TypeError('console.warn is broken on this page');
    };
    let result;
    try {
      result = await probe(fresh('/test/fixtures/region-partly-invalid.json'));
    } finally {
      console.warn = warn;
    }
    const { el, errors } = result;
    expect(errors.map((e) => e.detail)).to.deep.equal([
      { reason: 'network', src: errors[0].detail.src, message: 'console.warn is broken on this page' },
    ]);
    expect(errors[0].detail.src).to.match(/\/test\/fixtures\/region-partly-invalid\.json\?t=/);
    expect(notices(el)).to.deep.equal([
      'Let op: De actuele gegevens konden niet worden geladen: het adres is niet bereikbaar. U ziet de meegeleverde gegevens.',
    ]);
    expect(names(el)).to.have.length(21);
  });

  it('drops the notice when src is removed after a failure, and shows a new file after it', async () => {
    const { el, errors } = await probe(fresh('/test/fixtures/does-not-exist.json'));
    expect(notices(el)).to.have.length(1);
    el.src = undefined;
    await el.updateComplete;
    expect(notices(el)).to.deep.equal([]);
    expect(names(el)).to.have.length(21);
    expect(names(el)[0]).to.equal('Asten');
    expect(region(el)).to.equal('Metropoolregio Eindhoven');
    el.src = fresh('/test/fixtures/region-subset.json');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Eindhoven', 'Helmond', 'Waalre']);
    expect(notices(el)).to.deep.equal([]);
    expect(errors).to.have.length(1);
  });
});

describe('RegionDataController, the loader of data files', () => {
  it('comes from the folder the page names; when it is not there, the bundled data stays and the event says why', async () => {
    setBasePath('/__test__/no-such-folder/');
    try {
      const { el, errors } = await probe(fresh('/test/fixtures/region-subset.json'));
      expect(names(el)).to.have.length(21);
      expect(notices(el)).to.deep.equal([
        'Let op: De actuele gegevens konden niet worden geladen: het adres is niet bereikbaar. U ziet de meegeleverde gegevens.',
      ]);
      expect(errors).to.have.length(1);
      expect(errors[0].detail.reason).to.equal('network');
      expect(errors[0].detail.message).to.include('the loader of data files (chunks/mre-remote-data.js) could not be loaded');
      const asked = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
      expect(asked).to.include('/__test__/no-such-folder/chunks/mre-remote-data.js');
    } finally {
      setBasePath(undefined);
    }
    // With the folder right again, the file is shown.
    const { el } = await probe(fresh('/test/fixtures/region-subset.json'));
    expect(names(el)).to.have.length(3);
  });
});
