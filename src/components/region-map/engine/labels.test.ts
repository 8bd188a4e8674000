import { expect } from '@open-wc/testing';
import { placeLabels, type Label } from './labels.js';

const box = { left: 0, top: 0, right: 100, bottom: 50 };
const label = (code: string, left: number, top: number, right: number, bottom: number, priority = 1): Label => ({
  code,
  rect: { left, top, right, bottom },
  priority,
});
const shown = (labels: Label[], first?: string) => [...placeLabels(labels, box, first)].sort();

describe('placeLabels', () => {
  it('shows nothing when there are no names', () => {
    expect(shown([])).to.deep.equal([]);
  });

  it('shows a name inside the box, also one touching its edges, and hides one sticking out', () => {
    expect(shown([label('A', 10, 10, 40, 20)])).to.deep.equal(['A']);
    expect(shown([label('A', 0, 0, 100, 50)])).to.deep.equal(['A']);
    expect(shown([label('A', 70, 10, 101, 20)])).to.deep.equal([]);
    expect(shown([label('A', -0.5, 10, 30, 20)])).to.deep.equal([]);
    expect(shown([label('A', 10, 45, 40, 50.5)])).to.deep.equal([]);
    expect(shown([label('A', 10, -1, 40, 9)])).to.deep.equal([]);
  });

  it('of two overlapping names, shows the one with the higher priority', () => {
    expect(shown([label('A', 10, 10, 40, 20, 10), label('B', 30, 10, 60, 20, 20)])).to.deep.equal(['B']);
  });

  it('shows the first name before any other, whatever its priority', () => {
    expect(shown([label('A', 10, 10, 40, 20, 10), label('B', 30, 10, 60, 20, 20)], 'A')).to.deep.equal(['A']);
  });

  it('still hides the first name when it sticks out of the box', () => {
    expect(shown([label('A', 80, 10, 110, 20, 10), label('B', 30, 10, 60, 20, 20)], 'A')).to.deep.equal(['B']);
  });

  it('ignores a first code that is not among the names', () => {
    expect(shown([label('A', 10, 10, 40, 20, 10), label('B', 30, 10, 60, 20, 20)], 'Q')).to.deep.equal(['B']);
  });

  it('keeps 2 pixels free left and right of a shown name, and 1 above and below', () => {
    const a = label('A', 10, 10, 40, 20, 2);
    // Side by side: exactly 2 apart is enough, 1.5 is not.
    expect(shown([a, label('B', 42, 10, 70, 20)])).to.deep.equal(['A', 'B']);
    expect(shown([a, label('B', 41.5, 10, 70, 20)])).to.deep.equal(['A']);
    expect(shown([a, label('B', 0, 10, 8, 20)])).to.deep.equal(['A', 'B']);
    expect(shown([a, label('B', 0, 10, 8.5, 20)])).to.deep.equal(['A']);
    // One above the other: exactly 1 apart is enough, 0.5 is not.
    expect(shown([a, label('B', 20, 21, 50, 30)])).to.deep.equal(['A', 'B']);
    expect(shown([a, label('B', 20, 20.5, 50, 30)])).to.deep.equal(['A']);
    expect(shown([a, label('B', 20, 0, 50, 9)])).to.deep.equal(['A', 'B']);
    // Diagonal: 1 apart sideways, but 2 apart in height.
    expect(shown([a, label('B', 41, 22, 70, 30)])).to.deep.equal(['A', 'B']);
  });

  it('measures against shown names only: a hidden name hides nothing', () => {
    // B overlaps A and is hidden; C overlaps only B, so it is shown.
    const labels = [label('A', 0, 0, 20, 10, 3), label('B', 15, 0, 45, 10, 2), label('C', 40, 0, 70, 10, 1)];
    expect(shown(labels)).to.deep.equal(['A', 'C']);
  });

  it('keeps the given order between names of the same priority', () => {
    const [a, b] = [label('A', 0, 0, 30, 10), label('B', 20, 0, 50, 10)];
    expect(shown([a, b])).to.deep.equal(['A']);
    expect(shown([b, a])).to.deep.equal(['B']);
  });

  it('takes DOMRects as they come from getBoundingClientRect()', () => {
    const codes = placeLabels([{ code: 'A', rect: new DOMRect(10, 10, 30, 10), priority: 1 }], new DOMRect(0, 0, 100, 50));
    expect([...codes]).to.deep.equal(['A']);
  });

  it('refuses rectangles and priorities that are not numbers, and rectangles turned inside out', () => {
    expect(() => placeLabels([label('A', Number.NaN, 10, 40, 20)], box)).to.throw(RangeError, 'A');
    expect(() => placeLabels([label('A', 10, 10, Number.POSITIVE_INFINITY, 20)], box)).to.throw(RangeError, 'A');
    expect(() => placeLabels([label('A', 40, 10, 10, 20)], box)).to.throw(RangeError, 'A');
    expect(() => placeLabels([label('A', 10, 20, 40, 10)], box)).to.throw(RangeError, 'A');
    expect(() => placeLabels([label('A', 10, 10, 40, 20, Number.NaN)], box)).to.throw(RangeError, 'priority');
    expect(() => placeLabels([], { left: 0, top: 0, right: Number.NaN, bottom: 50 })).to.throw(RangeError, 'box');
  });
});
