/** `mre-widgets/agreement-timeline`: registers `<mre-agreement-timeline>` and nothing else. */
export { MreAgreementTimeline } from './components/agreement-timeline/agreement-timeline.js';
export type { TimelineOrder } from './components/agreement-timeline/agreement-timeline.js';
export { MreErrorEvent } from './events.js';
export type { MreErrorDetail } from './events.js';
export { version } from './version.js';
