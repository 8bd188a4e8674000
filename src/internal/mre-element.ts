import { LitElement, type PropertyValues, type ReactiveController } from 'lit';
import { languageReady, loadLanguage } from '../i18n/languages.js';
import { resolveLang } from './lang.js';

/** Marks classes of this library, whichever copy or build of it defined them. */
const MARK = Symbol.for('mre-widgets.element');
/** Tags already reported as taken by someone else, shared by every copy on the page. */
const REPORTED_KEY = Symbol.for('mre-widgets.reported-tags');
/**
 * Set by the built scripts when the page's Trusted Types allowlist refused Lit's policy: Lit
 * cannot render then (see scripts/rollup/trusted-types.mjs).
 */
const TRUSTED_TYPES_REFUSED_KEY = Symbol.for('mre-widgets.trusted-types-refused');
const TRUSTED_TYPES_REPORTED_KEY = Symbol.for('mre-widgets.trusted-types-reported');

interface TrustedTypesRefusal {
  policy: string;
  reason: string;
}

/** Whether the elements can render on this page; says once in the console why not. */
function canRender(): boolean {
  const g = globalThis as unknown as Record<symbol, TrustedTypesRefusal | boolean | undefined>;
  const refusal = g[TRUSTED_TYPES_REFUSED_KEY] as TrustedTypesRefusal | undefined;
  if (!refusal) return true;
  if (!g[TRUSTED_TYPES_REPORTED_KEY]) {
    g[TRUSTED_TYPES_REPORTED_KEY] = true;
    console.error(
      `mre-widgets: this page enforces Trusted Types and did not allow the policy "${refusal.policy}" ` +
        `that the widgets render with (${refusal.reason}). Add ${refusal.policy} to the trusted-types ` +
        `directive of the Content-Security-Policy, for example "trusted-types your-policies ${refusal.policy}" ` +
        `(and 'allow-duplicates' if another script on the page also uses Lit). Until then the widgets are ` +
        `not started and the content inside their elements is shown.`,
    );
  }
  return false;
}

function reportedTags(): Set<string> {
  const g = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  return (g[REPORTED_KEY] ??= new Set<string>());
}

/**
 * A reactive controller with work that ends after an update: a file on its way, a map engine
 * loading. `updateComplete` waits for it.
 */
export interface SettlingController extends ReactiveController {
  /** Resolves (never rejects) once the controller's current work is done. */
  settled(): Promise<unknown>;
}

function isSettling(controller: ReactiveController): controller is SettlingController {
  return typeof (controller as Partial<SettlingController>).settled === 'function';
}

/**
 * Base of every element: a guarded `define()`, a typed `emit()`, and an `updateComplete` that
 * waits for the element's data (through its {@link SettlingController}s).
 */
export class MreElement extends LitElement {
  static readonly [MARK] = true;

  /**
   * Registers the element under `tag`. A second copy of this library (the same script loaded
   * twice, or the module and the classic build together) finds its own element there and does
   * nothing. A tag taken by someone else's element is reported once in the console and left
   * alone. On a page whose Trusted Types allowlist refused the policy the elements render with,
   * nothing is registered (the content inside the elements stays visible) and the console names
   * the policy to allow. Never throws.
   */
  static define(tag: string): void {
    const existing = customElements.get(tag) as (CustomElementConstructor & { [MARK]?: boolean }) | undefined;
    if (!existing) {
      if (!canRender()) return;
      try {
        customElements.define(tag, this);
      } catch (error) {
        console.warn(`mre-widgets: <${tag}> could not be registered: ${(error as Error).message}`);
      }
      return;
    }
    if (existing === this || existing[MARK]) return;
    const reported = reportedTags();
    if (reported.has(tag)) return;
    reported.add(tag);
    console.warn(
      `mre-widgets: <${tag}> is already defined by another script on this page. ` +
        `That element is left alone, so <${tag}> does not show the MRE widget.`,
    );
  }

  readonly #settling: SettlingController[] = [];
  /** Updates so far: a round of settling in which none ran has started no new work. */
  #updates = 0;

  override addController(controller: ReactiveController): void {
    super.addController(controller);
    if (isSettling(controller)) this.#settling.push(controller);
  }

  override removeController(controller: ReactiveController): void {
    super.removeController(controller);
    const index = this.#settling.indexOf(controller as SettlingController);
    if (index >= 0) this.#settling.splice(index, 1);
  }

  /**
   * Resolves when the element has rendered its final content: after the last update, and after
   * the data from `src` (and, for a map, the map engine) has arrived or failed and been rendered.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    // Settling ends in another update (already run, or still to come), which may start more work
    // (a new `src`): a few rounds, until one in which no update ran.
    for (let round = 0; round < 8 && this.#settling.length; round++) {
      const updates = this.#updates;
      await Promise.all(this.#settling.map((controller) => controller.settled()));
      complete = (await super.getUpdateComplete()) && complete;
      if (this.#updates === updates) break;
    }
    return complete;
  }

  /**
   * An element shown in English waits for the English texts, loaded the first time any element
   * needs them: until they arrive it keeps what it showed (the first time: nothing, so that no
   * Dutch flashes by), then it updates.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const lang = resolveLang(this);
    if (!languageReady(lang)) {
      void loadLanguage(lang).then(() => this.requestUpdate());
      return false;
    }
    return super.shouldUpdate(changed);
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    this.#updates++;
  }

  /** Dispatches one of the library's events (they bubble and are composed). */
  protected emit<E extends Event>(event: E): boolean {
    return this.dispatchEvent(event);
  }
}
