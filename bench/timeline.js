// The timeline page (bench/timeline.html): `?n=<count>` loads bench/generated/timeline-<count>.json
// through `src`; done when the timeline shows that many items.
(() => {
  const bench = window.__bench;
  const n = Number(new URLSearchParams(location.search).get('n') ?? 500);
  const timeline = document.querySelector('mre-agreement-timeline');
  timeline.setAttribute('src', `/bench/generated/timeline-${n}.json`);
  const count = () => timeline.shadowRoot?.querySelectorAll('ol[part~="list"] > li').length ?? 0;
  bench.done = bench.until(() => count() === n, 'rendered');
})();
