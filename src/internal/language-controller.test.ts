import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LanguageController } from './language-controller.js';
import { MreElement } from './mre-element.js';

/** The smallest element with a language: it shows "you are here" in the language it resolved. */
class LangProbe extends MreElement {
  readonly i18n = new LanguageController(this);
  override render() {
    return html`<p class="base" lang=${this.i18n.lang}>${this.i18n.t.youAreHere}</p>`;
  }
}
LangProbe.define('mre-test-lang-probe');

declare global {
  interface HTMLElementTagNameMap {
    'mre-test-lang-probe': LangProbe;
  }
}

/** What the probe shows, and the language its text is marked with. */
function shown(el: LangProbe): string {
  const p = el.shadowRoot!.querySelector('p')!;
  return `${p.getAttribute('lang')}: ${p.textContent}`;
}
const dutch = 'nl: U bent hier';
const english = 'en: You are here';

describe('LanguageController', () => {
  it('resolves the language before the first render: own lang, else the nearest ancestor, else Dutch', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="nl">
      <mre-test-lang-probe id="plain"></mre-test-lang-probe>
      <mre-test-lang-probe id="own" lang="en-GB"></mre-test-lang-probe>
      <section lang="en"><mre-test-lang-probe id="ancestor"></mre-test-lang-probe></section>
      <mre-test-lang-probe id="unsupported" lang="de"></mre-test-lang-probe>
    </div>`);
    const probe = (id: string) => page.querySelector<LangProbe>(`#${id}`)!;
    await Promise.all([...page.querySelectorAll('mre-test-lang-probe')].map((el) => el.updateComplete));
    expect(shown(probe('plain'))).to.equal(dutch);
    expect(shown(probe('own'))).to.equal(english);
    expect(shown(probe('ancestor'))).to.equal(english);
    expect(shown(probe('unsupported'))).to.equal(dutch);
  });

  it('follows a change of its own lang and of an ancestor\'s', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="nl"><mre-test-lang-probe></mre-test-lang-probe></div>`);
    const el = outer.querySelector('mre-test-lang-probe')!;
    expect(shown(el)).to.equal(dutch);
    outer.setAttribute('lang', 'en');
    await waitUntil(() => shown(el) === english, 'did not follow the ancestor');
    el.setAttribute('lang', 'nl');
    await waitUntil(() => shown(el) === dutch, 'did not follow its own lang');
    el.removeAttribute('lang');
    await waitUntil(() => shown(el) === english, 'did not fall back to the ancestor');
  });

  it('follows a lang that changes inside the shadow root it lives in', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="nl"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<section lang="nl"><mre-test-lang-probe></mre-test-lang-probe></section>';
    const el = shadow.querySelector('mre-test-lang-probe')!;
    await el.updateComplete;
    expect(shown(el)).to.equal(dutch);
    shadow.querySelector('section')!.setAttribute('lang', 'en');
    await waitUntil(() => shown(el) === english, 'did not see the change inside the shadow root');
  });

  it('keeps following after another element with a language leaves the page', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="nl">
      <mre-test-lang-probe id="stays"></mre-test-lang-probe><mre-test-lang-probe id="goes"></mre-test-lang-probe>
    </div>`);
    const stays = outer.querySelector<LangProbe>('#stays')!;
    outer.querySelector('#goes')!.remove();
    outer.setAttribute('lang', 'en');
    await waitUntil(() => shown(stays) === english, 'stopped following when the other element left');
  });

  it('shows the language of the place it is moved to', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><div id="nl" lang="nl"></div><div id="en" lang="en"></div></div>`);
    const el = document.createElement('mre-test-lang-probe');
    page.querySelector('#nl')!.append(el);
    await el.updateComplete;
    expect(shown(el)).to.equal(dutch);
    page.querySelector('#en')!.append(el);
    await waitUntil(() => shown(el) === english, 'kept the language of the place it left');
  });

  it('shows a language that changed while it was off the page once it is back', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="nl"><mre-test-lang-probe></mre-test-lang-probe></div>`);
    const el = outer.querySelector('mre-test-lang-probe')!;
    expect(shown(el)).to.equal(dutch);
    el.remove();
    outer.setAttribute('lang', 'en');
    outer.append(el);
    await waitUntil(() => shown(el) === english, 'kept the language it had before it left');
  });
});
