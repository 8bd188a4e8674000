/**
 * Ending Leaflet's zoom animation early: the one place where the engine uses Leaflet's private
 * API, because Leaflet 1.9 has no public way to do it.
 */
import type { Map as LeafletMap } from './leaflet.js';

/** The part of Leaflet 1.9's `Map` that ends a zoom animation (leaflet/src/map/Map.js, `_onZoomTransitionEnd`). */
interface ZoomTransition {
  _onZoomTransitionEnd?: () => void;
}

/**
 * Ends a running zoom animation of `map` now, at the zoom it was heading for, as if its CSS
 * transition had just ended: `zoom`, `move`, `zoomend` and `moveend` fire before this returns.
 * Does nothing when no zoom animation runs.
 *
 * Why: Leaflet ends a zoom animation on the `transitionend` of its zoom proxy, or, in case that
 * never comes, on a 250 ms timer that `_animateZoom` sets (`setTimeout(_onZoomTransitionEnd)`).
 * `map.stop()` does not end a zoom, and `map.remove()` cancels neither the transition nor the
 * timer. When the timer fires after `remove()`, it moves a map pane that is gone and throws
 * "TypeError: Cannot read properties of undefined (reading '_leaflet_pos')" into the page. So,
 * before removing a map, call this: the zoom ends while the map is whole, and the timer, when it
 * fires, finds no animation left (the method returns at once when `_animatingZoom` is false).
 *
 * It calls `_onZoomTransitionEnd`, the method the transition and the timer would call, and does
 * nothing if a later Leaflet no longer has it. The tests of this module and of the view fail if
 * that stops working.
 */
export function endZoomAnimation(map: LeafletMap): void {
  const transition = map as unknown as ZoomTransition;
  if (typeof transition._onZoomTransitionEnd === 'function') transition._onZoomTransitionEnd();
}
