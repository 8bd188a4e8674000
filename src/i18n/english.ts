import content from '../data/default/region-content.json';
import type { Region } from '../data/types.js';

/**
 * Everything English: the elements' texts, and the built-in dataset with its English texts (the
 * scripts carry it in Dutch only). The scripts load this module as a chunk of its own
 * (`chunks/mre-en.js`) the first time an element is shown in English; see `languages.ts`.
 */
export { en as strings } from './strings-en.js';

/** The built-in dataset, as `defaultRegion` but with the English texts too. */
export const region: Region = content as Region;
