// What the map tests look at and wait for: the shapes, the boxes, the map standing still.
import { fixture, nextFrame, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { MreRegionMap } from '../src/components/region-map/region-map.js';
import { press } from './keys.js';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export const root = (el: MreRegionMap) => el.shadowRoot!;
export const areas = (el: MreRegionMap) => [...root(el).querySelectorAll<SVGPathElement>('.mre-leaflet path.mre-area')];
export const area = (el: MreRegionMap, code: string) => root(el).querySelector<SVGPathElement>(`.mre-leaflet path.mre-area[data-code="${code}"]`)!;
export const popup = (el: MreRegionMap) => root(el).querySelector<HTMLElement>('.mre-popup-body');
export const focused = (el: MreRegionMap) => root(el).activeElement;
export const mapBox = (el: MreRegionMap) => root(el).querySelector('.map')!.getBoundingClientRect();
export const label = (el: MreRegionMap, code: string) => root(el).querySelector<HTMLElement>(`.mre-leaflet .mre-label[data-code="${code}"]`)!;

/** The box around `rects`, in page pixels. */
export function union(rects: DOMRect[]): Box {
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const right = Math.max(...rects.map((r) => r.right));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  return { left, top, right, bottom, width: right - left, height: bottom - top };
}

/** The box around every drawn municipality, in page pixels. */
export function drawnBox(el: MreRegionMap): Box {
  return union(areas(el).map((p) => p.getBoundingClientRect()));
}

/** Whether `inner` lies inside `outer`, give or take `slack` pixels. */
export function inside(inner: Omit<Box, 'width' | 'height'>, outer: Omit<Box, 'width' | 'height'>, slack = 1): boolean {
  return inner.left >= outer.left - slack && inner.right <= outer.right + slack && inner.top >= outer.top - slack && inner.bottom <= outer.bottom + slack;
}

/** Whether two boxes share any area. */
export function meet(a: Omit<Box, 'width' | 'height'>, b: Omit<Box, 'width' | 'height'>): boolean {
  return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}

/** Whether the region fills the map in at least one direction and lies inside it. */
export function fitted(el: MreRegionMap): boolean {
  const map = mapBox(el);
  const box = drawnBox(el);
  const fills = box.width >= map.width * 0.8 || box.height >= map.height * 0.8;
  return map.width > 0 && fills && inside(box, map);
}

export async function drawn(el: MreRegionMap, count = 21): Promise<void> {
  await waitUntil(() => areas(el).length === count && root(el).querySelector('.controls, .mre-leaflet'), `${count} municipalities drawn`, {
    timeout: 5000,
  });
  await nextFrame();
}

export async function map(template: TemplateResult): Promise<MreRegionMap> {
  const el = await fixture<MreRegionMap>(template);
  await drawn(el);
  return el;
}

/** A map in a box `width` pixels wide (and a font size, for text at 200 %), drawn. */
export async function mapAt(width: number, template: TemplateResult, fontSize = '16px'): Promise<MreRegionMap> {
  const wrapper = await fixture<HTMLDivElement>(template);
  wrapper.style.width = `${width}px`;
  wrapper.style.fontSize = fontSize;
  const el = wrapper.querySelector('mre-region-map')!;
  await drawn(el);
  await waitUntil(() => fitted(el) && Math.abs(mapBox(el).width - width) < 1, `fitted at ${width} pixels`, { timeout: 5000 });
  return el;
}

/**
 * A point of a municipality's shape that nothing covers, nearest the middle of its box, for real
 * mouse input (its name may stand beside its middle, and the shape may not be convex).
 */
export function pointOf(el: MreRegionMap, code: string): [number, number] {
  const path = area(el, code);
  const box = path.getBoundingClientRect();
  const points: [number, number][] = [];
  for (let i = 1; i < 20; i++) for (let j = 1; j < 20; j++) points.push([Math.round(box.left + (box.width * i) / 20), Math.round(box.top + (box.height * j) / 20)]);
  const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
  points.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
  const point = points.find(([x, y]) => root(el).elementFromPoint(x, y) === path);
  if (!point) throw new Error(`no point of ${code} is uncovered`);
  return point;
}

/**
 * Waits until the map stands still: no zoom animation running, and the same drawn box in three
 * frames in a row. A zoom asked for starts by the next frame, so three still frames after an
 * input also prove that the input moved nothing.
 */
export async function still(el: MreRegionMap): Promise<void> {
  let last = '';
  let same = 0;
  await waitUntil(
    async () => {
      await nextFrame();
      const box = JSON.stringify(drawnBox(el));
      // Leaflet marks a running zoom animation and a pan animation on its map pane.
      const pane = root(el).querySelector('.leaflet-map-pane')!;
      const animating = pane.classList.contains('leaflet-zoom-anim') || pane.classList.contains('leaflet-pan-anim');
      same = box === last && !animating ? same + 1 : 0;
      last = box;
      return same >= 3;
    },
    'the map stands still',
    { timeout: 5000, interval: 0 },
  );
}

export async function tabInto(el: MreRegionMap): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  await press('Tab');
  before.remove();
}
