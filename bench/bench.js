// Runs in the benchmark page (see scripts/bench.mjs). `?widget=<tag>` puts that widget on the
// page and records when it has rendered; `?cycles=N` attaches and detaches a map N times.
const params = new URLSearchParams(location.search);

/** Resolves when `done()` is true, checked every animation frame. */
const until = (done) =>
  new Promise((resolve) => {
    const check = () => (done() ? resolve() : requestAnimationFrame(check));
    check();
  });

const rendered = {
  'mre-municipality-list': (el) => el.shadowRoot?.querySelectorAll('li').length === 21,
  'mre-theme-cards': (el) => el.shadowRoot?.querySelectorAll('h3').length === 4,
  'mre-agreement-timeline': (el) => (el.shadowRoot?.querySelectorAll('ol > li').length ?? 0) >= 13,
  'mre-region-map': (el) => el.shadowRoot?.querySelectorAll('path.leaflet-interactive').length === 21,
};

async function renderTime(tag) {
  const el = document.createElement(tag);
  document.body.append(el);
  await until(() => rendered[tag](el));
  return performance.now();
}

async function cycles(count) {
  await customElements.whenDefined('mre-region-map');
  const el = document.createElement('mre-region-map');
  for (let i = 0; i < count; i++) {
    document.body.append(el);
    await until(() => rendered['mre-region-map'](el));
    el.remove();
    await new Promise((r) => setTimeout(r));
  }
  return count;
}

window.__bench = params.has('cycles') ? cycles(Number(params.get('cycles'))) : renderTime(params.get('widget'));
