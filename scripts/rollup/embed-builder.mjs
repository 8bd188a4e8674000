// The build of the embed-code builder (demo/embed.html, its style and demo/embed/*.ts) into
// dist/embed/, which the versioned folder copies as its embed/. What the builder knows about the
// widgets comes from where the project keeps it, read at build time, never copied by hand:
// - the tokens (CSS custom properties) and their defaults: custom-elements.json, and the global
//   tokens of src/styles/tokens.ts as the manifest's configuration reads them;
// - the heights to reserve per widget and width, and the iframes' default heights: README.md's
//   tables (the numbers are measured and kept there).
import { readFileSync } from 'node:fs';
import { globalTokens } from '../../custom-elements-manifest.config.mjs';

export const FACTS_MODULE = 'virtual:mre-embed-facts';

/** The cells of a Markdown table row, trimmed. */
const cells = (row) => row.trim().replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim());

/**
 * From the README: the table of heights to reserve (`| widget | 360 px wide | 560 px | … |`, one
 * row per element, in em) and the table of frame.html's default heights
 * (`| \`region-map\` | title | \`560\` |`). Throws when either is missing or incomplete.
 */
export function readmeFacts(readme) {
  const lines = readme.split('\n');
  const header = lines.findIndex((line) => /^\| widget \| \d+ px wide \|/.test(line));
  if (header < 0) throw new Error('README.md has no table of heights to reserve ("| widget | 360 px wide | …")');
  const widths = cells(lines[header]).slice(1).map((cell) => Number(cell.match(/^(\d+) px/)?.[1]));
  if (!widths.length || widths.some((w) => !w)) throw new Error(`README.md: cannot read the widths of "${lines[header]}"`);
  const heights = {};
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const [widget, ...values] = cells(line);
    // "`mre-region-map`", or with what the row assumes: "`mre-region-map` (with `municipality`)".
    const tag = widget.match(/^`(mre-[a-z-]+)`(?: \(.+\))?$/)?.[1];
    const numbers = values.map(Number);
    if (!tag || numbers.length !== widths.length || numbers.some((n) => !(n > 0))) {
      throw new Error(`README.md: cannot read the heights to reserve of "${line}"`);
    }
    heights[tag] = numbers;
  }
  const frameHeights = Object.fromEntries(
    [...readme.matchAll(/^\| `([a-z-]+)` \| .+? \| `(\d+)` \|$/gm)].map(([, name, height]) => [name, Number(height)]),
  );
  if (Object.keys(heights).length < 4 || Object.keys(frameHeights).length < 4) {
    throw new Error('README.md: the tables of heights to reserve and of frame.html heights need a row for each widget');
  }
  return { reserve: { widths, heights }, frameHeights };
}

/** A default named in a description: "(default `28em`)", "(default `--mre-color-primary`)". */
const describedDefault = (description = '') => description.match(/\(default `([^`]+)`/)?.[1];

/** A token another one follows, as the manifest writes it (`var(--mre-x)`), by its name (`--mre-x`). */
const followed = (value) => value?.match(/^var\((--[a-z0-9-]+)\)$/)?.[1] ?? value;

/**
 * Every token of every element in the manifest, once: its default (a value, or another token it
 * follows), a description, the elements that use it, and whether it is a global one.
 */
export function manifestTokens(manifest, globals = globalTokens()) {
  const byName = new Map(globals.map((t) => [t.name, { name: t.name, default: followed(t.default), description: t.description, tags: [], global: true }]));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  for (const element of elements) {
    for (const property of element.cssProperties ?? []) {
      let token = byName.get(property.name);
      if (!token) {
        token = {
          name: property.name,
          default: followed(property.default ?? describedDefault(property.description)),
          description: property.description ?? '',
          tags: [],
          global: false,
        };
        byName.set(property.name, token);
      }
      token.tags.push(element.tagName);
    }
  }
  return [...byName.values()].filter((t) => t.tags.length);
}

/** The module `virtual:mre-embed-facts`: `{ tokens, reserve, frameHeights }`. */
export function embedFacts({ manifest = 'custom-elements.json', readme = 'README.md' } = {}) {
  return {
    name: 'mre-embed-facts',
    resolveId(id) {
      return id === FACTS_MODULE ? `\0${FACTS_MODULE}` : null;
    },
    load(id) {
      if (id !== `\0${FACTS_MODULE}`) return null;
      this.addWatchFile(manifest);
      this.addWatchFile(readme);
      let elements;
      try {
        elements = JSON.parse(readFileSync(manifest, 'utf8'));
      } catch (error) {
        this.error(`${manifest} is needed for the embed builder (npm run analyze): ${error.message}`);
      }
      const facts = { tokens: manifestTokens(elements), ...readmeFacts(readFileSync(readme, 'utf8')) };
      return `export default ${JSON.stringify(facts)};`;
    },
  };
}

/**
 * dist/embed/index.html and embed.css: the builder's page from demo/embed.html, which loads its
 * script from the build (`../dist/embed/embed.js`); in dist/embed/ the script is next to it.
 */
export function embedPage({ page = 'demo/embed.html', style = 'demo/embed.css' } = {}) {
  const SCRIPT = '../dist/embed/embed.js';
  return {
    name: 'mre-embed-page',
    buildStart() {
      this.addWatchFile(page);
      this.addWatchFile(style);
    },
    generateBundle() {
      const html = readFileSync(page, 'utf8');
      if (!html.includes(`src="${SCRIPT}"`)) this.error(`${page} no longer loads ${SCRIPT}`);
      this.emitFile({ type: 'asset', fileName: 'index.html', source: html.replace(`src="${SCRIPT}"`, 'src="embed.js"') });
      this.emitFile({ type: 'asset', fileName: 'embed.css', source: readFileSync(style, 'utf8') });
    },
  };
}
