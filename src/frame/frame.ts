/**
 * The script of frame.html (dist/frame.js): shows one widget, named in the page's address, for
 * sites that allow an iframe but no script. The widgets' script is loaded from next to this one.
 */
import { startFramePage } from './page.js';

startFramePage(window, location.search, () => import(new URL('./mre-widgets.js', import.meta.url).href)).catch(
  (error: unknown) => console.error(`mre-widgets frame.html: ${String(error)}`),
);
