/**
 * The parts of Leaflet 1.9 the map engine uses, imported from Leaflet's own ES modules
 * (`leaflet/src`) rather than its whole build: the map with the handlers for dragging, pinching,
 * double-click, box and wheel zoom; SVG polygons; tooltips; popups; tile layers (for the opt-in
 * background map); and the geometry, browser and DOM helpers. Markers, circles, canvas, image and
 * video overlays, GeoJSON layers, the controls and the keyboard handler (the engine has keys of
 * its own) are left out: about 10 KB gzip less than the whole `leaflet-src.esm.js`.
 *
 * Every module of the engine, and every test of it, imports Leaflet from here, so that one copy
 * of Leaflet is on the page. The CSS is Leaflet's own (`leaflet-css.generated.ts`).
 */
import { Map } from 'leaflet/src/map/Map.js';
import { BoxZoom } from 'leaflet/src/map/handler/Map.BoxZoom.js';
import { DoubleClickZoom } from 'leaflet/src/map/handler/Map.DoubleClickZoom.js';
import { Drag } from 'leaflet/src/map/handler/Map.Drag.js';
import { ScrollWheelZoom } from 'leaflet/src/map/handler/Map.ScrollWheelZoom.js';
import { TouchZoom } from 'leaflet/src/map/handler/Map.TouchZoom.js';
// Map.getRenderer, which every vector layer calls (Leaflet's own index imports it for this).
import 'leaflet/src/layer/vector/Renderer.getRenderer.js';

// The handlers add themselves to every new map (`Map.addInitHook`) when their modules load; the
// names on `Map` are those of Leaflet's index, for code that looks for them there.
Object.assign(Map, { BoxZoom, DoubleClickZoom, Drag, ScrollWheelZoom, TouchZoom });

export { Map, createMap as map } from 'leaflet/src/map/Map.js';
export { LatLng, toLatLng as latLng } from 'leaflet/src/geo/LatLng.js';
export { LatLngBounds, toLatLngBounds as latLngBounds } from 'leaflet/src/geo/LatLngBounds.js';
export { Polygon, polygon } from 'leaflet/src/layer/vector/Polygon.js';
export { SVG, svg } from 'leaflet/src/layer/vector/SVG.js';
export { Tooltip, tooltip } from 'leaflet/src/layer/Tooltip.js';
export { Popup, popup } from 'leaflet/src/layer/Popup.js';
export { TileLayer, tileLayer } from 'leaflet/src/layer/tile/TileLayer.js';
export { default as Browser } from 'leaflet/src/core/Browser.js';
export * as Util from 'leaflet/src/core/Util.js';
export * as DomUtil from 'leaflet/src/dom/DomUtil.js';
export type * from 'leaflet';
