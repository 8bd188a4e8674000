// Minifies the CSS inside Lit's css`…` templates of the project's own modules (comments,
// indentation and line breaks), which Terser leaves as they are: the styles are about a sixth of
// a page's JavaScript. minify-literals (MIT) parses the module and minifies each template with
// Lightning CSS; the HTML templates are left alone, their white space can carry meaning.
import { minifyHTMLLiterals } from 'minify-literals';

export function minifyCssLiterals() {
  return {
    name: 'mre-minify-css-literals',
    async transform(code, id) {
      const file = id.replaceAll('\\', '/');
      // TypeScript writes the tag with a space: css `…`.
      if (!/\/src\/.*\.ts$/.test(file) || !/\bcss\s*`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: file, html: false, cssTags: ['css'] });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}
