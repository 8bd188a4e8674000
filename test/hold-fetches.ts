/**
 * Holds back the answer of every fetch the page makes until `release()`, so that a test sees what
 * a visitor sees while a file is on its way, and then what the file brings. `restore()` releases
 * whatever is still held and puts the page's own `fetch` back.
 */
export function holdFetches(): { urls: string[]; requested: Promise<void>; release: () => void; restore: () => void } {
  const original = window.fetch;
  const urls: string[] = [];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let requested!: () => void;
  const firstRequest = new Promise<void>((resolve) => (requested = resolve));
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(input instanceof Request ? input.url : String(input));
    requested();
    await gate;
    return original(input, init);
  };
  return {
    urls,
    /** Resolves once the page has asked for something. */
    requested: firstRequest,
    release: () => release(),
    restore: () => {
      release();
      window.fetch = original;
    },
  };
}
