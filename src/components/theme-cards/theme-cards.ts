import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Theme } from '../../data/types.js';
import { localized } from '../../i18n/format.js';
import { RegionDataController } from '../../internal/data-controller.js';
import { LanguageController } from '../../internal/language-controller.js';
import { MreElement } from '../../internal/mre-element.js';
import { renderSwallowedContent } from '../../internal/fallback.js';
import { renderNotices, type Notice } from '../../internal/notices.js';
import { baseStyles } from '../../styles/tokens.js';
import { styles } from './theme-cards.styles.js';
import { themeIcon } from './theme-icons.js';

/** The layouts of the element: cards in columns, or a single column for a narrow sidebar. */
export type ThemeCardsLayout = 'grid' | 'list';

/** The heading tags for `heading-level` 2 to 6. */
const HEADINGS: Record<number, StaticValue> = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };

/**
 * The themes the 21 municipalities of the Metropoolregio Eindhoven work on together, as cards
 * with a heading, a short summary, a "read more" link and an icon.
 *
 * The cards lay themselves out by the width of the element itself, not of the window (CSS
 * container queries): one column below 30em, two up to 56em, four from there (never more
 * columns than cards). `layout="list"` keeps a single compact column for a sidebar.
 *
 * To keep the page from jumping while the script loads, reserve the space in the page's CSS
 * (the height at a width of 800 px; the README lists other widths):
 *
 * ```css
 * mre-theme-cards:not(:defined) { display: block; min-height: 38em; }
 * ```
 *
 * @summary The themes of the regional cooperation as cards.
 * @tag mre-theme-cards
 *
 * @attr src - URL of a dataset shaped like `region.json`; the bundled data is used without it or when it fails.
 * @attr lang - `nl` (default) or `en`; without it the nearest ancestor's `lang` counts.
 * @attr themes - Theme ids to show, comma-separated, in that order (`economie,mobiliteit`); all themes without it. Unknown ids are reported in a notice.
 * @attr layout - `grid` (default): cards in one to four columns by the element's width; `list`: one column for narrow sidebars.
 * @attr heading-level - The level of the card headings, 2 to 6 (default 3), to fit the page's outline.
 *
 * @fires {MreErrorEvent} mre-error - The file from `src` cannot be used; the bundled data is shown.
 *
 * @slot fallback - Content for visitors without JavaScript, such as a list of links; hidden once the widget runs.
 * @slot - Content put inside the element by mistake (a self-closing tag): shown after the widget, with a console message.
 *
 * @csspart base - The wrapper of everything.
 * @csspart notices - The live region with notices.
 * @csspart notice - One notice.
 * @csspart list - The list of cards.
 * @csspart card - One theme.
 * @csspart icon - The decorative icon of a theme.
 * @csspart heading - The heading of a card.
 * @csspart summary - The summary of a theme.
 * @csspart link - The "read more" link.
 *
 * @cssprop --mre-theme-cards-accent - Colour of the icons and the top border of the cards (default `--mre-color-primary`).
 * @cssprop --mre-theme-cards-min-height - Space the element takes before it has rendered (default `10em`).
 * @cssprop --mre-theme-cards-icon-size - Size of the icons (default `2.5em`; `1.75em` in the list layout).
 * @cssprop --mre-color-primary - Links and accents.
 * @cssprop --mre-color-text - Text.
 * @cssprop --mre-color-surface - Background of the cards.
 * @cssprop --mre-color-border - Card borders.
 * @cssprop --mre-space - The basic spacing unit.
 * @cssprop --mre-radius - Corner radius.
 */
export class MreThemeCards extends MreElement {
  static override styles = [baseStyles, styles];

  readonly #i18n = new LanguageController(this);
  readonly #data = new RegionDataController(this, () => this.src, this.#i18n);

  /** URL of a dataset shaped like `region.json`; the bundled data without it or when it fails. */
  @property() src?: string;

  /** Theme ids to show, comma-separated, in that order; all themes when empty. */
  @property() themes?: string;

  /** `grid` (default) or `list`. */
  @property() layout: ThemeCardsLayout = 'grid';

  /** The level of the card headings, clamped to 2–6; 3 when missing or not a number. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** The ids asked for by `themes`, trimmed, lower-cased and without doubles. */
  private get _requestedIds(): string[] | undefined {
    const ids = (this.themes ?? '')
      .split(',')
      .map((id) => id.trim().toLowerCase())
      .filter(Boolean);
    return ids.length ? [...new Set(ids)] : undefined;
  }

  /** The themes to show, in the order asked for, and the ids the data does not have. */
  private _selection(): { shown: Theme[]; unknown: string[] } {
    const all = this.#data.region.themes;
    const ids = this._requestedIds;
    if (!ids) return { shown: all, unknown: [] };
    const shown: Theme[] = [];
    const unknown: string[] = [];
    for (const id of ids) {
      const theme = all.find((t) => t.id.toLowerCase() === id);
      if (theme) shown.push(theme);
      else unknown.push(id);
    }
    return { shown, unknown };
  }

  private _notices(shown: Theme[], unknown: string[]): Notice[] {
    const { t } = this.#i18n;
    const notices = this.#data.notices(t);
    if (this.#data.loading) return notices;
    if (unknown.length) notices.push(t.unknownThemes(unknown, this.#data.region.themes.map((theme) => theme.id)));
    if (shown.length === 0) notices.push(t.noData);
    return notices;
  }

  private _level(): number {
    const level = Math.round(Number(this.headingLevel));
    return Number.isFinite(level) ? Math.min(6, Math.max(2, level)) : 3;
  }

  private _card(theme: Theme, heading: StaticValue): TemplateResult {
    const { lang, t } = this.#i18n;
    const title = localized(theme.title, lang);
    const summary = localized(theme.summary, lang);
    return html`<li class="card" part="card" data-theme=${theme.id}>
      ${themeIcon(theme.id)} ${staticHtml`<${heading} class="heading" part="heading">${title}</${heading}>`}
      ${summary ? html`<p class="summary" part="summary">${summary}</p>` : ''}
      ${theme.url
        ? html`<p class="more"><a part="link" href=${theme.url}
              >${t.readMore}<span class="visually-hidden"> ${t.readMoreAbout(title)}</span></a
            ></p>`
        : ''}
    </li>`;
  }

  override render() {
    const { lang, t } = this.#i18n;
    const { shown, unknown } = this._selection();
    const layout = this.layout === 'list' ? 'list' : 'grid';
    const heading = HEADINGS[this._level()];
    return html`<div class="base ${layout}" part="base" lang=${lang} dir="ltr" aria-busy=${this.#data.loading ? 'true' : 'false'}>
      ${renderNotices(t, this._notices(shown, unknown))}
      ${shown.length
        ? html`<ul class="cards" part="list" role="list" aria-label=${t.themeListLabel(this.#data.regionName(t))}
            data-count=${Math.min(shown.length, 4)}>
            ${shown.map((theme) => this._card(theme, heading))}
          </ul>`
        : ''}
    </div>${renderSwallowedContent()}`;
  }
}

MreThemeCards.define('mre-theme-cards');

declare global {
  interface HTMLElementTagNameMap {
    'mre-theme-cards': MreThemeCards;
  }
}
