// The baseline of the timeline (bench/timeline-plain.html): the same file as plain DOM, sorted by
// start: dates at their precision, title, summary, themes and up to three source links.
(() => {
  const bench = window.__bench;
  const n = Number(new URLSearchParams(location.search).get('n') ?? 500);
  const ol = document.getElementById('timeline');
  const formats = {
    year: new Intl.DateTimeFormat('nl', { year: 'numeric', timeZone: 'UTC' }),
    month: new Intl.DateTimeFormat('nl', { year: 'numeric', month: 'long', timeZone: 'UTC' }),
    day: new Intl.DateTimeFormat('nl', { dateStyle: 'long', timeZone: 'UTC' }),
  };
  const precision = (iso) => (iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day');
  const time = (iso) => {
    const t = document.createElement('time');
    t.dateTime = iso;
    t.textContent = formats[precision(iso)].format(new Date(iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso));
    return t;
  };
  const p = (className, ...content) => {
    const el = document.createElement('p');
    el.className = className;
    el.append(...content);
    return el;
  };
  fetch(`/bench/generated/timeline-${n}.json`)
    .then((response) => response.json())
    .then((data) => {
      const items = data.timeline.map((item, index) => ({ item, index }));
      items.sort((a, b) => a.item.start.localeCompare(b.item.start) || a.index - b.index);
      ol.append(
        ...items.map(({ item }) => {
          const li = document.createElement('li');
          li.append(p('date', time(item.start), ...(item.end ? [' – ', time(item.end)] : [])), p('title', item.title.nl));
          if (item.summary) li.append(p('summary', item.summary.nl));
          if (item.theme_ids?.length) li.append(p('themes', `Thema's: ${item.theme_ids.join(', ')}`));
          const sources = (item.source_urls ?? []).slice(0, 3);
          if (sources.length) {
            const ul = document.createElement('ul');
            for (const url of sources) {
              const a = document.createElement('a');
              a.href = url;
              a.textContent = `Bron: ${new URL(url).hostname.replace(/^www\./, '')}`;
              const source = document.createElement('li');
              source.append(a);
              ul.append(source);
            }
            li.append(ul);
          }
          return li;
        }),
      );
    })
    .catch((error) => (bench.error = String(error)));
  bench.done = bench.until(() => ol.children.length === n, 'rendered');
})();
