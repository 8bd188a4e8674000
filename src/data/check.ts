import { checkStrings, type CheckStrings } from './check-strings.js';

export { checkStrings };
import { isRealDate } from './dates.js';
import { defaultRegion } from './default-region.js';
import { findJsonError } from './json-error.js';
import { judgeBoundary } from './plausible.js';
import schema from './region.schema.json';
import { dayFields, identities, linkFields, sift, takesBundled, timelineDates, timelineTrouble, unreal, type ListKey } from './rules.js';
import { safeUrl } from './sanitize.js';
import { READABLE_FORMATS, unreadableSchemaVersion } from './schema-version.js';
import type { Geometry, Lang, TimelineItem } from './types.js';
import * as widgets from './validators.generated.js';
import * as every from './validators-all.generated.js';
import type { ValidationError, Validator } from './validators-all.generated.js';

/**
 * The data checker: what an editor needs to know about a data file before pointing the widgets at
 * it, in plain words. Pure (no DOM, no network), for the `check-data` command and the embed-code
 * builder alike.
 *
 * What the widgets keep is decided by the widgets' own validators and rules (rules.ts, shared with
 * `clean()`); the validators that report every error only explain why.
 */

/**
 * `error`: the file, or that item, does not match the schema and is unusable. `warning`: it
 * matches, but the widgets drop or replace something (or show it where one would not expect).
 */
export type Severity = 'error' | 'warning';

/** What the widgets do about a problem: pass the whole file over, leave out the item, leave out or replace the value, or nothing. */
export type Effect = 'file' | 'item' | 'value' | 'none';

/** The kind of a problem, for a program; the message says it in words. */
export type ProblemKind =
  | 'not-json'
  | 'version'
  | 'schema'
  | 'list-unusable'
  | 'unsafe-link'
  | 'unreal-date'
  | 'ends-before-start'
  | 'duplicate'
  | 'list-from-bundle'
  | 'attribution-from-bundle'
  | 'boundary-outside'
  | 'boundary-swapped'
  | 'unknown-municipality'
  | 'unknown-theme'
  | 'unknown-field';

export interface CheckProblem {
  /** JSON Pointer to the value (`/municipalities/3/website`); `''` is the whole file. */
  path: string;
  severity: Severity;
  kind: ProblemKind;
  effect: Effect;
  /** JSON Pointer to the list item the problem belongs to (`/municipalities/3`), `''` for the file itself. */
  item: string;
  /** That item in words (`gemeente Eindhoven (GM0772)`), or the file. */
  itemLabel: string;
  /** One sentence in the report's language. */
  message: string;
}

/** One list of the file, as the widgets would show it. */
export interface ListCount {
  /** Items in the file; `undefined` when the list is missing or not a list. */
  inFile: number | undefined;
  /** Items the widgets keep. */
  kept: number;
  /** Items the widgets show: those kept, or the bundled ones. */
  shown: number;
  /** The list is missing or empty in the file, and the widgets show the bundled one. */
  bundled: boolean;
}

export interface CheckReport {
  lang: Lang;
  /** Whether the widgets use the file (with its warnings); otherwise they show the bundled data. */
  usable: boolean;
  errors: number;
  warnings: number;
  lists: Record<ListKey, ListCount>;
  /** Every problem, the file's own first, then item by item in the file's order. */
  problems: CheckProblem[];
  /** The outcome in one or two sentences. */
  summary: string;
}

const lists: ListKey[] = ['municipalities', 'themes', 'timeline'];

/** Per list: the widgets' validator, which decides, and the one that lists every error. */
const validators: Record<ListKey, [decide: (item: unknown) => boolean, explain: Validator]> = {
  municipalities: [widgets.validateMunicipality, every.validateMunicipality],
  themes: [widgets.validateTheme, every.validateTheme],
  timeline: [widgets.validateTimelineItem, every.validateTimelineItem],
};

const regionCodes = new Set(defaultRegion.municipalities.map((m) => m.code));

const definitions = schema.definitions;
/** The fields the schema knows, of the file and of the items of each list; the widgets ignore others. */
const knownFields = {
  file: Object.keys(schema.properties),
  municipalities: Object.keys(definitions.municipality.properties),
  themes: Object.keys(definitions.theme.properties),
  timeline: Object.keys(definitions.timelineItem.properties),
};
/** The schema's patterns, by what they stand for. */
const patterns: Record<string, keyof CheckStrings> = {
  [definitions.text.pattern]: 'empty',
  [definitions.url.pattern]: 'notLink',
  [definitions.isoDay.pattern]: 'notDay',
  [definitions.isoDate.pattern]: 'notDate',
  [definitions.municipality.properties.code.pattern]: 'notCode',
  [definitions.municipality.properties.slug.pattern]: 'notSlug',
  [definitions.theme.properties.id.pattern]: 'notSlug',
  [definitions.timelineItem.properties.id.pattern]: 'notTimelineId',
};

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The segments of a JSON Pointer. */
const segments = (pointer: string): string[] =>
  pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));

const valueAt = (root: unknown, pointer: string): unknown =>
  segments(pointer).reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Json)[key] : undefined), root);

/** A key as a segment of a JSON Pointer. */
const toSegment = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Whether `pointer` is `at` or lies inside it. */
const within = (pointer: string, at: string) => pointer === at || pointer.startsWith(`${at}/`);

/** Format characters (bidirectional controls, zero-width spaces) written out, so that a message shows what is there. */
const visible = (text: string) =>
  text.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);

/** A value from the file, quoted and cut short for a message. */
function quote(value: unknown): string {
  if (value === undefined) return 'undefined';
  const text = visible(JSON.stringify(value));
  if (text.length <= 60) return text;
  return typeof value === 'string' ? `${text.slice(0, 56)}…"` : `${text.slice(0, 56)}…`;
}

/** A name from the file for a label: visible, on one line, not too long. */
function name(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const text = visible(value.trim().replace(/\s+/g, ' '));
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Checks a file's text: first that it is JSON at all, then {@link checkRegion}. */
export function checkRegionText(text: string, lang: Lang = 'nl'): CheckReport {
  const s = checkStrings[lang];
  // Like the widgets' fetch(), which reads the text as UTF-8 and drops a byte order mark.
  const body = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const message = body.trim() ? notJson(s, body, (error as Error).message) : `${s.emptyFile}.`;
    return report(lang, false, [fileProblem(s, '', 'error', 'not-json', 'file', message)], emptyCounts());
  }
  return checkRegion(json, lang);
}

/** Where and why text is not JSON, in words; the engine's own message if the two disagree. */
function notJson(s: CheckStrings, text: string, message: string): string {
  const error = findJsonError(text);
  if (!error) return `${s.notJson(undefined, message.replace(/\.$/, ''))}.`;
  return `${s.notJson(s.line(error.line, error.column), s.json(error.problem, quote(error.found)))}.`;
}

const emptyCounts = (): Record<ListKey, ListCount> =>
  Object.fromEntries(lists.map((key) => [key, { inFile: undefined, kept: 0, shown: 0, bundled: false }])) as Record<ListKey, ListCount>;

function fileProblem(s: CheckStrings, path: string, severity: Severity, kind: ProblemKind, effect: Effect, message: string): CheckProblem {
  return { path, severity, kind, effect, item: '', itemLabel: capital(s.file), message };
}

function report(lang: Lang, usable: boolean, problems: CheckProblem[], counts: Record<ListKey, ListCount>): CheckReport {
  const s = checkStrings[lang];
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const tally = s.counts(errors, warnings);
  const shown = lists.map((key) =>
    counts[key].bundled ? s.shownFromBundle(key, counts[key].shown) : s.shownFromFile(key, counts[key].kept, counts[key].inFile ?? 0),
  );
  return {
    lang,
    usable,
    errors,
    warnings,
    lists: counts,
    problems,
    summary: usable ? s.usable(tally, s.and(shown)) : s.unusable(tally),
  };
}

/**
 * Checks a parsed data file the way the widgets load it, and reports every problem in `lang`:
 * what does not match the schema (errors), and what the widgets drop or replace (warnings).
 */
export function checkRegion(json: unknown, lang: Lang = 'nl'): CheckReport {
  const s = checkStrings[lang];
  // Like the widgets: a file in another major format is not read further.
  const declared = unreadableSchemaVersion(json);
  if (declared) {
    const problem = fileProblem(s, '/schemaVersion', 'error', 'version', 'file', `${s.otherFormat(declared, READABLE_FORMATS)}.`);
    return report(lang, false, [problem], emptyCounts());
  }
  const fileProblems: CheckProblem[] = [];
  const itemProblems: CheckProblem[] = [];

  /** The item a pointer lies in, as `[pointer, label]`, or undefined for the file's own values. */
  const itemOf = (pointer: string): [string, string] | undefined => {
    const [key, index] = segments(pointer);
    if (!lists.includes(key as ListKey) || index === undefined || !/^\d+$/.test(index)) return undefined;
    return [`/${key}/${index}`, itemLabel(s, key as ListKey, Number(index), valueAt(json, `/${key}/${index}`))];
  };

  /** The value at a pointer in words: "de Nederlandse tekst van de titel van thema economie". */
  const subject = (pointer: string): string => {
    const parts: string[] = [];
    const inItem = itemOf(pointer);
    const rest = segments(pointer).slice(inItem ? 2 : 0);
    rest.forEach((segment, i) => {
      const element = i > 0 && /^\d+$/.test(segment) ? elementOf(s, rest[i - 1], Number(segment)) : undefined;
      if (element) parts[parts.length - 1] = element;
      else if (!/^\d+$/.test(segment)) parts.push(s.fields[segment]?.[0] ?? `"${segment}"`);
    });
    parts.reverse();
    if (inItem) parts.push(inItem[1]);
    return parts.length ? parts.join(` ${s.of} `) : s.file;
  };

  const add = (pointer: string, severity: Severity, kind: ProblemKind, effect: Effect, text: string) => {
    const inItem = itemOf(pointer);
    const problem: CheckProblem = {
      path: pointer,
      severity,
      kind,
      effect,
      item: inItem?.[0] ?? '',
      itemLabel: capital(inItem?.[1] ?? s.file),
      message: `${capital(text)}.`,
    };
    (inItem ? itemProblems : fileProblems).push(problem);
  };
  /** A sentence about the value at `about` (by default the problem's own pointer). */
  const say = (pointer: string, severity: Severity, kind: ProblemKind, effect: Effect, predicate: string, about = pointer) =>
    add(pointer, severity, kind, effect, `${subject(about)} ${predicate}`);

  /** Explains the validator's errors about the value at `base`: one sentence each, a boundary at a time. */
  const explain = (errors: ValidationError[], base: string, effect: Effect) => {
    errors = alternatives(errors);
    const geometries = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath);
    const explained = new Set<string>();
    for (const error of errors) {
      const geometry = geometries.find((g) => within(error.instancePath, g));
      if (geometry === undefined) {
        const [pointer, predicate, about] = explainError(s, error, base, json);
        say(pointer, 'error', 'schema', effect, predicate, about);
      } else if (!explained.has(geometry)) {
        explained.add(geometry);
        for (const [pointer, predicate] of explainGeometry(s, valueAt(json, base + geometry), base + geometry)) {
          say(pointer, 'error', 'schema', effect, predicate, base + geometry);
        }
      }
    }
  };

  // The envelope: the file as a whole, its lists left open.
  const envelopeValid = widgets.validateEnvelope(json);
  let envelopeErrors: string[] = [];
  if (!envelopeValid) {
    every.validateEnvelope(json);
    const errors = every.validateEnvelope.errors ?? [];
    envelopeErrors = errors.map((e) => e.instancePath);
    explain(errors, '', 'file');
  }
  const counts = emptyCounts();
  const file = isObject(json) ? json : undefined;
  let listsUsable = true;
  /** The ids of the themes the widgets show, once the themes are checked. */
  let themeIds = new Set<string>();

  if (file) {
    const fine = (pointer: string) => !envelopeErrors.some((e) => within(e, pointer));
    for (const field of dayFields) {
      const value = file[field];
      if (typeof value === 'string' && fine(`/${field}`) && !isRealDate(value)) {
        say(`/${field}`, 'warning', 'unreal-date', 'value', s.unrealDate(value, 'value'));
      }
    }
    for (const field of Object.keys(file)) {
      if (!knownFields.file.includes(field)) say(`/${toSegment(field)}`, 'warning', 'unknown-field', 'value', s.unknownField(visible(field)), '');
    }
    if (file.attribution === undefined) add('/attribution', 'warning', 'attribution-from-bundle', 'value', s.attributionFromBundle);

    for (const key of lists) {
      const items = file[key];
      if (items !== undefined && !Array.isArray(items)) continue; // the envelope's error
      if (takesBundled(items)) {
        const n = defaultRegion[key].length;
        counts[key] = { inFile: items?.length, kept: 0, shown: n, bundled: true };
        if (key === 'themes') themeIds = new Set(defaultRegion.themes.map((theme) => theme.id));
        add(`/${key}`, 'warning', 'list-from-bundle', 'value', s.listFromBundle(key, items !== undefined, n));
        continue;
      }
      const kept = checkList(key, items!).length;
      counts[key] = { inFile: items!.length, kept, shown: kept, bundled: false };
      if (!kept) {
        listsUsable = false;
        add(`/${key}`, 'error', 'list-unusable', 'file', s.listUnusable(key, items!.length));
      }
    }
  }

  /** Checks the items of one list; returns those the widgets keep. */
  function checkList(key: ListKey, items: unknown[]): unknown[] {
    const [decide, explainer] = validators[key];
    const drops = new Map<number, { trouble?: string | [string, string]; repeats?: string }>();
    const kept = sift<Json>(key, items, decide, (index, trouble, repeats) => drops.set(index, { trouble, repeats }));
    if (key === 'themes') themeIds = new Set(kept.map((theme) => theme.id as string));
    const firstOf = new Map<string, number>();

    items.forEach((item, index) => {
      const base = `/${key}/${index}`;
      const drop = drops.get(index);
      let errorPaths: string[] = [];
      if (drop && !drop.trouble && !drop.repeats) {
        explainer(item);
        const errors = explainer.errors ?? [];
        errorPaths = errors.map((e) => base + e.instancePath);
        explain(errors, base, 'item');
      } else if (!drop) {
        identities(key, item as Record<string, string>).forEach((k) => firstOf.has(k) || firstOf.set(k, index));
      }
      if (!isObject(item)) return;
      /** Whether the schema has nothing against the value at `pointer` (relative to the item). */
      const fine = (pointer: string) => !errorPaths.some((e) => within(e, base + pointer));

      for (const field of Object.keys(item)) {
        if (!knownFields[key].includes(field)) say(`${base}/${toSegment(field)}`, 'warning', 'unknown-field', 'value', s.unknownField(visible(field)), base);
      }

      for (const field of linkFields[key]) {
        const value = item[field];
        const links: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [`/${field}/${i}`, v]) : [[`/${field}`, value]];
        for (const [pointer, link] of links) {
          if (typeof link !== 'string' || !fine(pointer) || safeUrl(link)) continue;
          const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(link.trim())?.[1].toLowerCase();
          const known = scheme === 'https:' || scheme === 'http:' || scheme === 'mailto:';
          say(base + pointer, 'warning', 'unsafe-link', 'value', s.unsafeLink(quote(link), known ? undefined : scheme));
        }
      }

      if (key === 'timeline') {
        checkDates(item, base, fine);
        // The timeline names only the themes that are shown, and passes over other ids.
        if (Array.isArray(item.theme_ids) && listsUsable) {
          item.theme_ids.forEach((id, i) => {
            const pointer = `/theme_ids/${i}`;
            if (typeof id === 'string' && fine(pointer) && !themeIds.has(id)) {
              say(base + pointer, 'warning', 'unknown-theme', 'value', s.unknownTheme(quote(id)));
            }
          });
        }
      }

      if (drop?.repeats) {
        const field = key !== 'municipalities' ? 'id' : drop.repeats === String(item.code).toLowerCase() ? 'code' : 'slug';
        const first = firstOf.get(drop.repeats)!;
        add(
          `${base}/${field}`,
          'warning',
          'duplicate',
          'item',
          `${itemLabel(s, key, index, item)} ${s.duplicate(s.fields[field][1], quote(item[field]), itemLabel(s, key, first, items[first]), `/${key}/${first}`)}`,
        );
      }

      if (key === 'municipalities') {
        if (item.boundary !== undefined && fine('/boundary')) {
          const { verdict, box } = judgeBoundary(item.boundary as Geometry);
          if (verdict === 'outside') {
            say(`${base}/boundary`, 'warning', 'boundary-outside', 'value', s.boundaryOutside(box ? s.box(...box) : '-'));
          } else if (verdict === 'swapped') {
            say(`${base}/boundary`, 'warning', 'boundary-swapped', 'value', s.boundarySwapped(quote(firstPosition((item.boundary as Geometry).coordinates))));
          }
        }
        if (typeof item.code === 'string' && fine('/code') && !regionCodes.has(item.code)) {
          say(`${base}/code`, 'warning', 'unknown-municipality', 'none', s.unknownMunicipality(item.code, defaultRegion.region!.name), base);
        }
      }
    });
    return kept;
  }

  /** Every date of a timeline item that does not exist, and an end before the start. */
  function checkDates(item: Json, base: string, fine: (pointer: string) => boolean) {
    const milestones = Array.isArray(item.milestones) ? item.milestones : [];
    const pointers = ['/start', '/end', ...milestones.map((_, i) => `/milestones/${i}/date`)];
    // The item's dates as the widgets see them, less those the schema already refuses.
    const usable = (pointer: string, value: unknown) => (typeof value === 'string' && fine(pointer) ? value : undefined);
    const view = {
      start: usable('/start', item.start),
      end: usable('/end', item.end),
      milestones: milestones.map((ms, i) => ({ date: usable(`/milestones/${i}/date`, isObject(ms) ? ms.date : undefined) })),
    } as TimelineItem;
    const dates = timelineDates(view);
    dates.forEach((date, i) => {
      if (unreal(date)) say(base + pointers[i], 'warning', 'unreal-date', 'item', s.unrealDate(date, 'item'));
    });
    if (view.start !== undefined && view.end !== undefined && !dates.some(unreal)) {
      const trouble = timelineTrouble(view);
      if (Array.isArray(trouble)) say(`${base}/end`, 'warning', 'ends-before-start', 'item', s.endsBeforeStart(trouble[1], trouble[0]));
    }
  }

  return report(lang, envelopeValid && listsUsable, [...fileProblems, ...itemProblems], counts);
}

/** A list item in words: "gemeente Eindhoven (GM0772)", "thema economie", "het 2e tijdlijnitem". */
function itemLabel(s: CheckStrings, key: ListKey, index: number, item: unknown): string {
  const words = s.lists[key];
  const fields = isObject(item) ? item : {};
  if (key === 'municipalities') {
    const [title, code] = [name(fields.name), name(fields.code)];
    const label = title && code ? `${title} (${code})` : (title ?? code);
    return label ? words.named(label) : words.nth(s.ordinal(index + 1));
  }
  const id = name(fields.id);
  return id ? words.named(id) : words.nth(s.ordinal(index + 1));
}

/** One element of a list field in words ("de 3e bron"), when the field has elements with a name. */
const elementOf = (s: CheckStrings, field: string, index: number): string | undefined =>
  s.elements[field]?.(s.ordinal(index + 1));

/** The first position of a geometry, to show. */
function firstPosition(node: unknown): unknown {
  while (Array.isArray(node) && Array.isArray(node[0])) node = node[0];
  return node;
}

/** What is wrong with a position or one of its numbers (`depth` 1), in a boundary (`inside`) or as the label point. */
function explainPosition(s: CheckStrings, error: ValidationError, value: unknown, depth: number, index: number, inside: boolean): string {
  if (depth === 0) {
    const problem = error.keyword === 'minItems' ? 'short' : error.keyword === 'maxItems' ? 'long' : 'type';
    return s.position(inside, problem, quote(value));
  }
  const which = index === 0 ? 'lon' : index === 1 ? 'lat' : 'alt';
  return s.coordinate(inside, which, error.keyword === 'type' ? 'type' : 'range', quote(value));
}

/**
 * One error of the validator as `[pointer, predicate, about]`: where, what is wrong there, and the
 * value the sentence is about when that is not the pointer's own (a label point's number).
 */
function explainError(s: CheckStrings, error: ValidationError, base: string, root: unknown): [string, string, string?] {
  const pointer = base + error.instancePath;
  const value = valueAt(root, pointer);
  const path = segments(pointer);
  const point = path.lastIndexOf('label_point');
  if (point >= 0) {
    const depth = path.length - point - 1;
    const about = pointer.slice(0, pointer.lastIndexOf('/label_point') + '/label_point'.length);
    return [pointer, explainPosition(s, error, value, depth, Number(path.at(-1)), false), about];
  }
  const params = error.params;
  switch (error.keyword) {
    case 'required': {
      const key = String(params.missingProperty);
      const keys = (params.alternatives as string[] | undefined) ?? [key];
      return [pointer, s.missing(s.fields[key]?.[1] ?? key, s.or(keys))];
    }
    case 'type':
      return [pointer, s.notType(s.types[String(params.type)] ?? String(params.type), quote(value))];
    case 'pattern': {
      const kind = patterns[String(params.pattern)];
      if (kind === 'empty') return [pointer, s.empty];
      const predicate = (kind ? s[kind] : s.wrongForm) as (q: string) => string;
      return [pointer, predicate(quote(value))];
    }
    case 'const':
      return [pointer, s.mustBe(String(params.allowedValue), quote(value))];
    case 'enum':
      return [pointer, s.mustBe(s.or((params.allowedValues as unknown[]).map(String)), quote(value))];
    case 'minimum':
      return [pointer, params.limit === 0 ? s.negative(quote(value)) : s.atLeast(String(params.limit), quote(value))];
    case 'maximum':
      return [pointer, s.atMost(String(params.limit), quote(value))];
    default:
      return [pointer, s.schema(error.message ?? error.keyword)];
  }
}

/**
 * One error for each `anyOf` whose branches each miss a field (`schemaVersion` or `version`): the
 * validator reports the `anyOf` and every branch's missing field; a reader needs one sentence.
 */
function alternatives(errors: ValidationError[]): ValidationError[] {
  const choices = errors.filter((e) => e.keyword === 'anyOf');
  if (!choices.length) return errors;
  const inside = (e: ValidationError, choice: ValidationError) =>
    e !== choice && e.instancePath === choice.instancePath && e.schemaPath.startsWith(`${choice.schemaPath}/`);
  const out: ValidationError[] = [];
  for (const error of errors) {
    const choice = choices.find((c) => c === error || inside(error, c));
    if (!choice) {
      out.push(error);
      continue;
    }
    if (choice !== error) continue;
    const branches = errors.filter((e) => inside(e, choice));
    if (!branches.length || branches.some((e) => e.keyword !== 'required')) {
      out.push(choice, ...branches);
      continue;
    }
    const keys = branches.map((e) => String(e.params.missingProperty));
    out.push({ ...choice, keyword: 'required', params: { missingProperty: keys[0], alternatives: keys } });
  }
  return out;
}

/**
 * What is wrong with a boundary that matches neither kind of geometry, judged as the kind it says
 * it is, as `[pointer, predicate]` pairs.
 */
function explainGeometry(s: CheckStrings, geometry: unknown, pointer: string): [string, string][] {
  if (!isObject(geometry)) return [[pointer, s.notGeometry(quote(geometry))]];
  const out: [string, string][] = [];
  const { type } = geometry;
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    out.push([pointer, type === undefined ? s.noGeometryType : s.wrongGeometryType(quote(type))]);
    if (geometry.coordinates === undefined) out.push([pointer, s.missing(s.fields.coordinates[1], 'coordinates')]);
    return out;
  }
  const validate = type === 'Polygon' ? every.validatePolygon : every.validateMultiPolygon;
  validate(geometry);
  // What each depth below `coordinates` holds.
  const levels = type === 'Polygon' ? ['rings', 'ring', 'position', 'number'] : ['polygons', 'rings', 'ring', 'position', 'number'];
  for (const error of validate.errors ?? []) {
    const at = pointer + error.instancePath;
    const path = segments(error.instancePath);
    const value = valueAt(geometry, error.instancePath);
    if (error.keyword === 'required') {
      out.push([at, s.missing(s.fields.coordinates[1], 'coordinates')]);
      continue;
    }
    const depth = path.length - 1;
    const level = levels[depth];
    const list = error.keyword === 'type';
    if (level === 'polygons') out.push([at, list ? s.coordinatesNotList : s.noPolygons]);
    else if (level === 'rings' && depth === 0) out.push([at, list ? s.coordinatesNotList : s.noRings]);
    else if (level === 'rings') out.push([at, list ? s.polygonNotList : s.polygonWithoutRings]);
    else if (level === 'ring') out.push([at, list ? s.ringNotList : s.shortRing((value as unknown[]).length)]);
    else if (level === 'position') out.push([at, explainPosition(s, error, value, 0, 0, true)]);
    else out.push([at, explainPosition(s, error, value, 1, Number(path.at(-1)), true)]);
  }
  return out;
}

/** The problems of one item of the file (or of the file itself), as a report shows them. */
export interface ProblemGroup {
  /** JSON Pointer to the item, `''` for the file. */
  item: string;
  /** The item in words. */
  label: string;
  /** The widgets leave the item out. */
  leftOut: boolean;
  /** The problems to show, in the file's order. */
  shown: CheckProblem[];
  /** Per kind of problem in a boundary: how many more of it there are than are shown. */
  more: number[];
}

/**
 * The report's problems grouped by item, in the file's order. Thousands of positions of a
 * boundary can be wrong in the same way: of each such kind the first `foldAfter` are shown and
 * the rest counted.
 */
export function groupProblems(report: CheckReport, foldAfter = 5): ProblemGroup[] {
  const groups: (ProblemGroup & { counts: Map<string, number> })[] = [];
  for (const problem of report.problems) {
    let group = groups.find((g) => g.item === problem.item);
    if (!group) groups.push((group = { item: problem.item, label: problem.itemLabel, leftOut: false, shown: [], more: [], counts: new Map() }));
    if (problem.effect === 'item') group.leftOut = true;
    const kind = /\/boundary\/coordinates\//.test(problem.path) && problem.message.replace(/\(.*\)|"[^"]*"/g, '');
    if (kind) {
      const n = (group.counts.get(kind) ?? 0) + 1;
      group.counts.set(kind, n);
      if (n > foldAfter) continue;
    }
    group.shown.push(problem);
  }
  return groups.map(({ counts, ...group }) => ({ ...group, more: [...counts.values()].filter((n) => n > foldAfter).map((n) => n - foldAfter) }));
}
