// Leaflet's package main is a UMD build; the map engine imports its ES module build instead,
// which has the same API as the `leaflet` types describe.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
