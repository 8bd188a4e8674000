/**
 * Names of enumerable properties that the page added to `Object.prototype` (some old libraries
 * do). Leaflet walks plain objects with `for … in`, meets them there and fails, so the map is not
 * drawn on such a page. Empty on a page that leaves `Object.prototype` alone.
 */
export function inheritedEnumerableKeys(): string[] {
  const keys: string[] = [];
  const probe = {};
  for (const key in probe) keys.push(key);
  return keys;
}
