import { expect, fixture, html } from '@open-wc/testing';
import { adoptStyles } from './styles.js';

/** A CSS text no other test uses, so that the module's shared sheets start empty for it. */
let count = 0;
const css = () => `.probe-${++count} { color: rgb(1, 2, ${count % 255}); }`;

async function shadowRoot(): Promise<ShadowRoot> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  return host.attachShadow({ mode: 'open' });
}

describe('adoptStyles', () => {
  it('adds the styles to a shadow root, after those already there, once however often it is called', async () => {
    const root = await shadowRoot();
    const own = new CSSStyleSheet();
    own.replaceSync('p { margin: 0; }');
    root.adoptedStyleSheets = [own];
    const text = css();
    expect(adoptStyles(root, text)).to.be.true;
    expect(adoptStyles(root, text)).to.be.true;
    expect(root.adoptedStyleSheets).to.have.length(2);
    expect(root.adoptedStyleSheets[0]).to.equal(own);
    expect((root.adoptedStyleSheets[1].cssRules[0] as CSSStyleRule).selectorText).to.equal(`.probe-${count}`);
    expect(root.querySelectorAll('style')).to.have.length(0);
  });

  it('applies them: an element in the root is styled', async () => {
    const root = await shadowRoot();
    const text = css();
    const probe = document.createElement('span');
    probe.className = `probe-${count}`;
    root.append(probe);
    adoptStyles(root, text);
    expect(getComputedStyle(probe).color).to.equal(`rgb(1, 2, ${count % 255})`);
  });

  it('shares one sheet between shadow roots for the same CSS, and has another for other CSS', async () => {
    const [first, second] = [await shadowRoot(), await shadowRoot()];
    const text = css();
    adoptStyles(first, text);
    adoptStyles(second, text);
    expect(first.adoptedStyleSheets[0]).to.equal(second.adoptedStyleSheets[0]);
    adoptStyles(second, css());
    expect(second.adoptedStyleSheets).to.have.length(2);
    expect(second.adoptedStyleSheets[1]).not.to.equal(second.adoptedStyleSheets[0]);
  });

  it("never changes the page's own styles: a document or a detached element is left alone", () => {
    const before = document.adoptedStyleSheets.length;
    expect(adoptStyles(document, css())).to.be.false;
    expect(adoptStyles(document.createElement('div'), css())).to.be.false;
    expect(document.adoptedStyleSheets).to.have.length(before);
    expect(document.querySelectorAll('style')).to.have.length(0);
  });

  it('appends a <style> element, once, where the browser cannot construct stylesheets', async () => {
    const root = await shadowRoot();
    const text = css();
    const replaceSync = Object.getOwnPropertyDescriptor(CSSStyleSheet.prototype, 'replaceSync')!;
    delete (CSSStyleSheet.prototype as Partial<CSSStyleSheet>).replaceSync;
    try {
      expect(adoptStyles(root, text)).to.be.true;
      expect(adoptStyles(root, text)).to.be.true;
    } finally {
      Object.defineProperty(CSSStyleSheet.prototype, 'replaceSync', replaceSync);
    }
    const styles = [...root.querySelectorAll('style')];
    expect(styles.map((s) => s.textContent)).to.deep.equal([text]);
    expect(root.adoptedStyleSheets).to.have.length(0);
  });
});
