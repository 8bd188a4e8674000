/**
 * Which names the map shows: names that would overlap a more important one, or stick out of
 * the map, are hidden so that the rest stay readable. Pure: the engine measures the names and
 * applies the answer; this module only compares rectangles.
 */

/**
 * A rectangle in CSS pixels, in one coordinate space for all (that of `getBoundingClientRect()`;
 * a `DOMRect` is one).
 */
export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** A name on the map: whose it is (a code, unique among the labels), where it is, and how important. */
export interface Label {
  readonly code: string;
  readonly rect: Rect;
  /** Bigger is placed first (the population, for instance). */
  readonly priority: number;
}

/** The free space around each shown name, in CSS pixels: to the left and right, above and below. */
export const LABEL_MARGIN = { x: 2, y: 1 } as const;

function checkRect(rect: Rect, what: string): void {
  const { left, top, right, bottom } = rect;
  if (![left, top, right, bottom].every(Number.isFinite) || right < left || bottom < top) {
    throw new RangeError(`placeLabels: ${what} is not a rectangle (${left}, ${top}, ${right}, ${bottom})`);
  }
}

/**
 * Chooses the names to show. The names are placed one at a time: the one of `first` (the site's
 * own municipality) before all others, then by `priority`, biggest first; equal priorities keep
 * their order in `labels`. A name is shown when it lies inside `box` (touching its edge is
 * inside) and keeps {@link LABEL_MARGIN} from every name shown before it (exactly the margin
 * apart is enough). Otherwise it is hidden.
 *
 * @param labels The names, measured where they are drawn.
 * @param box The visible map, in the same coordinates.
 * @param first The code of the name placed first, if any; a code not in `labels` is ignored.
 * @returns The codes of the names to show; the others are to be hidden.
 * @throws {RangeError} When a rectangle has a coordinate that is not finite, or its right is left
 *   of its left or its bottom above its top; or when a priority is not finite.
 */
export function placeLabels(labels: readonly Label[], box: Rect, first?: string): Set<string> {
  checkRect(box, 'the box');
  for (const label of labels) {
    checkRect(label.rect, `the name of ${label.code}`);
    if (!Number.isFinite(label.priority)) throw new RangeError(`placeLabels: the priority of ${label.code} is ${label.priority}`);
  }
  const order = [...labels].sort((a, b) => Number(b.code === first) - Number(a.code === first) || b.priority - a.priority);
  const { x, y } = LABEL_MARGIN;
  const shown: Rect[] = [];
  const codes = new Set<string>();
  for (const { code, rect: r } of order) {
    const outside = r.left < box.left || r.right > box.right || r.top < box.top || r.bottom > box.bottom;
    const overlaps = shown.some((k) => r.left < k.right + x && r.right > k.left - x && r.top < k.bottom + y && r.bottom > k.top - y);
    if (outside || overlaps) continue;
    shown.push(r);
    codes.add(code);
  }
  return codes;
}
