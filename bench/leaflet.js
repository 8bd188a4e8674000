// The baseline of the map (bench/leaflet.html): what a developer writes by hand with plain
// Leaflet 1.9 (its UMD script and CSS): fetch the same boundaries as GeoJSON, draw them with
// L.geoJSON, a permanent tooltip with each name, fit the map to them. `?n=<count>` as in map.js.
/* global L */
(() => {
  const bench = window.__bench;
  const n = Number(new URLSearchParams(location.search).get('n') ?? 21);
  const container = document.getElementById('map');
  const paths = () => container.querySelectorAll('path.leaflet-interactive[d]').length;
  bench.until(() => paths() > 0, 'firstArea');
  bench.done = bench.until(() => paths() === n, 'drawn').then((time) => {
    bench.phases = {
      script: bench.responseEnd('/leaflet/dist/leaflet.js'),
      defined: undefined,
      chunk: undefined,
      data: bench.responseEnd(`/region-${n}.geojson`),
      firstArea: bench.marks.firstArea,
      drawn: time,
    };
    return time;
  });
  fetch(`/bench/generated/region-${n}.geojson`)
    .then((response) => response.json())
    .then((data) => {
      const map = L.map(container);
      const layer = L.geoJSON(data, {
        style: { color: '#00529c', weight: 1.5, fillColor: '#d5e3f0', fillOpacity: 1 },
        onEachFeature: (feature, area) =>
          area.bindTooltip(feature.properties.name, { permanent: true, direction: 'center', className: 'label' }),
      }).addTo(map);
      map.fitBounds(layer.getBounds(), { padding: [12, 12] });
    })
    .catch((error) => (bench.error = String(error)));
})();
