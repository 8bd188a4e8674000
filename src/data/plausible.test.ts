import { expect } from '@open-wc/testing';
import { defaultBoundaries } from './default-boundaries.js';
import { PLAUSIBLE_MARGIN, plausibleBoundary, REGION_BOUNDS } from './plausible.js';
import type { Geometry, Position } from './types.js';

const square = (lng: number, lat: number, size = 0.05): Geometry => ({
  type: 'Polygon',
  coordinates: [[[lng, lat], [lng + size, lat], [lng + size, lat + size], [lng, lat + size], [lng, lat]]],
});
const swap = (geometry: Geometry): Geometry => {
  const flip = (p: Position): Position => [p[1], p[0]];
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(flip)) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(flip))) };
};

describe('plausibleBoundary', () => {
  it('takes every bundled boundary, and the region’s bounds hold them tightly', () => {
    let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [code, geometry] of Object.entries(defaultBoundaries)) {
      expect(plausibleBoundary(geometry), code).to.be.true;
      const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
      for (const [lng, lat] of rings.flat()) {
        [west, south, east, north] = [Math.min(west, lng), Math.min(south, lat), Math.max(east, lng), Math.max(north, lat)];
      }
    }
    expect(Object.keys(defaultBoundaries)).to.have.length(21);
    for (const [bound, actual] of [[REGION_BOUNDS.west, west], [REGION_BOUNDS.south, south], [REGION_BOUNDS.east, east], [REGION_BOUNDS.north, north]]) {
      expect(Math.abs(bound - actual)).to.be.below(0.011);
    }
    expect(REGION_BOUNDS.west).to.be.at.most(west);
    expect(REGION_BOUNDS.south).to.be.at.most(south);
    expect(REGION_BOUNDS.east).to.be.at.least(east);
    expect(REGION_BOUNDS.north).to.be.at.least(north);
  });

  it('refuses every bundled boundary with longitude and latitude swapped', () => {
    for (const [code, geometry] of Object.entries(defaultBoundaries)) expect(plausibleBoundary(swap(geometry)), code).to.be.false;
  });

  it('takes a boundary near the edge of the region, and refuses one beyond the margin', () => {
    expect(plausibleBoundary(square(REGION_BOUNDS.east + PLAUSIBLE_MARGIN - 0.05, 51.4))).to.be.true;
    expect(plausibleBoundary(square(REGION_BOUNDS.east + PLAUSIBLE_MARGIN - 0.04, 51.4))).to.be.false;
    expect(plausibleBoundary(square(5.4, REGION_BOUNDS.south - PLAUSIBLE_MARGIN))).to.be.true;
    expect(plausibleBoundary(square(5.4, REGION_BOUNDS.south - PLAUSIBLE_MARGIN - 0.001))).to.be.false;
  });

  it('refuses a boundary elsewhere (Amsterdam), one much larger than the region, and one at 0, 0', () => {
    expect(plausibleBoundary(square(4.85, 52.33))).to.be.false;
    expect(plausibleBoundary(square(3, 50, 4))).to.be.false;
    expect(plausibleBoundary(square(0, 0))).to.be.false;
  });

  it('refuses a multipolygon with one part far away, one without points, and points that are no numbers', () => {
    const near = square(5.4, 51.4);
    const far = square(5.4, 53);
    const multi = (...parts: Geometry[]): Geometry => ({ type: 'MultiPolygon', coordinates: parts.map((p) => p.coordinates as Position[][]) });
    expect(plausibleBoundary(multi(near, square(5.6, 51.3)))).to.be.true;
    expect(plausibleBoundary(multi(near, far))).to.be.false;
    expect(plausibleBoundary({ type: 'Polygon', coordinates: [] })).to.be.false;
    expect(plausibleBoundary({ type: 'Polygon', coordinates: [[[Number.NaN, 51.4], [5.4, 51.4], [5.4, 51.5]]] })).to.be.false;
  });
});
