import { cspHash, embedSnippet, escapeHtml, frameResizeSnippet } from '../../scripts/cdn/embed-snippet.js';
import type { Region } from '../../src/data/types.js';
import { FRAME_WIDGETS } from '../../src/frame/widgets.js';
import { snippetCss } from './css.js';
import type { Facts } from './facts.js';
import { fallbackFor } from './fallback.js';
import { toHtml, type MarkupElement } from './markup.js';
import { elementPlans, isFrameRoute, type Choices, type ElementPlan } from './model.js';
import { policyFor, type Policy } from './policy.js';
import { changedTokens, type Token } from './tokens.js';

/** An iframe of the iframe route, as it goes on the page. */
export interface FramePlan {
  plan: ElementPlan;
  src: string;
  title: string;
  height: number;
}

/** Everything the builder shows for the choices. */
export interface Snippet {
  /** For the page's `<head>`: the import map and the script, or frame-resize.js; `''` for iframes alone. */
  head: string;
  /** Where the widgets go: the elements with their fallback, or the iframes with a `<noscript>`. */
  body: string;
  /** For the site's stylesheet (or a `<style>` element, allowed by `policy`). */
  css: string;
  policy: Policy;
  plans: ElementPlan[];
  /** For the iframe routes. */
  frames: FramePlan[];
  /** The fallback content of each element, as it is in `body`. */
  fallbacks: MarkupElement[];
}

export interface Context {
  /** `files` of the folder's integrity.json: the hash of every file a snippet pins. */
  files: Record<string, string>;
  facts: Facts;
  tokens: readonly Token[];
  region: Region;
}

/** The folder's address, ending in `/`. */
export function folderOf(base: string): URL {
  const folder = new URL(base);
  if (!folder.pathname.endsWith('/')) folder.pathname += '/';
  folder.search = '';
  folder.hash = '';
  return folder;
}

/** frame.html's address for an element: `widget=` and its attributes, a boolean one by its name alone. */
export function frameSrc(folder: URL, plan: ElementPlan): string {
  const query = [
    `widget=${plan.name}`,
    ...plan.attributes.map(([name, value]) => (value === true ? name : `${name}=${encodeURIComponent(value)}`)),
  ].join('&');
  return `${new URL('frame.html', folder).href}?${query}`;
}

function iframeHtml(frame: FramePlan): string {
  return (
    `<iframe src="${escapeHtml(frame.src)}" title="${escapeHtml(frame.title)}" ` +
    `width="100%" height="${frame.height}" loading="lazy"></iframe>`
  );
}

/** The snippet for the choices: every part of it, and what the preview shows. */
export async function compose(choices: Choices, { files, facts, tokens, region }: Context): Promise<Snippet> {
  const folder = folderOf(choices.base);
  const plans = elementPlans(choices);
  const frames: FramePlan[] = [];
  const fallbacks: MarkupElement[] = [];
  let head = '';
  let body = '';
  let scriptSrc = '';
  if (isFrameRoute(choices.route)) {
    const parts: string[] = [];
    for (const plan of plans) {
      const lang = plan.attributes.some(([name, value]) => name === 'lang' && value === 'en') ? 'en' : 'nl';
      const frame = { plan, src: frameSrc(folder, plan), title: FRAME_WIDGETS[plan.name].title[lang], height: facts.frameHeights[plan.name] };
      frames.push(frame);
      const fallback = fallbackFor(plan.name, new Map(plan.attributes), region, false);
      fallbacks.push(fallback);
      parts.push(`${iframeHtml(frame)}\n${toHtml({ tag: 'noscript', children: [fallback] })}`);
    }
    body = parts.join('\n');
    if (choices.route === 'iframe-resize' && plans.length) ({ head, scriptSrc } = frameResizeSnippet({ base: folder.href, files }));
  } else if (plans.length) {
    const elements = plans.map((plan) => {
      const fallback = fallbackFor(plan.name, new Map(plan.attributes), region, true);
      fallbacks.push(fallback);
      return { tag: plan.tag, attributes: plan.attributes, fallback: toHtml(fallback) };
    });
    ({ head, body, scriptSrc } = await embedSnippet({ base: folder.href, files, script: choices.route, elements }));
  }
  const css = snippetCss({
    route: choices.route,
    plans,
    changed: changedTokens(tokens, choices.tokens),
    width: choices.width,
    reserve: facts.reserve,
    base: folder.href,
  });
  const policy = policyFor({
    route: choices.route,
    plans,
    folderOrigin: folder.origin,
    scriptSrc,
    styleHash: css ? await cspHash(css) : undefined,
  });
  return { head, body, css, policy, plans, frames, fallbacks };
}

/** The snippet as one page: what the tests paste, and what "the whole page" shows. */
export function wholePage(snippet: Snippet, { lang = 'nl', policy = true }: { lang?: string; policy?: boolean } = {}): string {
  const meta = policy ? `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(snippet.policy.header)}">\n` : '';
  const style = snippet.css ? `<style>${snippet.css}</style>\n` : '';
  return (
    `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n${meta}${style}${snippet.head ? `${snippet.head}\n` : ''}` +
    `</head>\n<body>\n${snippet.body}\n</body>\n</html>\n`
  );
}
