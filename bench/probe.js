// Loaded first by every benchmark page, as a classic script in <head>, so that it sees the whole
// load. It records long tasks and layout shifts (PerformanceObserver, buffered), keeps named
// times, and waits for a page's own "done" condition, checked once per animation frame (the
// frame a change would be painted in). scripts/bench.mjs reads `window.__bench`.
(() => {
  const bench = {
    longTasks: [],
    shifts: [],
    marks: {},
    unsupported: [],
    /** The first time `name` was marked, in ms since navigation start. */
    mark(name) {
      if (!(name in bench.marks)) bench.marks[name] = performance.now();
      return bench.marks[name];
    },
    /** Resolves with the time `test()` was first true, checked every animation frame; marks it as `name`. */
    until(test, name) {
      return new Promise((resolve, reject) => {
        const check = () => {
          try {
            if (test()) resolve(bench.mark(name));
            else requestAnimationFrame(check);
          } catch (error) {
            reject(error);
          }
        };
        check();
      });
    },
    /** The response end of the first resource whose URL contains `part` (ms), if it was loaded. */
    responseEnd(part) {
      const entry = performance.getEntriesByType('resource').find((e) => e.name.includes(part));
      return entry ? entry.responseEnd : undefined;
    },
    /** Every resource the page loaded, with the bytes that came over the wire (no compression here). */
    resources() {
      return performance
        .getEntriesByType('resource')
        .concat(performance.getEntriesByType('navigation'))
        .map((e) => ({ url: e.name, type: e.initiatorType, encoded: e.encodedBodySize, decoded: e.decodedBodySize }));
    },
    /** Set by the page: `done` (a promise of the time the page counts as loaded) and `error`. */
    done: undefined,
    error: undefined,
  };
  const observe = (type, keep) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(keep)).observe({ type, buffered: true });
    } catch {
      bench.unsupported.push(type);
    }
  };
  observe('longtask', (e) => bench.longTasks.push({ start: e.startTime, duration: e.duration }));
  observe('layout-shift', (e) => {
    if (!e.hadRecentInput) bench.shifts.push({ start: e.startTime, value: e.value });
  });
  window.__bench = bench;
})();
