import { expect } from '@open-wc/testing';
import { defaultBoundaries } from './default-boundaries.js';
import { boxOf, isPlausibleBoundary, judgeBoundary, regionBox, regionExtent, shareInside, type Box } from './plausible.js';
import type { Geometry, Position } from './types.js';

/** The geometry with every position moved through `f`. */
const mapPositions = (geometry: Geometry, f: (p: Position) => Position): Geometry =>
  geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(f)) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((rings) => rings.map((ring) => ring.map(f))) };

const square = (west: number, south: number, size: number): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [west + size, south],
      [west + size, south + size],
      [west, south + size],
      [west, south],
    ],
  ],
});

const eindhoven = defaultBoundaries.GM0772;

describe('plausible boundaries', () => {
  it('holds them against the box around all 21 bundled boundaries, widened by 0.1°', () => {
    const boxes = Object.values(defaultBoundaries).map((g) => boxOf(g)!);
    expect(boxes).to.have.length(21);
    const around: Box = [
      Math.min(...boxes.map((b) => b[0])),
      Math.min(...boxes.map((b) => b[1])),
      Math.max(...boxes.map((b) => b[2])),
      Math.max(...boxes.map((b) => b[3])),
    ];
    expect(regionExtent).to.deep.equal(around);
    // Roughly lon 5.07–5.93, lat 51.22–51.60.
    expect(regionExtent.map((v) => Math.round(v * 100) / 100)).to.deep.equal([5.07, 51.22, 5.93, 51.6]);
    expect(regionBox.map((v) => Math.round(v * 1000) / 1000)).to.deep.equal([4.971, 51.121, 6.031, 51.698]);
  });

  it('finds every bundled boundary plausible', () => {
    for (const [code, geometry] of Object.entries(defaultBoundaries)) {
      expect(judgeBoundary(geometry).verdict, code).to.equal('plausible');
      expect(isPlausibleBoundary(geometry), code).to.be.true;
    }
  });

  it('finds a boundary far away outside, with the box it judged', () => {
    // Eindhoven moved to where Amsterdam is.
    const moved = mapPositions(eindhoven, ([lon, lat]) => [lon - 0.55, lat + 0.92]);
    const judged = judgeBoundary(moved);
    expect(judged.verdict).to.equal('outside');
    expect(judged.box![0]).to.be.closeTo(boxOf(eindhoven)![0] - 0.55, 1e-9);
    expect(isPlausibleBoundary(moved)).to.be.false;
    expect(judgeBoundary(square(-70, -30, 1)).verdict).to.equal('outside');
    expect(judgeBoundary(square(0, 0, 0.1)).verdict).to.equal('outside');
  });

  it('finds a boundary with longitude and latitude swapped, wherever that puts it', () => {
    const swapped = mapPositions(eindhoven, ([lon, lat]) => [lat, lon]);
    expect(judgeBoundary(swapped).verdict).to.equal('swapped');
    expect(isPlausibleBoundary(swapped)).to.be.false;
    const multi: Geometry = { type: 'MultiPolygon', coordinates: [(swapped as { coordinates: Position[][] }).coordinates] };
    expect(judgeBoundary(multi).verdict).to.equal('swapped');
  });

  it('keeps a boundary that reaches over the edge by less than half; leaves out one mostly beyond it', () => {
    const [west, south, east] = regionBox;
    // 0.2° square, a quarter beyond the eastern edge: three quarters inside.
    expect(judgeBoundary(square(east - 0.15, 51.4, 0.2)).verdict).to.equal('plausible');
    // Half beyond the southern edge: exactly half inside still counts.
    expect(judgeBoundary(square(5.4, south - 0.1, 0.2)).verdict).to.equal('plausible');
    // Three quarters beyond the western edge.
    expect(judgeBoundary(square(west - 0.15, 51.4, 0.2)).verdict).to.equal('outside');
  });

  it('judges a geometry without usable positions outside, and passes over positions that are not numbers', () => {
    expect(judgeBoundary({ type: 'Polygon', coordinates: [] })).to.deep.equal({ verdict: 'outside' });
    expect(boxOf({ type: 'Polygon', coordinates: [] })).to.equal(undefined);
    const odd = { type: 'Polygon', coordinates: [[[5.4, 51.4], [NaN, 51.5], [5.5, 'x'], [5.6, 51.45, 20]]] } as unknown as Geometry;
    expect(boxOf(odd)).to.deep.equal([5.4, 51.4, 5.6, 51.45]);
    expect(judgeBoundary(odd).verdict).to.equal('plausible');
    expect(boxOf(null as unknown as Geometry)).to.equal(undefined);
  });

  it('measures how much of a box lies inside another, lines and points by where they are', () => {
    const unit: Box = [0, 0, 1, 1];
    expect(shareInside([0.5, 0, 1.5, 1], unit)).to.equal(0.5);
    expect(shareInside([0.5, 0.5, 1.5, 1.5], unit)).to.equal(0.25);
    expect(shareInside([2, 2, 3, 3], unit)).to.equal(0);
    expect(shareInside([0.2, 0.2, 0.2, 0.2], unit)).to.equal(1);
    expect(shareInside([0.2, 2, 0.2, 2], unit)).to.equal(0);
    expect(shareInside([0, 0.5, 2, 0.5], unit)).to.equal(0.5);
  });
});
