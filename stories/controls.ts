// Storybook's controls and docs tables, made from custom-elements.json (npm run analyze) and the
// bundled data: one control per public attribute, of the kind its type asks for, one per CSS
// custom property (a colour picker for colours), and the events for the Actions panel. Nothing
// here is written per widget: a new attribute or token in a widget's JSDoc shows up by itself.
import type { ArgTypes } from '@storybook/web-components-vite';
import manifestJson from '../custom-elements.json';
import { PDOK_VARIANTS } from '../src/components/region-map/basemap.js';
import { defaultRegion } from '../src/data/default-region.js';

type InputType = ArgTypes[string];

export interface ManifestItem {
  name: string;
  description?: string;
  summary?: string;
  type?: { text: string };
  default?: string;
  privacy?: string;
  kind?: string;
  attribute?: string;
  fieldName?: string;
}
export interface ElementDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: ManifestItem[];
  members?: ManifestItem[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
}
export interface Manifest {
  modules: { path?: string; declarations?: ElementDeclaration[] }[];
}

/** What the attributes whose type is a plain string can hold, from the data and the code. */
export interface Choices {
  municipality: Record<string, string>;
  lang: Record<string, string>;
  theme: Record<string, string>;
  'basemap-variant': Record<string, string>;
}

/** The manifest this Storybook is built with. */
export const manifest = manifestJson as unknown as Manifest;

/** The choices of the bundled data: the 21 municipalities by slug, the languages, the themes, the PDOK variants. */
export const bundledChoices: Choices = {
  municipality: Object.fromEntries(defaultRegion.municipalities.map((m) => [m.slug, m.name])),
  lang: { nl: 'Nederlands', en: 'English' },
  theme: Object.fromEntries(defaultRegion.themes.map((t) => [t.id, t.title.nl])),
  'basemap-variant': Object.fromEntries(PDOK_VARIANTS.map((v) => [v, v])),
};

export const CATEGORY = {
  attributes: 'attributes',
  events: 'events',
  tokens: 'CSS custom properties',
} as const;

/** The label of the empty choice of a select: the attribute is left out. */
export const UNSET_LABEL = '(not set)';

/** Members that are no one's business but the element's own. */
export const isInternal = (item: ManifestItem): boolean =>
  /^(_|#|\[|--_)/.test(item.name) || item.privacy === 'private' || item.privacy === 'protected';

/** Every custom element in the manifest. */
export function elements(source: Manifest = manifest): ElementDeclaration[] {
  return source.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.kind === 'class' && d.tagName);
}

export function element(tagName: string, source: Manifest = manifest): ElementDeclaration {
  const found = elements(source).find((d) => d.tagName === tagName);
  if (!found) throw new Error(`${tagName} is not in custom-elements.json; run npm run analyze`);
  return found;
}

/** The public attributes of an element. */
export const attributesOf = (declaration: ElementDeclaration): ManifestItem[] =>
  (declaration.attributes ?? []).filter((a) => !isInternal(a));

export const cssPropertiesOf = (declaration: ElementDeclaration): ManifestItem[] =>
  (declaration.cssProperties ?? []).filter((p) => !isInternal(p));

/** The values of a union of string literals (`'grid' | 'list'`, maybe `| undefined`), or undefined. */
export function literalUnion(type: string | undefined): string[] | undefined {
  if (!type) return undefined;
  const parts = type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  if (parts.length === 0 || !parts.every((part) => /^(['"]).*\1$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

const COLOUR_VALUE = /^(#[0-9a-f]{3,8}|(rgb|hsl)a?\(.*\)|var\(--[a-z-]*colou?r[a-z-]*\))$/i;

/**
 * Whether a custom property holds a colour: the `--mre-color-*` tokens, and every property whose
 * default is a colour or one of those tokens (`--mre-map-fill`, `--mre-theme-cards-accent`).
 */
export function isColour(property: ManifestItem): boolean {
  return /^--mre-colou?r-/.test(property.name) || /-colou?r$/.test(property.name) || COLOUR_VALUE.test(property.default ?? '');
}

/** The event's argument in Storybook's args: `mre-municipality-select` → `onMreMunicipalitySelect`. */
export const handlerName = (event: string): string =>
  `on${event.replace(/(^|[-_:.\s]+)(.)/g, (_m, _sep, chr: string) => chr.toUpperCase())}`;

function selectOf(values: string[], labels?: Record<string, string>, withUnset = false): InputType['control'] & object {
  const options = withUnset ? ['', ...values] : values;
  return {
    type: options.length <= 3 ? 'inline-radio' : 'select',
    ...(labels || withUnset ? { labels: { ...(withUnset ? { '': UNSET_LABEL } : {}), ...labels } } : {}),
  };
}

/** A default as HTML writes it: `'none'` → `none`. */
const asWritten = (value: string): string => value.replace(/^(['"])(.*)\1$/, '$2');

function attributeArgType(attribute: ManifestItem, choices: Choices): InputType {
  const type = attribute.type?.text;
  const base: InputType = {
    name: attribute.name,
    description: attribute.description,
    table: {
      category: CATEGORY.attributes,
      type: { summary: (type ?? 'string').replace(/\s*\|\s*undefined\b/g, '') },
      ...(attribute.default !== undefined ? { defaultValue: { summary: asWritten(attribute.default) } } : {}),
    },
  };
  const named = choices[attribute.name as keyof Choices];
  if (named) {
    const values = Object.keys(named);
    return { ...base, options: ['', ...values], control: selectOf(values, named, true) };
  }
  const literals = literalUnion(type);
  if (literals) {
    const optional = /\bundefined\b/.test(type ?? '') || attribute.default === undefined;
    return { ...base, options: optional ? ['', ...literals] : literals, control: selectOf(literals, undefined, optional) };
  }
  const plain = (type ?? 'string').replace(/\s*\|\s*undefined/g, '').trim();
  if (plain === 'boolean') return { ...base, control: 'boolean' };
  if (plain === 'number') return { ...base, control: 'number' };
  return { ...base, control: 'text' };
}

function tokenArgType(property: ManifestItem, palette: string[]): InputType {
  const colour = isColour(property);
  return {
    name: property.name,
    description: property.description,
    control: colour ? { type: 'color', presetColors: palette } : 'text',
    table: {
      category: CATEGORY.tokens,
      type: { summary: colour ? '<color>' : 'CSS value' },
      ...(property.default !== undefined ? { defaultValue: { summary: property.default } } : {}),
    },
  };
}

function eventArgType(event: ManifestItem): InputType {
  return {
    name: handlerName(event.name),
    description: `\`${event.name}\`${event.type?.text ? ` (${event.type.text})` : ''}: ${event.description ?? ''}`,
    action: event.name,
    control: false,
    table: { category: CATEGORY.events, type: { summary: event.type?.text ?? 'Event' } },
  };
}

/**
 * The argTypes of an element: its public attributes (a select for an enumeration or a known set
 * of values, a checkbox for a boolean, a number field for a number, text otherwise), its events
 * (shown in the Actions panel) and its CSS custom properties (a colour picker for colours, text
 * otherwise). Args are named as in HTML and CSS: `no-zoom`, `--mre-color-primary`.
 */
export function argTypesFor(tagName: string, source: Manifest = manifest, choices: Choices = bundledChoices): ArgTypes {
  const declaration = element(tagName, source);
  const argTypes: ArgTypes = {};
  for (const attribute of attributesOf(declaration)) argTypes[attribute.name] = attributeArgType(attribute, choices);
  for (const event of declaration.events ?? []) argTypes[handlerName(event.name)] = eventArgType(event);
  // The colour picker offers the widget's own default colours.
  const properties = cssPropertiesOf(declaration);
  const palette = [...new Set(properties.map((p) => p.default ?? '').filter((value) => /^#[0-9a-f]{3,8}$/i.test(value)))];
  for (const property of properties) argTypes[property.name] = tokenArgType(property, palette);
  return argTypes;
}

/**
 * The args a widget's stories start from: every attribute and custom property empty (left out of
 * the page), every boolean off, so that each control shows a field at once, in the manifest's
 * order. Enumerations with a default and numbers stay unset: the widget's default counts.
 */
export function initialArgsFor(argTypes: ArgTypes): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const [name, argType] of Object.entries(argTypes)) {
    const control = typeof argType.control === 'object' && argType.control ? argType.control.type : argType.control;
    if (control === 'boolean') args[name] = false;
    else if (control === 'text' || control === 'color') args[name] = '';
    else if (argType.options?.includes('')) args[name] = '';
  }
  return args;
}
