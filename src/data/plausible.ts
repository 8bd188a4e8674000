/**
 * Whether a boundary can be one of the region's municipalities: a boundary far outside the
 * region (a wrong projection, another place, or longitude and latitude swapped) would make the
 * map fit the world, so the map leaves such a boundary off. Pure: no Leaflet, no DOM.
 */
import type { Geometry, Position } from './types.js';

/** The extent of the region, in degrees (WGS84), from the bundled boundaries of the 21 municipalities. */
export interface Bounds {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

/** Around the bundled boundaries, rounded outwards to the hundredth of a degree. */
export const REGION_BOUNDS: Bounds = { west: 5.07, south: 51.22, east: 5.94, north: 51.6 };

/**
 * How far beyond `REGION_BOUNDS` a boundary may reach, in degrees: 0.2° is about 14 km east-west
 * and 22 km north-south here. A municipality of the region, even redrawn after a merger, stays
 * well inside; a neighbouring region's municipality may lie in it; anything farther away is
 * not of this region.
 */
export const PLAUSIBLE_MARGIN = 0.2;

/**
 * Whether every point of `geometry` lies within `bounds` grown by {@link PLAUSIBLE_MARGIN}, and
 * is a pair of finite numbers. False for a boundary far from the region, one much larger than
 * the region, or one with longitude and latitude swapped (51.4° east, 5.5° north is in Somalia).
 * A geometry without any point is not plausible either.
 */
export function plausibleBoundary(geometry: Geometry, bounds: Bounds = REGION_BOUNDS): boolean {
  const m = PLAUSIBLE_MARGIN;
  const ok = ([lng, lat]: Position) =>
    Number.isFinite(lng) && Number.isFinite(lat) && lng >= bounds.west - m && lng <= bounds.east + m && lat >= bounds.south - m && lat <= bounds.north + m;
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  const points = rings.flat();
  return points.length > 0 && points.every(ok);
}
