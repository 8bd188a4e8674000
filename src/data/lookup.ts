import type { Municipality, Region } from './types.js';

/**
 * Finds a municipality by slug (`helmond`) or CBS code (`GM0794`), ignoring case and
 * surrounding white space. Returns `undefined` when nothing matches.
 */
export function findMunicipality(
  region: Pick<Region, 'municipalities'>,
  key: string | null | undefined,
): Municipality | undefined {
  const wanted = key?.trim().toLowerCase();
  if (!wanted) return undefined;
  return region.municipalities.find(
    (m) => m.slug.toLowerCase() === wanted || m.code.toLowerCase() === wanted,
  );
}
