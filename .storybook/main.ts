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
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, disableProjectJson: true },
  // Only the tools this Storybook uses. Each feature is an addon in the manager, whose first
  // render has to finish before anything else answers, and most add a decorator to every story.
  // Off: Interactions (no story has a play function), the onboarding checklist and guide, change
  // detection (a git scan at every start and change), Backgrounds (the sample page has its own),
  // Viewport (the page's width is the Width toolbar's), Measure, Outline and Highlight (tools for
  // developers; the browser has them too). Controls and Actions stay.
  features: {
    interactions: false,
    measure: false,
    outline: false,
    sidebarOnboardingChecklist: false,
    menuOnboardingChecklist: false,
    changeDetection: false,
    backgrounds: false,
    viewport: false,
    highlight: false,
  },
  viteFinal: (config) => ({
    ...config,
    plugins: [...(config.plugins ?? []), sourcesRegisterElements],
    // The renderer imports lit/directive-helpers.js, which the dev server would otherwise serve
    // unbundled with a second copy of lit-html ("Multiple versions of Lit loaded").
    optimizeDeps: { ...config.optimizeDeps, include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] },
  }),
};

export default config;
