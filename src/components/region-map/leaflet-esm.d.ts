// Leaflet's package main is a UMD build; the map engine imports the ES modules of Leaflet's own
// sources instead (engine/leaflet.ts), which have the API the `leaflet` types describe.
declare module 'leaflet/src/map/Map.js' {
  export { Map, map as createMap } from 'leaflet';
}
declare module 'leaflet/src/map/handler/Map.BoxZoom.js' {
  export const BoxZoom: typeof import('leaflet').Handler;
}
declare module 'leaflet/src/map/handler/Map.DoubleClickZoom.js' {
  export const DoubleClickZoom: typeof import('leaflet').Handler;
}
declare module 'leaflet/src/map/handler/Map.Drag.js' {
  export const Drag: typeof import('leaflet').Handler;
}
declare module 'leaflet/src/map/handler/Map.ScrollWheelZoom.js' {
  export const ScrollWheelZoom: typeof import('leaflet').Handler;
}
declare module 'leaflet/src/map/handler/Map.TouchZoom.js' {
  export const TouchZoom: typeof import('leaflet').Handler;
}
declare module 'leaflet/src/layer/vector/Renderer.getRenderer.js';
declare module 'leaflet/src/geo/LatLng.js' {
  export { LatLng, latLng as toLatLng } from 'leaflet';
}
declare module 'leaflet/src/geo/LatLngBounds.js' {
  export { LatLngBounds, latLngBounds as toLatLngBounds } from 'leaflet';
}
declare module 'leaflet/src/layer/vector/Polygon.js' {
  export { Polygon, polygon } from 'leaflet';
}
declare module 'leaflet/src/layer/vector/SVG.js' {
  export { SVG, svg } from 'leaflet';
}
declare module 'leaflet/src/layer/Tooltip.js' {
  export { Tooltip, tooltip } from 'leaflet';
}
declare module 'leaflet/src/layer/Popup.js' {
  export { Popup, popup } from 'leaflet';
}
declare module 'leaflet/src/layer/tile/TileLayer.js' {
  export { TileLayer, tileLayer } from 'leaflet';
}
declare module 'leaflet/src/core/Browser.js' {
  const Browser: typeof import('leaflet').Browser;
  export default Browser;
}
declare module 'leaflet/src/core/Util.js' {
  export const requestAnimFrame: typeof import('leaflet').Util.requestAnimFrame;
  export const cancelAnimFrame: typeof import('leaflet').Util.cancelAnimFrame;
}
declare module 'leaflet/src/dom/DomUtil.js' {
  export const setPosition: typeof import('leaflet').DomUtil.setPosition;
  export const getPosition: typeof import('leaflet').DomUtil.getPosition;
}
