// The embed-code builder's page (demo/embed.html, dist/embed/, embed/ of the versioned folder):
// the webmaster's choices, the preview, the snippet with its CSS and policy, the copy buttons and
// the data check. Everything on the page is built as elements; text from the data, from a
// checked file or from the address bar is only ever set as text.
import facts from 'virtual:mre-embed-facts';
import { FRAME_RESIZE, PINNED_FILES } from '../../scripts/cdn/embed-snippet.js';
import { checkRegionText, checkStrings, groupProblems, type CheckReport } from '../../src/data/check.js';
import type { Lang, Region } from '../../src/data/types.js';
import { FRAME_WIDGET_NAMES, FRAME_WIDGETS, type AttributeKind, type FrameWidgetName } from '../../src/frame/widgets.js';
import { version as ownVersion } from '../../src/version.js';
import { compose, frameSrc, type Snippet } from './compose.js';
import { fill, h } from './dom.js';
import { toDom } from './markup.js';
import { defaultChoices, elementPlans, isFrameRoute, namedBasemap, ROUTES, SHARED, WIDTHS, type Choices, type WidthId } from './model.js';
import { WORDS, type Words } from './strings.js';
import { changedTokens, hexColour, isSafeCssValue, tokensOf, type Token } from './tokens.js';

/** The folder with the scripts: this script is in its embed/. */
const FOLDER = new URL('../', import.meta.url);
/** How long a data file may take, body included: as long as the widgets wait for it. */
const CHECK_TIMEOUT_S = 10;

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

let lang: Lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'nl';
let t: Words = WORDS[lang];
const tokens: Token[] = tokensOf(facts.tokens);
const choices: Choices = defaultChoices(FOLDER.href);
let region: Region;
let files: Record<string, string>;
let fromIntegrity = false;
/** The elements or frames in the preview, to rebuild only when they change. */
let previewKey = '';
/** Serial number of the latest update: an older one that finishes later writes nothing. */
let updates = 0;
/** The last report of the data check, shown again in the other language. */
let lastCheck: { source: string; report: CheckReport } | { source: string; failure: string } | undefined;

/* ------------------------------------------------------------------ start */

async function json<T>(file: string): Promise<T> {
  const response = await fetch(new URL(file, FOLDER), { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${new URL(file, FOLDER).href}: ${response.status}`);
  return (await response.json()) as T;
}

async function sri(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/**
 * The hashes of the files a snippet pins: from integrity.json in a versioned folder
 * (`mre-widgets@0.1.0/`), or, in another folder (dist/ itself), computed from the files as this
 * server sends them.
 */
async function hashes(): Promise<{ files: Record<string, string>; version: string; fromIntegrity: boolean }> {
  const versioned = /@[^/]+\/$/.test(FOLDER.pathname);
  const response = versioned ? await fetch(new URL('integrity.json', FOLDER)) : undefined;
  if (response?.ok) {
    const integrity = (await response.json()) as { version: string; files: Record<string, string> };
    return { files: integrity.files, version: integrity.version, fromIntegrity: true };
  }
  const entries = await Promise.all(
    PINNED_FILES.map(async (file) => {
      const r = await fetch(new URL(file, FOLDER));
      if (!r.ok) throw new Error(`${new URL(file, FOLDER).href}: ${r.status}`);
      return [file, await sri(await r.arrayBuffer())] as const;
    }),
  );
  return { files: Object.fromEntries(entries), version: ownVersion, fromIntegrity: false };
}

async function start(): Promise<void> {
  const [found, data] = await Promise.all([hashes(), json<Region>('data/region.json')]);
  files = found.files;
  fromIntegrity = found.fromIntegrity;
  region = data;
  $('version').textContent = found.version;
  $('lang-toggle').addEventListener('click', () => setLanguage(lang === 'nl' ? 'en' : 'nl'));
  $('reset-tokens').addEventListener('click', () => {
    choices.tokens = {};
    renderTokens();
    void update();
  });
  $('choices').addEventListener('submit', (event) => event.preventDefault());
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.addEventListener('click', () => void copy(button.dataset.copy as keyof Words['copyNames']));
  }
  $('check-url-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void checkUrl();
  });
  $('check-file').addEventListener('change', () => void checkFile());
  setLanguage(lang);
}

/* --------------------------------------------------------------- language */

function setLanguage(next: Lang): void {
  lang = next;
  t = WORDS[lang];
  document.documentElement.lang = lang;
  document.title = t.title;
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) el.textContent = String(t[el.dataset.t as keyof Words]);
  for (const el of document.querySelectorAll<HTMLElement>('[data-t-label]')) el.setAttribute('aria-label', String(t[el.dataset.tLabel as keyof Words]));
  const toggle = $('lang-toggle');
  toggle.textContent = t.toggle;
  toggle.lang = lang === 'nl' ? 'en' : 'nl';
  $('preview-viewport').setAttribute('aria-label', t.previewRegion);
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.textContent = t.copy;
    button.id = `copy-${button.dataset.copy}`;
    button.setAttribute('aria-labelledby', `${button.id} ${button.dataset.copy}-heading`);
  }
  $('base-hint').textContent = fromIntegrity ? t.baseFromIntegrity : t.baseComputed;
  renderControls();
  renderCheck();
  previewKey = '';
  void update();
}

/* --------------------------------------------------------------- controls */

let fieldIds = 0;
const nextId = (prefix: string) => `${prefix}-${++fieldIds}`;

/** A labelled field: a label above its control, and an optional hint and problem below. */
function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  control.id ||= nextId('f');
  const hintEl = hint ? h('p', { class: 'hint', id: `${control.id}-hint` }, hint) : undefined;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control, hintEl);
}

function checkbox(label: string, checked: boolean, onChange: (checked: boolean) => void, extra: Record<string, string> = {}): HTMLElement {
  const input = h('input', { type: 'checkbox', checked, ...extra });
  input.addEventListener('change', () => onChange(input.checked));
  return h('label', { class: 'option' }, input, ' ', label);
}

function select(options: [value: string, label: string][], value: string, onChange: (value: string) => void): HTMLSelectElement {
  const el = h('select');
  for (const [v, label] of options) el.append(new Option(label, v, false, v === value));
  el.value = value;
  el.addEventListener('change', () => onChange(el.value));
  return el;
}

function textInput(value: string, onInput: (value: string) => void, attributes: Record<string, string> = {}): HTMLInputElement {
  const el = h('input', { type: 'text', autocomplete: 'off', spellcheck: 'false', ...attributes });
  el.value = value;
  el.addEventListener('input', () => onInput(el.value));
  return el;
}

const changed = () => void update();

function renderControls(): void {
  fill(
    $('widget-boxes'),
    ...FRAME_WIDGET_NAMES.map((name) =>
      checkbox(
        t.widgets[name],
        choices.widgets.includes(name),
        (on) => {
          choices.widgets = FRAME_WIDGET_NAMES.filter((n) => (n === name ? on : choices.widgets.includes(n)));
          renderWidgetOptions();
          renderTokens();
          changed();
        },
        { name: 'widget', value: name },
      ),
    ),
  );

  fill(
    $('route-radios'),
    ...ROUTES.map((route) => {
      const input = h('input', { type: 'radio', name: 'route', value: route, checked: choices.route === route });
      input.addEventListener('change', () => {
        if (!input.checked) return;
        choices.route = route;
        changed();
      });
      const [name, when] = t.routes[route];
      return h('label', { class: 'option' }, input, ' ', h('span', {}, name, h('span', { class: 'when' }, ` — ${when}`)));
    }),
  );

  const municipality = $<HTMLSelectElement>('municipality');
  fill(municipality);
  municipality.append(new Option(t.municipalityNone, ''));
  for (const m of [...region.municipalities].sort((a, b) => a.name.localeCompare(b.name, 'nl'))) municipality.append(new Option(m.name, m.slug));
  municipality.value = choices.municipality;
  municipality.onchange = () => {
    choices.municipality = municipality.value;
    changed();
  };

  const widgetLang = $<HTMLSelectElement>('widget-lang');
  fill(widgetLang, ...(['', 'nl', 'en'] as const).map((v) => new Option(t.langs[v], v)));
  widgetLang.value = choices.lang;
  widgetLang.onchange = () => {
    choices.lang = widgetLang.value as Choices['lang'];
    changed();
  };

  urlField('src', (value) => (choices.src = value), choices.src, true);
  urlField('base', (value) => (choices.base = value), choices.base, false);

  fill(
    $('width-radios'),
    ...(Object.keys(WIDTHS) as WidthId[]).map((width) => {
      const input = h('input', { type: 'radio', name: 'width', value: width, checked: choices.width === width });
      input.addEventListener('change', () => {
        if (!input.checked) return;
        choices.width = width;
        showWidth();
        changed();
      });
      return h('label', { class: 'option' }, input, ' ', t.widths[width]);
    }),
  );
  showWidth();
  renderWidgetOptions();
  renderTokens();
}

/** An address field: kept only when it is a whole http(s) address (or empty, for `src`). */
function urlField(id: 'src' | 'base', set: (value: string) => void, value: string, optional: boolean): void {
  const input = $<HTMLInputElement>(id);
  const problem = $(`${id}-problem`);
  input.value = value;
  const check = () => {
    const raw = input.value.trim();
    let ok = optional && raw === '';
    if (!ok) {
      try {
        ok = /^https?:$/.test(new URL(raw).protocol);
      } catch {
        ok = false;
      }
    }
    problem.hidden = ok;
    problem.textContent = ok ? '' : t.badUrl;
    input.setAttribute('aria-invalid', String(!ok));
    if (ok) {
      set(raw);
      changed();
    }
  };
  input.oninput = check;
  problem.hidden = true;
  input.removeAttribute('aria-invalid');
}

function showWidth(): void {
  $('preview').dataset.width = choices.width;
}

/** The value shown for an attribute's choice. */
const choiceWords = (attribute: string, value: string): string =>
  (t.choices as Record<string, Record<string, string> | undefined>)[attribute]?.[value] ?? value;

function optionControl(name: FrameWidgetName, attribute: string, kind: AttributeKind): HTMLElement {
  const options = choices.options[name];
  const label = (t.attributes as Record<string, string>)[attribute] ?? attribute;
  const set = (value: string | boolean) => {
    options[attribute] = value;
    changed();
  };
  const current = typeof options[attribute] === 'string' ? (options[attribute] as string) : '';
  switch (kind.kind) {
    case 'boolean':
      return h('div', { class: 'field' }, checkbox(label, options[attribute] === true, set));
    case 'choice':
      return field(label, select(kind.choices.map((c) => [c, choiceWords(attribute, c)]), current || kind.default, set));
    case 'integer': {
      const values = Array.from({ length: kind.max - kind.min + 1 }, (_, i) => String(kind.min + i));
      return field(label, select(values.map((v) => [v, v]), current || String(kind.default), set));
    }
    case 'basemap': {
      const custom = current !== '' && !namedBasemap(current);
      const wrap = h('div', { class: 'basemap' });
      const url = textInput(custom ? current : '', (value) => set(value), { type: 'url', inputmode: 'url', placeholder: 'https://…/{z}/{x}/{y}.png' });
      const urlField = field(t.basemapUrl, url);
      urlField.hidden = !custom;
      const chooser = select(
        [...kind.choices.map((c): [string, string] => [c, choiceWords(attribute, c)]), ['custom', t.customBasemap]],
        custom ? 'custom' : current || kind.default,
        (value) => {
          urlField.hidden = value !== 'custom';
          set(value === 'custom' ? url.value : value);
          renderWidgetOptions(`${name}-${attribute}`);
        },
      );
      chooser.dataset.key = `${name}-${attribute}`;
      wrap.append(field(label, chooser), urlField);
      return wrap;
    }
    case 'themes': {
      const chosen = current ? current.split(',') : [];
      const boxes = region.themes.map((theme) =>
        checkbox(theme.title[lang] ?? theme.title.nl, chosen.includes(theme.id), (on) => {
          const now = new Set(String(options[attribute] ?? '').split(',').filter(Boolean));
          if (on) now.add(theme.id);
          else now.delete(theme.id);
          set(region.themes.map((x) => x.id).filter((id) => now.has(id)).join(','));
        }),
      );
      return h('fieldset', { class: 'sub' }, h('legend', {}, label), h('p', { class: 'hint' }, t.themesHint), h('div', { class: 'options' }, ...boxes));
    }
    case 'theme':
      return field(label, select([['', t.allThemes], ...region.themes.map((x): [string, string] => [x.id, x.title[lang] ?? x.title.nl])], current, set));
    case 'year':
      return field(label, textInput(current, set, { inputmode: 'numeric', pattern: '[0-9]{4}', maxlength: '4', size: '6' }));
    case 'day': {
      const input = h('input', { type: 'date' });
      input.value = current;
      input.addEventListener('change', () => set(input.value));
      return field(label, input);
    }
    default:
      return field(label, textInput(current, set));
  }
}

function renderWidgetOptions(focusKey?: string): void {
  const groups = FRAME_WIDGET_NAMES.filter((name) => choices.widgets.includes(name)).map((name) => {
    const widget = FRAME_WIDGETS[name];
    const basemap = String(choices.options[name].basemap ?? '');
    const controls = widget.attributes
      .filter((attribute) => !SHARED.has(attribute))
      .filter((attribute) => attribute !== 'basemap-variant' || basemap === 'pdok')
      .filter((attribute) => attribute !== 'basemap-attribution' || (basemap !== '' && !namedBasemap(basemap)))
      .map((attribute) => optionControl(name, attribute, (widget.kinds as Record<string, AttributeKind>)[attribute]));
    return h('fieldset', { id: `options-${name}` }, h('legend', {}, t.optionsLegend(t.widgets[name])), ...controls);
  });
  fill($('widget-options'), ...groups);
  if (focusKey) document.querySelector<HTMLElement>(`[data-key="${focusKey}"]`)?.focus();
}

function tokenControl(token: Token): HTMLElement {
  const value = choices.tokens[token.name] ?? '';
  const id = `token-${token.name.slice(2)}`;
  const hint = token.follows ? t.tokenFollows(token.follows) : token.initial ? t.tokenDefault(token.default ?? token.initial) : t.tokenInherited;
  const label = h('label', { for: id }, h('code', {}, token.name));
  const hintEl = h('span', { class: 'hint', id: `${id}-hint` }, hint);
  if (token.colour) {
    const input = h('input', { type: 'color', id, 'aria-describedby': `${id}-hint` });
    input.value = hexColour(value) ?? token.initial;
    input.addEventListener('input', () => {
      choices.tokens[token.name] = input.value;
      changed();
    });
    return h('div', { class: 'token colour' }, input, h('div', {}, label, hintEl));
  }
  const problem = h('span', { class: 'problem', id: `${id}-problem`, hidden: true }, t.badCss);
  const input = textInput(
    value,
    (v) => {
      const bad = v.trim() !== '' && !isSafeCssValue(v);
      problem.hidden = !bad;
      input.setAttribute('aria-invalid', String(bad));
      choices.tokens[token.name] = v;
      changed();
    },
    { id, placeholder: token.initial, 'aria-describedby': `${id}-hint ${id}-problem` },
  );
  return h('div', { class: 'token' }, h('div', {}, label, hintEl), input, problem);
}

function renderTokens(): void {
  const tags = elementPlans(choices).map((p) => p.tag);
  const shown = tokens.filter((token) => token.tags.some((tag) => tags.includes(tag)));
  const shared = shown.filter((token) => token.global);
  const groups = [h('fieldset', { class: 'sub' }, h('legend', {}, t.tokensShared), ...shared.map(tokenControl))];
  for (const name of FRAME_WIDGET_NAMES.filter((n) => choices.widgets.includes(n))) {
    const own = shown.filter((token) => !token.global && token.tags.includes(FRAME_WIDGETS[name].tag));
    if (own.length) groups.push(h('fieldset', { class: 'sub' }, h('legend', {}, t.tokensFor(t.widgets[name])), ...own.map(tokenControl)));
  }
  fill($('token-groups'), ...(shared.length ? groups : []));
}

/* ---------------------------------------------------------- code, preview */

async function update(): Promise<void> {
  const serial = ++updates;
  let next: Snippet;
  try {
    next = await compose(choices, { files, facts, tokens, region });
  } catch (error) {
    if (serial === updates) showProblem(error);
    return;
  }
  if (serial !== updates) return;
  renderCode(next);
  renderPreview(next);
  $('choices').dataset.ready = 'true';
}

function code(id: string, text: string): void {
  const el = $(id);
  el.textContent = text || t.noCode;
  el.classList.toggle('none', !text);
  const button = document.querySelector<HTMLButtonElement>(`button[data-copy="${id}"]`);
  if (button) button.hidden = !text;
}

function renderCode(s: Snippet): void {
  const frames = isFrameRoute(choices.route);
  code('head', s.head);
  code('body', s.body);
  code('css', s.css);
  code('policy', s.plans.length ? `Content-Security-Policy: ${s.policy.header}` : '');
  $('head-note').textContent = t.headNote[choices.route];
  $('body-note').textContent = s.plans.length ? (frames ? t.bodyNote.frames : t.bodyNote.scripts) : t.previewEmpty;
  $('css-note').textContent = frames ? t.cssFramesNote : t.cssNote(WIDTHS[choices.width] ?? Math.max(...facts.reserve.widths));
  fill(
    $('csp-directives'),
    ...s.policy.directives.flatMap(([directive, sources]) => [h('dt', {}, h('code', {}, directive)), h('dd', {}, h('code', {}, sources.join(' ')))]),
    h('dt', {}, h('code', {}, 'trusted-types')),
    h('dd', {}, h('code', {}, s.policy.trustedTypes.join(' ') || "'none'")),
  );
  const notes: string[] = [t.cspSelf];
  if (s.css && !frames) notes.push(t.cspStyleNote);
  if (s.policy.withBasemap) {
    notes.push(t.withBasemap(Object.entries(s.policy.withBasemap).map(([name, sources]) => `${name}: ${sources.join(' ')}`).join('; ')));
  }
  notes.push(frames ? t.trustedTypes.frames : t.trustedTypes.scripts);
  const basemap = s.plans.find((p) => p.name === 'region-map')?.attributes.find(([n]) => n === 'basemap')?.[1];
  if (frames && typeof basemap === 'string' && !namedBasemap(basemap)) notes.push(t.frameTilesNote);
  fill($('csp-notes'), ...notes.map((note) => h('li', {}, note)));
}

let resizeLoaded: Promise<unknown> | undefined;

function renderPreview(s: Snippet): void {
  const preview = $('preview');
  const frames = isFrameRoute(choices.route);
  preview.lang = choices.lang || lang;
  const key = JSON.stringify([choices.route, s.plans, preview.lang]);
  $('preview-note').textContent = s.plans.length ? (frames ? t.previewFrames : t.previewScripts) : t.previewEmpty;
  if (key !== previewKey) {
    previewKey = key;
    if (frames) {
      // The frames from this folder (the address chosen for the code may not be up yet), loaded
      // at once: unlike on a host page, the preview is what this page is for.
      fill(
        preview,
        ...s.frames.map((frame) =>
          h('iframe', { src: frameSrc(FOLDER, frame.plan), title: frame.title, width: '100%', height: String(frame.height) }),
        ),
      );
      if (choices.route === 'iframe-resize') resizeLoaded ??= import(/* @vite-ignore */ new URL(FRAME_RESIZE, FOLDER).href);
    } else {
      void import(/* @vite-ignore */ new URL('mre-widgets.js', FOLDER).href);
      fill(
        preview,
        ...s.plans.map((plan, i) => {
          const el = document.createElement(plan.tag);
          for (const [name, value] of plan.attributes) el.setAttribute(name, value === true ? '' : value);
          el.append(toDom(s.fallbacks[i]));
          return el;
        }),
      );
    }
  }
  // The tokens, on the elements that use them, as the CSS sets them.
  const set = changedTokens(tokens, choices.tokens);
  for (const el of preview.children) {
    if (!(el instanceof HTMLElement) || el.localName === 'iframe') continue;
    for (const token of tokens) el.style.removeProperty(token.name);
    for (const { token, value } of set) if (token.tags.includes(el.localName)) el.style.setProperty(token.name, value);
  }
}

function showProblem(error: unknown): void {
  const problem = $('start-problem');
  problem.hidden = false;
  problem.textContent = t.failed(error instanceof Error ? error.message : String(error));
}

/* ------------------------------------------------------------------- copy */

/** Copies a block of code; the live region says whether it worked. */
async function copy(what: keyof Words['copyNames']): Promise<void> {
  const el = $(what);
  const text = el.textContent ?? '';
  const status = $('copy-status');
  const say = (message: string) => {
    // A new text node each time, so that the same message twice is announced twice.
    status.replaceChildren();
    requestAnimationFrame(() => (status.textContent = message));
  };
  try {
    await navigator.clipboard.writeText(text);
    say(t.copied(t.copyNames[what]));
    return;
  } catch {
    // Some browsers allow the clipboard only to the older way; the text is then selected anyway.
  }
  const selection = getSelection();
  const range = document.createRange();
  range.selectNodeContents(el);
  selection?.removeAllRanges();
  selection?.addRange(range);
  let done = false;
  try {
    done = document.execCommand('copy');
  } catch {
    done = false;
  }
  say(done ? t.copied(t.copyNames[what]) : t.copyFailed(t.copyNames[what]));
}

/* ------------------------------------------------------------- data check */

async function checkUrl(): Promise<void> {
  const input = $<HTMLInputElement>('check-url');
  const source = input.value.trim();
  let url: URL;
  try {
    url = new URL(source);
    if (!/^https?:$/.test(url.protocol)) throw new Error('scheme');
  } catch {
    lastCheck = { source, failure: t.notHttps };
    renderCheck();
    input.focus();
    return;
  }
  $('check-status').textContent = t.checking(source);
  fill($('check-report'));
  try {
    // No cookies, no referrer: the request a widget makes.
    const response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(CHECK_TIMEOUT_S * 1000),
    });
    if (!response.ok) {
      lastCheck = { source, failure: t.httpFailed(source, `${response.status} ${response.statusText}`.trim()) };
    } else {
      const text = new TextDecoder('utf-8').decode(await response.arrayBuffer());
      lastCheck = { source, report: checkRegionText(text, lang) };
      textOf.set(lastCheck, text);
    }
  } catch (error) {
    lastCheck = { source, failure: (error as Error)?.name === 'TimeoutError' ? t.timedOut(source, CHECK_TIMEOUT_S) : t.fetchFailed(source) };
  }
  renderCheck();
}

async function checkFile(): Promise<void> {
  const file = $<HTMLInputElement>('check-file').files?.[0];
  if (!file) return;
  const source = `${t.yourFile} (${file.name})`;
  $('check-status').textContent = t.checking(source);
  const text = new TextDecoder('utf-8').decode(await file.arrayBuffer());
  lastCheck = { source: file.name, report: checkRegionText(text, lang) };
  textOf.set(lastCheck, text);
  renderCheck();
}

/** The text of each checked file, to check it again in the other language. */
const textOf = new WeakMap<object, string>();

function renderCheck(): void {
  const status = $('check-status');
  const out = $('check-report');
  if (!lastCheck) {
    status.textContent = '';
    fill(out);
    return;
  }
  if ('failure' in lastCheck) {
    status.textContent = lastCheck.failure;
    fill(out);
    return;
  }
  const text = textOf.get(lastCheck);
  if (text !== undefined && lastCheck.report.lang !== lang) {
    const again = { source: lastCheck.source, report: checkRegionText(text, lang) };
    textOf.set(again, text);
    lastCheck = again;
  }
  const { source, report } = lastCheck;
  const s = checkStrings[lang];
  const groups = groupProblems(report);
  fill(
    out,
    h('h3', {}, t.checkTitle(source)),
    ...(groups.length
      ? groups.map((group) =>
          h(
            'section',
            { class: 'check-item' },
            h('h4', {}, t.item(group.label, group.item), group.leftOut ? ` — ${s.leftOut}` : ''),
            h(
              'ul',
              {},
              ...group.shown.map((problem) =>
                h(
                  'li',
                  { class: problem.severity },
                  h('strong', {}, s.severity[problem.severity]),
                  ' ',
                  h('code', {}, problem.path || '/'),
                  ' ',
                  problem.message,
                ),
              ),
              ...group.more.map((n) => h('li', { class: 'more' }, s.more(n))),
            ),
          ),
        )
      : [h('p', {}, s.none)]),
    h('p', { class: report.usable ? 'summary usable' : 'summary unusable' }, report.summary),
  );
  status.textContent = report.summary;
}

start().catch(showProblem);
