import type { TokenFact } from './facts.js';

/** A token as the builder offers it. */
export interface Token extends TokenFact {
  /** A colour (`<input type="color">`); otherwise a length, number or font (a text field). */
  colour: boolean;
  /** The value it has when not set: a colour as `#rrggbb`, another value as written, `''` for none. */
  initial: string;
  /** The token it follows when not set (`--mre-color-primary`), if any. */
  follows?: string;
}

/** `#abc` and `#AABBCC` as `#aabbcc`; `undefined` for anything that is not a hex colour. */
export function hexColour(value: string | undefined): string | undefined {
  const hex = value?.trim().toLowerCase().match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/)?.[1];
  if (!hex) return undefined;
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}

/**
 * Every token, global ones first: what it is, and the value it has when not set, following a
 * default that names another token (`--mre-map-selected` follows `--mre-color-primary`).
 */
export function tokensOf(facts: readonly TokenFact[]): Token[] {
  const byName = new Map(facts.map((f) => [f.name, f]));
  const resolve = (value: string | undefined, seen = new Set<string>()): string | undefined => {
    if (!value?.startsWith('--')) return value;
    if (seen.has(value)) return undefined;
    seen.add(value);
    return resolve(byName.get(value)?.default, seen);
  };
  return [...facts]
    .sort((a, b) => Number(b.global) - Number(a.global))
    .map((fact) => {
      const resolved = resolve(fact.default);
      const colour = hexColour(resolved);
      return {
        ...fact,
        colour: colour !== undefined,
        initial: colour ?? resolved ?? '',
        ...(fact.default?.startsWith('--') ? { follows: fact.default } : {}),
      };
    });
}

/**
 * Whether a value can go into the snippet's CSS as it is: a declaration's value only, never the
 * end of one (`;`), a block (`{ }`), a comment, markup that could close a `<style>` element, or a
 * line break.
 */
export function isSafeCssValue(value: string): boolean {
  return value.trim() !== '' && !/[;{}<>\\\n\r]|\/\*|\*\//.test(value);
}

/** The tokens set to something other than the value they have anyway, in the order of `tokens`. */
export function changedTokens(tokens: readonly Token[], values: Readonly<Record<string, string>>): { token: Token; value: string }[] {
  return tokens.flatMap((token) => {
    const value = values[token.name]?.trim();
    if (value === undefined || !isSafeCssValue(value)) return [];
    const same = token.colour ? hexColour(value) === token.initial : value === token.initial;
    return same ? [] : [{ token, value: token.colour ? (hexColour(value) ?? value) : value }];
  });
}
