/** `mre-widgets/theme-cards`: registers `<mre-theme-cards>` and nothing else. */
export { MreThemeCards } from './components/theme-cards/theme-cards.js';
export type { ThemeCardsLayout } from './components/theme-cards/theme-cards.js';
export { MreErrorEvent } from './events.js';
export type { MreErrorDetail } from './events.js';
export { version } from './version.js';
