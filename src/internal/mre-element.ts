import { LitElement } from 'lit';

/** Marks classes of this library, whichever copy or build of it defined them. */
const MARK = Symbol.for('mre-widgets.element');
/** Tags already reported as taken by someone else, shared by every copy on the page. */
const REPORTED_KEY = Symbol.for('mre-widgets.reported-tags');

function reportedTags(): Set<string> {
  const g = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  return (g[REPORTED_KEY] ??= new Set<string>());
}

/**
 * Base of every element: a guarded `define()` and a typed `emit()`.
 */
export class MreElement extends LitElement {
  static readonly [MARK] = true;

  /**
   * Registers the element under `tag`. A second copy of this library (the same script loaded
   * twice, or the module and the classic build together) finds its own element there and does
   * nothing. A tag taken by someone else's element is reported once in the console and left
   * alone. Never throws.
   */
  static define(tag: string): void {
    const existing = customElements.get(tag) as (CustomElementConstructor & { [MARK]?: boolean }) | undefined;
    if (!existing) {
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

  /** Dispatches one of the library's events (they bubble and are composed). */
  protected emit<E extends Event>(event: E): boolean {
    return this.dispatchEvent(event);
  }
}
