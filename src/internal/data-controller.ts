import type { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { LoadResult } from '../data/load.js';
import { RegionLoadError } from '../data/load-error.js';
import { loadRemoteData } from '../data/load-remote.js';
import type { Lang, Region } from '../data/types.js';
import { MreErrorEvent } from '../events.js';
import { bundledRegion } from '../i18n/languages.js';
import type { Strings } from '../i18n/strings.js';
import type { SettlingController } from './mre-element.js';
import type { Notice } from './notices.js';

/** What the element shows: the file's data, or (without `region`) the bundled dataset. */
interface DataState extends Partial<LoadResult> {
  error?: RegionLoadError;
  /** Whether this element's live region announces the failure (one element per failure). */
  announce?: boolean;
}

/** Failures already announced by an element: a failed file is announced once per page. */
const ANNOUNCED_KEY = Symbol.for('mre-widgets.announced-failures');

function firstToAnnounce(failure: RegionLoadError): boolean {
  const g = globalThis as unknown as Record<symbol, WeakSet<object> | undefined>;
  const announced = (g[ANNOUNCED_KEY] ??= new WeakSet());
  if (announced.has(failure)) return false;
  announced.add(failure);
  return true;
}

/**
 * The regional data an element shows: the bundled dataset, or the file named by its `src`.
 *
 * Without `src` nothing is loaded and nothing waits. With one, the file is loaded (once per page,
 * see {@link loadRegion}); until it arrives the bundled data is shown. When it cannot be used the
 * bundled data stays, {@link notices} says so in the element's language, and the element fires
 * `mre-error` with `{ reason, src, message, status? }`. Every element that uses the file shows the
 * notice; one of them announces it to screen readers. A newer `src` aborts the older load.
 */
export class RegionDataController implements SettlingController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #src: () => string | undefined;
  /**
   * The load of `src` files: a `Task` (from `@lit/task`) that comes with the loader of data files,
   * so that pages without a `src` load neither.
   */
  #task?: Task<readonly [string | undefined], DataState>;
  #pending?: TaskStatus;
  /** The loader of data files on its way. */
  #starting?: Promise<void>;
  /** The loader of data files could not be loaded for this `src`. */
  #failed?: { url: string; state: DataState };
  /** The element's language controller: the language the bundled dataset's texts are shown in. */
  readonly #i18n: { readonly lang: Lang };

  /**
   * @param host The element; it fires `mre-error` and updates when the data changes.
   * @param src Reads the element's `src`; blank means the bundled data.
   * @param i18n The element's `LanguageController`: the texts of the bundled data follow its `lang`.
   */
  constructor(host: ReactiveControllerHost & HTMLElement, src: () => string | undefined, i18n: { readonly lang: Lang }) {
    this.#host = host;
    this.#src = src;
    this.#i18n = i18n;
    host.addController(this);
  }

  #url(): string | undefined {
    return this.#src()?.trim() || undefined;
  }

  hostConnected(): void {
    // Nothing to set up: the task follows the element's updates itself.
  }

  hostUpdate(): void {
    const url = this.#url();
    if (this.#failed && this.#failed.url !== url) this.#failed = undefined;
    if (url && !this.#task && !this.#starting && !this.#failed) this.#starting = this.#start(url);
  }

  /** Loads the loader of data files and starts its task; a loader that cannot be loaded is a failure of `url`. */
  async #start(url: string): Promise<void> {
    try {
      const { Task: LoadTask, TaskStatus: status, loadRegion } = await loadRemoteData();
      this.#pending = status.PENDING;
      this.#task = new LoadTask(this.#host, {
        task: async ([file], { signal }): Promise<DataState> => {
          if (!file) return {};
          try {
            return await loadRegion(file, bundledRegion(this.#i18n.lang), signal);
          } catch (error) {
            if (signal.aborted) throw error;
            return this.#fail(error, file);
          }
        },
        // Runs at the next update (requested below) and whenever `src` changes after it.
        args: () => [this.#url()] as const,
      });
    } catch (error) {
      this.#failed = {
        url,
        state: this.#fail(new RegionLoadError('network', url, `the loader of data files (chunks/mre-remote-data.js) could not be loaded: ${String(error)}`), url),
      };
    } finally {
      this.#starting = undefined;
      this.#host.requestUpdate();
    }
  }

  /** Fires `mre-error` for a file that cannot be used, and gives the state that says so. */
  #fail(error: unknown, url: string): DataState {
    const failure = error instanceof RegionLoadError ? error : new RegionLoadError('network', url, String((error as Error)?.message ?? error));
    this.#host.dispatchEvent(
      new MreErrorEvent({
        reason: failure.reason,
        src: failure.url,
        message: failure.message,
        ...(failure.status !== undefined ? { status: failure.status } : {}),
      }),
    );
    return { error: failure, announce: firstToAnnounce(failure) };
  }

  get #state(): DataState | undefined {
    return this.#failed?.state ?? this.#task?.value;
  }

  /** The data to show: the loaded file, or the bundled data while it loads or when it failed. */
  get region(): Region {
    return this.#state?.region ?? bundledRegion(this.#i18n.lang);
  }

  /** Whether a file from `src` is still on its way. */
  get loading(): boolean {
    return this.#starting !== undefined || (this.#task !== undefined && this.#task.status === this.#pending);
  }

  /** Why the file from `src` could not be used, if it could not. */
  get error(): RegionLoadError | undefined {
    return this.#state?.error;
  }

  /** The region's name, for accessible names. */
  regionName(t: Strings): string {
    return this.region.region?.name ?? t.regionName;
  }

  /** Notices for the visitor about the data: a file that could not be used. */
  notices(t: Strings): Notice[] {
    const error = this.error;
    if (!error) return [];
    const text = t.loadFailed(error.reason);
    return [this.#state?.announce ? text : { text, quiet: true }];
  }

  async settled(): Promise<unknown> {
    await this.#starting;
    return this.#task?.taskComplete.then(
      () => undefined,
      () => undefined,
    );
  }
}
