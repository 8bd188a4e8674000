// The map page (bench/map.html): `?n=<count>` loads the synthetic dataset of that many
// municipalities through `src` (without it, or with n=21, the bundled data). The page is done when
// that many areas are drawn. Runs before the module script, so `src` is set before the element starts.
(() => {
  const bench = window.__bench;
  const n = Number(new URLSearchParams(location.search).get('n') ?? 21);
  const map = document.querySelector('mre-region-map');
  if (n !== 21) map.setAttribute('src', `/bench/generated/region-${n}.json`);
  const paths = () => map.shadowRoot?.querySelectorAll('path.leaflet-interactive[d]').length ?? 0;
  customElements.whenDefined('mre-region-map').then(() => bench.mark('defined'));
  bench.until(() => paths() > 0, 'firstArea');
  bench.done = bench.until(() => paths() === n, 'drawn').then((time) => {
    bench.phases = {
      script: bench.responseEnd('/dist/mre-widgets.js'),
      defined: bench.marks.defined,
      chunk: bench.responseEnd('/chunks/mre-map-engine.js'),
      data: n !== 21 ? bench.responseEnd(`/region-${n}.json`) : undefined,
      firstArea: bench.marks.firstArea,
      drawn: time,
    };
    return time;
  });
})();
