import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/** Relative luminance of an `rgb()`/`rgba()` colour, per WCAG 2. */
function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two computed colours. */
export function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** The first background that is not transparent, from `el` up through shadow hosts. */
export function backgroundOf(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const bg = getComputedStyle(node).backgroundColor;
      if (bg && !/rgba\(.*,\s*0\)$/.test(bg) && bg !== 'transparent') return bg;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return 'rgb(255, 255, 255)';
}

/**
 * Renders `template` inside a host page that does its worst: a root font size of 62.5 %, a
 * 20px body text in a pale colour on a dark background, `line-height: 3`, wide letter and word
 * spacing, upper case, centred and italic text. Restores the root font size afterwards.
 */
export async function inHostilePage<T extends HTMLElement>(template: TemplateResult): Promise<{ el: T; restore: () => void }> {
  const root = document.documentElement;
  const before = root.style.fontSize;
  root.style.fontSize = '62.5%';
  const wrapper = await fixture<HTMLDivElement>(html`<div
    style="font-size: 20px; color: #f0f0f0; background: #202020; line-height: 3; letter-spacing: 0.3em;
      word-spacing: 1em; text-transform: uppercase; text-align: center; font-style: italic; font-weight: 100"
  >${template}</div>`);
  const el = wrapper.firstElementChild as T;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { el, restore: () => (root.style.fontSize = before) };
}

/**
 * What a reader of `target` gets under hostile host CSS: its line height as a multiple of its
 * font size, its letter spacing, its contrast against what is behind it, and its font size.
 */
export function readability(target: Element) {
  const style = getComputedStyle(target);
  const fontSize = parseFloat(style.fontSize);
  return {
    fontSize,
    lineHeightRatio: parseFloat(style.lineHeight) / fontSize,
    letterSpacing: style.letterSpacing,
    textTransform: style.textTransform,
    contrast: contrast(style.color, backgroundOf(target)),
  };
}
