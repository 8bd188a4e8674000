import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  plugins: [
    vue({
      template: {
        // The mre-* tags are custom elements, not Vue components.
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('mre-') || tag.startsWith('app-') },
      },
    }),
  ],
});
