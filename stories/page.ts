// The page around every story: a plain municipal web page (a header bar, a content column with a
// heading and body text, a footer) in the font stack such sites use, at the width of a phone, a
// content column or the whole window. The widgets inherit the page's font and language, as they
// do on a real site.
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

export type PageWidth = 'phone' | 'column' | 'full';
export type PageLang = 'nl' | 'en';

export const PAGE_WIDTHS: Record<PageWidth, { title: string; maxWidth: string }> = {
  phone: { title: 'Phone (360 px)', maxWidth: '360px' },
  column: { title: 'Content column (720 px)', maxWidth: '720px' },
  full: { title: 'Full width', maxWidth: 'none' },
};

/** The body text of municipal sites: the system's own sans-serif. */
export const PAGE_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

const text = {
  nl: {
    site: 'Gemeente Voorbeeld',
    crumbs: 'Home › Bestuur › Samenwerking in de regio',
    heading: 'Samenwerken in de Metropoolregio Eindhoven',
    intro:
      'Onze gemeente werkt samen met twintig andere gemeenten in de Metropoolregio Eindhoven, aan werk, bereikbaarheid, het landelijk gebied en energie. Op deze pagina leest u wat dat voor u betekent.',
    section: 'De regio in beeld',
    footer: 'Gemeente Voorbeeld · een voorbeeldpagina om de widgets te bekijken',
  },
  en: {
    site: 'Municipality of Example',
    crumbs: 'Home › Council › Regional cooperation',
    heading: 'Working together in the Eindhoven Metropolitan Region',
    intro:
      'Our municipality works with twenty other municipalities in the Eindhoven Metropolitan Region on jobs, transport, the countryside and energy. This page explains what that means for you.',
    section: 'The region at a glance',
    footer: 'Municipality of Example · a sample page to view the widgets',
  },
} as const;

const styles = html`<style>
  .mre-page {
    box-sizing: border-box;
    margin: 0 auto;
    font-size: 1rem;
    line-height: 1.6;
    color: #1b1b1b;
    background: #ffffff;
  }
  .mre-page *,
  .mre-page *::before,
  .mre-page *::after {
    box-sizing: inherit;
  }
  .mre-page-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 1.5em;
    padding: 0.75em 1.25em;
    background: #15385b;
    color: #ffffff;
  }
  .mre-page-site {
    font-size: 1.25em;
    font-weight: 700;
  }
  .mre-page-crumbs {
    margin: 0;
    font-size: 0.875em;
  }
  .mre-page-main {
    margin: 0 auto;
    padding: 1.5em 1.25em 2em;
  }
  .mre-page-main > h1 {
    margin: 0 0 0.5em;
    font-size: 1.75em;
    line-height: 1.25;
  }
  .mre-page-main > p {
    margin: 0 0 1.5em;
    max-width: 40em;
  }
  .mre-page-section > h2 {
    margin: 0 0 0.75em;
    font-size: 1.3em;
    line-height: 1.3;
  }
  .mre-page-footer {
    padding: 1em 1.25em;
    border-top: 1px solid #d0d0d0;
    font-size: 0.875em;
    color: #4d4d4d;
  }
  .mre-page--docs {
    padding: 0.5em 0;
  }
</style>`;

export interface PageOptions {
  lang?: PageLang;
  width?: PageWidth;
  /** In a docs page the widget stands among other examples: the page's font and language only. */
  docs?: boolean;
}

/** `content` on a municipal page. */
export function municipalPage(content: unknown, { lang = 'nl', width = 'column', docs = false }: PageOptions = {}): TemplateResult {
  const t = text[lang] ?? text.nl;
  if (docs) return html`${styles}<div class="mre-page mre-page--docs" lang=${lang} style=${styleMap({ fontFamily: PAGE_FONT })}>${content}</div>`;
  const { maxWidth } = PAGE_WIDTHS[width] ?? PAGE_WIDTHS.column;
  // A phone shows the whole page narrow; a column or the full width keeps the header bar wide.
  const pageWidth = width === 'phone' ? maxWidth : 'none';
  return html`${styles}
    <div class="mre-page" lang=${lang} style=${styleMap({ fontFamily: PAGE_FONT, maxWidth: pageWidth })}>
      <header class="mre-page-header">
        <span class="mre-page-site">${t.site}</span>
        <p class="mre-page-crumbs">${t.crumbs}</p>
      </header>
      <main class="mre-page-main" style=${styleMap({ maxWidth })}>
        <h1>${t.heading}</h1>
        <p>${t.intro}</p>
        <section class="mre-page-section" aria-labelledby="mre-page-section">
          <h2 id="mre-page-section">${t.section}</h2>
          ${content}
        </section>
      </main>
      <footer class="mre-page-footer">${t.footer}</footer>
    </div>`;
}
