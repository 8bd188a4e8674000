/**
 * dist/frame-resize.js: the one script a site adds, where it may, to keep its frame.html iframes
 * as tall as their content (see ./resize.ts). Loaded twice, it still listens once.
 */
import { followFrameHeights } from './resize.js';

const STARTED = Symbol.for('mre-widgets.frame-resize');
const global = globalThis as unknown as Record<symbol, boolean | undefined>;
if (!global[STARTED]) {
  global[STARTED] = true;
  followFrameHeights(window);
}
