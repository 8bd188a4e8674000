// The memory page (bench/memory.html): attaches one map, waits for its 21 areas, detaches it,
// `?cycles=N` times. scripts/bench.mjs then collects garbage and reads the heap.
(() => {
  const bench = window.__bench;
  const cycles = Number(new URLSearchParams(location.search).get('cycles') ?? 1);
  const main = document.querySelector('main');
  bench.done = customElements.whenDefined('mre-region-map').then(async () => {
    const map = document.createElement('mre-region-map');
    const drawn = () => map.shadowRoot?.querySelectorAll('path.leaflet-interactive[d]').length === 21;
    for (let i = 0; i < cycles; i++) {
      main.append(map);
      await bench.until(drawn, `cycle-${i}`);
      map.remove();
      await new Promise((resolve) => setTimeout(resolve));
    }
    return cycles;
  });
})();
