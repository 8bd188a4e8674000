/**
 * Which names the map shows, and where: the most important names first, each at its area's label
 * point or moved a little beside it, never over another name, a control or the map's edge. Pure:
 * the engine measures the names once and applies the answer; this module only compares rectangles.
 */

/**
 * A rectangle in CSS pixels, in one coordinate space for all (that of `getBoundingClientRect()`,
 * or the map's own; a `DOMRect` is one).
 */
export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** A point in the same coordinates. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A name on the map: whose it is (a code, unique among the labels), where it belongs, its size and importance. */
export interface Label {
  readonly code: string;
  /** The point the name belongs to (its area's label point). */
  readonly anchor: Point;
  /** The name's measured size. */
  readonly width: number;
  readonly height: number;
  /** Bigger is placed first (the population, for instance), after the names in `first`. */
  readonly priority: number;
}

/** What else `placeLabels` needs to know. */
export interface PlaceOptions {
  /** Codes placed before all others, in this order (the site's own municipality, the selected one). */
  first?: readonly string[];
  /** Boxes no name may cover (the zoom buttons). */
  avoid?: readonly Rect[];
}

/** The free space around each shown name, in CSS pixels: to the left and right, above and below. */
export const LABEL_MARGIN = { x: 2, y: 1 } as const;

/** The gap between a point and a name put above or below it, in CSS pixels. */
const GAP = 2;

function checkRect(rect: Rect, what: string): void {
  const { left, top, right, bottom } = rect;
  if (![left, top, right, bottom].every(Number.isFinite) || right < left || bottom < top) {
    throw new RangeError(`placeLabels: ${what} is not a rectangle (${left}, ${top}, ${right}, ${bottom})`);
  }
}

/**
 * The places a name may take, best first: centred on its point; above it; below it; starting or
 * ending near it (to the right or left of it); and the four corners. A name that must be shown
 * (`far`) may also stand wholly beside its point: a line higher or lower, or to the left or right
 * of it, for when a name of the same line is in the way. Each place is moved into `box` when it
 * sticks out by no more than half its width (or its height) there, so that a name near the edge
 * of the map is moved in rather than left out; farther out, it is no candidate. None when the
 * point itself is outside `box`.
 */
function candidates(label: Label, box: Rect, far: boolean): Rect[] {
  const { anchor, width: w, height: h } = label;
  // A name whose point is out of view is not shown.
  if (anchor.x < box.left || anchor.x > box.right || anchor.y < box.top || anchor.y > box.bottom) return [];
  const dy = h / 2 + GAP;
  const dx = w / 2 - Math.min(w / 4, 6);
  const offsets: [number, number][] = [
    [0, 0],
    [0, -dy],
    [0, dy],
    [dx, 0],
    [-dx, 0],
    [dx, -dy],
    [-dx, -dy],
    [dx, dy],
    [-dx, dy],
  ];
  if (far) {
    const [fx, fy] = [w / 2 + GAP, h + GAP];
    offsets.push([0, -fy], [0, fy], [fx, 0], [-fx, 0], [fx, -fy], [-fx, -fy], [fx, fy], [-fx, fy]);
  }
  const places: Rect[] = [];
  for (const [ox, oy] of offsets) {
    let left = anchor.x + ox - w / 2;
    let top = anchor.y + oy - h / 2;
    const shiftX = Math.max(0, box.left - left) + Math.min(0, box.right - (left + w));
    const shiftY = Math.max(0, box.top - top) + Math.min(0, box.bottom - (top + h));
    if (Math.abs(shiftX) > w / 2 || Math.abs(shiftY) > h || w > box.right - box.left || h > box.bottom - box.top) continue;
    left += shiftX;
    top += shiftY;
    places.push({ left, top, right: left + w, bottom: top + h });
  }
  return places;
}

/** Whether `r` comes closer to `k` than the margin (exactly the margin apart is enough). */
function crowds(r: Rect, k: Rect): boolean {
  const { x, y } = LABEL_MARGIN;
  return r.left < k.right + x && r.right > k.left - x && r.top < k.bottom + y && r.bottom > k.top - y;
}

/**
 * Chooses the names to show and where. They are placed one at a time, by importance: the codes in
 * `options.first` in their order, then by `priority`, biggest first, then by code (never by their
 * order in `labels`). Each takes the first of its {@link candidates} that keeps
 * {@link LABEL_MARGIN} from every name placed before it and from every box in `options.avoid`;
 * a name with no such place is hidden. The names in `first` may stand farther from their points.
 *
 * @param labels The names, measured, with their points.
 * @param box The visible map, in the same coordinates.
 * @returns The shown names by code, each with the rectangle it takes; the others are to be hidden.
 * @throws {RangeError} When a number is not finite (a point, a size, a priority, a box), a size is
 *   negative, or a box is turned inside out.
 */
export function placeLabels(labels: readonly Label[], box: Rect, options: PlaceOptions = {}): Map<string, Rect> {
  checkRect(box, 'the box');
  const avoid = options.avoid ?? [];
  avoid.forEach((r, i) => checkRect(r, `box ${i} to avoid`));
  for (const l of labels) {
    if (![l.anchor.x, l.anchor.y].every(Number.isFinite)) throw new RangeError(`placeLabels: the point of ${l.code} is not finite`);
    if (!(l.width >= 0 && l.height >= 0 && Number.isFinite(l.width + l.height))) throw new RangeError(`placeLabels: the size of ${l.code} is not a size`);
    if (!Number.isFinite(l.priority)) throw new RangeError(`placeLabels: the priority of ${l.code} is ${l.priority}`);
  }
  const first = options.first ?? [];
  const rank = (code: string) => {
    const i = first.indexOf(code);
    return i < 0 ? first.length : i;
  };
  const order = [...labels].sort(
    (a, b) => rank(a.code) - rank(b.code) || b.priority - a.priority || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  const shown = new Map<string, Rect>();
  for (const label of order) {
    const place = candidates(label, box, first.includes(label.code)).find((r) => !avoid.some((k) => crowds(r, k)) && ![...shown.values()].some((k) => crowds(r, k)));
    if (place) shown.set(label.code, place);
  }
  return shown;
}
