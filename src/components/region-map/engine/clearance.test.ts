import { expect } from '@open-wc/testing';
import { clearShift, contains } from './clearance.js';

const rect = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });
const map = rect(0, 0, 400, 300);
/** The zoom buttons: a column in the top left corner. */
const buttons = rect(8, 8, 44, 140);

describe('clearShift', () => {
  it('leaves a box that is inside and clear where it is', () => {
    expect(clearShift(rect(100, 100, 200, 150), map, [buttons], 8)).to.deep.equal({ dx: 0, dy: 0 });
  });

  it('moves a box that sticks out back in, with the margin to spare', () => {
    expect(clearShift(rect(350, -40, 450, 20), map, [], 8)).to.deep.equal({ dx: -58, dy: 48 });
    expect(clearShift(rect(-10, 290, 90, 320), map, [], 0)).to.deep.equal({ dx: 10, dy: -20 });
  });

  it('moves a box off the buttons the shortest way: here to the right of them', () => {
    const popup = rect(30, 60, 230, 160);
    const shift = clearShift(popup, map, [buttons], 8)!;
    expect(shift).to.deep.equal({ dx: 22, dy: 0 });
  });

  it('moves a box below the buttons when that is shorter', () => {
    const low = rect(20, 130, 300, 200);
    expect(clearShift(low, map, [buttons], 0)).to.deep.equal({ dx: 0, dy: 10 });
  });

  it('first moves a box in, then off the buttons', () => {
    // Above the map's top and over the buttons: down into the map, then right of the buttons.
    expect(clearShift(rect(10, -50, 110, 50), map, [buttons], 8)).to.deep.equal({ dx: 42, dy: 58 });
  });

  it('gives up when the box is bigger than the map, or the buttons leave no room', () => {
    expect(clearShift(rect(0, 0, 500, 100), map, [], 0)).to.equal(undefined);
    expect(clearShift(rect(0, 0, 100, 290), map, [], 8)).to.equal(undefined);
    // As wide as the map: it can go neither beside nor under a column as tall as the map.
    expect(clearShift(rect(0, 10, 400, 60), map, [rect(0, 0, 40, 300)], 0)).to.equal(undefined);
  });

  it('keeps clear of several boxes', () => {
    const left = rect(0, 0, 40, 100);
    const right = rect(360, 0, 400, 100);
    const shift = clearShift(rect(20, 20, 120, 60), map, [left, right], 0)!;
    expect(shift).to.deep.equal({ dx: 20, dy: 0 });
    // Between the two there is no room for a box 350 wide: below them.
    expect(clearShift(rect(20, 20, 370, 60), map, [left, right], 0)).to.deep.equal({ dx: 0, dy: 80 });
  });
});

describe('contains', () => {
  it('is true for a box inside, also touching the edge, and false for one sticking out', () => {
    expect(contains(map, rect(0, 0, 400, 300))).to.be.true;
    expect(contains(map, rect(10, 10, 20, 20))).to.be.true;
    expect(contains(map, rect(-1, 10, 20, 20))).to.be.false;
    expect(contains(map, rect(10, 10, 20, 301))).to.be.false;
  });
});
