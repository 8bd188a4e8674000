import { getBasePath } from '../internal/base-path.js';
import type * as Loader from './load.js';

/** The loader of remote files, relative to the library's folder (see `setBasePath`). */
export const REMOTE_DATA_CHUNK = 'chunks/mre-remote-data.js';

/**
 * The one way to the loader of `src` files (fetching, the schema validators, the cleaning): only
 * pages with a `src` need it. From the folder the page named (`setBasePath`,
 * `<meta name="mre-widgets-base">`), else from next to this module; the production build rewrites
 * the second branch to load the chunk from next to the script.
 */
export function loadRemoteData(): Promise<typeof Loader> {
  const base = getBasePath();
  if (base) return import(/* @vite-ignore */ new URL(REMOTE_DATA_CHUNK, base).href) as Promise<typeof Loader>;
  return import('./load.js');
}
