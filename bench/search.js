// Typing in a search box, one keystroke at a time, for the list pages (bench/list*.html).
// Each keystroke: the new value and an `input` event, as the browser sends them; then whatever
// the page does in reply (`settle`, e.g. a Lit update), until the list shows the expected number
// of items; then style and layout of the page. The time of all that is the keystroke's cost; it
// leaves out painting, which follows at the next frame.
(() => {
  const bench = window.__bench;
  /**
   * `steps` is a list of `{ query, expected }`. Resolves with the time of each keystroke (ms).
   * `count()` is the number of items the list shows; `settle()` waits for the page's own update.
   */
  bench.measureSearch = async ({ input, steps, count, settle = async () => {}, layout }) => {
    const times = [];
    for (const { query, expected } of steps) {
      const start = performance.now();
      input.value = query;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
      await settle();
      // A page that answers later than its own update (a debounce) is waited for, frame by frame.
      let frames = 0;
      while (count() !== expected) {
        if (++frames > 600) throw new Error(`"${query}": the list shows ${count()} items, not ${expected}`);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      layout.getBoundingClientRect();
      times.push(performance.now() - start);
      // The next keystroke comes after this one was painted, as when a person types.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    }
    return times;
  };
})();
