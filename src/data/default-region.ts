import content from './default/region-content-nl.json';
import type { Region } from './types.js';

/**
 * The built-in dataset without boundaries, with its texts in Dutch: what every element shows
 * when it has no `src`, and what it falls back to when `src` cannot be used. Elements shown in
 * English load the same dataset with its English texts the first time they need it (the `en`
 * of each text is left out here, so that Dutch pages do not carry it). The complete dataset, in
 * both languages and with boundaries, is `data/region.json` next to the scripts. Boundaries are
 * loaded only by a map, from `default-boundaries.ts`.
 */
export const defaultRegion: Region = content as Region;
