// What a webmaster pastes into a page to load mre-widgets from the versioned folder
// (dist/cdn/mre-widgets@<version>/ as uploaded to a CDN or web server), every file pinned by its
// SHA-384 from integrity.json. The embed builder (embed/index.html in that folder) shows it, and
// the README's snippets have the same shape. Runs in the browser and in Node (no Node APIs).

/** The map engine, loaded by the split scripts only when a map is on the page. */
export const ENGINE_CHUNK = 'chunks/mre-map-engine.js';
/** The loader of data files, loaded by the split scripts only when a widget has a `src`. */
export const REMOTE_DATA_CHUNK = 'chunks/mre-remote-data.js';

/**
 * The three ways to load the widgets. The split scripts load the map engine and the loader of
 * data files later, which only an import map with an `integrity` entry can pin; the standalone
 * script has both inside.
 */
export const SCRIPTS = {
  module: { file: 'mre-widgets.js', attributes: 'type="module"', loadsChunk: true },
  classic: { file: 'mre-widgets.iife.js', attributes: 'defer', loadsChunk: true },
  standalone: { file: 'mre-widgets.standalone.js', attributes: 'defer', loadsChunk: false },
};

export const WIDGETS = ['mre-region-map', 'mre-theme-cards', 'mre-municipality-list', 'mre-agreement-timeline'];

/** The widgets that take `municipality`. */
const WITH_MUNICIPALITY = new Set(['mre-region-map', 'mre-municipality-list']);

const escape = (value) =>
  String(value).replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]);

async function sha256(text) {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

/**
 * The snippet for the folder at `base` (its address, ending in `/`).
 *
 * @param {object} options
 * @param {string} options.base The folder's address.
 * @param {Record<string, string>} options.files `files` of the folder's integrity.json.
 * @param {'module' | 'classic' | 'standalone'} [options.script]
 * @param {string[]} [options.widgets] Tag names, in the order they go on the page.
 * @param {string} [options.municipality] The site's own municipality (name, slug or CBS code).
 * @returns {Promise<{ head: string, body: string, importMap?: string, scriptSrc: string }>}
 *   `head` goes in the page's `<head>` (the import map before every module script), `body` where
 *   the widgets go; `scriptSrc` is what the page's Content-Security-Policy `script-src` must allow.
 */
export async function embedSnippet({ base, files, script = 'module', widgets = WIDGETS, municipality }) {
  const folder = new URL(base);
  if (!folder.pathname.endsWith('/')) folder.pathname += '/';
  const choice = SCRIPTS[script];
  if (!choice) throw new Error(`script is one of ${Object.keys(SCRIPTS).join(', ')}, not ${script}`);
  const hash = (file) => {
    if (!files[file]) throw new Error(`integrity.json has no hash for ${file}`);
    return files[file];
  };
  const url = (file) => new URL(file, folder).href;

  const head = [];
  let importMap;
  // The split scripts load their chunks later: the engine only for a map, the data loader for a
  // `src` that a page may add at any time.
  if (choice.loadsChunk) {
    const chunks = [...(widgets.includes('mre-region-map') ? [ENGINE_CHUNK] : []), REMOTE_DATA_CHUNK];
    importMap = JSON.stringify({ integrity: Object.fromEntries(chunks.map((chunk) => [url(chunk), hash(chunk)])) });
    head.push(`<script type="importmap">${importMap}</script>`);
  }
  head.push(
    `<script ${choice.attributes} src="${escape(url(choice.file))}" integrity="${hash(choice.file)}" crossorigin="anonymous"></script>`,
  );

  const body = widgets.map((tag) => {
    const own = municipality && WITH_MUNICIPALITY.has(tag) ? ` municipality="${escape(municipality)}"` : '';
    return `<${tag}${own}></${tag}>`;
  });

  const scriptSrc = [folder.origin, ...(importMap ? [`'sha256-${await sha256(importMap)}'`] : [])].join(' ');
  return { head: head.join('\n'), body: body.join('\n'), ...(importMap ? { importMap } : {}), scriptSrc };
}
