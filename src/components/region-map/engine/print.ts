/**
 * The map as it is printed: the whole region, as an SVG that scales to whatever width the
 * printed page gives it, with the names placed for a page of {@link PRINT_WIDTH}. Built from the
 * projected boundaries, so the map on screen keeps the visitor's view. No Leaflet: the engine
 * projects, this module lays out and builds the DOM.
 */
import { el } from './dom.js';
import { placeLabels, type Point } from './labels.js';

/**
 * The width the names are placed for, in CSS pixels: the text width of an A4 or Letter page in
 * portrait with margins of about 2 cm, at the 96 pixels per inch of CSS.
 */
export const PRINT_WIDTH = 640;

/** The space around the region on paper, as a share of its width and height on each side. */
const PADDING = 0.02;

/** One municipality, projected (pixels at any one zoom, y downwards). */
export interface PrintArea {
  code: string;
  /** Its outer and inner rings, each a closed list of points. */
  rings: Point[][];
  /** Classes of its shape besides `mre-area` (`is-current`, `is-selected`). */
  classes: string[];
  /** Its name: the text, the point it belongs to, its measured size and importance. */
  label?: { text: string; anchor: Point; width: number; height: number; priority: number };
}

/** What `printLayout()` worked out. */
export interface PrintLayout {
  /** The SVG's viewBox: the region with its padding, in the projected pixels. */
  viewBox: [number, number, number, number];
  /** The path data of each area (`d`), rounded to a tenth of a pixel. */
  paths: { code: string; d: string; classes: string[] }[];
  /** The names shown, each with its centre in per cent of the viewBox's width and height. */
  labels: { code: string; text: string; x: number; y: number }[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The `d` of a path through `rings`. */
export function pathData(rings: Point[][]): string {
  return rings
    .filter((ring) => ring.length)
    .map((ring) => `M${ring.map((p) => `${round(p.x)} ${round(p.y)}`).join('L')}Z`)
    .join('');
}

/**
 * Lays out the printed map: the viewBox around every area with {@link PADDING}, so that its
 * shape is the region's own; the paths; and the names that fit on a page {@link PRINT_WIDTH}
 * wide, chosen as on screen (`first`, then by priority).
 *
 * @returns `undefined` when there is nothing to print (no area with a point).
 */
export function printLayout(areas: readonly PrintArea[], first: readonly string[]): PrintLayout | undefined {
  const points = areas.flatMap((a) => a.rings.flat());
  if (!points.length) return undefined;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const [w, h] = [Math.max(maxX - minX, 1e-9), Math.max(maxY - minY, 1e-9)];
  const viewBox: PrintLayout['viewBox'] = [minX - w * PADDING, minY - h * PADDING, w * (1 + 2 * PADDING), h * (1 + 2 * PADDING)];
  const scale = PRINT_WIDTH / viewBox[2];
  const page = { left: 0, top: 0, right: PRINT_WIDTH, bottom: viewBox[3] * scale };
  const named = areas.filter((a) => a.label);
  const toPage = (p: Point) => ({ x: (p.x - viewBox[0]) * scale, y: (p.y - viewBox[1]) * scale });
  const placed = placeLabels(
    named.map((a) => ({ code: a.code, anchor: toPage(a.label!.anchor), width: a.label!.width, height: a.label!.height, priority: a.label!.priority })),
    page,
    { first },
  );
  return {
    viewBox: viewBox.map(round) as PrintLayout['viewBox'],
    paths: areas.map((a) => ({ code: a.code, d: pathData(a.rings), classes: a.classes })),
    labels: named
      .filter((a) => placed.has(a.code))
      .map((a) => {
        const r = placed.get(a.code)!;
        return { code: a.code, text: a.label!.text, x: round((((r.left + r.right) / 2) / page.right) * 100), y: round((((r.top + r.bottom) / 2) / page.bottom) * 100) };
      }),
  };
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The printed map as DOM: `div.mre-print` (hidden from assistive technology: the list of
 * municipalities is the text alternative) holding an SVG that scales to the box, a path per area
 * (`path.mre-area`, with its classes and `data-code`), the outlines of the site's own and the
 * selected municipality on top (`path.mre-mark.mre-mark-current`, `…-selected`), and the names
 * (`div.mre-label`) at their places in per cent.
 */
export function renderPrintView(layout: PrintLayout, marks: { current?: string; selected?: string }): HTMLDivElement {
  const root = el('div', 'mre-print');
  root.setAttribute('aria-hidden', 'true');
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', layout.viewBox.join(' '));
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  const path = (d: string, className: string, code: string) => {
    const node = document.createElementNS(SVG, 'path');
    node.setAttribute('d', d);
    node.setAttribute('class', className);
    node.dataset.code = code;
    svg.append(node);
  };
  for (const p of layout.paths) path(p.d, ['mre-area', ...p.classes].join(' '), p.code);
  for (const [kind, code] of [['current', marks.current], ['selected', marks.selected]] as const) {
    const p = layout.paths.find((item) => item.code === code);
    if (p) path(p.d, `mre-mark mre-mark-${kind}`, p.code);
  }
  root.append(svg);
  for (const label of layout.labels) {
    const node = el('div', `mre-label${label.code === marks.current ? ' is-current' : ''}`);
    node.dataset.code = label.code;
    node.style.left = `${label.x}%`;
    node.style.top = `${label.y}%`;
    node.append(el('span', 'mre-label-text', label.text));
    root.append(node);
  }
  return root;
}
