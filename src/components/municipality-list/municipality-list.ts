import { html } from 'lit';
import { MreDataElement } from '../../internal/data-element.js';
import { styles } from './municipality-list.styles.js';

/**
 * The 21 municipalities of the Metropoolregio Eindhoven as links to their websites.
 *
 * @summary The municipalities of the region, with "you are here" for the site's own.
 * @tag mre-municipality-list
 *
 * @attr src - URL of a dataset shaped like `region.json`; the bundled data is used without it or when it fails.
 * @attr municipality - The site's own municipality, by slug (`helmond`) or CBS code (`GM0794`).
 * @attr lang - `nl` (default) or `en`; without it the nearest ancestor's `lang` counts.
 *
 * @fires {MreErrorEvent} mre-error - The file from `src` cannot be used; the bundled data is shown.
 *
 * @csspart base - The wrapper of everything.
 * @csspart notices - The live region with notices.
 * @csspart notice - One notice.
 * @csspart list - The list.
 * @csspart item - One municipality.
 * @csspart current - The site's own municipality.
 *
 * @cssprop --mre-municipality-list-column-width - The narrowest column before the list wraps into more (default `14em`).
 */
export class MreMunicipalityList extends MreDataElement {
  static override styles = [...MreDataElement.styles, styles];

  override render() {
    const t = this._t;
    const lang = this._lang;
    const region = this._region;
    const current = this._current;
    const collator = new Intl.Collator(lang);
    const items = [...region.municipalities].sort((a, b) => collator.compare(a.name, b.name));
    const regionName = region.region?.name ?? 'Metropoolregio Eindhoven';
    return html`<div class="base" part="base" lang=${lang} aria-busy=${this._loading ? 'true' : 'false'}>
      ${this.renderNotices(items.length === 0 ? [t.noData] : [])}
      <ul part="list" aria-label=${t.municipalityListLabel(regionName)}>
        ${items.map((m) => {
          const isCurrent = m === current;
          const classes = [isCurrent ? 'current' : '', m.code === this._selectedCode ? 'selected' : '']
            .filter(Boolean)
            .join(' ');
          return html`<li part=${isCurrent ? 'item current' : 'item'} class=${classes} data-code=${m.code}>
            ${m.website ? html`<a href=${m.website}>${m.name}</a>` : html`<span>${m.name}</span>`}${isCurrent
              ? html` <span class="here">(${t.youAreHere})</span>`
              : ''}
          </li>`;
        })}
      </ul>
    </div>`;
  }
}

MreMunicipalityList.define('mre-municipality-list');

declare global {
  interface HTMLElementTagNameMap {
    'mre-municipality-list': MreMunicipalityList;
  }
}
