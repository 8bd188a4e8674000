// The one configuration of the custom elements manifest (custom-elements.json), used by the
// build, by Storybook and by the tests. It documents the public API only: private and protected
// members, `#private` and `_internal` names and symbol-keyed members are left out, and so are the
// controller plumbing methods every Lit element has. Every element also lists the global design
// tokens (from src/styles/tokens.ts), so that a page or Storybook sees all it can set. Types are
// written out (`'asc' | 'desc'`, not the name of a type the reader cannot see), and every custom
// property carries its default.
import { readFileSync } from 'node:fs';

/**
 * `--mre-*` tokens documented in the tokens module: `- \`--mre-x\` what (default \`v\`)`. Also
 * read by the embed-code builder's build (scripts/rollup/embed-builder.mjs).
 */
export function globalTokens() {
  const source = readFileSync(new URL('./src/styles/tokens.ts', import.meta.url), 'utf8');
  return [...source.matchAll(/^ \* - `(--mre-[a-z-]+)` (.+)$/gm)].map(([, name, description]) => {
    const fallback = description.match(/\(default `([^`]+)`/)?.[1];
    return { name, description: description.trim(), ...(fallback ? { default: fallback } : {}) };
  });
}

/** The default a description names, as a CSS value: `(default \`28em\`)`, `(default \`--mre-x\`)` → `var(--mre-x)`. */
function describedDefault(description = '') {
  const value = description.match(/\(default `([^`]+)`/)?.[1];
  return value?.startsWith('--') ? `var(${value})` : value;
}

const LIT_PLUMBING = new Set(['addController', 'removeController']);

function isPublic(member) {
  if (member.privacy === 'private' || member.privacy === 'protected') return false;
  if (/^[_#[]/.test(member.name)) return false;
  return !LIT_PLUMBING.has(member.name);
}

function publicApiOnly() {
  const tokens = globalTokens();
  /** Type aliases that are unions of literals (`type TimelineOrder = 'asc' | 'desc'`), by name. */
  const literalUnions = new Map();
  const spelledOut = (type) =>
    type?.text ? { ...type, text: type.text.split('|').map((part) => literalUnions.get(part.trim()) ?? part.trim()).join(' | ') } : type;
  return {
    name: 'mre-public-api-only',
    analyzePhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      if (!node.type.types.every((t) => ts.isLiteralTypeNode(t))) return;
      literalUnions.set(node.name.text, node.type.types.map((t) => t.getText()).join(' | '));
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            if (item.type) item.type = spelledOut(item.type);
          }
          if (!declaration.tagName) continue;
          const listed = new Set((declaration.cssProperties ?? []).map((p) => p.name));
          declaration.cssProperties = [...(declaration.cssProperties ?? []), ...tokens.filter((t) => !listed.has(t.name))].map((p) => {
            const fallback = p.default ?? describedDefault(p.description) ?? tokens.find((t) => t.name === p.name)?.default;
            return fallback ? { ...p, default: fallback } : p;
          });
        }
      }
    },
  };
}

/**
 * Module paths as the npm package has them: `src/components/x/x.ts` is `dist/lib/components/x/x.js`
 * there, and the package's `customElements` field points tools at this file.
 */
function pathsInThePackage() {
  const inPackage = (path) => path.replace(/^\/?src\/(.+)\.[jt]s$/, 'dist/lib/$1.js');
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = inPackage(value);
      else walk(value);
    }
  };
  return {
    name: 'mre-paths-in-the-package',
    packageLinkPhase({ customElementsManifest }) {
      walk(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // The iframe route (src/frame/) is a page of its own, built into dist/frame.js; it declares no
  // element and is no module of the package, whose manifest this is.
  exclude: ['src/**/*.test.ts', 'src/**/*.generated.*', 'src/**/*.d.ts', 'src/frame/**'],
  litelement: true,
  plugins: [publicApiOnly(), pathsInThePackage()],
};
