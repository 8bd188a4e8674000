/**
 * What `<mre-region-map>` and its map engine say to each other. The element describes what to
 * draw, with every text already in the page's language; the engine draws it and reports what
 * the visitor does. Types only: importing this module loads nothing.
 */
import type { Geometry, Position } from '../../../data/types.js';
import type { TileBasemap } from '../basemap.js';

/** What the popup of a municipality shows; plain text, never markup. */
export interface AreaPopup {
  /** The heading of the popup, usually the municipality's name. */
  title: string;
  /** Lines under the title, such as "U bent hier" and the population. */
  lines: string[];
  /**
   * A link under the lines, such as the municipality's website. `href` is used as given: the
   * data loader admits only `https:`, `http:` and `mailto:` links.
   */
  link?: { href: string; text: string };
}

/** One municipality as the map draws it. */
export interface MapArea {
  /** The CBS code, such as `GM0794`; unique within a `MapState`. */
  code: string;
  /** The accessible name of its shape: the name, and "U bent hier" or "geselecteerd" when so. */
  label: string;
  /** The name on the map. */
  shortName: string;
  /** Lines of the tooltip on hover and focus; the first is shown as the name. */
  tooltip: string[];
  popup: AreaPopup;
  /**
   * Its boundary (WGS84); without one the bundled boundary of the same CBS code is used. A
   * boundary mostly outside the region, or with longitude and latitude swapped (see
   * `judgeBoundary`), is left off the map, with a warning.
   */
  boundary?: Geometry;
  /** Where its name goes, `[longitude, latitude]`; without one, the middle of its bounds. */
  labelPoint?: Position;
  /**
   * Bigger wins when names would overlap (the population, for instance); the site's own and the
   * selected municipality come before every other.
   */
  priority: number;
}

/** Everything the map shows. The engine takes a new one whenever anything changes. */
export interface MapState {
  areas: MapArea[];
  /** The site's own municipality, by code. */
  currentCode?: string;
  /** The municipality selected on the page, by code. */
  selectedCode?: string;
  /** A background map under the boundaries; none by default. */
  tiles?: TileBasemap;
  /** Whether the visitor may zoom and pan. */
  interactive: boolean;
  /** Accessible name of the map. */
  label: string;
  /** Accessible name of the group of municipalities (the SVG that holds their shapes). */
  areasLabel: string;
  /** How to use it with a keyboard. */
  hint: string;
  /** Said and shown when one finger drags on the map: two fingers move it. */
  touchHint: string;
  /** Said and shown when the wheel turns over the map without Ctrl or ⌘: with it, it zooms. */
  wheelHint: string;
  /** Accessible name of the popup's close button. */
  closeLabel: string;
}

/** What the engine reports to the element. Called synchronously, never after `destroy()`. */
export interface MapCallbacks {
  /** The visitor chose a municipality by click, tap, Enter or Space. */
  onSelect(code: string): void;
  /** The tile server did not deliver a tile (reported once per tile layer). */
  onTileError(): void;
  /** The zoom changed; whether zooming further in or out is possible. */
  onZoom(canZoomIn: boolean, canZoomOut: boolean): void;
  /**
   * The municipalities were drawn (on creation, and when the areas change): the codes of those
   * on the map, and the shape of the region they make, its width divided by its height on the
   * map (1 when none is drawn).
   */
  onDrawn(codes: string[], aspectRatio: number): void;
  /**
   * The boxes that lie over the map, in viewport coordinates (`getBoundingClientRect()`), such as
   * the element's zoom buttons: names, popups and tooltips keep clear of them.
   */
  obstructions(): readonly DOMRectReadOnly[];
}

/** A map drawn by the engine. */
export interface RegionMapController {
  /** Shows `state`; redraws the shapes only when the areas or their boundaries changed. */
  update(state: MapState): void;
  /** Zooms in one step, animated unless the visitor prefers reduced motion (as every move of the map). */
  zoomIn(): void;
  /** Zooms out one step. */
  zoomOut(): void;
  /** Shows the whole region again. */
  fit(): void;
  /**
   * Removes the map with its observers and listeners, and ends its animations, so that none of
   * Leaflet's timers or animation frames runs on a removed map. No callback is called after this
   * returns. The controller cannot be used after: its methods do nothing. Safe to call twice.
   */
  destroy(): void;
}
