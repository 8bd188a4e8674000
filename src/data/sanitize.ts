const SAFE_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/**
 * Returns the URL when it is an absolute `https:`, `http:` or `mailto:` URL, else `undefined`.
 * Everything else (`javascript:`, `data:`, relative paths, garbage) is never turned into a link.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value.trim());
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
