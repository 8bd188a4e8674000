/**
 * What the build tells the builder (scripts/rollup/embed-builder.mjs, `virtual:mre-embed-facts`):
 * read from custom-elements.json, src/styles/tokens.ts and the README's tables at build time.
 */

/** A CSS custom property of the widgets. */
export interface TokenFact {
  name: string;
  /** A value (`#00529c`, `28em`), another token it follows (`--mre-color-primary`), or none (inherited). */
  default?: string;
  /** In English, as the manifest has it. */
  description: string;
  /** The elements that use it. */
  tags: string[];
  /** A global token (`--mre-color-primary`), used by every element. */
  global: boolean;
}

export interface Facts {
  tokens: TokenFact[];
  /** The heights to reserve (em) per element, one per measured width (px). */
  reserve: { widths: number[]; heights: Record<string, number[]> };
  /** The default `height` of each widget's iframe (px), by its frame.html name. */
  frameHeights: Record<string, number>;
}
