import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/**
 * The package declares side effects only for its built files (package.json `sideEffects`), so a
 * bundler that meets `import '../src/index.js'` in a story would drop it, and with it the
 * registration of the elements: the built Storybook would show empty stories. The sources the
 * stories import register elements; this keeps them.
 */
const sourcesRegisterElements: Plugin = {
  name: 'mre-sources-register-elements',
  transform(code, id) {
    if (/\/src\/.+\.[jt]s$/.test(id.split('?')[0])) return { code, map: null, moduleSideEffects: true };
    return undefined;
  },
};

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (config) => ({ ...config, plugins: [...(config.plugins ?? []), sourcesRegisterElements] }),
};

export default config;
