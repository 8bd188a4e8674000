/**
 * Everything Leaflet: the lazily loaded part of `<mre-region-map>`, and the entry of its own
 * chunk (`load-engine.ts` loads this module; the build makes it `chunks/mre-map-engine.js`). The
 * element hands it a container in its shadow root and a description of what to draw (texts
 * already in the page's language); the engine draws it, makes it work with a keyboard and
 * reports what the visitor does. It does not import Lit.
 *
 * The engine itself is in `engine/`: the Leaflet view (`region-map-view.ts`) and the pure
 * modules it uses.
 */
import { RegionMapView } from './engine/region-map-view.js';
import type { MapCallbacks, MapState, RegionMapController } from './engine/types.js';

export type { AreaPopup, MapArea, MapCallbacks, MapState, RegionMapController } from './engine/types.js';

/**
 * Draws the region in `host` (an element in a shadow root, sized by its styles) and returns its
 * controller. Never throws into the page for bad data: an area without a usable boundary, or with
 * one far outside the region, is left off the map. A municipality's details open in a popup on
 * the map, or in `panel` (an element under the map) when the map is narrow. Call `destroy()` on
 * the controller before dropping it.
 */
export function createRegionMap(host: HTMLElement, state: MapState, callbacks: MapCallbacks, panel?: HTMLElement): RegionMapController {
  return new RegionMapView(host, state, callbacks, panel);
}
