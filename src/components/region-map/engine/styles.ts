/**
 * Styles for what the engine draws into a shadow root, where the page's own stylesheets do not
 * reach (Leaflet's CSS, above all).
 */

/** One constructed sheet per CSS text, shared by every shadow root that adopts it. */
const sheets = new Map<string, CSSStyleSheet>();

function canAdopt(root: ShadowRoot): boolean {
  return 'adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype;
}

/**
 * Applies `css` in the shadow root `root`, after the styles already there, and only once
 * however often it is called. Where the browser has constructable stylesheets, every shadow root
 * adopts the same `CSSStyleSheet` for the same CSS text (parsed once, kept for the page's life);
 * elsewhere a `<style>` element with the text is appended to the root.
 *
 * Outside a shadow root (`root` is a document or a detached element) nothing is applied: the
 * page's own styles are never changed.
 *
 * @returns Whether `root` is a shadow root, and so has the styles now.
 */
export function adoptStyles(root: Node, css: string): boolean {
  if (!(root instanceof ShadowRoot)) return false;
  if (canAdopt(root)) {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else if (![...root.querySelectorAll('style')].some((style) => style.textContent === css)) {
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
  return true;
}
