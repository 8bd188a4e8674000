// The versioned folder for a CDN (dist/cdn/mre-widgets@<version>/, `npm run build` first) as a
// browser gets it from another origin, byte for byte (test/server-plugins.mjs, mre-cdn-origin):
// every file matches the SHA-384 that integrity.json records for it, the embed-code
// builder (embed/, tested in full by embed-builder.test.ts) pins them, the snippet runs under a strict Content-Security-Policy, and a file changed on the server
// after the build is refused, the script tag's by its `integrity` and the map engine's, loaded
// later, by the import map's.
import { expect, waitUntil } from '@open-wc/testing';
import { embedSnippet } from '../../scripts/cdn/embed-snippet.js';
import { engineName, itIn } from '../engine.js';
import { shownText } from '../helpers.js';
import type { PageLog } from './pages.js';

interface Integrity {
  name: string;
  version: string;
  files: Record<string, string>;
}
type Script = 'module' | 'classic' | 'standalone';
type SnippetWindow = Window & { __mreLog: PageLog; __mreRefused: string[]; __mreTampered?: string[] };

const SCRIPT_FILES: Record<Script, string> = {
  module: 'mre-widgets.js',
  classic: 'mre-widgets.iife.js',
  standalone: 'mre-widgets.standalone.js',
};
const MAP_FAILED = 'De kaart kon niet worden geladen. De gemeenten staan hieronder als lijst.';
const WIDGETS = '<mre-region-map municipality="best"></mre-region-map><mre-theme-cards><p slot="fallback" id="fallback">Thema’s van de regio</p></mre-theme-cards>';

let integrity: Integrity;
/** The folder on the test server (for the embed builder) and on the CDN's origin. */
let folder: string;
let cdn: string;
const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

before(async () => {
  const { name, version } = await (await fetch('/package.json')).json();
  folder = `/dist/cdn/${name}@${version}/`;
  cdn = `${await (await fetch('/__test__/cdn-origin')).json()}/`;
  const response = await fetch(`${cdn}integrity.json`);
  if (!response.ok) throw new Error(`${folder}integrity.json is missing: run npm run build`);
  integrity = await response.json();
});

async function sha384(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return btoa(String.fromCharCode(...digest));
}

/**
 * A page of a municipal site with the snippet for the folder at `base` (on the CDN's origin) in its
 * head, under a strict policy that allows scripts from the site and the CDN, and the import map by
 * its hash only.
 */
async function snippetPage(base: string, script: Script, { importMap = true, siteMap = false } = {}): Promise<SnippetWindow> {
  const snippet = await embedSnippet({ base, files: integrity.files, script, widgets: ['mre-region-map', 'mre-theme-cards'] });
  let head = importMap ? snippet.head : snippet.head.replace(/<script type="importmap">.*?<\/script>\n?/, '');
  let scriptSrc = snippet.scriptSrc;
  if (siteMap) {
    // The site's own import map, before the snippet's.
    const own = '{"imports":{"site/menu":"/site/menu.js"}}';
    head = `<script type="importmap">${own}</script>${head}`;
    scriptSrc += ` 'sha256-${await sha256(own)}'`;
  }
  // The site's own origin, named: Firefox does not count this origin as 'self' in a srcdoc page.
  const site = location.origin;
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 900px; border: 0; display: block';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc =
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src ${site}; script-src ${site} ${scriptSrc}; style-src ${site}; img-src ${site} data:; connect-src ${site}">` +
    `<script src="/test/dist-pages/record.js"></script><script src="/test/dist-pages/refused.js"></script>` +
    `${head}</head><body>${WIDGETS}</body></html>`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as SnippetWindow;
}

const map = (win: SnippetWindow) => win.document.querySelector('mre-region-map')!;
const drawn = (win: SnippetWindow) => map(win).shadowRoot?.querySelectorAll('path.leaflet-interactive').length === 21;

describe('the versioned folder for a CDN', () => {
  it('serves every file with the SHA-384 integrity.json records for it', async () => {
    const files = Object.entries(integrity.files);
    expect(files.length).to.be.greaterThan(10);
    for (const [file, hash] of files) {
      const bytes = await (await fetch(`${cdn}${file}`)).arrayBuffer();
      expect(await sha384(bytes), file).to.equal(hash);
    }
  });

  it('has the embed-code builder, which writes the snippet for the folder it is in, with the hashes of integrity.json and crossorigin', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 900px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = `${folder}embed/`;
    document.body.append(frame);
    frames.push(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const form = () => doc.querySelector<HTMLFormElement>('#choices')!;
    await waitUntil(() => form()?.dataset.ready === 'true', 'the builder wrote a snippet', { timeout: 5000 });
    const base = new URL(folder, location.href).href;
    const head = () => shownText(doc.querySelector('#head'));
    const engine = `${base}chunks/mre-map-engine.js`;
    expect(head()).to.equal(
      `<script type="importmap">{"integrity":{"${engine}":"${integrity.files['chunks/mre-map-engine.js']}",` +
        `"${base}chunks/mre-remote-data.js":"${integrity.files['chunks/mre-remote-data.js']}",` +
        `"${base}chunks/mre-en.js":"${integrity.files['chunks/mre-en.js']}"}}</script> ` +
        `<script type="module" src="${base}mre-widgets.js" integrity="${integrity.files['mre-widgets.js']}" crossorigin="anonymous"></script>`,
    );
    const scriptSrc = [...doc.querySelectorAll('#csp-directives dt')].find((dt) => dt.textContent === 'script-src')?.nextElementSibling;
    expect(shownText(scriptSrc)).to.match(new RegExp(`^${location.origin} 'sha256-[A-Za-z0-9+/]+=*'$`));
    expect(shownText(doc.querySelector('.brand'))).to.equal(`${integrity.name} ${integrity.version}`);
    expect(shownText(doc.querySelector('#base-hint'))).to.equal('De controlegetallen komen uit integrity.json van de map waarin deze pagina staat.');

    const change = async (input: HTMLInputElement | HTMLSelectElement, apply: () => void) => {
      const before = head() + shownText(doc.querySelector('#body'));
      apply();
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => head() + shownText(doc.querySelector('#body')) !== before, 'the snippet changed');
    };
    // Without a map the engine is never loaded: the import map pins the data loader and the English texts only.
    const mapBox = doc.querySelector<HTMLInputElement>('input[name="widget"][value="region-map"]')!;
    await change(mapBox, () => (mapBox.checked = false));
    expect(head()).to.equal(
      `<script type="importmap">{"integrity":{"${base}chunks/mre-remote-data.js":"${integrity.files['chunks/mre-remote-data.js']}",` +
        `"${base}chunks/mre-en.js":"${integrity.files['chunks/mre-en.js']}"}}</script> ` +
        `<script type="module" src="${base}mre-widgets.js" integrity="${integrity.files['mre-widgets.js']}" crossorigin="anonymous"></script>`,
    );
    await change(mapBox, () => (mapBox.checked = true));
    // The standalone script has the engine inside: one line.
    const standalone = doc.querySelector<HTMLInputElement>('input[name="route"][value="standalone"]')!;
    await change(standalone, () => (standalone.checked = true));
    expect(head()).to.equal(
      `<script defer src="${base}mre-widgets.standalone.js" integrity="${integrity.files['mre-widgets.standalone.js']}" crossorigin="anonymous"></script>`,
    );
    const select = doc.querySelector<HTMLSelectElement>('#municipality')!;
    expect(select.options).to.have.length(22);
    await change(select, () => (select.value = 'son-en-breugel'));
    expect(shownText(doc.querySelector('#body'))).to.include('<mre-region-map municipality="son-en-breugel"> <div slot="fallback">');
  });

  for (const script of ['module', 'classic', 'standalone'] as const) {
    it(`${script}: the snippet runs under a strict policy, the map engine as recorded`, async () => {
      const win = await snippetPage(cdn, script);
      await waitUntil(() => drawn(win), 'the map drew the 21 municipalities', { timeout: 10_000 });
      expect(win.document.querySelector('#fallback')!.getBoundingClientRect().height).to.equal(0);
      expect(win.__mreTampered).to.equal(undefined);
      expect(win.__mreRefused).to.deep.equal([]);
      expect(win.__mreLog.violations).to.deep.equal([]);
      expect(win.__mreLog.errors).to.deep.equal([]);
      // Which release runs, as the README tells a webmaster to ask the console.
      const running =
        script === 'module'
          ? ((await import(/* @vite-ignore */ `${cdn}${SCRIPT_FILES.module}`)) as { version: string }).version
          : (win as unknown as { MreWidgets: { version: string } }).MreWidgets.version;
      expect(running).to.equal(integrity.version);
    });

    it(`${script}: a script changed on the server is refused; nothing runs and the fallback stays`, async () => {
      const file = SCRIPT_FILES[script];
      const win = await snippetPage(`${cdn}__tampered/${file}/`, script);
      await waitUntil(() => win.__mreRefused.some((src) => src.endsWith(`/${file}`)), 'the browser refused the changed script');
      expect(win.__mreTampered).to.equal(undefined);
      expect(win.customElements.get('mre-theme-cards')).to.equal(undefined);
      expect(shownText(win.document.querySelector('#fallback'))).to.equal('Thema’s van de regio');
      expect(win.document.querySelector('#fallback')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  }

  it('the README’s placeholder hashes make the browser refuse the script, so one left in fails closed', async () => {
    const readme = await (await fetch('/README.md')).text();
    const placeholder = readme.match(/mre-widgets\.standalone\.js" integrity="(sha384-[^"]+)"/)![1];
    expect(Object.values(integrity.files)).not.to.include(placeholder);
    const win = await snippetPage(cdn, 'standalone');
    const doc = win.document;
    const tag = doc.createElement('script');
    const refused = new Promise<string>((resolve) => {
      tag.addEventListener('load', () => resolve('ran'));
      tag.addEventListener('error', () => resolve('refused'));
    });
    tag.src = `${cdn}mre-widgets.iife.js`;
    tag.integrity = placeholder;
    tag.crossOrigin = 'anonymous';
    doc.head.append(tag);
    expect(await refused).to.equal('refused');
  });

  for (const script of ['module', 'classic'] as const) {
    it(`${script}: a map engine changed on the server is refused through the import map; the map shows its list`, async () => {
      const win = await snippetPage(`${cdn}__tampered/chunks~mre-map-engine.js/`, script);
      await waitUntil(() => shownText(map(win).shadowRoot).includes(MAP_FAILED), 'the map says it could not be loaded', { timeout: 10_000 });
      expect(win.__mreTampered).to.equal(undefined);
      expect(map(win).shadowRoot!.querySelectorAll('path.leaflet-interactive')).to.have.length(0);
      expect(map(win).shadowRoot!.querySelectorAll('li')).to.have.length(21);
      // The script itself matched its hash and runs.
      expect(win.customElements.get('mre-theme-cards')).to.exist;
    });
  }

  /** In Firefox the integrity entry of a second import map is not applied: the changed engine runs. */
  async function secondMapIgnored(): Promise<void> {
    const win = await snippetPage(`${cdn}__tampered/chunks~mre-map-engine.js/`, 'module', { siteMap: true });
    await waitUntil(() => drawn(win), `${engineName} ran the changed engine`, { timeout: 10_000 });
    expect(win.__mreTampered).to.deep.equal(['chunks/mre-map-engine.js']);
  }

  itIn(['chromium', 'webkit'], 'applying the integrity of a second import map', secondMapIgnored)(
    'on a page that already has an import map, a second one with the integrity entry still refuses a changed map engine',
    async () => {
      const win = await snippetPage(`${cdn}__tampered/chunks~mre-map-engine.js/`, 'module', { siteMap: true });
      await waitUntil(() => shownText(map(win).shadowRoot).includes(MAP_FAILED), 'the map says it could not be loaded', { timeout: 10_000 });
      expect(win.__mreTampered).to.equal(undefined);
    },
  );

  it('without the import map the same changed map engine runs: that is what the import map prevents', async () => {
    const win = await snippetPage(`${cdn}__tampered/chunks~mre-map-engine.js/`, 'module', { importMap: false });
    await waitUntil(() => drawn(win), 'the changed engine drew the map', { timeout: 10_000 });
    expect(win.__mreTampered).to.deep.equal(['chunks/mre-map-engine.js']);
  });
});
