import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { fold } from '../../data/text.js';
import type { Lang, Municipality } from '../../data/types.js';
import { compareNames, formatDate, formatNumber, formatPopulation } from '../../i18n/format.js';
import { RegionDataController } from '../../internal/data-controller.js';
import { LanguageController } from '../../internal/language-controller.js';
import { MreElement } from '../../internal/mre-element.js';
import { renderSwallowedContent } from '../../internal/fallback.js';
import { ownMunicipality, renderNotices } from '../../internal/notices.js';
import { SelectionController } from '../../internal/selection-controller.js';
import { baseStyles } from '../../styles/tokens.js';
import { styles } from './municipality-list.styles.js';

/** The orders of the list: by name A–Z or Z–A, by population largest or smallest first. */
export type MunicipalitySort = 'name' | 'name-desc' | 'population' | 'population-asc';

const SORTS: readonly MunicipalitySort[] = ['name', 'name-desc', 'population', 'population-asc'];

/** More rows than this make a long list, whose rows out of view are not rendered until they come near. */
const longList = 100;

/** What the search looks in: the name and the short name, folded, once per municipality of a dataset. */
const searchTexts = new WeakMap<Municipality, string>();

/** Whether a municipality matches a folded query (which never holds a line break). */
function matches(m: Municipality, query: string): boolean {
  let text = searchTexts.get(m);
  if (text === undefined) searchTexts.set(m, (text = `${fold(m.name)}\n${fold(m.short_name ?? '')}`));
  return text.includes(query);
}

/**
 * The 21 municipalities of the Metropoolregio Eindhoven with their population and a link to
 * their websites, a search box and a choice of order.
 *
 * The order is set by `sort`: `name` (the default) sorts A–Z and `name-desc` Z–A; `population`
 * sorts from the largest to the smallest population, the natural order for numbers of
 * inhabitants, and `population-asc` from the smallest. The visitor can change it with the sort
 * control, which updates the `sort` property.
 *
 * The search filters as the visitor types: it ignores case, accents, punctuation and invisible
 * characters (zero-width spaces, soft hyphens) and matches
 * anywhere in the name or the short name ("breugel" finds "Son en Breugel"). The number of
 * matches is announced to screen reader users.
 *
 * When a `<mre-region-map>` is on the page, every municipality it draws has a "show on map" button that
 * selects it there (through `mre-municipality-select`); a selection made on the map, or in
 * another list, is marked here too. The name stays a link to the municipality's website.
 *
 * To keep the page from jumping while the script loads, reserve the space in the page's CSS
 * (the height at a width of 800 px; the README lists other widths):
 *
 * ```css
 * mre-municipality-list:not(:defined) { display: block; min-height: 52em; }
 * ```
 *
 * @summary The municipalities of the region, searchable and sortable, with "you are here" for the site's own.
 * @tag mre-municipality-list
 *
 * @attr src - URL of a dataset shaped like `region.json`; the bundled data is used without it or when it fails.
 * @attr municipality - The site's own municipality: its official or short name (`Son en Breugel`), slug (`son-en-breugel`) or CBS code (`GM0848`), in any case, with or without accents or quotes.
 * @attr lang - `nl` (default) or `en`; without it the nearest ancestor's `lang` counts.
 * @attr sort - `name` (default, A–Z), `name-desc` (Z–A), `population` (largest first) or `population-asc` (smallest first); any other value sorts by name.
 * @attr compact - Names only: no population, search, sort or map buttons; for sidebars.
 *
 * @fires {MreMunicipalitySelectEvent} mre-municipality-select - The visitor pressed "show on map"; `detail` is `{ code, slug, name }`. Never fired when a property is set.
 * @fires {MreErrorEvent} mre-error - The file from `src` cannot be used; the bundled data is shown.
 *
 * @slot fallback - Content for visitors without JavaScript, such as a list of links; hidden once the widget runs.
 * @slot - Content put inside the element by mistake (a self-closing tag): shown after the widget, with a console message.
 *
 * @csspart base - The wrapper of everything.
 * @csspart notices - The live region with notices.
 * @csspart notice - One notice.
 * @csspart controls - The search box and sort control with their labels.
 * @csspart search - The search input.
 * @csspart sort - The sort select.
 * @csspart status - The live region with the number of matches, the message that nothing matches, or which municipality the visitor just showed on the map.
 * @csspart list - The list.
 * @csspart item - One municipality.
 * @csspart current - The site's own municipality.
 * @csspart selected - The municipality selected on the page.
 * @csspart population - The population of a municipality.
 * @csspart population-date - The date the populations refer to, said once above the list.
 * @csspart select-button - The "show on map" button of a municipality.
 *
 * @cssprop --mre-municipality-list-min-height - Space the element takes before it has rendered (default `12em`).
 * @cssprop --mre-municipality-list-column-width - The narrowest column before the list wraps into more (default `16em`; `12em` when compact).
 * @cssprop --mre-color-highlight - Background of the site's own municipality.
 * @cssprop --mre-color-primary - Links, buttons and the outline of the selected municipality.
 * @cssprop --mre-color-muted - The population.
 * @cssprop --mre-space - The basic spacing unit.
 * @cssprop --mre-radius - Corner radius.
 */
export class MreMunicipalityList extends MreElement {
  static override styles = [baseStyles, styles];

  readonly #i18n = new LanguageController(this);
  readonly #data = new RegionDataController(this, () => this.src, this.#i18n);
  readonly #selection = new SelectionController(this);

  /** The last sorted list, kept while the dataset, order and language stay the same. */
  #sorted?: { from: readonly Municipality[]; sort: MunicipalitySort; lang: Lang; items: readonly Municipality[] };

  /** The municipalities the search leaves, at the last render (all of them without a search). */
  #shown?: ReadonlySet<Municipality>;

  /** What the visitor typed in the search box. */
  @state() private _query = '';

  /** The municipality the visitor just showed on the map from this list, for the status line. */
  @state() private _shownOnMap?: string;

  /** URL of a dataset shaped like `region.json`; the bundled data without it or when it fails. */
  @property() src?: string;

  /** The site's own municipality: official or short name, slug or CBS code, in any case. */
  @property() municipality?: string;

  /** `name` (A–Z, the default), `name-desc` (Z–A), `population` (largest first) or `population-asc`. */
  @property() sort: MunicipalitySort = 'name';

  /** Names only, without population, search, sort or map buttons. */
  @property({ type: Boolean }) compact = false;

  /**
   * Every municipality keeps its row, rendered again only when what it shows changes (the data,
   * order, language, selection, maps): the search just hides the rows that do not match. So a
   * keystroke renders no row, and clearing the search shows the same rows again.
   */
  protected override updated(): void {
    const rows = this.renderRoot.querySelector('ul')!.children;
    const shown = this.#shown;
    this._sorted().forEach((m, i) => {
      const row = rows[i] as HTMLElement;
      const hidden = shown !== undefined && !shown.has(m);
      if (row.hidden !== hidden) row.hidden = hidden;
    });
  }

  private get _sortKey(): MunicipalitySort {
    return SORTS.includes(this.sort) ? this.sort : 'name';
  }

  /** The municipalities in the chosen order, sorted once per dataset, order and language. */
  private _sorted(): readonly Municipality[] {
    const from = this.#data.region.municipalities;
    const sort = this._sortKey;
    const lang = this.#i18n.lang;
    const memo = this.#sorted;
    if (memo?.from === from && memo.sort === sort && memo.lang === lang) return memo.items;
    const compare = compareNames(lang);
    const byName = (a: Municipality, b: Municipality) => compare(a.name, b.name);
    // Municipalities without a population come last in both population orders.
    const order: Record<MunicipalitySort, (a: Municipality, b: Municipality) => number> = {
      name: byName,
      'name-desc': (a, b) => byName(b, a),
      population: (a, b) => (b.population ?? -1) - (a.population ?? -1) || byName(a, b),
      'population-asc': (a, b) => (a.population ?? Infinity) - (b.population ?? Infinity) || byName(a, b),
    };
    const items = [...from].sort(order[sort]);
    this.#sorted = { from, sort, lang, items };
    return items;
  }

  private _onSearch(event: Event): void {
    this._query = (event.target as HTMLInputElement).value;
    this._shownOnMap = undefined;
  }

  private _onSort(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.sort = SORTS.find((s) => s === value) ?? 'name';
  }

  private _select(m: Municipality): void {
    this._shownOnMap = m.name;
    this.#selection.select(m);
  }

  private _status(count: number): string {
    const { lang, t } = this.#i18n;
    if (this._shownOnMap && this.#selection.mapOnPage) return t.shownOnMap(this._shownOnMap);
    const query = this._query.trim();
    if (!query) return '';
    return count === 0 ? t.noMunicipalityFound(query) : t.municipalitiesFound(count, formatNumber(count, lang));
  }

  private _renderControls() {
    const { t } = this.#i18n;
    const sort = this._sortKey;
    return html`<div class="controls" part="controls">
      <div class="field">
        <label for="search">${t.searchMunicipality}</label>
        <input id="search" part="search" type="search" autocomplete="off" spellcheck="false"
          .value=${live(this._query)} @input=${this._onSearch} />
      </div>
      <div class="field sort">
        <label for="sort">${t.sortBy}</label>
        <select id="sort" part="sort" .value=${live(sort)} @change=${this._onSort}>
          <option value="name" ?selected=${sort === 'name'}>${t.sortByName}</option>
          <option value="name-desc" ?selected=${sort === 'name-desc'}>${t.sortByNameDesc}</option>
          <option value="population" ?selected=${sort === 'population'}>${t.sortByPopulation}</option>
          <option value="population-asc" ?selected=${sort === 'population-asc'}>${t.sortByPopulationAsc}</option>
        </select>
      </div>
    </div>`;
  }

  private _renderItem(m: Municipality, current: Municipality | undefined) {
    const { lang, t } = this.#i18n;
    const isCurrent = m === current;
    const isSelected = m.code === this.#selection.selectedCode;
    const marks = `${isCurrent ? ' current' : ''}${isSelected ? ' selected' : ''}`;
    const population = this.compact ? undefined : formatPopulation(m, this.#data.region, lang, false);
    return html`<li part="item${marks}" class=${marks.trim()} data-code=${m.code}>
      <span class="name-line">${m.website ? html`<a href=${m.website}>${m.name}</a>` : html`<span class="name">${m.name}</span>`}${isCurrent
          ? html` <span class="here">(${t.youAreHere})</span>`
          : ''}${isSelected ? html` <span class="selected-label">(${t.selectedMunicipality})</span>` : ''}</span>
      ${population ? html`<span class="population" part="population">${population}</span>` : ''}
      ${this.compact || !this.#selection.onMap(m.code)
        ? ''
        : html`<button type="button" part="select-button" @click=${() => this._select(m)}>
            ${t.showOnMap}<span class="visually-hidden"> (${m.name})</span>
          </button>`}
    </li>`;
  }

  override render() {
    const { lang, t } = this.#i18n;
    const data = this.#data;
    const own = ownMunicipality(t, data.region, this.municipality, data.loading);
    const current = own.current;
    const items = this._sorted();
    const query = this.compact ? '' : fold(this._query);
    const shown = query ? new Set(items.filter((m) => matches(m, query))) : undefined;
    this.#shown = shown;
    const count = shown ? shown.size : items.length;
    const { selectedCode, mapsChanged } = this.#selection;
    return html`<div class="base ${this.compact ? 'compact' : 'full'}" part="base" lang=${lang} dir="ltr"
      aria-busy=${data.loading ? 'true' : 'false'}>
      ${renderNotices(t, [...data.notices(t), ...own.notices])}
      ${this.compact || !data.region.population_reference_date
        ? ''
        : html`<p class="population-date" part="population-date">${t.populationDate(formatDate(data.region.population_reference_date, lang))}</p>`}
      ${this.compact
        ? ''
        : html`${this._renderControls()}
            <p class="status" part="status" role="status">${this._status(count)}</p>`}
      <ul part="list" role="list" class=${items.length > longList ? 'long' : ''} aria-label=${t.municipalityListLabel(data.regionName(t))}
        ?hidden=${count === 0}>
        ${guard([items, current, selectedCode, mapsChanged, lang, this.compact], () => items.map((m) => this._renderItem(m, current)))}
      </ul>
    </div>${renderSwallowedContent()}`;
  }
}

MreMunicipalityList.define('mre-municipality-list');

declare global {
  interface HTMLElementTagNameMap {
    'mre-municipality-list': MreMunicipalityList;
  }
}
