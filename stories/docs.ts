// The tables of the docs pages, written as Markdown from custom-elements.json and the bundled data,
// so that the pages say what the code says: every event, slot, part and token with its default.
import { defaultRegion } from '../src/data/default-region.js';
import { attributesOf, cssPropertiesOf, element, elements, isColour, manifest, type ManifestItem } from './controls.js';

/** Where the scripts are in the examples: the versioned CDN folder of the README. */
export const CDN = 'https://cdn.example.org/mre-widgets@0.1.0';

/** Text for one cell of a Markdown table: one line, no column breaks. */
const cell = (text = ''): string => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim() || '–';
const code = (text: string): string => `\`${text}\``;

function table(head: string[], rows: string[][]): string {
  if (rows.length === 0) return '_None._';
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** The names of a widget's attributes, for Storybook's ArgTypes and Controls blocks. */
export const attributeNames = (tagName: string): string[] => attributesOf(element(tagName)).map((a) => a.name);

/** The names of a widget's custom properties. */
export const tokenNames = (tagName: string): string[] => cssPropertiesOf(element(tagName)).map((p) => p.name);

/** What a widget is, in the words of its JSDoc. */
export function about(tagName: string): string {
  const { summary, description } = element(tagName);
  return [summary ? `**${summary}**` : '', description ?? ''].filter(Boolean).join('\n\n');
}

export function eventsTable(tagName: string): string {
  return table(
    ['Event', 'Type', 'When'],
    (element(tagName).events ?? []).map((e) => [code(e.name), e.type ? code(e.type.text) : '–', cell(e.description)]),
  );
}

export function slotsTable(tagName: string): string {
  return table(
    ['Slot', 'What goes in it'],
    (element(tagName).slots ?? []).map((s) => [s.name ? code(`slot="${s.name}"`) : '(default)', cell(s.description)]),
  );
}

export function partsTable(tagName: string): string {
  return table(
    ['Part', 'What it is', 'Style it with'],
    (element(tagName).cssParts ?? []).map((p) => [code(p.name), cell(p.description), code(`${tagName}::part(${p.name})`)]),
  );
}

const defaultOf = (p: ManifestItem): string => (p.default ? code(p.default) : 'inherited from the page');

/** What kind of value a custom property takes, by its name and default. */
function kindOf(p: ManifestItem): string {
  if (isColour(p)) return 'colour';
  if (/font-family/.test(p.name)) return 'font family';
  if (/^-?[\d.]+(em|rem|px|%|ch|vh|vw)$/.test(p.default ?? '')) return 'length';
  if (/^-?[\d.]+$/.test(p.default ?? '')) return 'number';
  return 'value';
}

/** A description without the default it names (the table has a column for that), capitalised. */
function whatItSets(description = ''): string {
  const text = cell(description.replace(/\s*\(default[^()]*(\([^()]*\)[^()]*)*\)/g, '').replace(/\.$/, ''));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A widget's own custom properties (`--mre-map-*`), with their defaults. */
export function ownTokensTable(tagName: string): string {
  return table(
    ['Property', 'Default', 'Kind', 'What it sets'],
    cssPropertiesOf(element(tagName))
      .filter((p) => !isGlobalToken(p.name))
      .map((p) => [code(p.name), defaultOf(p), kindOf(p), whatItSets(p.description)]),
  );
}

/** A token shared by every widget: it is listed on all of them. */
export function isGlobalToken(name: string): boolean {
  return elements(manifest).every((e) => (e.cssProperties ?? []).some((p) => p.name === name));
}

/**
 * Every global token once, with its default and what it sets: in general (as the tokens module
 * says), and where a widget uses it for something particular, there.
 */
export function globalTokensTable(): string {
  const all = elements(manifest);
  const names = [...new Set(all.flatMap((e) => cssPropertiesOf(e).map((p) => p.name)))].filter(isGlobalToken);
  return table(
    ['Token', 'Default', 'Kind', 'What it sets'],
    names.map((name) => {
      const entries = all.map((e) => ({ tag: e.tagName!, text: whatItSets(cssPropertiesOf(e).find((p) => p.name === name)!.description) }));
      const property = cssPropertiesOf(all[0]).find((p) => p.name === name)!;
      // The tokens module's description is the one that names the default.
      const general = all
        .map((e) => cssPropertiesOf(e).find((p) => p.name === name)!)
        .find((p) => /\(default/.test(p.description ?? ''));
      const generalText = general ? whatItSets(general.description) : undefined;
      const byText = new Map<string, string[]>();
      for (const { tag, text } of entries) {
        if (text.toLowerCase() === generalText?.toLowerCase()) continue;
        byText.set(text, [...(byText.get(text) ?? []), tag]);
      }
      const particular = [...byText].map(([text, tags]) => `${tags.map(code).join(', ')}: ${text}`);
      return [code(name), defaultOf(property), kindOf(property), [generalText, ...particular].filter(Boolean).join('<br>')];
    }),
  );
}

/** The widget in a page, as the README's first snippet writes it. */
export function embedSnippet(tagName: string, attributes: Record<string, string | true> = {}): string {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${value}"`))
    .join('');
  return [
    `<script type="module" src="${CDN}/mre-widgets.js" integrity="sha384-…" crossorigin="anonymous"></script>`,
    '',
    `<${tagName}${attrs}></${tagName}>`,
  ].join('\n');
}

const formatNumber = (n: number): string => n.toLocaleString('en-GB');

/** The municipalities of the bundled data: what `municipality` accepts. */
export function municipalitiesTable(): string {
  return table(
    ['Municipality', 'CBS code', 'Slug', 'Population', 'Website'],
    defaultRegion.municipalities.map((m) => [cell(m.name), code(m.code), code(m.slug), m.population ? formatNumber(m.population) : '–', m.website ?? '–']),
  );
}

/** The themes of the bundled data: what `themes` and `theme` accept. */
export function themesTable(): string {
  return table(
    ['Theme id', 'Title (nl)', 'Title (en)'],
    defaultRegion.themes.map((t) => [code(t.id), cell(t.title.nl), cell(t.title.en ?? '')]),
  );
}

/** What the bundled dataset holds, counted. */
export function datasetSummary(): string {
  const r = defaultRegion;
  return table(
    ['Part', 'In the built-in data'],
    [
      ['Municipalities', `${r.municipalities.length}, with ${formatNumber(r.municipalities.reduce((sum, m) => sum + (m.population ?? 0), 0))} inhabitants`],
      ['Population on', r.population_reference_date ?? '–'],
      ['Themes', String(r.themes.length)],
      ['Timeline items', `${r.timeline.length}, from ${r.timeline[0]?.start ?? '?'}`],
      ['Attribution (nl)', cell(r.attribution?.nl)],
    ],
  );
}
