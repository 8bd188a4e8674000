/** `mre-widgets/municipality-list`: registers `<mre-municipality-list>` and nothing else. */
export { MreMunicipalityList } from './components/municipality-list/municipality-list.js';
export type { MunicipalitySort } from './components/municipality-list/municipality-list.js';
export { MreErrorEvent, MreMunicipalitySelectEvent } from './events.js';
export type { MreErrorDetail, MreMunicipalitySelectDetail } from './events.js';
export { version } from './version.js';
