import sinon from 'sinon';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { MreErrorEvent } from '../events.js';
import { MreElement, type SettlingController } from './mre-element.js';

let n = 0;
const uniqueTag = () => `mre-test-${Date.now()}-${++n}`;

/** A fresh pair of classes: ours, and the same element from a second copy of the library. */
function classes() {
  class First extends MreElement {
    override render() {
      return html`<p>first</p>`;
    }
  }
  class Second extends MreElement {
    override render() {
      return html`<p>second</p>`;
    }
  }
  return { First, Second };
}

function captureWarnings(): { warnings: string[]; restore: () => void } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

describe('MreElement.define', () => {
  it('registers an element under its tag', async () => {
    const { First } = classes();
    const tag = uniqueTag();
    First.define(tag);
    expect(customElements.get(tag)).to.equal(First);
    const el = await fixture(`<${tag}></${tag}>`);
    expect(el.shadowRoot!.textContent).to.include('first');
  });

  it('is silent when the same class, or another copy of this library, defines the tag again', async () => {
    const { First, Second } = classes();
    const tag = uniqueTag();
    const { warnings, restore } = captureWarnings();
    try {
      First.define(tag);
      expect(() => First.define(tag)).not.to.throw();
      // A second copy of the library brings its own classes, marked like ours.
      expect(() => Second.define(tag)).not.to.throw();
    } finally {
      restore();
    }
    expect(warnings).to.deep.equal([]);
    expect(customElements.get(tag)).to.equal(First);
    const el = await fixture(`<${tag}></${tag}>`);
    expect(el.shadowRoot!.querySelectorAll('p')).to.have.length(1);
    expect(el.shadowRoot!.textContent).to.include('first');
  });

  it("leaves someone else's element alone and says so once", async () => {
    const { First, Second } = classes();
    const tag = uniqueTag();
    class Foreign extends HTMLElement {
      connectedCallback() {
        this.textContent = 'foreign';
      }
    }
    customElements.define(tag, Foreign);
    const { warnings, restore } = captureWarnings();
    try {
      expect(() => First.define(tag)).not.to.throw();
      expect(() => Second.define(tag)).not.to.throw();
      expect(() => First.define(tag)).not.to.throw();
    } finally {
      restore();
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include(`<${tag}> is already defined by another script`);
    expect(customElements.get(tag)).to.equal(Foreign);
    const el = await fixture(`<${tag}></${tag}>`);
    expect(el.textContent).to.equal('foreign');
  });

  it('reports, instead of throwing, a class that cannot be registered', () => {
    const { First } = classes();
    First.define(uniqueTag());
    const { warnings, restore } = captureWarnings();
    try {
      expect(() => First.define(uniqueTag())).not.to.throw();
      expect(() => First.define('not a valid tag')).not.to.throw();
    } finally {
      restore();
    }
    expect(warnings).to.have.length(2);
    expect(warnings[1]).to.include('<not a valid tag> could not be registered');
  });
});

/**
 * Work that ends after an update, as loading a file does: each step takes a task, then shows its
 * result. `steps` steps run one after the other, each started by the update that showed the last.
 */
class Steps implements SettlingController {
  shown = 'nothing yet';
  #done = 0;
  #current?: Promise<void>;
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly steps: number,
  ) {
    host.addController(this);
  }
  hostUpdated(): void {
    if (this.#current || this.#done >= this.steps) return;
    this.#current = new Promise<void>((resolve) =>
      setTimeout(() => {
        this.#done++;
        this.shown = `step ${this.#done} of ${this.steps}`;
        this.#current = undefined;
        this.host.requestUpdate();
        resolve();
      }),
    );
  }
  settled(): Promise<unknown> {
    return this.#current ?? Promise.resolve();
  }
}

/** Work that never ends. */
class Forever implements SettlingController {
  hostConnected(): void {}
  settled(): Promise<unknown> {
    return new Promise(() => undefined);
  }
}

class Worker extends MreElement {
  readonly steps = new Steps(this, 3);
  override render() {
    return html`<p class="base">${this.steps.shown}</p>`;
  }
  /** Fires an event the way every element of the library does. */
  fail(): void {
    this.emit(new MreErrorEvent({ reason: 'http', src: 'https://example.org/x.json', message: 'x', status: 500 }));
  }
}
Worker.define(uniqueTag());

describe('MreElement.updateComplete', () => {
  it('resolves once the work of its controllers has ended and its result is rendered, however many rounds that takes', async () => {
    const el = await fixture<Worker>(`<${customElements.getName(Worker)}></${customElements.getName(Worker)}>`);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('step 3 of 3');
  });

  it('waits for a controller only while the element has it', async () => {
    const el = await fixture<Worker>(`<${customElements.getName(Worker)}></${customElements.getName(Worker)}>`);
    const forever = new Forever();
    el.addController(forever);
    let complete = false;
    void el.updateComplete.then(() => (complete = true));
    el.removeController(forever);
    el.requestUpdate();
    await waitUntil(() => complete, 'updateComplete still waits for a controller the element no longer has');
  });

  it('fires its events so that they bubble out of shadow roots to the page', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement(customElements.getName(Worker)!) as Worker;
    host.attachShadow({ mode: 'open' }).append(el);
    const seen: Event[] = [];
    const listener = (event: Event) => seen.push(event);
    document.addEventListener('mre-error', listener);
    try {
      el.fail();
    } finally {
      document.removeEventListener('mre-error', listener);
    }
    expect(seen).to.have.length(1);
    expect(seen[0]).to.be.instanceOf(MreErrorEvent);
    expect(seen[0].target).to.equal(host); // retargeted: the page sees the shadow host
    expect((seen[0] as MreErrorEvent).detail).to.deep.equal({ reason: 'http', src: 'https://example.org/x.json', message: 'x', status: 500 });
  });
});

describe('MreElement.define on a page whose Trusted Types allowlist refused the widgets\' policy', () => {
  // The built scripts record the refusal under this key when Lit's policy cannot be created
  // (scripts/rollup/trusted-types.mjs); Lit could not render on such a page.
  const REFUSED = Symbol.for('mre-widgets.trusted-types-refused');
  const g = globalThis as unknown as Record<symbol, unknown>;

  it('registers nothing, so the fallback content stays, and names the policy to allow once', () => {
    const { First, Second } = classes();
    const [a, b] = [uniqueTag(), uniqueTag()];
    const error = sinon.stub(console, 'error');
    g[REFUSED] = { policy: 'lit-html', reason: 'Policy "lit-html" disallowed.' };
    try {
      expect(() => First.define(a)).not.to.throw();
      expect(() => Second.define(b)).not.to.throw();
    } finally {
      delete g[REFUSED];
      error.restore();
    }
    expect(customElements.get(a)).to.equal(undefined);
    expect(customElements.get(b)).to.equal(undefined);
    expect(error.callCount).to.equal(1);
    expect(String(error.firstCall.args[0])).to.include('did not allow the policy "lit-html"');
    expect(String(error.firstCall.args[0])).to.include('trusted-types your-policies lit-html');
  });
});

