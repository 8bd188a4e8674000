/**
 * mre-widgets: one script that registers every `mre-*` element. Each widget also has an entry of
 * its own (`mre-widgets/region-map`, …) that registers that widget only.
 */
export { MreMunicipalityList } from './components/municipality-list/municipality-list.js';
export { MreRegionMap } from './components/region-map/region-map.js';
export { MreThemeCards } from './components/theme-cards/theme-cards.js';
export type { ThemeCardsLayout } from './components/theme-cards/theme-cards.js';
export { MreAgreementTimeline } from './components/agreement-timeline/agreement-timeline.js';
export type { TimelineOrder } from './components/agreement-timeline/agreement-timeline.js';
export type { MunicipalitySort } from './components/municipality-list/municipality-list.js';
export { setBasePath } from './internal/base-path.js';
export { MreElement } from './internal/mre-element.js';
export { MreErrorEvent, MreMunicipalitySelectEvent } from './events.js';
export type { MreErrorDetail, MreMunicipalitySelectDetail } from './events.js';
export { findMunicipality } from './data/lookup.js';
export { defaultRegion } from './data/default-region.js';
export { SCHEMA_VERSION, compatibleSchemaVersion } from './data/schema-version.js';
export type * from './data/types.js';
export { version } from './version.js';
