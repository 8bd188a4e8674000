import type { LoadErrorReason } from './types.js';

/** Why the file at `url` cannot be used. */
export class RegionLoadError extends Error {
  constructor(
    readonly reason: LoadErrorReason,
    readonly url: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'RegionLoadError';
  }
}
