import content from './default/region-content.json';
import type { Region } from './types.js';

/**
 * The bundled dataset without boundaries: what every element shows when it has no `src`,
 * and what it falls back to when `src` cannot be used. Boundaries are loaded only by a map,
 * from `default-boundaries.ts`.
 */
export const defaultRegion: Region = content as Region;
