// The embed-code builder (dist/embed/, built from demo/embed.html and demo/embed/*.ts) as a
// webmaster uses it: the choices change the code, every snippet pasted into an empty page shows
// the same widgets with the files of the served dist/ folder (no network), its fallback shows
// without JavaScript, the copy buttons work from the keyboard and say so, the page passes the axe
// audit and fits 320 px, and the data check reads as npm run check-data.
import { expect, waitUntil } from '@open-wc/testing';
import { checkRegionText } from '../../src/data/check.js';
import { press } from '../keys.js';
import { openPage, textOf, type OpenPage } from './pages.js';

const BUILDER = '/dist/embed/index.html';
type Route = 'module' | 'classic' | 'standalone' | 'iframe' | 'iframe-resize';

let page: OpenPage | undefined;
const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  page?.close();
  page = undefined;
  frames.splice(0).forEach((frame) => frame.remove());
});

/**
 * How long the builder may take to answer a choice: it hashes code (Web Crypto), asks the
 * clipboard and fetches files, all in their own time; on a busy machine more than the default
 * second, in WebKit most.
 */
const SETTLES = { timeout: 5000 };

async function openBuilder({ width = 1200, height = 900, query = '' } = {}): Promise<OpenPage> {
  page = await openPage(`${BUILDER}${query}`, { width, height });
  const form = () => page!.doc.querySelector<HTMLFormElement>('#choices');
  await waitUntil(() => form()?.dataset.ready === 'true', 'the builder wrote its first code', { timeout: 15_000 });
  return page;
}

/** A block of code as the page shows it. */
const code = (p: OpenPage, id: 'head' | 'body' | 'css' | 'policy') => p.doc.getElementById(id)!.textContent ?? '';
const allCode = (p: OpenPage) => ['head', 'body', 'css', 'policy'].map((id) => code(p, id as 'head')).join('\n');

/** The control of the label with this text (inside `within`, when given). */
function control<T extends HTMLElement = HTMLInputElement>(p: OpenPage, text: string, within: ParentNode = p.doc): T {
  const label = [...within.querySelectorAll('label')].find((l) => l.textContent!.replace(/\s+/g, ' ').trim().startsWith(text));
  if (!label?.control) throw new Error(`no control labelled "${text}"`);
  return label.control as unknown as T;
}

/** The fieldset with this legend. */
function fieldset(p: OpenPage, legend: string): HTMLFieldSetElement {
  const found = [...p.doc.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === legend);
  if (!found) throw new Error(`no fieldset "${legend}"`);
  return found;
}

/** Changes a control as a person would, and waits until the code has changed. */
async function change(p: OpenPage, el: HTMLInputElement | HTMLSelectElement, apply: () => void, event = 'change'): Promise<void> {
  const before = allCode(p);
  apply();
  el.dispatchEvent(new Event(event, { bubbles: true }));
  await waitUntil(() => allCode(p) !== before, 'the code changed', SETTLES);
}

async function tick(p: OpenPage, text: string, on: boolean): Promise<void> {
  const box = control(p, text);
  if (box.checked !== on) await change(p, box, () => (box.checked = on));
}

async function route(p: OpenPage, value: Route): Promise<void> {
  const radio = p.doc.querySelector<HTMLInputElement>(`input[name="route"][value="${value}"]`)!;
  if (!radio.checked) await change(p, radio, () => (radio.checked = true));
}

/** Opens `html` in a frame of the test page (same origin), optionally with scripting off. */
async function paste(html: string, { scripts = true, width = 800 } = {}): Promise<Document> {
  const frame = document.createElement('iframe');
  // In view, over the builder: a frame below the window would keep its lazy iframes unloaded.
  frame.style.cssText = `position: fixed; top: 0; left: 0; z-index: 1; width: ${width}px; height: 900px; border: 0; background: #fff`;
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentDocument!;
}

/** The snippet as the builder shows it, pasted into an empty page with its CSS and its whole policy. */
function pageOf(p: OpenPage): string {
  const policy = code(p, 'policy').replace(/^Content-Security-Policy: /, '');
  const css = code(p, 'css');
  const head = p.doc.getElementById('head')!.classList.contains('none') ? '' : code(p, 'head');
  return (
    `<!doctype html><html lang="nl"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('"', '&quot;')}">` +
    `<style>${css}</style>${head}</head><body>${code(p, 'body')}</body></html>`
  );
}

const visible = (el: Element) => el.getBoundingClientRect().height > 0 && el.getBoundingClientRect().width > 0;

describe('the embed-code builder', () => {
  it('opens in Dutch, switches to English and back, and keeps the choices', async () => {
    const p = await openBuilder();
    expect(p.doc.querySelector('h1')!.textContent).to.equal('Insluitcode maken');
    expect(p.doc.documentElement.lang).to.equal('nl');
    const before = allCode(p);
    const toggle = p.doc.getElementById('lang-toggle') as HTMLButtonElement;
    expect(toggle.textContent).to.equal('English');
    toggle.click();
    expect(p.doc.querySelector('h1')!.textContent).to.equal('Make the embed code');
    expect(p.doc.documentElement.lang).to.equal('en');
    expect(toggle.textContent).to.equal('Nederlands');
    expect(control(p, 'Your municipality').localName).to.equal('select');
    await waitUntil(() => p.doc.getElementById('choices')!.dataset.ready === 'true', 'the builder wrote its code', SETTLES);
    expect(allCode(p)).to.equal(before);
    toggle.click();
    expect(p.doc.querySelector('h1')!.textContent).to.equal('Insluitcode maken');
  });

  it('is the same page on the demo server (/demo/embed.html), writing code for the served dist/', async () => {
    page = await openPage('/demo/embed.html', { width: 1200, height: 900 });
    const p = page;
    await waitUntil(() => p.doc.querySelector<HTMLFormElement>('#choices')?.dataset.ready === 'true', 'the builder wrote its code', { timeout: 15_000 });
    expect(code(p, 'head')).to.include(`src="${new URL('/dist/mre-widgets.js', location.href).href}"`);
    expect(p.doc.getElementById('base-hint')!.textContent).to.include('berekend uit de bestanden');
    expect(p.win.getComputedStyle(p.doc.querySelector('.page-header')!).backgroundColor).to.equal('rgb(0, 82, 156)');
  });

  it('writes other code for another widget, municipality, language, option and colour', async function () {
    this.timeout(20_000);
    const p = await openBuilder();
    // Everything below, the preview's scripts and frames included, stays within the page's policy.
    const violations: string[] = [];
    p.doc.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    // By default: all four widgets, the module script with its import map, room reserved.
    expect(code(p, 'body')).to.include('<mre-region-map>').and.include('<mre-agreement-timeline>');
    expect(code(p, 'head')).to.include('chunks/mre-map-engine.js').and.include('type="module"');
    expect(code(p, 'css')).to.include('mre-municipality-list:not(:defined)');

    await tick(p, 'Kaart van de regio', false);
    expect(code(p, 'body')).not.to.include('<mre-region-map');
    expect(code(p, 'head')).not.to.include('chunks/mre-map-engine.js');

    const municipality = control<HTMLSelectElement>(p, 'Uw gemeente');
    expect(municipality.options).to.have.length(22);
    await change(p, municipality, () => (municipality.value = 'helmond'));
    expect(code(p, 'body')).to.include('<mre-municipality-list municipality="helmond">');

    const lang = control<HTMLSelectElement>(p, 'Taal van de widgets');
    await change(p, lang, () => (lang.value = 'en'));
    expect(code(p, 'body')).to.include('<mre-theme-cards lang="en">');

    const sort = control<HTMLSelectElement>(p, 'Volgorde', fieldset(p, 'Opties: Lijst van de gemeenten'));
    await change(p, sort, () => (sort.value = 'population'));
    expect(code(p, 'body')).to.include('municipality="helmond" lang="en" sort="population"');

    const policyBefore = code(p, 'policy');
    const primary = control(p, '--mre-color-primary');
    expect(primary.type).to.equal('color');
    await change(p, primary, () => (primary.value = '#8a1538'), 'input');
    expect(code(p, 'css')).to.include('--mre-color-primary: #8a1538;');
    // The CSS in a <style> element is allowed by its hash, which changed with it.
    expect(code(p, 'policy')).to.match(/style-src 'self' 'sha256-[^']+'/);
    expect(code(p, 'policy')).not.to.equal(policyBefore);
    // Every colour token has a colour picker.
    const colours = [...p.doc.querySelectorAll<HTMLInputElement>('#token-groups input[type="color"]')];
    expect(colours.length).to.be.greaterThan(5);

    await change(p, control(p, 'Telefoon'), () => (control(p, 'Telefoon').checked = true));
    expect(code(p, 'css')).to.match(/mre-municipality-list:not\(:defined\) \{\n {2}display: block;\n {2}min-height: 100\.1em;/);
    expect(p.doc.getElementById('preview')!.getBoundingClientRect().width).to.equal(360);

    await route(p, 'standalone');
    expect(code(p, 'head')).to.include('mre-widgets.standalone.js').and.not.include('importmap');
    await route(p, 'iframe');
    expect(code(p, 'head')).to.equal('(niets nodig)');
    expect(code(p, 'body')).to.include('frame.html?widget=municipality-list&amp;municipality=helmond&amp;lang=en&amp;sort=population');
    expect(code(p, 'policy')).to.include('frame-src').and.include("trusted-types 'none'");
    await route(p, 'iframe-resize');
    expect(code(p, 'head')).to.include('frame-resize.js');
    const preview = p.doc.querySelector<HTMLIFrameElement>('#preview iframe[src*="widget=municipality-list"]')!;
    await waitUntil(() => preview.contentDocument?.querySelector('mre-municipality-list')?.shadowRoot, 'the preview shows the frame', { timeout: 10_000 });
    expect(preview.title).to.equal('Municipalities in the Metropoolregio Eindhoven');
    expect(violations).to.deep.equal([]);
  });

  for (const r of ['module', 'classic', 'standalone', 'iframe', 'iframe-resize'] as const) {
    it(`${r}: the snippet pasted into an empty page shows the list of the 21 municipalities with the chosen one marked`, async function () {
      // Four changes of the code, then a page that loads the scripts (and a frame) of its own.
      this.timeout(30_000);
      const p = await openBuilder();
      await route(p, r);
      for (const widget of ['Kaart van de regio', 'Thema’s', 'Tijdlijn van de samenwerking']) await tick(p, widget, false);
      const municipality = control<HTMLSelectElement>(p, 'Uw gemeente');
      await change(p, municipality, () => (municipality.value = 'helmond'));
      const base = new URL('/dist/', location.href).href;
      // The folder is the served dist/: nothing comes from another host.
      for (const src of code(p, 'head').match(/src="[^"]+"/g) ?? []) expect(src).to.include(base);
      const doc = await paste(pageOf(p));

      let inner = doc;
      if (r.startsWith('iframe')) {
        const iframe = doc.querySelector('iframe')!;
        expect(iframe.getAttribute('src')).to.equal(`${base}frame.html?widget=municipality-list&municipality=helmond`);
        await waitUntil(() => iframe.contentDocument?.querySelector('mre-municipality-list'), 'the frame shows the list', { timeout: 10_000 });
        inner = iframe.contentDocument!;
      }
      const list = () => inner.querySelector('mre-municipality-list');
      await waitUntil(() => list()?.shadowRoot?.querySelectorAll('[part~="item"], li').length === 21, 'the list shows 21 municipalities', {
        timeout: 10_000,
      });
      expect(textOf(list()!)).to.include('Helmond');
      expect(textOf(list()!)).to.include('U bent hier');
      if (!r.startsWith('iframe')) {
        // The fallback is hidden once the widget runs.
        await waitUntil(() => !visible(list()!.querySelector('[slot="fallback"]')!), 'the fallback is hidden', SETTLES);
      }
      if (r === 'iframe-resize') {
        const iframe = doc.querySelector('iframe')!;
        await waitUntil(() => iframe.getBoundingClientRect().height !== 840, 'frame-resize.js gave the frame its content’s height', {
          timeout: 10_000,
        });
      }
    });
  }

  it('gives visitors without JavaScript the 21 links, the municipalities and the four themes', async () => {
    const p = await openBuilder();
    const doc = await paste(`<!doctype html><html lang="nl"><body>${code(p, 'body')}</body></html>`, { scripts: false });
    const links = [...doc.querySelectorAll<HTMLAnchorElement>('mre-municipality-list a')];
    expect(links).to.have.length(21);
    for (const link of links) expect(visible(link), link.textContent!).to.equal(true);
    expect(links.map((a) => a.textContent)).to.include('Helmond');
    expect(links.every((a) => a.href.startsWith('https://'))).to.equal(true);
    const map = doc.querySelector('mre-region-map')!;
    expect(map.querySelectorAll('li')).to.have.length(21);
    expect(visible(map.querySelector('ul')!)).to.equal(true);
    const themes = [...doc.querySelectorAll<HTMLAnchorElement>('mre-theme-cards a')];
    expect(themes).to.have.length(4);
    for (const link of themes) expect(visible(link)).to.equal(true);
    expect(visible(doc.querySelector('mre-agreement-timeline a')!)).to.equal(true);

    // The iframes' <noscript> shows the same.
    await route(p, 'iframe');
    const framed = await paste(`<!doctype html><html lang="nl"><body>${code(p, 'body')}</body></html>`, { scripts: false });
    const shown = [...framed.querySelectorAll('a')].filter(visible).map((a) => a.textContent);
    expect(shown).to.include('Helmond').and.include('Asten');
    expect(shown.length).to.be.greaterThanOrEqual(21 + 4 + 1);
  });

  it('copies from the keyboard and announces it in a live region', async () => {
    const p = await openBuilder();
    const button = p.doc.getElementById('copy-body') as HTMLButtonElement;
    expect(button.textContent).to.equal('Kopieer');
    expect(button.getAttribute('aria-labelledby')).to.equal('copy-body body-heading');
    const status = p.doc.getElementById('copy-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    button.focus();
    await press('Enter');
    await waitUntil(() => status.textContent === 'Gekopieerd: de widgets.', 'the copy was announced', SETTLES);
    expect(p.doc.activeElement).to.equal(button);
    const head = p.doc.getElementById('copy-head') as HTMLButtonElement;
    head.focus();
    await press('Space');
    await waitUntil(() => status.textContent === 'Gekopieerd: de code voor de head.', 'the second copy was announced', SETTLES);
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`passes the axe audit (${lang}), with every part shown`, async () => {
      const p = await openBuilder({ query: lang === 'en' ? '?lang=en' : '' });
      // The checker's report is part of the page too.
      const input = p.doc.getElementById('check-file') as HTMLInputElement;
      await chooseFile(p, input, 'region-partly-invalid.json', await (await fetch('/test/fixtures/region-partly-invalid.json')).text());
      // axe, loaded into the builder's page as a script of its own origin (the page's policy allows it).
      const script = document.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      const loaded = new Promise((resolve, reject) => {
        script.addEventListener('load', resolve);
        script.addEventListener('error', reject);
      });
      p.doc.head.append(script);
      await loaded;
      const axe = (p.win as unknown as { axe: { run(context: Node, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const { violations } = await axe.run(p.doc.documentElement, { resultTypes: ['violations'] });
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal([]);
    });
  }

  it('fits 320 px without scrolling sideways, with the phone preview inside its own scrolling frame', async () => {
    const p = await openBuilder({ width: 320, height: 700 });
    await change(p, control(p, 'Telefoon'), () => (control(p, 'Telefoon').checked = true));
    expect(p.doc.documentElement.scrollWidth).to.be.at.most(p.doc.documentElement.clientWidth);
    const viewport = p.doc.getElementById('preview-viewport')!;
    expect(viewport.getAttribute('role')).to.equal('region');
    expect(viewport.getAttribute('aria-label')).to.equal('Voorbeeld van de widgets');
    expect(viewport.scrollWidth).to.be.greaterThan(viewport.clientWidth);
    await route(p, 'iframe');
    expect(p.doc.documentElement.scrollWidth).to.be.at.most(p.doc.documentElement.clientWidth);
  });

  describe('the data check', () => {
    const cases = [
      ['the built-in data (valid)', '/dist/data/region.json', true],
      ['a file that is not region.json (invalid)', '/test/fixtures/wrong-shape.json', false],
      ['a partly invalid file', '/test/fixtures/region-partly-invalid.json', true],
    ] as const;
    for (const [what, path, usable] of cases) {
      it(`shows the checker's messages for ${what}, chosen as a file`, async () => {
        const p = await openBuilder();
        const text = await (await fetch(path)).text();
        const report = checkRegionText(text, 'nl');
        expect(report.usable).to.equal(usable);
        await chooseFile(p, control(p, 'Of kies een bestand'), path.split('/').at(-1)!, text);
        const status = p.doc.getElementById('check-status')!;
        expect(status.getAttribute('role')).to.equal('status');
        await waitUntil(() => status.textContent === report.summary, 'the summary is announced', SETTLES);
        const shown = p.doc.getElementById('check-report')!.textContent!.replace(/\s+/g, ' ');
        for (const problem of report.problems.slice(0, 5)) expect(shown).to.include(problem.message.replace(/\s+/g, ' '));
        if (!report.problems.length) expect(shown).to.include('Geen');
        expect(shown).to.include(report.summary);
      });
    }

    it('checks a pasted address, and says so when it cannot be fetched', async () => {
      const p = await openBuilder();
      const url = new URL('/test/fixtures/region-partly-invalid.json', location.href).href;
      const input = control(p, 'Adres van het bestand');
      input.value = url;
      const status = p.doc.getElementById('check-status')!;
      const report = checkRegionText(await (await fetch(url)).text(), 'nl');
      p.doc.querySelector<HTMLButtonElement>('#check-url-form button')!.click();
      await waitUntil(() => status.textContent === report.summary, 'the summary is announced', SETTLES);
      expect(p.doc.querySelector('#check-report h3')!.textContent).to.equal(`Controle van ${url}`);
      expect(report.problems.length).to.be.greaterThan(0);

      input.value = new URL('/test/fixtures/no-such-file.json', location.href).href;
      p.doc.querySelector<HTMLButtonElement>('#check-url-form button')!.click();
      await waitUntil(() => status.textContent!.includes('de server antwoordt met 404'), 'the failure is announced', SETTLES);
    });
  });
});

/** Chooses a file in a file input, as a person would in the file dialog. */
async function chooseFile(p: OpenPage, input: HTMLInputElement, name: string, text: string): Promise<void> {
  const win = p.win as unknown as typeof globalThis;
  const transfer = new win.DataTransfer();
  transfer.items.add(new win.File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new win.Event('change', { bubbles: true }));
  await waitUntil(() => p.doc.querySelector('#check-report h3'), 'the report is shown', { timeout: 10_000 });
}
