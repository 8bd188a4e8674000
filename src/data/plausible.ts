import extent from './default/region-extent.json';
import type { Geometry } from './types.js';

/** A box in WGS84 degrees: `[west, south, east, north]`. */
export type Box = [west: number, south: number, east: number, north: number];

/**
 * The smallest box around the bundled boundaries of the 21 municipalities, about
 * `[5.07, 51.22, 5.93, 51.60]`; written by scripts/import-data.mjs from those boundaries.
 */
export const regionExtent = extent as Box;

/**
 * How far, in degrees, a boundary may reach beyond {@link regionExtent} and still count as in the
 * region: 0.1° is about 7 km east–west and 11 km north–south here, more than any boundary's
 * error, less than a neighbouring region.
 */
export const regionMargin = 0.1;

/** The box that boundaries are held against: the region's extent and the margin around it. */
export const regionBox: Box = [
  regionExtent[0] - regionMargin,
  regionExtent[1] - regionMargin,
  regionExtent[2] + regionMargin,
  regionExtent[3] + regionMargin,
];

/**
 * The box around every position of a geometry, or `undefined` when it has none. Positions whose
 * longitude or latitude is not a finite number are passed over.
 */
export function boxOf(geometry: Geometry): Box | undefined {
  let box: Box | undefined;
  const visit = (node: unknown): void => {
    if (!Array.isArray(node)) return;
    const [x, y] = node as unknown[];
    if (typeof x !== 'number') {
      node.forEach(visit);
    } else if (Number.isFinite(x) && Number.isFinite(y)) {
      const lat = y as number;
      box = box
        ? [Math.min(box[0], x), Math.min(box[1], lat), Math.max(box[2], x), Math.max(box[3], lat)]
        : [x, lat, x, lat];
    }
  };
  visit(geometry?.coordinates);
  return box;
}

/** How much of one side `[from, to]` lies in `[min, max]`, 0 to 1; a side of no length by where it is. */
function sideInside(from: number, to: number, min: number, max: number): number {
  if (to === from) return from >= min && from <= max ? 1 : 0;
  return Math.max(0, Math.min(to, max) - Math.max(from, min)) / (to - from);
}

/** How much of box `a` lies inside box `b`, 0 to 1. */
export function shareInside(a: Box, b: Box): number {
  return sideInside(a[0], a[2], b[0], b[2]) * sideInside(a[1], a[3], b[1], b[3]);
}

/**
 * What a boundary looks like to the map: `plausible` when its box lies mostly (half or more)
 * inside the region; `swapped` when it does not, but would with longitude and latitude swapped
 * (`[51.4, 5.4]` instead of `[5.4, 51.4]`: GeoJSON wants longitude first); `outside` otherwise,
 * and for a geometry without positions. A map leaves out all but `plausible` boundaries.
 */
export type Plausibility = 'plausible' | 'swapped' | 'outside';

/** Judges a boundary (see {@link Plausibility}) and gives the box it was judged by. */
export function judgeBoundary(geometry: Geometry, region: Box = regionBox): { verdict: Plausibility; box?: Box } {
  const box = boxOf(geometry);
  if (!box) return { verdict: 'outside' };
  if (shareInside(box, region) >= 0.5) return { verdict: 'plausible', box };
  const [west, south, east, north] = box;
  return { verdict: shareInside([south, west, north, east], region) >= 0.5 ? 'swapped' : 'outside', box };
}

/** Whether a boundary lies (mostly) in the region, with its coordinates the right way round. */
export const isPlausibleBoundary = (geometry: Geometry): boolean => judgeBoundary(geometry).verdict === 'plausible';
