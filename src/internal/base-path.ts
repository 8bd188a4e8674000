/** Where the page said the library's files are, shared by every copy of the library on it. */
const BASE_KEY = Symbol.for('mre-widgets.base-path');

type Global = Record<symbol, string | undefined>;

/**
 * Tells the scripts where the folder with the library's files (`dist/`, holding `chunks/`) is,
 * for pages whose scripts are combined into one file elsewhere or served from another place.
 * A relative URL counts from the page. `undefined` forgets it. The same can be said without
 * a script: `<meta name="mre-widgets-base" content="https://example.org/mre-widgets/">`.
 */
export function setBasePath(url: string | undefined): void {
  (globalThis as unknown as Global)[BASE_KEY] = url ? folder(url) : undefined;
}

/**
 * The folder set by {@link setBasePath} or a `<meta name="mre-widgets-base">`, as an absolute
 * URL ending in `/`; `undefined` when the page set none (the scripts then look next to themselves).
 */
export function getBasePath(): string | undefined {
  const set = (globalThis as unknown as Global)[BASE_KEY];
  if (set) return set;
  const meta = document.querySelector<HTMLMetaElement>('meta[name="mre-widgets-base"]')?.content.trim();
  return meta ? folder(meta) : undefined;
}

function folder(url: string): string {
  const absolute = new URL(url, document.baseURI).href;
  return absolute.endsWith('/') ? absolute : `${absolute}/`;
}
