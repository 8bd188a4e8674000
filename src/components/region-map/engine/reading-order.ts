/**
 * The keyboard order of the municipalities on the map: rows from north to south, west to east
 * within a row, as one reads a map. Pure: no Leaflet, no DOM.
 */

/** A municipality's place on the map: its label point, in degrees (WGS84). */
export interface GeoPoint {
  readonly code: string;
  /** Longitude, degrees east. */
  readonly lng: number;
  /** Latitude, degrees north. */
  readonly lat: number;
}

/** The keys that move the keyboard focus between municipalities. */
export type NavigationKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

const NAVIGATION_KEYS: readonly string[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'] satisfies NavigationKey[];

/** Whether `key` (a `KeyboardEvent.key`) moves the focus between municipalities. */
export function isNavigationKey(key: string): key is NavigationKey {
  return NAVIGATION_KEYS.includes(key);
}

/**
 * Puts points in reading order. The rows are bands of equal height from the northernmost to the
 * southernmost point; there are `round(√n) − 1` of them, at least one (21 points: 4 rows). A
 * point on the line between two bands belongs to the southern one; the southernmost point is in
 * the last row. Bands without a point are left out. Within a row, points go from west to east;
 * points at the same longitude keep their order in `points`.
 *
 * @returns The rows, north first, holding the given point objects themselves; `[]` for no points.
 * @throws {RangeError} When a point's `lng` or `lat` is not a finite number.
 */
export function readingOrder<T extends GeoPoint>(points: readonly T[]): T[][] {
  for (const p of points) {
    if (!Number.isFinite(p.lng) || !Number.isFinite(p.lat)) {
      throw new RangeError(`readingOrder: ${p.code} is not at a finite position (${p.lng}, ${p.lat})`);
    }
  }
  if (!points.length) return [];
  const lats = points.map((p) => p.lat);
  const north = Math.max(...lats);
  const south = Math.min(...lats);
  const count = Math.max(1, Math.round(Math.sqrt(points.length)) - 1);
  const height = (north - south) / count || 1;
  const rows: T[][] = Array.from({ length: count }, () => []);
  for (const p of points) rows[Math.min(count - 1, Math.floor((north - p.lat) / height))].push(p);
  return rows.filter((row) => row.length).map((row) => row.sort((a, b) => a.lng - b.lng));
}

/**
 * Where the keyboard focus goes from `from` on `key`, in `rows` from {@link readingOrder}:
 *
 * - `ArrowRight` and `ArrowLeft`: the next and previous point in reading order, across rows;
 *   at the last and first point the focus stays.
 * - `Home` and `End`: the first and last point.
 * - `ArrowDown` and `ArrowUp`: the point in the row below or above that is nearest in longitude
 *   (the western one of two equally near); in the last or first row the focus stays.
 *
 * @returns The code to focus (`from` itself when the focus stays), or `undefined` when `from`
 *   is not in `rows` (also when `rows` is empty).
 */
export function move(rows: readonly (readonly GeoPoint[])[], from: string, key: NavigationKey): string | undefined {
  const flat = rows.flat();
  const index = flat.findIndex((p) => p.code === from);
  if (index < 0) return undefined;
  switch (key) {
    case 'ArrowRight':
      return flat[Math.min(flat.length - 1, index + 1)].code;
    case 'ArrowLeft':
      return flat[Math.max(0, index - 1)].code;
    case 'Home':
      return flat[0].code;
    case 'End':
      return flat[flat.length - 1].code;
  }
  const { lng } = flat[index];
  const row = rows.findIndex((r) => r.some((p) => p.code === from));
  const target = rows[row + (key === 'ArrowDown' ? 1 : -1)];
  if (!target?.length) return from;
  return target.reduce((best, p) => (Math.abs(p.lng - lng) < Math.abs(best.lng - lng) ? p : best)).code;
}
