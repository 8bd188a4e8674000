import { expect, fixture, html } from '@open-wc/testing';
import { html as template } from 'lit';
import { property } from 'lit/decorators.js';
import { MreElement } from './mre-element.js';
import { ProgressiveController } from './progressive-controller.js';

/** A list that renders its numbers three at a time. */
class PartsList extends MreElement {
  readonly #parts = new ProgressiveController(this, 3);

  @property({ attribute: false }) numbers: number[] = [];

  override render() {
    return template`<ol>${this.#parts.take(this.numbers).map((n) => template`<li>${n}</li>`)}</ol>`;
  }
}
PartsList.define('mre-test-parts-list');

declare global {
  interface HTMLElementTagNameMap {
    'mre-test-parts-list': PartsList;
  }
}

const shown = (el: PartsList) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => Number(li.textContent));
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('ProgressiveController', () => {
  it('renders a long list a part at a time, each part in a task of its own, and updateComplete waits for the last', async () => {
    const el = document.createElement('mre-test-parts-list');
    el.numbers = range(10);
    const seen: number[][] = [];
    const parent = await fixture<HTMLDivElement>(html`<div></div>`);
    parent.append(el);
    const observer = new MutationObserver(() => seen.push(shown(el)));
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    // The first part comes with the element's first update, in a microtask; the next one waits
    // for a task of its own, however many microtasks run first.
    for (let i = 0; i < 50; i++) await null;
    expect(shown(el)).to.deep.equal([1, 2, 3]);
    await el.updateComplete;
    observer.disconnect();
    expect(shown(el)).to.deep.equal(range(10));
    expect(seen).to.deep.equal([[1, 2, 3], range(6), range(9), range(10)]);
  });

  it('renders a short list at once', async () => {
    const el = await fixture<PartsList>(html`<mre-test-parts-list .numbers=${[1, 2]}></mre-test-parts-list>`);
    expect(shown(el)).to.deep.equal([1, 2]);
  });

  it('keeps what it has rendered when the list changes, and adds the rest a part at a time', async () => {
    const el = await fixture<PartsList>(html`<mre-test-parts-list .numbers=${range(7)}></mre-test-parts-list>`);
    expect(shown(el)).to.deep.equal(range(7));
    // Shorter: at once.
    el.numbers = [7, 6, 5];
    await el.updateComplete;
    expect(shown(el)).to.deep.equal([7, 6, 5]);
    // Longer again: the nine rendered before come at once, the rest in parts.
    el.numbers = range(20);
    for (let i = 0; i < 50; i++) await null;
    expect(shown(el)).to.deep.equal(range(9));
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(range(20));
  });
});
