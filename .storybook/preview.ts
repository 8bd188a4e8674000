import type { Preview } from '@storybook/web-components-vite';
import { argTypesFor, element } from '../stories/controls.js';

const preview: Preview = {
  parameters: {
    controls: { expanded: true, sort: 'none' },
    layout: 'padded',
    docs: {
      // Controls and tables come from custom-elements.json through stories/controls.ts: public
      // attributes, events and CSS custom properties, each with the right control.
      extractArgTypes: (tagName: string) => argTypesFor(tagName),
      extractComponentDescription: (tagName: string) => element(tagName).description,
    },
  },
  globalTypes: {
    lang: {
      description: 'Language of the page',
      toolbar: {
        title: 'Taal / Language',
        icon: 'globe',
        items: [
          { value: 'nl', title: 'Nederlands' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
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
