import { Task, TaskStatus } from '@lit/task';
import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { bundled, loadRegion, RegionLoadError, type LoadResult } from '../data/load.js';
import { findMunicipality } from '../data/lookup.js';
import type { Lang, Municipality, Region } from '../data/types.js';
import { MreErrorEvent, type MreMunicipalitySelectDetail } from '../events.js';
import { strings, type Strings } from '../i18n/strings.js';
import { baseStyles } from '../styles/tokens.js';
import { observeLang, resolveLang, unobserveLang } from './lang.js';
import { MreElement } from './mre-element.js';
import { followMaps, followSelection, mapOnPage, unfollowMaps, unfollowSelection } from './selection.js';

interface DataState extends LoadResult {
  error?: RegionLoadError;
}

/**
 * Base of every element that shows the regional data: `src`, `lang` and `municipality`, the
 * load with its fallback, the notices and the page-wide selection.
 */
export class MreDataElement extends MreElement {
  static override styles = [baseStyles];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * The URL of a dataset shaped like `region.json`, to show instead of the bundled data. When it
   * cannot be used, the element shows the bundled data and a notice and fires `mre-error`.
   */
  @property() src?: string;

  /** The municipality of the site: its slug (`helmond`) or CBS code (`GM0794`), any case. */
  @property() municipality?: string;

  /** The CBS code of the municipality selected by the visitor anywhere on the page. */
  @state() protected _selectedCode?: string;

  /** Whether a map is on the page, to show a selection on. */
  @state() protected _mapOnPage = false;

  protected readonly _data = new Task(this, {
    task: async ([src], { signal }): Promise<DataState> => {
      if (!src) return bundled;
      try {
        return await loadRegion(src, signal);
      } catch (error) {
        if (signal.aborted) throw error;
        const failure =
          error instanceof RegionLoadError
            ? error
            : new RegionLoadError('network', src, String((error as Error)?.message ?? error));
        this.emit(
          new MreErrorEvent({
            reason: failure.reason,
            src: failure.url,
            message: failure.message,
            ...(failure.status !== undefined ? { status: failure.status } : {}),
          }),
        );
        return { ...bundled, error: failure };
      }
    },
    args: () => [this.src?.trim() || undefined] as const,
  });

  private readonly _onSelect = (detail: MreMunicipalitySelectDetail) => {
    this._selectedCode = detail.code;
  };

  private readonly _onMapsChange = () => {
    this._mapOnPage = mapOnPage();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    observeLang(this);
    followSelection(this._onSelect);
    followMaps(this._onMapsChange);
    this._onMapsChange();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unobserveLang(this);
    unfollowSelection(this._onSelect);
    unfollowMaps(this._onMapsChange);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The language the element shows: its `lang`, the nearest ancestor's, or Dutch. */
  protected get _lang(): Lang {
    return resolveLang(this);
  }

  /** The string table of the element's language. */
  protected get _t(): Strings {
    return strings[this._lang];
  }

  /** The data to show: the loaded file, or the bundled data while it loads or when it failed. */
  protected get _region(): Region {
    return this._data.value?.region ?? bundled.region;
  }

  /** The name of the region, for accessible names. */
  protected get _regionName(): string {
    return this._region.region?.name ?? 'Metropoolregio Eindhoven';
  }

  /** Whether a file from `src` is still on its way. */
  protected get _loading(): boolean {
    return this._data.status === TaskStatus.PENDING;
  }

  /** The municipality named by `municipality`, if any. */
  protected get _current(): Municipality | undefined {
    return findMunicipality(this._region, this.municipality);
  }

  /** Notices for the visitor: a failed load, an unknown municipality, plus the element's own. */
  protected _notices(): string[] {
    const t = this._t;
    const notices: string[] = [];
    const error = this._data.value?.error;
    if (error) notices.push(t.loadFailed(error.reason, error.status));
    if (this.municipality?.trim() && !this._current && !this._loading) {
      notices.push(t.unknownMunicipality(this.municipality.trim()));
    }
    return notices;
  }

  /** The live region with the notices; always in the DOM, so that new notices are announced. */
  protected renderNotices(extra: string[] = []): TemplateResult {
    const label = this._t.noticeLabel;
    return html`<div class="notices" part="notices" role="status">${[...this._notices(), ...extra].map(
      (text) => html`<p class="notice" part="notice"><span class="notice-label">${label}:</span> ${text}</p>`,
    )}</div>`;
  }
}
