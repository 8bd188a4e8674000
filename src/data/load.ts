import { isRealDate } from './dates.js';
import { linkFields, sift, takesBundled, type ListKey } from './rules.js';
import { RegionLoadError } from './load-error.js';
import { safeUrl } from './sanitize.js';
import { READABLE_FORMATS, unreadableSchemaVersion } from './schema-version.js';
import { version } from '../version.js';
import type { LoadErrorReason, Municipality, Region, Theme, TimelineItem } from './types.js';

export { RegionLoadError } from './load-error.js';
/** The task that runs a load for an element (in this chunk, so that pages without `src` do not load it). */
export { Task, TaskStatus } from '@lit/task';
export { compatibleSchemaVersion, SCHEMA_VERSION } from './schema-version.js';

/** What a file may leave out and gets from the bundled data instead (see {@link clean}). */
export type BundledParts = Pick<Region, 'municipalities' | 'themes' | 'timeline' | 'attribution'>;
import {
  validateEnvelope,
  validateMunicipality,
  validateTheme,
  validateTimelineItem,
  type Validator,
} from './validators.generated.js';

/**
 * Why the file's format is one these widgets cannot read, if it is: its `schemaVersion` names
 * another MAJOR. A file without a well-formed `schemaVersion` is left to the schema.
 */
function versionProblem(json: unknown, url: string): RegionLoadError | undefined {
  const declared = unreadableSchemaVersion(json);
  if (!declared) return undefined;
  return new RegionLoadError(
    'version',
    url,
    `${url} is in format ${declared} (schemaVersion); mre-widgets ${version} reads format ${READABLE_FORMATS}. ` +
      `Update mre-widgets on this site, or publish the file in format ${READABLE_FORMATS}.`,
  );
}

/** A dataset ready to show, with what was dropped from it on the way. */
export interface LoadResult {
  region: Region;
  /** One line per dropped item or link; also written to the console once per load. */
  warnings: string[];
}


/** Settings of the loader. `timeoutMs` is how long one file may take, body included. */
export const loaderSettings = { timeoutMs: 10_000 };

interface Entry {
  promise: Promise<LoadResult>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

const cache = new Map<string, Entry>();

/**
 * Loads, validates and cleans the dataset at `src`; what the file leaves out comes from
 * `bundled` (see {@link clean}). One fetch per absolute URL per page, however many elements ask
 * for it; the result is shared. A failure is shared by the requests that were waiting for it; a
 * later request tries again. When every caller has aborted through its `signal` before the file
 * arrived, the fetch itself is aborted. Rejects with a {@link RegionLoadError}.
 */
export function loadRegion(src: string, bundled: BundledParts, signal?: AbortSignal): Promise<LoadResult> {
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    return Promise.reject(new RegionLoadError('network', src, `"${src}" is not a URL`));
  }
  let entry = cache.get(url);
  if (!entry) {
    entry = start(url, bundled);
    cache.set(url, entry);
  }
  const current = entry;
  current.waiting++;
  return new Promise<LoadResult>((resolve, reject) => {
    const onAbort = () => {
      current.waiting--;
      if (current.waiting === 0 && !current.settled) {
        current.controller.abort();
        if (cache.get(url) === current) cache.delete(url);
      }
      reject(signal?.reason ?? new DOMException('The load was aborted.', 'AbortError'));
    };
    if (signal?.aborted) {
      onAbort();
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    current.promise.then(
      (value) => {
        signal?.removeEventListener('abort', onAbort);
        current.waiting--;
        resolve(value);
      },
      (error: unknown) => {
        signal?.removeEventListener('abort', onAbort);
        current.waiting--;
        reject(error);
      },
    );
  });
}

function start(url: string, bundled: BundledParts): Entry {
  const controller = new AbortController();
  const entry: Entry = { controller, waiting: 0, settled: false, promise: undefined as never };
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, loaderSettings.timeoutMs);

  const fail = (reason: LoadErrorReason, message: string, status?: number) =>
    new RegionLoadError(reason, url, message, status);

  entry.promise = (async () => {
    let text: string;
    try {
      const response = await fetch(url, {
        signal: controller.signal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        headers: { accept: 'application/json' },
      });
      if (!response.ok) {
        throw fail('http', `${url} answered ${response.status} ${response.statusText}`.trim(), response.status);
      }
      text = await response.text();
    } catch (error) {
      if (error instanceof RegionLoadError) throw error;
      if (timedOut) throw fail('timeout', `${url} did not answer within ${loaderSettings.timeoutMs} ms`);
      if (controller.signal.aborted) throw error;
      if (await answersWithoutCors(url, controller.signal)) {
        throw fail(
          'cors',
          `${url} answered, but does not allow ${location.origin} to read it: the server must send ` +
            `Access-Control-Allow-Origin (CORS) for this site`,
        );
      }
      throw fail('network', `${url} could not be reached (${(error as Error).message})`);
    } finally {
      clearTimeout(timer);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw fail('parse', `${url} is not valid JSON (${(error as Error).message})`);
    }
    return clean(json, url, bundled);
  })();
  entry.promise.then(
    () => (entry.settled = true),
    () => {
      // A failure is shared by those who waited for it, but not kept: the next request tries again.
      entry.settled = true;
      if (cache.get(url) === entry) cache.delete(url);
    },
  );
  return entry;
}

/**
 * Whether a file on another origin that could not be fetched does answer when its content is not
 * read: then the server is there, and only cross-origin reading (CORS) is not allowed.
 */
async function answersWithoutCors(url: string, signal: AbortSignal): Promise<boolean> {
  if (new URL(url).origin === location.origin) return false;
  try {
    await fetch(url, { mode: 'no-cors', credentials: 'omit', referrerPolicy: 'no-referrer', signal });
    return true;
  } catch {
    return false;
  }
}

function describe(validator: Validator): string {
  const error = validator.errors?.[0];
  return error ? `${error.instancePath || '/'} ${error.message ?? error.keyword}` : 'invalid';
}

/**
 * Checks a parsed file: first its format (`schemaVersion`, see {@link SCHEMA_VERSION}), then the
 * schema, the envelope as a whole and every item on its own.
 * Invalid and duplicate items and unsafe links are dropped with a warning. A list that is missing
 * or empty in the file is taken from the bundled data, so a file may update only part of it; a
 * list that loses every item makes the whole file unusable, so that an element never goes blank.
 * Without an attribution of its own, the file gets the bundled one: the map always shows one.
 * What is kept is decided by rules.ts, which the data checker (check.ts) shares.
 */
export function clean(json: unknown, url: string, bundled: BundledParts): LoadResult {
  const unreadable = versionProblem(json, url);
  if (unreadable) throw unreadable;
  if (!validateEnvelope(json)) {
    throw new RegionLoadError('schema', url, `${url} does not match region.schema.json: ${describe(validateEnvelope)}`);
  }
  const raw = json as Partial<Record<ListKey, unknown[]>> & Omit<Region, ListKey>;
  const warnings: string[] = [];

  const link = (value: string | undefined, where: string): string | undefined => {
    if (value === undefined) return undefined;
    const safe = safeUrl(value);
    if (!safe) warnings.push(`${where}: link "${value}" dropped (only https:, http: and mailto: links are shown)`);
    return safe;
  };
  const day = (value: string | undefined, where: string): string | undefined => {
    if (value === undefined || isRealDate(value)) return value;
    warnings.push(`${where}: the date ${value} does not exist and is left out`);
    return undefined;
  };

  /** The items of a list the widgets show, with their unsafe links left out. */
  const keep = <T>(key: ListKey, validator: Validator, label: string): T[] => {
    const items = raw[key];
    let kept = bundled[key] as unknown as Record<string, unknown>[];
    if (!takesBundled(items)) {
      kept = sift(key, items!, validator, (index, trouble, repeats) => {
        const item = items![index] as { id?: unknown; code?: unknown } | null;
        const id = item?.id ?? item?.code;
        warnings.push(
          `${key}[${index}]${typeof id === 'string' ? ` (${id})` : ''} dropped: ` +
            (typeof trouble === 'string'
              ? `the date ${trouble} does not exist`
              : trouble
                ? `it ends (${trouble[1]}) before it starts (${trouble[0]})`
                : repeats
                  ? `"${repeats}" is already in the list`
                  : describe(validator)),
        );
      });
      if (kept.length === 0) {
        throw new RegionLoadError('schema', url, `${url}: every item of "${key}" is invalid (${warnings.at(-1)})`);
      }
    }
    return kept.map((item) => {
      const where = `${label}${key === 'municipalities' ? item.code : item.id}`;
      const safe = { ...item };
      for (const field of linkFields[key]) {
        const value = item[field] as string | string[] | undefined;
        safe[field] = Array.isArray(value)
          ? value.map((v) => link(v, where)).filter((v) => v !== undefined)
          : link(value, where);
      }
      return safe;
    }) as unknown as T[];
  };

  const municipalities = keep<Municipality>('municipalities', validateMunicipality, '');
  const themes = keep<Theme>('themes', validateTheme, 'theme ');
  const timeline = keep<TimelineItem>('timeline', validateTimelineItem, 'timeline ');
  const region: Region = {
    ...raw,
    reference_date: day(raw.reference_date, 'reference_date'),
    population_reference_date: day(raw.population_reference_date, 'population_reference_date'),
    attribution: raw.attribution ?? bundled.attribution,
    municipalities,
    themes,
    timeline,
  };

  if (warnings.length) {
    console.warn(`mre-widgets: ${url}: ${warnings.length} problem(s)\n  ${warnings.join('\n  ')}`);
  }
  return { region, warnings };
}
