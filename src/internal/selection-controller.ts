import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Municipality } from '../data/types.js';
import { MreMunicipalitySelectEvent, type MreMunicipalitySelectDetail } from '../events.js';
import { followMaps, followSelection, mapOnPage, onMap, unfollowMaps, unfollowSelection } from './selection.js';

/**
 * The municipality the visitor selected anywhere on the page, and whether a map is on the page
 * to show it on. Only the elements that show a selection (the map and the list) add it; they
 * update when either changes.
 */
export class SelectionController implements ReactiveController {
  /** The CBS code of the municipality last selected on the page. */
  selectedCode?: string;
  /** Whether an `<mre-region-map>` is on the page now. */
  mapOnPage = false;
  /** How often a map joined, left or drew: what {@link onMap} says may have changed each time. */
  mapsChanged = 0;

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  readonly #onSelect = (detail: MreMunicipalitySelectDetail): void => {
    if (detail.code === this.selectedCode) return;
    this.selectedCode = detail.code;
    this.#host.requestUpdate();
  };

  /** A map joined or left the page, or drew: what it shows may have changed. */
  readonly #onMapsChange = (): void => {
    this.mapOnPage = mapOnPage();
    this.mapsChanged++;
    this.#host.requestUpdate();
  };

  hostConnected(): void {
    followSelection(this.#onSelect);
    followMaps(this.#onMapsChange);
    this.#onMapsChange();
  }

  hostDisconnected(): void {
    unfollowSelection(this.#onSelect);
    unfollowMaps(this.#onMapsChange);
  }

  /** Whether a map on the page shows the municipality `code`, to select it there. */
  onMap(code: string): boolean {
    return onMap(code);
  }

  /**
   * The visitor selected `municipality` in this element: fires `mre-municipality-select` from the
   * host with `{ code, slug, name }`; every element on the page follows it.
   */
  select(municipality: Municipality): void {
    const { code, slug, name } = municipality;
    this.#host.dispatchEvent(new MreMunicipalitySelectEvent({ code, slug, name }));
  }
}
