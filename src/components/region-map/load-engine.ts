import { getBasePath } from '../../internal/base-path.js';
import type * as MapEngine from './map-engine.js';

/** The map engine's file, relative to the library's folder (see `setBasePath`). */
export const MAP_ENGINE_CHUNK = 'chunks/mre-map-engine.js';

type Engine = typeof MapEngine;

/**
 * The one way to the map engine: from the folder the page named (`setBasePath`,
 * `<meta name="mre-widgets-base">`), else from next to this module. The production build
 * rewrites the second branch to load the engine chunk from next to the script; the element must
 * not import the engine any other way.
 */
export function loadMapEngine(): Promise<Engine> {
  const base = getBasePath();
  if (base) return import(/* @vite-ignore */ new URL(MAP_ENGINE_CHUNK, base).href) as Promise<Engine>;
  return import('./map-engine.js');
}
