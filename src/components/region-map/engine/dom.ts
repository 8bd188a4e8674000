/**
 * Creates an HTML element with an optional class and text. The text is set with `textContent`:
 * it is shown as it is, never parsed as markup.
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
