/**
 * `mre-widgets/region-map`: registers `<mre-region-map>` and nothing else. Leaflet and the
 * boundaries are a chunk of their own, which a bundler splits off and the page loads only when a
 * map is on it.
 */
export { MreRegionMap } from './components/region-map/region-map.js';
export { MreErrorEvent, MreMunicipalitySelectEvent } from './events.js';
export type { MreErrorDetail, MreMunicipalitySelectDetail } from './events.js';
export { version } from './version.js';
