import { fold } from './text.js';
import type { Municipality, Region } from './types.js';

/**
 * Finds a municipality by any name an editor may use for it: its slug (`son-en-breugel`), CBS
 * code (`GM0848`), official name (`Son en Breugel`) or short name, in any case, with or without
 * accents, surrounding spaces or typographic quotes. Returns `undefined` when nothing matches.
 */
export function findMunicipality(
  region: Pick<Region, 'municipalities'>,
  key: string | null | undefined,
): Municipality | undefined {
  const wanted = fold(key ?? '');
  if (!wanted) return undefined;
  return region.municipalities.find((m) =>
    [m.slug, m.code, m.name, m.short_name].some((form) => form !== undefined && fold(form) === wanted),
  );
}
