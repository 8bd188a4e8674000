import { expect, fixture, html } from '@open-wc/testing';
import { normalizeLang, resolveLang } from './lang.js';

describe('language', () => {
  it('reads en and its regional forms as English, everything else as Dutch', () => {
    expect(normalizeLang('en')).to.equal('en');
    expect(normalizeLang('en-GB')).to.equal('en');
    expect(normalizeLang('EN-us')).to.equal('en');
    expect(normalizeLang('nl')).to.equal('nl');
    expect(normalizeLang('nl-BE')).to.equal('nl');
    expect(normalizeLang('eng')).to.equal('nl');
    expect(normalizeLang('fy')).to.equal('nl');
    expect(normalizeLang('')).to.equal('nl');
    expect(normalizeLang(null)).to.equal('nl');
  });

  it("takes the element's own lang before its ancestors'", async () => {
    const outer = await fixture(html`<div lang="en"><p lang="nl"><span></span></p></div>`);
    expect(resolveLang(outer.querySelector('span')!)).to.equal('nl');
    expect(resolveLang(outer)).to.equal('en');
  });

  it('skips an empty lang and falls back to Dutch at the top', async () => {
    const outer = await fixture(html`<div><p lang=""><span></span></p></div>`);
    const html_ = document.documentElement;
    const before = html_.getAttribute('lang');
    html_.removeAttribute('lang');
    try {
      expect(resolveLang(outer.querySelector('span')!)).to.equal('nl');
      // The empty lang is passed over: an English ancestor above it counts.
      outer.setAttribute('lang', 'en');
      expect(resolveLang(outer.querySelector('span')!)).to.equal('en');
      expect(resolveLang(outer.querySelector('p')!)).to.equal('en');
    } finally {
      if (before !== null) html_.setAttribute('lang', before);
    }
  });

  it('crosses shadow roots', async () => {
    const host = await fixture(html`<div lang="en"></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLang(inner)).to.equal('en');
  });
});
