// How a story shows a widget: the args named after attributes become attributes, the args named
// after custom properties are set on the box around the widget (as a page would set them on an
// ancestor), and the Actions panel hears the events.
import { html, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';
import { styleMap } from 'lit/directives/style-map.js';
import { attributesOf, cssPropertiesOf, element, handlerName, type Manifest, manifest } from './controls.js';

type Args = Record<string, unknown>;

/**
 * The widget itself: made once per place in the template, then kept, with its attributes and event
 * listeners set and removed as the args change (a control changed: the same map, updated).
 */
class WidgetDirective extends Directive {
  #element?: HTMLElement;
  #attributes = new Set<string>();
  #listeners = new Map<string, EventListener>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('widget() stands where an element would: <div>${widget(…)}</div>');
  }

  render(tagName: string, _attributes: Record<string, unknown>, _listeners: Record<string, EventListener>) {
    return document.createElement(tagName);
  }

  override update(_part: ChildPart, [tagName, attributes, listeners]: [string, Record<string, unknown>, Record<string, EventListener>]) {
    if (this.#element?.localName !== tagName) {
      this.#element = document.createElement(tagName);
      this.#attributes.clear();
      this.#listeners.clear();
    }
    const el = this.#element;
    for (const name of this.#attributes) if (!(name in attributes)) el.removeAttribute(name);
    this.#attributes.clear();
    for (const [name, value] of Object.entries(attributes)) {
      // Left out: an attribute that is off, or an empty choice ("not set").
      if (value === undefined || value === null || value === false || value === '') {
        el.removeAttribute(name);
        continue;
      }
      el.setAttribute(name, value === true ? '' : String(value));
      this.#attributes.add(name);
    }
    for (const [type, listener] of this.#listeners) if (listeners[type] !== listener) el.removeEventListener(type, listener);
    for (const [type, listener] of Object.entries(listeners)) {
      if (this.#listeners.get(type) !== listener) el.addEventListener(type, listener);
    }
    this.#listeners = new Map(Object.entries(listeners));
    return el;
  }
}

const widget = directive(WidgetDirective);

/**
 * The render function of a widget's stories: `<tag>` with the attributes from the args, inside a
 * box that carries the CSS custom properties from the args. `containerWidth` (an arg that is no
 * attribute) limits the box, for the widgets that lay out by their own width.
 */
export function renderWidget(tagName: string, source: Manifest = manifest): (args: Args) => TemplateResult {
  const declaration = element(tagName, source);
  const attributeNames = attributesOf(declaration).map((a) => a.name);
  const propertyNames = cssPropertiesOf(declaration).map((p) => p.name);
  const events = (declaration.events ?? []).map((e) => [e.name, handlerName(e.name)] as const);
  return (args) => {
    const attributes = Object.fromEntries(attributeNames.filter((name) => name in args).map((name) => [name, args[name]]));
    const listeners = Object.fromEntries(
      events.filter(([, arg]) => typeof args[arg] === 'function').map(([type, arg]) => [type, args[arg] as EventListener]),
    );
    const style: Record<string, string> = {};
    for (const name of propertyNames) {
      const value = args[name];
      if (typeof value === 'string' && value.trim() !== '') style[name] = value;
    }
    if (typeof args.containerWidth === 'string' && args.containerWidth) style['max-width'] = args.containerWidth;
    return html`<div class="mre-story" style=${styleMap(style)}>${widget(tagName, attributes, listeners)}</div>`;
  };
}

/** The arg that sets the width of the box around the widget; no attribute. */
export const containerWidthArgType = {
  containerWidth: {
    name: 'containerWidth',
    description: 'Width of the box around the widget (a CSS length); the page column decides without it. Not an attribute.',
    control: 'text',
    table: { category: 'story layout' },
  },
} as const;

/**
 * "Show code" as a page would write it: the widget, inside a box only when the story sets custom
 * properties or a width on it, one element per line.
 */
export function sourceSnippet(code: string): string {
  const lines = (html: string) =>
    html
      .replace(/></g, '>\n<')
      .replace(/(<(mre-[a-z-]+)[^>]*>)\n(<\/\2>)/g, '$1$3')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  return code
    .replace(/<!--.*?-->/gs, '')
    .replace(/&quot;/g, "'")
    .replace(/<div class="mre-story" style="">([\s\S]*?)<\/div>/g, (_m, inner: string) => lines(inner).join('\n'))
    .replace(/<div class="mre-story" style="([^"]*)">([\s\S]*?)<\/div>/g, (_m, style: string, inner: string) => {
      const declarations = style
        .split(';')
        .map((d) => d.trim().replace(/^([^:]+):\s*/, '$1: '))
        .filter(Boolean);
      return [`<div style="${declarations.join('; ')}">`, ...lines(inner).map((line) => `  ${line}`), '</div>'].join('\n');
    })
    .trim();
}
