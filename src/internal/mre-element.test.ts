import { expect, fixture, html } from '@open-wc/testing';
import { MreElement } from './mre-element.js';

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

describe('MreElement.updateComplete', () => {
  /** A controller whose work ends when the test says so. */
  function work() {
    let finish!: () => void;
    const done = new Promise<void>((resolve) => (finish = resolve));
    return { settled: () => done, finish, hostConnected: () => undefined };
  }

  it('waits for the work of its settling controllers, and not for removed ones', async () => {
    const { First } = classes();
    const tag = uniqueTag();
    First.define(tag);
    const el = (await fixture(`<${tag}></${tag}>`)) as InstanceType<typeof First>;
    const slow = work();
    const never = work();
    el.addController(slow);
    el.addController(never);
    el.removeController(never);
    let complete = false;
    const waiting = el.updateComplete.then(() => (complete = true));
    // A round trip through the event loop: the update itself is long done.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(complete, 'resolved before the work was done').to.be.false;
    slow.finish();
    await waiting;
    expect(complete).to.be.true;
  });
});
