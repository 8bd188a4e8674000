// What a webmaster pastes into a page to load mre-widgets from the versioned folder
// (dist/cdn/mre-widgets@<version>/ as uploaded to a CDN or web server), every file pinned by its
// SHA-384 from integrity.json. The embed-code builder (embed/ in that folder, and the demo's
// embed.html) writes its script snippets with it, and the README's snippets have the same shape.
// Runs in the browser and in Node (no Node APIs).

/** The map engine, loaded by the split scripts only when a map is on the page. */
export const ENGINE_CHUNK = 'chunks/mre-map-engine.js';
/** The loader of data files, loaded by the split scripts only when a widget has a `src`. */
export const REMOTE_DATA_CHUNK = 'chunks/mre-remote-data.js';
/** The English texts, loaded by the split scripts only when a widget is shown in English. */
export const ENGLISH_CHUNK = 'chunks/mre-en.js';
/** The script that keeps frame.html iframes as tall as their content. */
export const FRAME_RESIZE = 'frame-resize.js';

/**
 * The three ways to load the widgets. The split scripts load the map engine, the loader of data
 * files and the English texts later, which only an import map with an `integrity` entry can pin;
 * the standalone script has them inside.
 */
export const SCRIPTS = {
  module: { file: 'mre-widgets.js', attributes: 'type="module"', loadsChunk: true },
  classic: { file: 'mre-widgets.iife.js', attributes: 'defer', loadsChunk: true },
  standalone: { file: 'mre-widgets.standalone.js', attributes: 'defer', loadsChunk: false },
};

/** Every file a snippet can pin: the three scripts, the chunks they load later, frame-resize.js. */
export const PINNED_FILES = [...Object.values(SCRIPTS).map((s) => s.file), ENGINE_CHUNK, REMOTE_DATA_CHUNK, ENGLISH_CHUNK, FRAME_RESIZE];

export const WIDGETS = ['mre-region-map', 'mre-theme-cards', 'mre-municipality-list', 'mre-agreement-timeline'];

/** The widgets that take `municipality`. */
const WITH_MUNICIPALITY = new Set(['mre-region-map', 'mre-municipality-list']);

/** Text for an HTML attribute value in double quotes, or for element content. */
export const escapeHtml = (value) =>
  String(value).replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]);

/** A CSP hash source for inline text (an import map, a `<style>` element): `'sha256-…'`. */
export async function cspHash(text) {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

/** The folder's address as a URL ending in `/`. */
function folderUrl(base) {
  const folder = new URL(base);
  if (!folder.pathname.endsWith('/')) folder.pathname += '/';
  return folder;
}

function hashOf(files, file) {
  if (!files[file]) throw new Error(`integrity.json has no hash for ${file}`);
  return files[file];
}

/** A script tag for `file` in the folder, pinned by its hash. */
function pinned(folder, files, file, attributes) {
  const src = escapeHtml(new URL(file, folder).href);
  return `<script ${attributes} src="${src}" integrity="${hashOf(files, file)}" crossorigin="anonymous"></script>`;
}

/**
 * An element with its attributes and, indented inside it, its fallback content (HTML).
 * Attributes are `[name, value]`; `true` writes a boolean attribute (`compact`).
 */
function elementHtml({ tag, attributes = [], fallback }) {
  const written = attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');
  if (!fallback) return `<${tag}${written}></${tag}>`;
  const inside = fallback
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');
  return `<${tag}${written}>\n${inside}\n</${tag}>`;
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
 * @param {{ tag: string, attributes?: [string, string | true][], fallback?: string }[]} [options.elements]
 *   Instead of `widgets` and `municipality`: each element with its attributes, in order, and its
 *   fallback content (HTML with `slot="fallback"`), for visitors without JavaScript.
 * @returns {Promise<{ head: string, body: string, importMap?: string, scriptSrc: string }>}
 *   `head` goes in the page's `<head>` (the import map before every module script), `body` where
 *   the widgets go; `scriptSrc` is what the page's Content-Security-Policy `script-src` must allow.
 */
export async function embedSnippet({ base, files, script = 'module', widgets = WIDGETS, municipality, elements }) {
  const folder = folderUrl(base);
  const choice = SCRIPTS[script];
  if (!choice) throw new Error(`script is one of ${Object.keys(SCRIPTS).join(', ')}, not ${script}`);
  const url = (file) => new URL(file, folder).href;
  const placed =
    elements ??
    widgets.map((tag) => ({ tag, attributes: municipality && WITH_MUNICIPALITY.has(tag) ? [['municipality', municipality]] : [] }));

  const head = [];
  let importMap;
  // The split scripts load their chunks later: the engine only for a map, the data loader for a
  // `src` and the English texts for a `lang`, which a page may add at any time.
  if (choice.loadsChunk) {
    const chunks = [...(placed.some((e) => e.tag === 'mre-region-map') ? [ENGINE_CHUNK] : []), REMOTE_DATA_CHUNK, ENGLISH_CHUNK];
    importMap = JSON.stringify({ integrity: Object.fromEntries(chunks.map((chunk) => [url(chunk), hashOf(files, chunk)])) });
    head.push(`<script type="importmap">${importMap}</script>`);
  }
  head.push(pinned(folder, files, choice.file, choice.attributes));

  const scriptSrc = [folder.origin, ...(importMap ? [await cspHash(importMap)] : [])].join(' ');
  return { head: head.join('\n'), body: placed.map(elementHtml).join('\n'), ...(importMap ? { importMap } : {}), scriptSrc };
}

/**
 * The script that keeps every frame.html iframe on the page as tall as its content, pinned by its
 * hash: `head` for the page, `scriptSrc` for its Content-Security-Policy.
 *
 * @param {{ base: string, files: Record<string, string> }} options
 */
export function frameResizeSnippet({ base, files }) {
  const folder = folderUrl(base);
  return { head: pinned(folder, files, FRAME_RESIZE, 'defer'), scriptSrc: folder.origin };
}
