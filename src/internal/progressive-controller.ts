import type { ReactiveControllerHost } from 'lit';
import type { SettlingController } from './mre-element.js';

/**
 * Renders a long list a part at a time, so that no task of the page is long: the first part
 * (more than a screenful) with the element's update, one more part in each following task,
 * until every item is there. Between the tasks the browser paints and answers the visitor.
 * `updateComplete` waits for the last part. Items once rendered stay: a list that changes is
 * rendered up to where it had got at once, so the page never shrinks back while it grows.
 */
export class ProgressiveController implements SettlingController {
  readonly #host: ReactiveControllerHost;
  readonly #size: number;
  /** How many items may be rendered now. */
  #count: number;
  /** How many items the list has. */
  #total = 0;
  /** Whether the next part is on its way. */
  #next = false;
  #done?: Promise<void>;
  #resolve?: () => void;

  /** @param size How many items a part has. */
  constructor(host: ReactiveControllerHost, size = 25) {
    this.#host = host;
    this.#size = this.#count = size;
    host.addController(this);
  }

  /** The items to render in this update: the first ones of the list. */
  take<T>(items: readonly T[]): readonly T[] {
    this.#total = items.length;
    return items.length > this.#count ? items.slice(0, this.#count) : items;
  }

  hostUpdated(): void {
    if (this.#count < this.#total) {
      if (this.#next) return;
      this.#next = true;
      // The next part is a task of its own: a message to itself, which comes at once, where a
      // timer set from a timer waits at least 4 ms, 20 times over for 500 items.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        this.#next = false;
        this.#count += this.#size;
        this.#host.requestUpdate();
      };
      channel.port2.postMessage(0);
    } else {
      this.#resolve?.();
      this.#done = this.#resolve = undefined;
    }
  }

  settled(): Promise<unknown> {
    if (this.#count >= this.#total) return Promise.resolve();
    return (this.#done ??= new Promise((resolve) => (this.#resolve = resolve)));
  }
}
