import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// Controls and docs come from custom-elements.json (npm run analyze), not hand-written argTypes.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
  globalTypes: {
    lang: {
      description: 'Language of the page',
      toolbar: { title: 'Taal / Language', items: ['nl', 'en'], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'nl' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = context.globals.lang ?? 'nl';
      return story();
    },
  ],
};

export default preview;
