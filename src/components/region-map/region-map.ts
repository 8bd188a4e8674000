import { html, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { Municipality } from '../../data/types.js';
import { compareNames, formatPopulation, localized } from '../../i18n/format.js';
import type { Strings } from '../../i18n/strings.js';
import { RegionDataController } from '../../internal/data-controller.js';
import { LanguageController } from '../../internal/language-controller.js';
import { MreElement } from '../../internal/mre-element.js';
import { renderSwallowedContent } from '../../internal/fallback.js';
import { ownMunicipality, renderNotices } from '../../internal/notices.js';
import { mapConnected, mapDisconnected, mapDrew } from '../../internal/selection.js';
import { SelectionController } from '../../internal/selection-controller.js';
import { baseStyles } from '../../styles/tokens.js';
import { PDOK_VARIANTS, resolveBasemap, type BasemapChoice } from './basemap.js';
import { MapEngineController } from './engine-controller.js';
import type { MapState } from './map-engine.js';
import { styles } from './region-map.styles.js';

/**
 * A map of the 21 municipalities of the Metropoolregio Eindhoven. The site's own municipality is
 * filled in its own colour, and a legend under the map says so; hovering, focusing or choosing a
 * municipality shows its name, population and website (on a narrow map in a panel under it).
 * The map itself (Leaflet and the boundaries) loads only when the element is on the page. By
 * default it draws the boundaries alone and asks no other server for anything; a background map
 * is opt-in. The municipalities are also in the element as a list, the map's text alternative.
 *
 * Keyboard: Tab reaches the map once; the arrow keys move between the municipalities (left and
 * right in reading order, up and down to the row above or below), Home and End go to the first
 * and last, Enter or Space shows the details, Escape closes them, `+` and `-` zoom.
 *
 * Touch and wheel cooperate with the page: one finger and the plain wheel scroll the page; two
 * fingers move and zoom the map, and so does the wheel with Ctrl (⌘ on a Mac). A short hint says
 * so when one finger drags on the map, or the wheel turns over it.
 *
 * A map and an `<mre-municipality-list>` on the same page follow each other's selection: the
 * selected municipality is filled, named, and brought into view.
 *
 * The map's height follows the shape of the region at the width it gets (between
 * `--mre-map-min-height` and `--mre-map-max-height`), so that the region fills it; `height` or
 * `--mre-map-height` fix it instead. The height is known before the map draws, so the page does
 * not move then. To keep it from jumping while the script loads, reserve the space in the page's
 * CSS (the map with its legend, attribution and list toggle, at a width of 800 px):
 *
 * ```css
 * mre-region-map:not(:defined) { display: block; min-height: 33em; }
 * ```
 *
 * Printed, the map shows the whole region at the width of the paper, without its buttons.
 *
 * @summary Map of the municipalities of the region, with "you are here".
 * @tag mre-region-map
 *
 * @attr src - URL of a dataset shaped like `region.json`; the bundled data is used without it or when it fails. Boundaries come from the file's `boundary`, else from the bundled data.
 * @attr municipality - The site's own municipality: its official or short name (`Son en Breugel`), slug (`son-en-breugel`) or CBS code (`GM0848`), in any case, with or without accents or quotes.
 * @attr lang - `nl` (default) or `en`; without it the nearest ancestor's `lang` counts.
 * @attr basemap - `none` (default: boundaries only, no request to another server), `pdok` (PDOK BRT-Achtergrondkaart), `osm` (OpenStreetMap) or a tile URL template (`https://…/{z}/{x}/{y}.png`) with `basemap-attribution`.
 * @attr basemap-variant - For `basemap="pdok"`: `standaard` (default), `grijs` or `pastel`.
 * @attr basemap-attribution - The attribution of a custom tile URL; required for one.
 * @attr no-zoom - No zoom buttons and no zooming or panning.
 * @attr height - A fixed height of the map, a CSS length (`30em`, `400px`) or a number of pixels; without it the height follows the region's shape.
 *
 * @fires {MreMunicipalitySelectEvent} mre-municipality-select - The visitor chose a municipality on the map (click, tap, Enter or Space). `detail`: `{ code, slug, name }`.
 * @fires {MreErrorEvent} mre-error - The file from `src` cannot be used; the bundled data is shown.
 *
 * @slot fallback - Content for visitors without JavaScript, such as a list of links; hidden once the widget runs.
 * @slot - Content put inside the element by mistake (a self-closing tag): shown after the widget, with a console message.
 *
 * @csspart base - The wrapper of everything.
 * @csspart notices - The live region with notices.
 * @csspart notice - One notice.
 * @csspart map - The map area.
 * @csspart details - The panel under a narrow map that shows the chosen municipality's details.
 * @csspart legend - The legend under the map: the site's own and the selected municipality.
 * @csspart controls - The group of zoom buttons.
 * @csspart zoom-button - One zoom button.
 * @csspart attribution - The sources of the boundaries and the background map.
 * @csspart alternative - The text alternative (a `<details>` with the municipalities as a list).
 * @csspart list - The list in the text alternative.
 * @csspart item - One municipality in that list.
 *
 * @cssprop --mre-map-height - A fixed height of the map; without it the height follows the region's shape.
 * @cssprop --mre-map-min-height - The least height of the map when it follows the region's shape (default `5em`).
 * @cssprop --mre-map-max-height - The most height of the map when it follows the region's shape (default `28em`).
 * @cssprop --mre-map-background - Background of the map (default `#eef3f7`).
 * @cssprop --mre-map-fill - Fill of a municipality (default `#d5e3f0`).
 * @cssprop --mre-map-outline - Boundary lines (default `#00529c`).
 * @cssprop --mre-map-highlight - Fill of the municipality under the pointer or keyboard focus (default `#8fb9e3`).
 * @cssprop --mre-map-current - Fill of the site's own municipality (default `#ffd24d`).
 * @cssprop --mre-map-selected - Outline of the municipality selected on the page (default `--mre-color-primary`).
 * @cssprop --mre-map-selected-fill - Fill of the municipality selected on the page (default `#6aa7e0`).
 * @cssprop --mre-map-label-color - Colour of the names on the map (default `--mre-color-text`).
 * @cssprop --mre-map-label-size - Size of the names on the map (default `0.8em`).
 * @cssprop --mre-color-focus - Keyboard focus outline, and the outline of the municipality under the pointer.
 * @cssprop --mre-color-surface - The halo around the keyboard focus outline and the zoom buttons' background.
 * @cssprop --mre-color-primary - Links.
 * @cssprop --mre-color-border - Border of the map and the buttons.
 */
export class MreRegionMap extends MreElement {
  static override styles = [baseStyles, styles];

  readonly #i18n = new LanguageController(this);
  readonly #data = new RegionDataController(this, () => this.src, this.#i18n);
  readonly #selection = new SelectionController(this);
  readonly #engine = new MapEngineController(this, {
    container: () => this._mapHost,
    panel: () => this._panel,
    obstructions: () => (this._controls ? [this._controls.getBoundingClientRect()] : []),
    inputs: () => [
      this.#data.region,
      this.#i18n.lang,
      this._current()?.code,
      this.#selection.selectedCode,
      this._basemap().tiles?.url,
      this._basemap().tiles?.attribution,
      this.noZoom,
    ],
    state: () => this._mapState(),
    onSelect: (code) => this._select(code),
    onDrawn: (codes, aspectRatio) => {
      mapDrew(this, codes);
      this._aspectRatio = aspectRatio;
      this.requestUpdate();
    },
  });

  /** The shape of the region the engine drew, its width by its height; the styles' default until then. */
  private _aspectRatio?: number;

  @query('.map') private _mapHost?: HTMLElement;
  @query('.details') private _panel?: HTMLElement;
  @query('.controls') private _controls?: HTMLElement;

  /** URL of a dataset shaped like `region.json`; the bundled data without it or when it fails. */
  @property() src?: string;

  /** The site's own municipality: official or short name, slug or CBS code, in any case. */
  @property() municipality?: string;

  /** The background map: `none`, `pdok`, `osm` or a tile URL template. */
  @property() basemap = 'none';

  /** The PDOK variant: `standaard`, `grijs` or `pastel`. */
  @property({ attribute: 'basemap-variant' }) basemapVariant?: string;

  /** The attribution of a custom tile URL. */
  @property({ attribute: 'basemap-attribution' }) basemapAttribution?: string;

  /** No zoom buttons, no zooming and no panning. */
  @property({ type: Boolean, attribute: 'no-zoom', reflect: true }) noZoom = false;

  /** The height of the map: a CSS length, or a number of pixels. */
  @property() height?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    mapConnected(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    mapDisconnected(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('basemap') || changed.has('basemapVariant') || changed.has('basemapAttribution')) {
      this.#engine.tilesFailed = false;
    }
  }

  protected override updated(): void {
    const map = this._mapHost;
    if (!map) return;
    // Inline on the map itself, so that the attribute wins over a --mre-map-height of the page.
    const height = this._height();
    if (height) map.style.setProperty('--mre-map-height', height);
    else map.style.removeProperty('--mre-map-height');
    if (this._aspectRatio) map.style.setProperty('--_mre-map-aspect', String(Math.round(this._aspectRatio * 1000) / 1000));
  }

  private _current(): Municipality | undefined {
    return ownMunicipality(this.#i18n.t, this.#data.region, this.municipality, this.#data.loading).current;
  }

  private _select(code: string): void {
    const m = this.#data.region.municipalities.find((item) => item.code === code);
    if (m) this.#selection.select(m);
  }

  private _basemap(): BasemapChoice {
    return resolveBasemap(this.basemap, this.basemapVariant, this.basemapAttribution, this.#i18n.t);
  }

  /** The `height` attribute as a CSS length, or `undefined` for the default (and for nonsense). */
  private _height(): string | undefined {
    const value = this.height?.trim();
    if (!value) return undefined;
    if (/^\d+(\.\d+)?$/.test(value)) return `${value}px`;
    return /\d/.test(value) && CSS.supports('height', value) ? value : undefined;
  }

  private _mapState(): MapState {
    const { lang, t } = this.#i18n;
    const region = this.#data.region;
    const current = this._current();
    const selected = this.#selection.selectedCode;
    return {
      areas: region.municipalities.map((m) => {
        const isCurrent = m === current;
        const marks = [isCurrent ? t.youAreHere : '', m.code === selected ? t.selectedMark : ''].filter(Boolean);
        const population = formatPopulation(m, region, lang);
        return {
          code: m.code,
          label: [m.name, ...marks].join(', '),
          shortName: m.short_name ?? m.name,
          tooltip: isCurrent ? [m.name, t.youAreHere] : [m.name],
          popup: {
            title: m.name,
            lines: [isCurrent ? t.youAreHere : '', population ?? ''].filter(Boolean),
            link: m.website ? { href: m.website, text: t.websiteOf(m.name) } : undefined,
          },
          boundary: m.boundary,
          labelPoint: m.label_point,
          priority: m.population ?? 0,
        };
      }),
      currentCode: current?.code,
      selectedCode: selected,
      tiles: this._basemap().tiles,
      interactive: !this.noZoom,
      label: t.mapLabel(this.#data.regionName(t)),
      areasLabel: t.municipalityListLabel(this.#data.regionName(t)),
      hint: t.mapHint,
      touchHint: t.touchHint,
      wheelHint: t.wheelHint(/Mac|iP(hone|ad|od)/.test(navigator.platform) ? '⌘' : 'Ctrl'),
      closeLabel: t.close,
    };
  }

  private _mapNotices(t: Strings, choice: BasemapChoice): string[] {
    const notices: string[] = [];
    if (this.#engine.status === 'failed') notices.push(t.mapFailed);
    for (const problem of choice.problems) {
      if (problem === 'basemap') notices.push(t.invalidBasemap(this.basemap.trim()));
      if (problem === 'basemap-variant') notices.push(t.invalidBasemapVariant(this.basemapVariant?.trim() ?? '', [...PDOK_VARIANTS]));
      if (problem === 'basemap-attribution') notices.push(t.missingBasemapAttribution);
    }
    if (this.#engine.tilesFailed && choice.tiles) notices.push(t.basemapFailed);
    if (this.height?.trim() && !this._height()) notices.push(t.invalidHeight(this.height.trim()));
    return notices;
  }

  private _zoom(direction: 'in' | 'out' | 'fit', enabled: boolean): void {
    if (!enabled) return;
    if (direction === 'in') this.#engine.zoomIn();
    else if (direction === 'out') this.#engine.zoomOut();
    else this.#engine.fit();
  }

  override render() {
    const { lang, t } = this.#i18n;
    const data = this.#data;
    const region = data.region;
    const own = ownMunicipality(t, region, this.municipality, data.loading);
    const current = own.current;
    const choice = this._basemap();
    const engine = this.#engine;
    const failed = engine.status === 'failed';
    const compare = compareNames(lang);
    const items = [...region.municipalities].sort((a, b) => compare(a.name, b.name));
    const attribution = localized(region.attribution, lang);
    const selected = region.municipalities.find((m) => m.code === this.#selection.selectedCode);
    const tiles = choice.tiles;
    const zoomButton = (direction: 'in' | 'out' | 'fit', label: string, symbol: string, enabled: boolean) =>
      html`<button type="button" part="zoom-button" aria-label=${label} title=${label} aria-disabled=${enabled ? 'false' : 'true'}
        @click=${() => this._zoom(direction, enabled)}><span aria-hidden="true">${symbol}</span></button>`;
    return html`<div class="base" part="base" lang=${lang} dir="ltr" aria-busy=${data.loading ? 'true' : 'false'}>
      ${renderNotices(t, [...data.notices(t), ...own.notices, ...this._mapNotices(t, choice)])}
      <div class="frame" ?hidden=${failed}>
        <div class="map" part="map"></div>
        ${!this.noZoom
          ? html`<div class="controls ${engine.status === 'ready' ? '' : 'pending'}" part="controls">
              ${zoomButton('in', t.zoomIn, '+', engine.canZoomIn)} ${zoomButton('out', t.zoomOut, '−', engine.canZoomOut)}
              ${zoomButton('fit', t.showWholeRegion, '⤢', true)}
            </div>`
          : ''}
      </div>
      <div class="details" part="details" hidden></div>
      ${current || selected
        ? html`<p class="legend" part="legend" ?hidden=${failed}>
            ${current ? html`<span class="key"><span class="swatch current"></span>${t.youAreHere}: <bdi>${current.name}</bdi></span>` : ''}
            ${selected ? html`<span class="key"><span class="swatch selected"></span>${t.selectedMunicipality}: <bdi>${selected.name}</bdi></span>` : ''}
          </p>`
        : ''}
      <p class="attribution" part="attribution">
        ${attribution}${tiles
          ? html`${attribution ? ' · ' : ''}${tiles.attributionUrl
                ? html`<a href=${tiles.attributionUrl}>${tiles.attribution}</a>`
                : tiles.attribution}`
          : ''}
      </p>
      <details class="alternative" part="alternative" ?open=${failed}>
        <summary>${t.mapAsList}</summary>
        <ul part="list" role="list" aria-label=${t.municipalityListLabel(data.regionName(t))}>
          ${items.map((m) => {
            const isCurrent = m === current;
            const population = formatPopulation(m, region, lang);
            return html`<li part="item" class=${isCurrent ? 'current' : ''} data-code=${m.code}>
              ${m.website ? html`<a href=${m.website}>${m.name}</a>` : m.name}${isCurrent
                ? html` <span class="here">(${t.youAreHere})</span>`
                : ''}${population ? html`<span class="population">${population}</span>` : ''}
            </li>`;
          })}
        </ul>
      </details>
    </div>${renderSwallowedContent()}`;
  }
}

MreRegionMap.define('mre-region-map');

declare global {
  interface HTMLElementTagNameMap {
    'mre-region-map': MreRegionMap;
  }
}
