// The baseline of the list (bench/list-plain.html): the same file, drawn once as plain DOM
// (name as a link, population), sorted by name; the search hides the items that do not match,
// ignoring case and accents. What a developer writes by hand without a framework.
(() => {
  const bench = window.__bench;
  const n = Number(new URLSearchParams(location.search).get('n') ?? 1000);
  const root = document.getElementById('list');
  const ul = root.querySelector('ul');
  const input = root.querySelector('input');
  const status = root.querySelector('#status');
  const fold = (text) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  let items = [];
  const visible = () => items.reduce((sum, item) => sum + (item.li.hidden ? 0 : 1), 0);
  input.addEventListener('input', () => {
    const query = fold(input.value);
    let shown = 0;
    for (const item of items) {
      const match = !query || item.folded.includes(query);
      item.li.hidden = !match;
      if (match) shown++;
    }
    status.textContent = query ? `${shown} gemeenten gevonden` : '';
  });
  fetch(`/bench/generated/list-${n}.json`)
    .then((response) => response.json())
    .then((data) => {
      const collator = new Intl.Collator('nl');
      const format = new Intl.NumberFormat('nl');
      const sorted = [...data.municipalities].sort((a, b) => collator.compare(a.name, b.name));
      items = sorted.map((m) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = m.website;
        a.textContent = m.name;
        const population = document.createElement('span');
        population.textContent = ` ${format.format(m.population)} inwoners`;
        li.append(a, population);
        return { li, folded: fold(m.name) };
      });
      ul.append(...items.map((item) => item.li));
    })
    .catch((error) => (bench.error = String(error)));
  bench.done = bench.until(() => ul.children.length === n, 'rendered');
  bench.search = (steps) => bench.measureSearch({ input, steps, count: visible, layout: root });
})();
