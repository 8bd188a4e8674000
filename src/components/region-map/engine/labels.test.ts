import { expect } from '@open-wc/testing';
import { placeLabels, type Label, type Rect } from './labels.js';

const box = { left: 0, top: 0, right: 100, bottom: 50 };
/** A name 30 by 10 (unless told) at the point x, y. */
const label = (code: string, x: number, y: number, priority = 1, width = 30, height = 10): Label => ({
  code,
  anchor: { x, y },
  width,
  height,
  priority,
});
const place = (labels: Label[], options = {}) => placeLabels(labels, box, options);
const shown = (labels: Label[], options = {}) => [...place(labels, options).keys()].sort();
const centre = (r: Rect) => [(r.left + r.right) / 2, (r.top + r.bottom) / 2];

describe('placeLabels', () => {
  it('shows nothing when there are no names', () => {
    expect(shown([])).to.deep.equal([]);
  });

  it('puts a name with room around it centred on its point', () => {
    const rect = place([label('A', 40, 20)]).get('A')!;
    expect(rect).to.deep.equal({ left: 25, top: 15, right: 55, bottom: 25 });
  });

  it('moves a name near the edge into the box, and hides one whose point lies beyond the edge', () => {
    // Centred on x = 5 it would stick out by 10 on the left: moved in, touching the edge.
    expect(place([label('A', 5, 20)]).get('A')).to.deep.equal({ left: 0, top: 15, right: 30, bottom: 25 });
    expect(place([label('A', 99, 48)]).get('A')).to.deep.equal({ left: 70, top: 40, right: 100, bottom: 50 });
    // Its point outside the box: more than half of it would have to move.
    expect(shown([label('A', -1, 20)])).to.deep.equal([]);
    expect(shown([label('A', 40, 62)])).to.deep.equal([]);
    // A name larger than the box fits nowhere.
    expect(shown([label('A', 50, 25, 1, 120)])).to.deep.equal([]);
  });

  it('moves a name that would overlap a more important one beside it: above, below, then to a side', () => {
    // Room above: there.
    const above = place([label('B', 50, 30, 10), label('A', 50, 22)]);
    expect(above.get('B')).to.deep.equal({ left: 35, top: 25, right: 65, bottom: 35 });
    expect(above.get('A')).to.deep.equal({ left: 35, top: 10, right: 65, bottom: 20 });
    // No room above (the top of the box): below, 2 pixels under its point.
    const below = place([label('B', 50, 8, 10), label('A', 50, 12)]);
    expect(centre(below.get('A')!)).to.deep.equal([50, 19]);
    // No room above or below (a flat box): to the right, starting a little left of its point.
    const flat = placeLabels([label('B', 50, 5, 10), label('A', 80, 5)], { left: 0, top: 0, right: 100, bottom: 10 });
    expect(flat.get('A')).to.deep.equal({ left: 70, top: 0, right: 100, bottom: 10 });
  });

  it('lets a name that must be shown stand wholly beside its point, when a name of the same line is in the way', () => {
    // B and A on one line, 20 apart: near its point, A finds no place; as a name in first, a line above.
    const line = [label('B', 50, 25, 10), label('A', 30, 25)];
    expect(shown(line)).to.deep.equal(['B']);
    const placed = place(line, { first: ['B', 'A'] });
    expect(placed.get('A')).to.deep.equal({ left: 15, top: 8, right: 45, bottom: 18 });
  });

  it('hides a name for which no place is free', () => {
    const crowd = [label('B', 50, 25, 10, 100, 50), label('A', 50, 25)];
    expect(shown(crowd)).to.deep.equal(['B']);
  });

  it('places by importance: the codes in first, in that order, then by priority, then by code, never by their order', () => {
    // Three names at one point in a box that holds one: which one is shown?
    const tiny = { left: 0, top: 0, right: 30, bottom: 10 };
    const names = [label('C', 15, 5, 5), label('A', 15, 5, 1), label('B', 15, 5, 5)];
    const winner = (labels: Label[], first?: string[]) => [...placeLabels(labels, tiny, { first }).keys()];
    expect(winner(names)).to.deep.equal(['B']);
    expect(winner([...names].reverse())).to.deep.equal(['B']);
    expect(winner(names, ['A'])).to.deep.equal(['A']);
    expect(winner(names, ['Q', 'C', 'A'])).to.deep.equal(['C']);
  });

  it('keeps names off the boxes to avoid, moving them beside', () => {
    const buttons = { left: 0, top: 0, right: 20, bottom: 30 };
    // Centred on 30, 15 it would cover the buttons; moved to the right of its point instead.
    expect(place([label('A', 30, 15)], { avoid: [buttons] }).get('A')).to.deep.equal({ left: 24, top: 10, right: 54, bottom: 20 });
    expect(shown([label('A', 5, 5, 1, 30, 45)], { avoid: [buttons] })).to.deep.equal([]);
  });

  it('keeps 2 pixels free left and right of a shown name, and 1 above and below', () => {
    const rects = (b: Label) => place([label('A', 25, 15, 2), b]);
    // Side by side: exactly 2 apart is enough (B stays centred); 1.5 apart is not (B moves).
    expect(centre(rects(label('B', 57, 15)).get('B')!)).to.deep.equal([57, 15]);
    expect(centre(rects(label('B', 56.5, 15)).get('B')!)).not.to.deep.equal([56.5, 15]);
    // One above the other: exactly 1 apart is enough, 0.5 is not.
    expect(centre(rects(label('B', 25, 26)).get('B')!)).to.deep.equal([25, 26]);
    expect(centre(rects(label('B', 25, 25.5)).get('B')!)).not.to.deep.equal([25, 25.5]);
  });

  it('measures against shown names only: a hidden name hides nothing', () => {
    // In a box one name high: B finds no place beside A; C, which would crowd B, stays where it belongs.
    const strip = { left: 0, top: 0, right: 100, bottom: 10 };
    const labels = [label('A', 10, 5, 3, 20), label('B', 25, 5, 2, 40), label('C', 52, 5, 1, 20)];
    const result = placeLabels(labels, strip);
    expect([...result.keys()].sort()).to.deep.equal(['A', 'C']);
    expect(centre(result.get('C')!)).to.deep.equal([52, 5]);
  });

  it('takes DOMRects as they come from getBoundingClientRect()', () => {
    const result = placeLabels([label('A', 40, 20)], new DOMRect(0, 0, 100, 50), { avoid: [new DOMRect(80, 0, 20, 10)] });
    expect([...result.keys()]).to.deep.equal(['A']);
  });

  it('refuses numbers that are not finite, negative sizes and rectangles turned inside out', () => {
    expect(() => place([label('A', Number.NaN, 10)])).to.throw(RangeError, 'A');
    expect(() => place([label('A', 10, Number.POSITIVE_INFINITY)])).to.throw(RangeError, 'A');
    expect(() => place([label('A', 10, 10, 1, -5)])).to.throw(RangeError, 'A');
    expect(() => place([label('A', 10, 10, 1, 5, Number.NaN)])).to.throw(RangeError, 'A');
    expect(() => place([label('A', 10, 10, Number.NaN)])).to.throw(RangeError, 'priority');
    expect(() => placeLabels([], { left: 0, top: 0, right: Number.NaN, bottom: 50 })).to.throw(RangeError, 'box');
    expect(() => placeLabels([], box, { avoid: [{ left: 10, top: 0, right: 5, bottom: 5 }] })).to.throw(RangeError, 'avoid');
  });
});
