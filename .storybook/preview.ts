import type { Preview } from '@storybook/web-components-vite';
import { argTypesFor, element } from '../stories/controls.js';
import { sourceSnippet } from '../stories/render.js';
import { municipalPage, PAGE_WIDTHS, type PageLang, type PageWidth } from '../stories/page.js';

const preview: Preview = {
  parameters: {
    controls: { expanded: true, sort: 'none' },
    options: {
      storySort: { order: ['Introduction', 'Guides', ['Embedding', 'Theming', 'Data'], 'Widgets'] },
    },
    layout: 'fullscreen',
    docs: {
      // Controls and tables come from custom-elements.json through stories/controls.ts: public
      // attributes, events and CSS custom properties, each with the right control.
      extractArgTypes: (tagName: string) => argTypesFor(tagName),
      extractComponentDescription: (tagName: string) => element(tagName).description,
      // "Show code": the widget as a page writes it, without the sample page around it.
      source: { excludeDecorators: true, transform: (code: string) => sourceSnippet(code) },
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
    width: {
      description: 'Width of the page content',
      toolbar: {
        title: 'Width',
        icon: 'mobile',
        items: Object.entries(PAGE_WIDTHS).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'nl', width: 'column' },
  decorators: [
    (story, context) => {
      const lang = (context.globals.lang ?? 'nl') as PageLang;
      document.documentElement.lang = lang;
      return municipalPage(story(), { lang, width: context.globals.width as PageWidth, docs: context.viewMode === 'docs' });
    },
  ],
};

export default preview;
