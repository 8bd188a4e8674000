import { escapeHtml } from '../../scripts/cdn/embed-snippet.js';

/**
 * A little HTML, as data: written out for a snippet (`toHtml`) and built as elements for the
 * preview (`toDom`), so that both show the same thing. Text is always text.
 */
export type Markup = string | MarkupElement;
export interface MarkupElement {
  tag: string;
  attributes?: [name: string, value: string][];
  children?: Markup[];
}

/** Elements written on one line with their parent's text. */
const INLINE = new Set(['a', 'code', 'strong', 'em', 'span']);

const isInline = (node: Markup) => typeof node === 'string' || INLINE.has(node.tag);

/** HTML for a snippet: block elements on lines of their own, indented by two spaces. */
export function toHtml(node: Markup): string {
  if (typeof node === 'string') return escapeHtml(node);
  const open = `<${node.tag}${(node.attributes ?? []).map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('')}>`;
  const close = `</${node.tag}>`;
  const children = node.children ?? [];
  if (children.every(isInline)) return `${open}${children.map(toHtml).join('')}${close}`;
  const inside = children.map((child) =>
    toHtml(child)
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n'),
  );
  return [open, ...inside, close].join('\n');
}

/** The same as elements of `doc`. */
export function toDom(node: Markup, doc: Document = document): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  const el = doc.createElement(node.tag);
  for (const [name, value] of node.attributes ?? []) el.setAttribute(name, value);
  for (const child of node.children ?? []) el.append(toDom(child, doc));
  return el;
}
