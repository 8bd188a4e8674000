/**
 * Moving a box (a popup, a tooltip, a municipality) the least distance that puts it inside an
 * area and clear of some boxes (the zoom buttons). Pure: rectangles in, a shift out.
 */
import type { Rect } from './labels.js';

/** A shift in CSS pixels: right and down are positive. */
export interface Shift {
  readonly dx: number;
  readonly dy: number;
}

const move = (r: Rect, dx: number, dy: number): Rect => ({ left: r.left + dx, top: r.top + dy, right: r.right + dx, bottom: r.bottom + dy });
const meets = (a: Rect, b: Rect) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/** The shift that brings `box` inside `area` less `margin`; `undefined` when it is too big. */
function inside(box: Rect, area: Rect, margin: number): Shift | undefined {
  const fit = (low: number, high: number, from: number, to: number) => {
    if (high - low < to - from) return undefined;
    return from < low ? low - from : to > high ? high - to : 0;
  };
  const dx = fit(area.left + margin, area.right - margin, box.left, box.right);
  const dy = fit(area.top + margin, area.bottom - margin, box.top, box.bottom);
  return dx === undefined || dy === undefined ? undefined : { dx, dy };
}

/**
 * The shortest shift that puts `box` inside `area` with `margin` to spare on every side, and at
 * least `margin` away from each of `avoid`. First the box is moved into the area; then, for each
 * box to avoid that it still meets, it moves right of, below, left of or above it, whichever is
 * shortest and keeps it inside the area and clear of the boxes already passed.
 *
 * @returns The shift (`{ dx: 0, dy: 0 }` when the box is fine where it is), or `undefined` when
 *   no such place exists: the box is bigger than the area, or the boxes to avoid leave no room.
 */
export function clearShift(box: Rect, area: Rect, avoid: readonly Rect[] = [], margin = 0): Shift | undefined {
  const first = inside(box, area, margin);
  if (!first) return undefined;
  let { dx, dy } = first;
  const bounds = { left: area.left + margin, top: area.top + margin, right: area.right - margin, bottom: area.bottom - margin };
  const within = (r: Rect) => r.left >= bounds.left && r.right <= bounds.right && r.top >= bounds.top && r.bottom <= bounds.bottom;
  const grown = avoid.map((k) => ({ left: k.left - margin, top: k.top - margin, right: k.right + margin, bottom: k.bottom + margin }));
  for (const k of grown) {
    const now = move(box, dx, dy);
    if (!meets(now, k)) continue;
    const options: Shift[] = [
      { dx: k.right - now.left, dy: 0 },
      { dx: 0, dy: k.bottom - now.top },
      { dx: k.left - now.right, dy: 0 },
      { dx: 0, dy: k.top - now.bottom },
    ]
      .filter((s) => {
        const moved = move(now, s.dx, s.dy);
        return within(moved) && !grown.some((other) => meets(moved, other));
      })
      .sort((a, b) => Math.abs(a.dx) + Math.abs(a.dy) - (Math.abs(b.dx) + Math.abs(b.dy)));
    if (!options.length) return undefined;
    dx += options[0].dx;
    dy += options[0].dy;
  }
  return { dx, dy };
}

/** Whether `box` lies inside `area` (touching its edge is inside). */
export function contains(area: Rect, box: Rect): boolean {
  return box.left >= area.left && box.right <= area.right && box.top >= area.top && box.bottom <= area.bottom;
}
