import { html, type TemplateResult } from 'lit';

/** The tags whose swallowed content the console has explained on this page (shared by every copy). */
const REPORTED_KEY = Symbol.for('mre-widgets.swallowed-content-reported');

function explain(slot: HTMLSlotElement): void {
  const content = slot
    .assignedNodes()
    .filter((node) => node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()));
  const g = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  const reported = (g[REPORTED_KEY] ??= new Set());
  const host = (slot.getRootNode() as ShadowRoot).host.localName;
  if (!content.length || reported.has(host)) return;
  reported.add(host);
  const first = content[0];
  const what = first instanceof Element ? `<${first.localName}>` : `the text "${first.textContent!.trim().slice(0, 40)}"`;
  console.warn(
    `mre-widgets: <${host}> contains content that is not its fallback, starting with ${what}; it is shown ` +
      `after the widget. This usually means the element was written as <${host} />: custom elements need an ` +
      `end tag, <${host}></${host}>, and without it the browser puts everything that follows inside the element. ` +
      `Content meant for visitors without JavaScript belongs in an element with slot="fallback".`,
  );
}

/**
 * The slot for content the HTML parser put inside a widget that is not its documented fallback
 * (`slot="fallback"`, hidden once the widget runs). That happens when a page writes
 * `<mre-theme-cards />`: the parser ignores the `/` and nests everything after it inside the
 * element. The content is shown after the widget's own, and the console explains it once per tag.
 */
export function renderSwallowedContent(): TemplateResult {
  return html`<slot @slotchange=${(event: Event) => explain(event.target as HTMLSlotElement)}></slot>`;
}
