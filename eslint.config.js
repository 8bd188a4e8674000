import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', '.scratch/', 'coverage/', 'storybook-static/', '**/*.generated.*', 'custom-elements.json', 'test/consumers/tmp/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Elements register themselves through MreElement.define(), which guards the call.
      'wc/guard-super-call': 'off',
      // Safari and VoiceOver drop the list semantics of a <ul>/<ol> styled without bullets;
      // role="list" on such lists is needed, not redundant.
      'lit-a11y/no-redundant-role': 'off',
    },
  },
  {
    files: ['scripts/**', '*.config.*', 'test/**/*.mjs', 'test/consumers/*/vite.config.js', '.storybook/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
