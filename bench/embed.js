// The four-widget pages (bench/embed-*.html, bench/nomap.html): done when every widget on the
// page shows its content, and a map its 21 areas.
(() => {
  const bench = window.__bench;
  const rendered = {
    'mre-region-map': (el) => el.shadowRoot?.querySelectorAll('path.leaflet-interactive[d]').length === 21,
    'mre-theme-cards': (el) => (el.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0) >= 4,
    'mre-municipality-list': (el) => el.shadowRoot?.querySelectorAll('li[data-code]').length === 21,
    'mre-agreement-timeline': (el) => (el.shadowRoot?.querySelectorAll('ol[part~="list"] > li').length ?? 0) > 0,
  };
  const widgets = [...document.querySelectorAll(Object.keys(rendered).join(','))];
  bench.done = bench.until(() => widgets.every((el) => rendered[el.localName](el)), 'rendered');
})();
