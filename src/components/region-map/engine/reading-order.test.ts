import { expect } from '@open-wc/testing';
import { isNavigationKey, move, readingOrder, type GeoPoint } from './reading-order.js';

const codes = (rows: GeoPoint[][]) => rows.map((row) => row.map((p) => p.code));
const at = (code: string, lng: number, lat: number): GeoPoint => ({ code, lng, lat });

/**
 * Seven points make two rows (round(√7) − 1 = 2), each half a degree high between 52° and 51°:
 *
 *   row 1 (52.0 to above 51.5):  A 5.0  G 5.2  B 5.5  E 6.0
 *   row 2 (51.5 down to 51.0):   C 4.0  D 4.5  F 5.0
 *
 * C lies on the line between the rows, so in the southern one.
 */
const seven = [at('A', 5.0, 52.0), at('B', 5.5, 51.6), at('C', 4.0, 51.5), at('D', 4.5, 51.0), at('E', 6.0, 51.9), at('F', 5.0, 51.2), at('G', 5.2, 51.55)];

describe('readingOrder', () => {
  it('is empty for no points', () => {
    expect(readingOrder([])).to.deep.equal([]);
  });

  it('is one row for one point', () => {
    expect(codes(readingOrder([at('A', 5, 51)]))).to.deep.equal([['A']]);
  });

  it('puts points in rows from north to south, west to east within a row', () => {
    expect(codes(readingOrder(seven))).to.deep.equal([
      ['A', 'G', 'B', 'E'],
      ['C', 'D', 'F'],
    ]);
  });

  it('returns the point objects it was given, and leaves the input as it was', () => {
    const input = [...seven];
    const rows = readingOrder(input);
    expect(rows[0][0]).to.equal(seven[0]);
    expect(input).to.deep.equal(seven);
  });

  it('makes four rows of 21 points, the southernmost in the last', () => {
    // Latitudes 51.0, 51.1 … 53.0: bands of half a degree from the north; 51.5, 52.0 and 52.5
    // lie on the lines between them and go south.
    const points = Array.from({ length: 21 }, (_, i) => at(`P${i}`, 5 + (i % 3) / 10, 51 + i / 10));
    expect(codes(readingOrder(points)).map((row) => row.length)).to.deep.equal([5, 5, 5, 6]);
    expect(codes(readingOrder(points))[3]).to.include.members(['P0', 'P5']);
    expect(codes(readingOrder(points))[0]).to.include.members(['P16', 'P20']);
  });

  it('makes one row of points that all lie at the same latitude', () => {
    const flat = [at('C', 7, 51), at('A', 5, 51), at('B', 6, 51), at('D', 8, 51), at('E', 9, 51), at('F', 10, 51), at('G', 11, 51)];
    expect(codes(readingOrder(flat))).to.deep.equal([['A', 'B', 'C', 'D', 'E', 'F', 'G']]);
  });

  it('keeps the given order of points at the same longitude', () => {
    expect(codes(readingOrder([at('Y', 5, 51), at('X', 5, 51), at('Z', 4, 51)]))).to.deep.equal([['Z', 'Y', 'X']]);
  });

  it('refuses a point that is not at a finite position', () => {
    expect(() => readingOrder([at('A', 5, 51), at('B', Number.NaN, 51)])).to.throw(RangeError, 'B');
    expect(() => readingOrder([at('A', 5, Number.POSITIVE_INFINITY)])).to.throw(RangeError, 'A');
  });
});

describe('move', () => {
  const rows = readingOrder(seven);

  it('goes right and left in reading order, across rows, and stays at either end', () => {
    expect(move(rows, 'A', 'ArrowRight')).to.equal('G');
    expect(move(rows, 'E', 'ArrowRight')).to.equal('C');
    expect(move(rows, 'F', 'ArrowRight')).to.equal('F');
    expect(move(rows, 'C', 'ArrowLeft')).to.equal('E');
    expect(move(rows, 'G', 'ArrowLeft')).to.equal('A');
    expect(move(rows, 'A', 'ArrowLeft')).to.equal('A');
  });

  it('goes to the first with Home and the last with End', () => {
    expect(move(rows, 'F', 'Home')).to.equal('A');
    expect(move(rows, 'A', 'Home')).to.equal('A');
    expect(move(rows, 'A', 'End')).to.equal('F');
    expect(move(rows, 'D', 'End')).to.equal('F');
  });

  it('goes down and up to the nearest in longitude in the next row, and stays in the last and first', () => {
    // B is at 5.5: C 4.0, D 4.5 and F 5.0 are 1.5, 1.0 and 0.5 away.
    expect(move(rows, 'B', 'ArrowDown')).to.equal('F');
    expect(move(rows, 'A', 'ArrowDown')).to.equal('F');
    expect(move(rows, 'E', 'ArrowDown')).to.equal('F');
    // D is at 4.5: A 5.0 is nearest above.
    expect(move(rows, 'D', 'ArrowUp')).to.equal('A');
    expect(move(rows, 'F', 'ArrowUp')).to.equal('A');
    expect(move(rows, 'A', 'ArrowUp')).to.equal('A');
    expect(move(rows, 'F', 'ArrowDown')).to.equal('F');
  });

  it('takes the western of two equally near', () => {
    const twoRows = [[at('X', 1, 10), at('Y', 3, 10)], [at('Z', 2, 9)]];
    expect(move(twoRows, 'Z', 'ArrowUp')).to.equal('X');
  });

  it('stays on the only point whatever the key', () => {
    const one = readingOrder([at('A', 5, 51)]);
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const) {
      expect(move(one, 'A', key), key).to.equal('A');
    }
  });

  it('goes nowhere from a code that is not in the rows, or in no rows', () => {
    expect(move(rows, 'Q', 'ArrowRight')).to.equal(undefined);
    expect(move(rows, 'Q', 'ArrowDown')).to.equal(undefined);
    expect(move([], 'A', 'Home')).to.equal(undefined);
  });
});

describe('isNavigationKey', () => {
  it('knows the arrow keys, Home and End, and nothing else', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End']) expect(isNavigationKey(key), key).to.be.true;
    for (const key of ['Enter', ' ', 'Tab', 'PageDown', 'arrowright', '']) expect(isNavigationKey(key), key).to.be.false;
  });
});
