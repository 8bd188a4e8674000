// Two build-time changes that let the widgets run on pages that enforce Trusted Types
// (`require-trusted-types-for 'script'`), without a default policy (that belongs to the site).
// Each fails the build when the code it changes is no longer there, so an upgrade of Lit or
// Leaflet cannot silently undo it.

/** The Trusted Types policy Lit creates for its templates; the page's allowlist must name it. */
export const LIT_POLICY = 'lit-html';

const LIT_POLICY_CODE = 's?s.createPolicy("lit-html",{createHTML:t=>t}):void 0';
// Leaflet's file has Windows line ends.
const LEAFLET_SVG_PROBE =
  /div\.innerHTML = '<svg\/>';\s*return \(div\.firstChild && div\.firstChild\.namespaceURI\) === 'http:\/\/www\.w3\.org\/2000\/svg';/;
const GUARD = '\0mre-trusted-types-guard';

/**
 * Lit creates its policy when its module runs; on a page whose `trusted-types` allowlist does
 * not name `lit-html` that throws, and the whole script stops with every widget blank. This
 * wraps the creation: a refusal is recorded (the elements then stay unregistered, so their
 * fallback content stays visible, and the console names the policy to allow) and the script
 * runs on.
 */
export function litTrustedTypesGuard() {
  return {
    name: 'mre-lit-trusted-types-guard',
    resolveId(id) {
      return id === GUARD ? GUARD : null;
    },
    load(id) {
      if (id !== GUARD) return null;
      return `export function createLitPolicy(trustedTypes) {
  try {
    return trustedTypes.createPolicy(${JSON.stringify(LIT_POLICY)}, { createHTML: (s) => s });
  } catch (error) {
    globalThis[Symbol.for('mre-widgets.trusted-types-refused')] = { policy: ${JSON.stringify(LIT_POLICY)}, reason: String(error && error.message) };
    return undefined;
  }
}
`;
    },
    transform(code, id) {
      const file = id.replaceAll('\\', '/');
      if (!file.endsWith('/node_modules/lit-html/lit-html.js')) return null;
      if (!code.includes(LIT_POLICY_CODE)) this.error(`lit-html no longer creates its policy as "${LIT_POLICY_CODE}"`);
      return {
        code: `import { createLitPolicy } from '${GUARD}';\n${code.replace(LIT_POLICY_CODE, 's?createLitPolicy(s):void 0')}`,
        map: null,
      };
    },
  };
}

/**
 * Leaflet probes for inline SVG by assigning `innerHTML = '<svg/>'` when its module runs, which
 * Trusted Types refuse. Every browser the widgets support parses inline SVG, so the probe's
 * answer is known: `true`.
 */
export function leafletWithoutHtmlProbe() {
  return {
    name: 'mre-leaflet-without-html-probe',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/node_modules/leaflet/src/core/Browser.js')) return null;
      if (!LEAFLET_SVG_PROBE.test(code)) this.error('Leaflet no longer probes inline SVG through innerHTML as expected');
      return { code: code.replace(LEAFLET_SVG_PROBE, 'return true;'), map: null };
    },
  };
}
