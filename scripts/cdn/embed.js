// The embed builder: the snippet for this folder, with its address and integrity.json's hashes.
import { embedSnippet } from './embed-snippet.js';

const folder = new URL('../', location.href);
const $ = (id) => document.getElementById(id);
const status = $('status');

async function json(file) {
  const response = await fetch(new URL(file, folder));
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  return response.json();
}

async function start() {
  const [integrity, region] = await Promise.all([json('integrity.json'), json('data/region.json')]);
  $('version').textContent = `${integrity.name} ${integrity.version}`;
  for (const m of region.municipalities) $('municipality').append(new Option(m.name, m.slug));

  const form = $('choices');
  const update = async () => {
    const data = new FormData(form);
    const snippet = await embedSnippet({
      base: folder.href,
      files: integrity.files,
      script: data.get('script'),
      widgets: data.getAll('widget'),
      municipality: data.get('municipality') || undefined,
    });
    $('head').textContent = snippet.head;
    $('body').textContent = snippet.body;
    $('script-src').textContent = snippet.scriptSrc;
    $('head-note').textContent = snippet.importMap
      ? 'De import map legt ook het kaartbestand vast dat later wordt geladen. Zet hem vóór elk ander script met type="module"; heeft de pagina al een import map, voeg dan de regel onder "integrity" daaraan toe.'
      : 'Eén scriptregel; er wordt later geen ander bestand geladen.';
    form.dataset.ready = 'true';
  };
  form.addEventListener('change', update);
  await update();

  for (const button of document.querySelectorAll('button[data-copy]')) {
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText($(button.dataset.copy).textContent);
        status.textContent = 'Gekopieerd.';
      } catch {
        status.textContent = 'Kopiëren lukte niet; selecteer de tekst en kopieer hem zelf.';
      }
    });
  }
}

start().catch((error) => {
  status.textContent = `De gegevens van deze map konden niet worden gelezen (${error.message}). Open deze pagina vanaf de server waar de map staat.`;
});
