// In a page of its own: once the English texts could not be loaded, a page keeps showing Dutch.
import { expect } from '@open-wc/testing';
import { defaultRegion } from '../data/default-region.js';
import { setBasePath } from '../internal/base-path.js';
import { bundledRegion, ENGLISH_CHUNK, languageReady, loadLanguage, shownLang, stringsFor } from './languages.js';
import { nl } from './strings.js';

describe('the English texts, when they cannot be loaded', () => {
  it('are asked for once; Dutch is shown instead, and the console says why once', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    setBasePath('/__test__/no-such-folder/');
    try {
      expect(languageReady('nl')).to.be.true;
      expect(languageReady('en')).to.be.false;
      await Promise.all([loadLanguage('en'), loadLanguage('en')]);
      await loadLanguage('en');
    } finally {
      setBasePath(undefined);
      console.warn = warn;
    }
    expect(languageReady('en')).to.be.true;
    expect(shownLang('en')).to.equal('nl');
    expect(stringsFor('en')).to.equal(nl);
    expect(bundledRegion('en')).to.equal(defaultRegion);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include(`the widgets are shown in Dutch, because the English texts (the file ${ENGLISH_CHUNK}`);
    const asked = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(asked.filter((path) => path.endsWith(ENGLISH_CHUNK))).to.deep.equal([`/__test__/no-such-folder/${ENGLISH_CHUNK}`]);
  });
});
