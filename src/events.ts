import type { LoadErrorReason } from './data/types.js';

export interface MreErrorDetail {
  /**
   * What went wrong: `http` (an error status), `cors` (the server answered but does not allow
   * this site to read the file), `network`, `timeout`, `parse`, `version` (the file is in a
   * format of another major version, see `schemaVersion`) or `schema`.
   */
  reason: LoadErrorReason;
  /** The absolute URL of the file that could not be used. */
  src: string;
  /** A description for the developer console. */
  message: string;
  /** The HTTP status, for `http`. */
  status?: number;
}

/**
 * Fired when the file named by `src` cannot be used. The element shows its bundled data and a
 * notice instead. Bubbles and crosses shadow roots.
 */
export class MreErrorEvent extends CustomEvent<MreErrorDetail> {
  static readonly eventName = 'mre-error';
  constructor(detail: MreErrorDetail) {
    super(MreErrorEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

export interface MreMunicipalitySelectDetail {
  code: string;
  slug: string;
  name: string;
}

/**
 * Fired when the visitor selects a municipality (in a list or on the map). Bubbles and crosses
 * shadow roots; other mre elements on the page follow the selection.
 */
export class MreMunicipalitySelectEvent extends CustomEvent<MreMunicipalitySelectDetail> {
  static readonly eventName = 'mre-municipality-select';
  constructor(detail: MreMunicipalitySelectDetail) {
    super(MreMunicipalitySelectEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mre-error': MreErrorEvent;
    'mre-municipality-select': MreMunicipalitySelectEvent;
  }
}
