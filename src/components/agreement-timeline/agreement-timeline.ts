import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { DatePrecision, Lang, Municipality, TimelineItem } from '../../data/types.js';
import { isDay } from '../../data/dates.js';
import { formatDate, localized, precisionOf } from '../../i18n/format.js';
import { publisherName } from '../../i18n/publishers.js';
import { isolate } from '../../i18n/strings.js';
import { RegionDataController } from '../../internal/data-controller.js';
import { LanguageController } from '../../internal/language-controller.js';
import { MreElement } from '../../internal/mre-element.js';
import { renderSwallowedContent } from '../../internal/fallback.js';
import { renderNotices } from '../../internal/notices.js';
import { ProgressiveController } from '../../internal/progressive-controller.js';
import { baseStyles } from '../../styles/tokens.js';
import { styles } from './agreement-timeline.styles.js';

/** The orders of the timeline: oldest first (the default) or newest first. */
export type TimelineOrder = 'asc' | 'desc';

/** More items than this make a long timeline, whose items out of view are not rendered until they come near. */
const longList = 100;

const rank: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };
const length: Record<DatePrecision, number> = { year: 4, month: 7, day: 10 };

/** The coarsest of the precisions: a date written as `2019` cannot be shown to the day. */
function coarsest(...precisions: DatePrecision[]): DatePrecision {
  return precisions.reduce((a, b) => (rank[b] < rank[a] ? b : a));
}

/** The precision an item is shown at: its `date_precision`, or coarser when its dates say less. */
function precisionOfItem(item: TimelineItem): DatePrecision {
  return coarsest(item.date_precision, precisionOf(item.start), ...(item.end ? [precisionOf(item.end)] : []));
}

/** The order of ISO dates (`2019`, `2019-05`, `2019-05-12`): that of their text. */
function byDate(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Today in the visitor's time zone, as `YYYY-MM-DD`. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The most sources an item shows. The data lists primary sources first, so the first three
 * are the strongest; the full list stays in the data and in SOURCES.md.
 */
const maxSources = 3;

/**
 * The link text of a source: its publisher ("Staatscourant", "CBS", "Gemeente Best"), the
 * address of a `mailto:` link, or else its host without `www.`.
 */
function sourceName(url: string, lang: Lang, municipalities: readonly Municipality[]): string {
  return publisherName(url, lang, municipalities);
}

/**
 * The history of the regional cooperation in the Metropoolregio Eindhoven, from the SRE in 1993
 * to today's agreements, as an ordered list: dates at their own precision (a year, a month or a
 * day), title, summary, related themes, milestones and up to three sources, each named by its
 * publisher ("Bron: Staatscourant").
 *
 * Periods (items with an end date) are shown as ranges; the periods that include today are
 * marked "nu" / "now". `today` fixes the date that counts as today (for tests and previews).
 *
 * To keep the page from jumping while the script loads, reserve the space in the page's CSS
 * (the height at a width of 800 px; the README lists other widths):
 *
 * ```css
 * mre-agreement-timeline:not(:defined) { display: block; min-height: 150em; }
 * ```
 *
 * @summary The timeline of the regional cooperation agreements.
 * @tag mre-agreement-timeline
 *
 * @attr src - URL of a dataset shaped like `region.json`; the bundled data is used without it or when it fails.
 * @attr lang - `nl` (default) or `en`; without it the nearest ancestor's `lang` counts.
 * @attr theme - A theme id (`energietransitie`): only the items related to it. An unknown id is reported in a notice and all items are shown.
 * @attr from - A year: leaves out the items that ended before it. Not a year: reported in a notice and ignored.
 * @attr to - A year: leaves out the items that start after it. Not a year, or before `from`: reported in a notice and ignored.
 * @attr order - `asc` (default): oldest first; `desc`: newest first.
 * @attr today - The date that counts as today, `YYYY-MM-DD` (default: the visitor's date). Not a date: reported in a notice and ignored.
 *
 * @fires {MreErrorEvent} mre-error - The file from `src` cannot be used; the bundled data is shown.
 *
 * @slot fallback - Content for visitors without JavaScript, such as a list of links; hidden once the widget runs.
 * @slot - Content put inside the element by mistake (a self-closing tag): shown after the widget, with a console message.
 *
 * @csspart base - The wrapper of everything.
 * @csspart notices - The live region with notices.
 * @csspart notice - One notice.
 * @csspart list - The ordered list of items.
 * @csspart item - One item.
 * @csspart current - An item that includes today.
 * @csspart date - The date or period of an item.
 * @csspart now - The "now" mark of a current item.
 * @csspart title - The title of an item.
 * @csspart summary - The summary of an item.
 * @csspart themes - The related themes of an item.
 * @csspart milestones - The milestones of an item.
 * @csspart sources - The source links of an item.
 *
 * @cssprop --mre-agreement-timeline-min-height - Space the element takes before it has rendered (default `20em`).
 * @cssprop --mre-agreement-timeline-line - Colour of the line and the dots (default `--mre-color-border`).
 * @cssprop --mre-color-primary - Links, the dots of current items and the "now" mark.
 * @cssprop --mre-color-highlight - Background of current items.
 * @cssprop --mre-color-muted - Dates, themes and milestones.
 * @cssprop --mre-space - The basic spacing unit.
 * @cssprop --mre-radius - Corner radius.
 */
export class MreAgreementTimeline extends MreElement {
  static override styles = [baseStyles, styles];

  readonly #i18n = new LanguageController(this);
  readonly #data = new RegionDataController(this, () => this.src, this.#i18n);
  readonly #progressive = new ProgressiveController(this);

  /** The last items shown, kept while the data and the filters stay the same. */
  #shown?: { from: readonly TimelineItem[]; key: string; items: TimelineItem[] };

  /** URL of a dataset shaped like `region.json`; the bundled data without it or when it fails. */
  @property() src?: string;

  /** A theme id: only the items related to it. */
  @property() theme?: string;

  /** The first year to show (items that overlap it are kept). */
  @property() from?: string;

  /** The last year to show (items that overlap it are kept). */
  @property() to?: string;

  /** `asc` (oldest first, the default) or `desc` (newest first). */
  @property() order: TimelineOrder = 'asc';

  /** The date that counts as today, `YYYY-MM-DD`; the visitor's date without it. */
  @property() today?: string;

  /** The filters in force, and the notices about the attributes that could not be used. */
  private _filters(): { theme?: string; from?: number; to?: number; today: string; problems: string[] } {
    const { t } = this.#i18n;
    const problems: string[] = [];
    const known = this.#data.region.themes.map((theme) => theme.id);

    let theme = this.theme?.trim().toLowerCase() || undefined;
    if (theme && !known.includes(theme)) {
      if (!this.#data.loading) problems.push(t.unknownThemes([this.theme!.trim()], known));
      theme = undefined;
    }

    const year = (name: 'from' | 'to'): number | undefined => {
      const value = this[name]?.trim();
      if (!value) return undefined;
      if (/^\d{4}$/.test(value)) return Number(value);
      problems.push(t.invalidYear(name, value));
      return undefined;
    };
    let from = year('from');
    let to = year('to');
    if (from !== undefined && to !== undefined && from > to) {
      problems.push(t.invalidRange(String(from), String(to)));
      from = to = undefined;
    }

    let today = localToday();
    const fixed = this.today?.trim();
    if (fixed) {
      if (isDay(fixed)) today = fixed;
      else problems.push(t.invalidDate('today', fixed));
    }
    return { theme, from, to, today, problems };
  }

  /** The items to show, in the chosen order: filtered and sorted once per dataset and filters. */
  private _items(filters: { theme?: string; from?: number; to?: number }): TimelineItem[] {
    const { theme, from, to } = filters;
    const timeline = this.#data.region.timeline;
    const key = `${theme} ${from} ${to} ${this.order}`;
    if (this.#shown?.from === timeline && this.#shown.key === key) return this.#shown.items;
    // ISO dates sort as text; the sort is stable, so items that start together keep the data's order.
    const items = timeline
      .filter((item) => {
        if (theme && !item.theme_ids?.some((id) => id.toLowerCase() === theme)) return false;
        const startYear = Number(item.start.slice(0, 4));
        const endYear = Number((item.end ?? item.start).slice(0, 4));
        if (from !== undefined && endYear < from) return false;
        if (to !== undefined && startYear > to) return false;
        return true;
      })
      .sort((a, b) => byDate(a.start, b.start));
    if (this.order === 'desc') items.reverse();
    this.#shown = { from: timeline, key, items };
    return items;
  }

  /** Whether a period includes `today`, compared at the item's precision. */
  private _isCurrent(item: TimelineItem, today: string): boolean {
    if (!item.end) return false;
    const n = length[precisionOfItem(item)];
    const day = today.slice(0, n);
    return item.start.slice(0, n) <= day && day <= item.end.slice(0, n);
  }

  private _time(iso: string, precision: DatePrecision): TemplateResult {
    const p = coarsest(precision, precisionOf(iso));
    return html`<time datetime=${iso.slice(0, length[p])}>${formatDate(iso, this.#i18n.lang, p)}</time>`;
  }

  private _renderItem(item: TimelineItem, today: string): TemplateResult {
    const { lang, t } = this.#i18n;
    const precision = precisionOfItem(item);
    const current = this._isCurrent(item, today);
    const themes = (item.theme_ids ?? [])
      .map((id) => this.#data.region.themes.find((theme) => theme.id === id))
      .filter((theme) => theme !== undefined)
      .map((theme) => localized(theme.title, lang));
    const milestones = [...(item.milestones ?? [])].sort((a, b) => byDate(a.date, b.date));
    const seen = new Map<string, number>();
    const sources = [...new Set(item.source_urls ?? [])].slice(0, maxSources).map((url) => {
      const name = sourceName(url, lang, this.#data.region.municipalities);
      const count = (seen.get(name) ?? 0) + 1;
      seen.set(name, count);
      return { url, text: t.sourceLink(count > 1 ? `${name} (${count})` : name) };
    });
    const summary = localized(item.summary, lang);
    return html`<li class="item ${current ? 'current' : ''}" part=${current ? 'item current' : 'item'} data-id=${item.id}>
      <p class="date" part="date">${this._time(item.start, precision)}${item.end
          ? html` – ${this._time(item.end, precision)}`
          : ''}${current ? html` <strong class="now" part="now">${t.now}</strong>` : ''}</p>
      <p class="title" part="title">${localized(item.title, lang)}</p>
      ${summary ? html`<p class="summary" part="summary">${summary}</p>` : ''}
      ${themes.length
        ? html`<p class="themes" part="themes"><span class="label">${t.relatedThemes}:</span> ${themes.map(isolate).join(', ')}</p>`
        : ''}
      ${milestones.length
        ? html`<div class="milestones" part="milestones">
            <p class="label" id="milestones-${item.id}">${t.milestones}</p>
            <ul aria-labelledby="milestones-${item.id}">
              ${milestones.map(
                (m) => html`<li>${this._time(m.date, precisionOf(m.date))}: <bdi>${localized(m.title, lang)}</bdi></li>`,
              )}
            </ul>
          </div>`
        : ''}
      ${sources.length
        ? html`<ul class="sources" part="sources" role="list">
            ${sources.map((s) => html`<li><a href=${s.url}>${s.text}</a></li>`)}
          </ul>`
        : ''}
    </li>`;
  }

  override render() {
    const { lang, t } = this.#i18n;
    const loading = this.#data.loading;
    const filters = this._filters();
    const items = this._items(filters);
    const notices = [...this.#data.notices(t), ...filters.problems];
    if (items.length === 0 && !loading) notices.push(t.timelineEmpty);
    return html`<div class="base" part="base" lang=${lang} dir="ltr" aria-busy=${loading ? 'true' : 'false'}>
      ${renderNotices(t, notices)}
      ${items.length
        ? html`<ol part="list" role="list" class=${items.length > longList ? 'long' : ''} aria-label=${t.timelineLabel(this.#data.regionName(t))}>
            ${this.#progressive
              .take(items)
              .map((item) => guard([item, lang, filters.today, this.#data.region], () => this._renderItem(item, filters.today)))}
          </ol>`
        : ''}
    </div>${renderSwallowedContent()}`;
  }
}

MreAgreementTimeline.define('mre-agreement-timeline');

declare global {
  interface HTMLElementTagNameMap {
    'mre-agreement-timeline': MreAgreementTimeline;
  }
}
