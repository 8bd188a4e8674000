import { expect } from '@open-wc/testing';
import { createPopupContent, type PopupOptions } from './popup.js';
import type { AreaPopup } from './types.js';

const options = (overrides: Partial<PopupOptions> = {}): PopupOptions => ({ closeLabel: 'Sluiten', titleId: 'popup-title-1', onClose: () => {}, ...overrides });
const helmond: AreaPopup = {
  title: 'Helmond',
  lines: ['U bent hier', '95.874 inwoners (1 januari 2024)'],
  link: { href: 'https://www.helmond.nl/', text: 'Website van Helmond' },
};
/** Each child of the dialog as `tag.class: text`. */
const outline = (body: HTMLElement) => [...body.children].map((c) => `${c.localName}.${c.className}: ${c.textContent}`);

describe('createPopupContent', () => {
  it('is a dialog, named by its title, with a close button, the lines and the link, in that order', () => {
    const body = createPopupContent(helmond, options());
    expect(body.localName).to.equal('div');
    expect(body.className).to.equal('mre-popup-body');
    expect(body.getAttribute('role')).to.equal('dialog');
    expect(body.getAttribute('aria-labelledby')).to.equal('popup-title-1');
    expect(body.getAttribute('tabindex')).to.equal('-1');
    expect(body.isConnected).to.be.false;
    expect(outline(body)).to.deep.equal([
      'button.mre-popup-close: ×',
      'p.mre-popup-title: Helmond',
      'p.mre-popup-line: U bent hier',
      'p.mre-popup-line: 95.874 inwoners (1 januari 2024)',
      'p.mre-popup-line: Website van Helmond',
    ]);
    expect(body.querySelector('#popup-title-1')!.textContent).to.equal('Helmond');
    const link = body.querySelector('a')!;
    expect(link.className).to.equal('mre-popup-link');
    expect(link.getAttribute('href')).to.equal('https://www.helmond.nl/');
  });

  it('has a close button named by the close label, which calls onClose once per press', () => {
    let closed = 0;
    const body = createPopupContent(helmond, options({ closeLabel: 'Close', onClose: () => closed++ }));
    const close = body.querySelector('button')!;
    expect(close.type).to.equal('button');
    expect(close.getAttribute('aria-label')).to.equal('Close');
    expect(closed).to.equal(0);
    close.click();
    expect(closed).to.equal(1);
    close.click();
    expect(closed).to.equal(2);
  });

  it('shows markup in the data as text, and makes nothing a link but the link', () => {
    const hostile: AreaPopup = {
      title: '<img src=x onerror="window.__popupPwned=1">Helmond',
      lines: ['<b>vet</b>', 'https://www.helmond.nl/'],
      link: { href: 'https://www.helmond.nl/', text: '<i>Website</i>' },
    };
    const body = createPopupContent(hostile, options());
    document.body.append(body);
    try {
      expect(body.querySelector('.mre-popup-title')!.textContent).to.equal('<img src=x onerror="window.__popupPwned=1">Helmond');
      expect(body.querySelectorAll('img, b, i')).to.have.length(0);
      expect(body.querySelectorAll('a')).to.have.length(1);
      expect(body.querySelector('a')!.textContent).to.equal('<i>Website</i>');
      expect((window as unknown as { __popupPwned?: number }).__popupPwned).to.equal(undefined);
    } finally {
      body.remove();
    }
  });

  it('uses the link as given, whatever its scheme', () => {
    const body = createPopupContent({ title: 'Gemeente', lines: [], link: { href: 'mailto:info@example.org', text: 'Mail' } }, options());
    expect(body.querySelector('a')!.getAttribute('href')).to.equal('mailto:info@example.org');
  });

  it('has no link without one, or with an empty href; a link without text shows its href', () => {
    expect(createPopupContent({ title: 'Gemeente', lines: [] }, options()).querySelector('a')).to.equal(null);
    expect(createPopupContent({ title: 'Gemeente', lines: [], link: { href: '', text: 'Website' } }, options()).querySelector('a')).to.equal(null);
    const bare = createPopupContent({ title: 'Gemeente', lines: [], link: { href: 'https://example.org/', text: '' } }, options());
    expect(bare.querySelector('a')!.textContent).to.equal('https://example.org/');
  });

  it('has only the close button and the title without lines and link, and keeps empty lines', () => {
    expect(outline(createPopupContent({ title: 'Gemeente', lines: [] }, options()))).to.deep.equal(['button.mre-popup-close: ×', 'p.mre-popup-title: Gemeente']);
    expect(outline(createPopupContent({ title: '', lines: [''] }, options()))).to.deep.equal(['button.mre-popup-close: ×', 'p.mre-popup-title: ', 'p.mre-popup-line: ']);
  });
});
