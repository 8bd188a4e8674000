import type { Facts } from './facts.js';
import { isFrameRoute, WIDTHS, type ElementPlan, type Route, type WidthId } from './model.js';
import type { Token } from './tokens.js';

/**
 * The height to reserve for an element at a width, from the README's table: the one measured at
 * the width nearest to it (the widest for the full width), in em.
 */
export function reserveFor(reserve: Facts['reserve'], tag: string, width: WidthId): { em: number; measuredAt: number } | undefined {
  const heights = reserve.heights[tag];
  if (!heights) return undefined;
  const px = WIDTHS[width] ?? Math.max(...reserve.widths);
  let best = 0;
  reserve.widths.forEach((w, i) => {
    if (Math.abs(w - px) < Math.abs(reserve.widths[best] - px)) best = i;
  });
  return { em: heights[best], measuredAt: reserve.widths[best] };
}

/** A URL as a CSS string. */
const cssString = (text: string) => `"${text.replace(/["\\\n]/g, (c) => `\\${c === '\n' ? 'a ' : c}`)}"`;

/**
 * The CSS for the page's stylesheet: for the scripts, the room each widget takes while the script
 * loads and the tokens set to something of one's own (on the chosen widgets only, so nothing
 * else on the page changes); for the iframes, no border (the iframe's `height` keeps the room).
 */
export function snippetCss({
  route,
  plans,
  changed,
  width,
  reserve,
  base,
}: {
  route: Route;
  plans: readonly ElementPlan[];
  changed: readonly { token: Token; value: string }[];
  width: WidthId;
  reserve: Facts['reserve'];
  base: string;
}): string {
  if (!plans.length) return '';
  if (isFrameRoute(route)) return `iframe[src^=${cssString(`${base}frame.html`)}] {\n  border: 0;\n}`;
  const rules = plans.flatMap((plan) => {
    const room = reserveFor(reserve, plan.tag, width);
    return room ? [`${plan.tag}:not(:defined) {\n  display: block;\n  min-height: ${room.em}em;\n}`] : [];
  });
  // One rule per set of elements, in the order the tokens come.
  const groups = new Map<string, string[]>();
  for (const { token, value } of changed) {
    const tags = plans.map((p) => p.tag).filter((tag) => token.tags.includes(tag));
    if (!tags.length) continue;
    const selector = tags.join(',\n');
    groups.set(selector, [...(groups.get(selector) ?? []), `  ${token.name}: ${value};`]);
  }
  for (const [selector, declarations] of groups) rules.push(`${selector} {\n${declarations.join('\n')}\n}`);
  return rules.join('\n');
}
