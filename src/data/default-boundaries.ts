import boundaries from './default/region-boundaries.json';
import type { Geometry } from './types.js';

/** Boundaries of the bundled dataset by CBS code. Imported lazily, by the map only. */
export const defaultBoundaries = boundaries as unknown as Record<string, Geometry>;
