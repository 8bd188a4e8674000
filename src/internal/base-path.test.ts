import { expect } from '@open-wc/testing';
import { getBasePath, setBasePath } from './base-path.js';

function addMeta(content: string): HTMLMetaElement {
  const meta = document.createElement('meta');
  meta.name = 'mre-widgets-base';
  meta.content = content;
  document.head.append(meta);
  return meta;
}

describe('base path', () => {
  afterEach(() => {
    setBasePath(undefined);
    document.querySelectorAll('meta[name="mre-widgets-base"]').forEach((meta) => meta.remove());
  });

  it('is not set until the page sets it', () => {
    expect(getBasePath()).to.equal(undefined);
  });

  it('is a folder: an absolute URL ending in a slash, a relative one counted from the page', () => {
    setBasePath('https://cdn.example.org/mre-widgets');
    expect(getBasePath()).to.equal('https://cdn.example.org/mre-widgets/');
    setBasePath('https://cdn.example.org/mre-widgets/');
    expect(getBasePath()).to.equal('https://cdn.example.org/mre-widgets/');
    setBasePath('assets/mre');
    expect(getBasePath()).to.equal(new URL('assets/mre/', document.baseURI).href);
    setBasePath('/mre/');
    expect(getBasePath()).to.equal(`${location.origin}/mre/`);
  });

  it('is forgotten with undefined or an empty string', () => {
    setBasePath('https://cdn.example.org/mre/');
    setBasePath(undefined);
    expect(getBasePath()).to.equal(undefined);
    setBasePath('https://cdn.example.org/mre/');
    setBasePath('');
    expect(getBasePath()).to.equal(undefined);
  });

  it('can be said with <meta name="mre-widgets-base">; what a script sets comes first', () => {
    addMeta('  https://static.example.org/widgets  ');
    expect(getBasePath()).to.equal('https://static.example.org/widgets/');
    setBasePath('https://cdn.example.org/mre/');
    expect(getBasePath()).to.equal('https://cdn.example.org/mre/');
    setBasePath(undefined);
    expect(getBasePath()).to.equal('https://static.example.org/widgets/');
  });

  it('ignores an empty meta', () => {
    addMeta('   ');
    expect(getBasePath()).to.equal(undefined);
  });

  it('is shared with another copy of the library on the page', () => {
    // A second copy keeps its setting under the same global symbol.
    (globalThis as unknown as Record<symbol, string>)[Symbol.for('mre-widgets.base-path')] = 'https://other.example.org/mre/';
    expect(getBasePath()).to.equal('https://other.example.org/mre/');
  });
});
