import { expect } from '@open-wc/testing';
import { pathData, printLayout, PRINT_WIDTH, renderPrintView, type PrintArea } from './print.js';

/** A square of `size` pixels with its top left corner at x, y, named at its middle. */
const square = (code: string, x: number, y: number, size: number, priority = 1, classes: string[] = []): PrintArea => ({
  code,
  rings: [[{ x, y }, { x: x + size, y }, { x: x + size, y: y + size }, { x, y: y + size }, { x, y }]],
  classes,
  label: { text: `Naam ${code}`, anchor: { x: x + size / 2, y: y + size / 2 }, width: 40, height: 12, priority },
});

describe('printLayout', () => {
  it('is nothing without points', () => {
    expect(printLayout([], [])).to.equal(undefined);
    expect(printLayout([{ code: 'A', rings: [], classes: [] }], [])).to.equal(undefined);
  });

  it('frames the whole region with 2 % around it, keeping its shape', () => {
    // Two squares side by side: 200 by 100 pixels from (1000, 500).
    const layout = printLayout([square('A', 1000, 500, 100), square('B', 1100, 500, 100)], [])!;
    expect(layout.viewBox).to.deep.equal([996, 498, 208, 104]);
    expect(layout.viewBox[2] / layout.viewBox[3]).to.equal(2);
    expect(layout.paths.map((p) => p.code)).to.deep.equal(['A', 'B']);
    expect(layout.paths[0].d).to.equal('M1000 500L1100 500L1100 600L1000 600L1000 500Z');
  });

  it('places the names for a page 640 pixels wide, in per cent, the most important first', () => {
    // On paper the region is 640 wide: each square 307 wide, room for both names.
    const layout = printLayout([square('A', 0, 0, 100, 1), square('B', 100, 0, 100, 2)], [])!;
    expect(layout.labels.map((l) => [l.code, l.text])).to.deep.equal([['A', 'Naam A'], ['B', 'Naam B']]);
    const a = layout.labels[0];
    expect(a.x).to.be.closeTo(((50 + 4) / 208) * 100, 0.1);
    expect(a.y).to.be.closeTo(50, 0.1);
    // Squares so small on paper that their names overlap: the site's own (first) wins over priority.
    const tiny = [square('A', 0, 0, 10, 1), square('B', 10, 0, 10, 2), square('C', 2000, 2000, 10)];
    expect(PRINT_WIDTH).to.equal(640);
    const names = (first: string[]) => printLayout(tiny, first)!.labels.map((l) => l.code).sort();
    expect(names([])).to.include('B').and.not.include('A');
    expect(names(['A'])).to.include('A').and.not.include('B');
  });

  it('leaves out rings without points in the path data', () => {
    expect(pathData([[], [{ x: 1.04, y: 2.06 }, { x: 3, y: 4 }]])).to.equal('M1 2.1L3 4Z');
  });
});

describe('renderPrintView', () => {
  it('builds a hidden SVG of the areas with the two outlines on top, and the names at their places', () => {
    const layout = printLayout([square('A', 0, 0, 100, 1, ['is-current']), square('B', 100, 0, 100, 2, ['is-selected'])], [])!;
    const view = renderPrintView(layout, { current: 'A', selected: 'B' });
    expect(view.className).to.equal('mre-print');
    expect(view.getAttribute('aria-hidden')).to.equal('true');
    const svg = view.querySelector('svg')!;
    expect(svg.getAttribute('viewBox')).to.equal(layout.viewBox.join(' '));
    expect([...svg.querySelectorAll('path')].map((p) => `${p.getAttribute('class')} ${p.dataset.code}`)).to.deep.equal([
      'mre-area is-current A',
      'mre-area is-selected B',
      'mre-mark mre-mark-current A',
      'mre-mark mre-mark-selected B',
    ]);
    const labels = [...view.querySelectorAll<HTMLElement>('.mre-label')];
    expect(labels.map((l) => [l.dataset.code, l.textContent, l.classList.contains('is-current')])).to.deep.equal([
      ['A', 'Naam A', true],
      ['B', 'Naam B', false],
    ]);
    expect(labels[0].style.left).to.equal(`${layout.labels[0].x}%`);
    expect(labels[0].style.top).to.equal(`${layout.labels[0].y}%`);
  });

  it('shows names from the data as text, never as markup', () => {
    const area = square('A', 0, 0, 100);
    area.label!.text = '<img src=x onerror="window.__printPwned=1">';
    const view = renderPrintView(printLayout([area], [])!, {});
    expect(view.querySelector('img')).to.equal(null);
    expect(view.querySelector('.mre-label')!.textContent).to.equal('<img src=x onerror="window.__printPwned=1">');
  });
});
