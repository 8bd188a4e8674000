// The list page (bench/list.html): `?n=<count>` loads bench/generated/list-<count>.json through
// `src`; done when the list shows that many municipalities. `__bench.search(steps)` types.
(() => {
  const bench = window.__bench;
  const n = Number(new URLSearchParams(location.search).get('n') ?? 1000);
  const list = document.querySelector('mre-municipality-list');
  list.setAttribute('src', `/bench/generated/list-${n}.json`);
  const count = () => list.shadowRoot?.querySelectorAll('li[data-code]:not([hidden])').length ?? 0;
  bench.done = bench.until(() => count() === n, 'rendered');
  bench.search = (steps) =>
    bench.measureSearch({
      input: list.shadowRoot.querySelector('input[type="search"]'),
      steps,
      count,
      settle: () => list.updateComplete,
      layout: list,
    });
})();
