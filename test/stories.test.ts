import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as agreementTimeline from '../stories/agreement-timeline.stories.js';
import * as municipalityList from '../stories/municipality-list.stories.js';
import * as regionMap from '../stories/region-map.stories.js';
import * as themeCards from '../stories/theme-cards.stories.js';

type Args = Record<string, unknown>;
interface StoryLike {
  name?: string;
  args?: Args;
  render?: (args: Args, context: unknown) => TemplateResult;
}
interface MetaLike extends StoryLike {
  title: string;
}

const modules = [agreementTimeline, municipalityList, regionMap, themeCards] as unknown as Record<string, StoryLike | MetaLike>[];

/** Stories that show a background map from another host: they need network, which tests never use. */
const needsNetwork = (args: Args) => ['pdok', 'osm'].includes(String(args.basemap)) || /^https:/.test(String(args.basemap ?? ''));

/** Waits until every widget in `root` has loaded its data and rendered (maps: drawn). */
async function settle(root: Element): Promise<void> {
  const widgets = [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('mre-')) as (HTMLElement & {
    updateComplete?: Promise<unknown>;
    _data?: { taskComplete: Promise<unknown> };
  })[];
  for (const el of widgets) {
    await el._data?.taskComplete.catch(() => undefined);
    await el.updateComplete;
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
}

for (const module of modules) {
  const meta = module.default as MetaLike;
  describe(`stories: ${meta.title}`, () => {
    for (const [exportName, story] of Object.entries(module)) {
      if (exportName === 'default') continue;
      const args = { ...meta.args, ...story.args };
      const title = story.name ?? exportName;
      if (needsNetwork(args)) {
        it(`${title}: is labelled as needing network, and is not rendered here`, () => {
          expect(title.toLowerCase()).to.include('needs network');
        });
        continue;
      }
      it(`${title}: renders its widgets without errors and passes the axe audit`, async () => {
        const errors: string[] = [];
        const onError = (event: ErrorEvent) => errors.push(event.message);
        const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
        window.addEventListener('error', onError);
        window.addEventListener('unhandledrejection', onRejection);
        try {
          const container = await fixture<HTMLDivElement>(html`<div></div>`);
          const renderStory = story.render ?? meta.render!;
          render(renderStory(args, { args, globals: { lang: 'nl' } }), container);
          await settle(container);
          const widgets = [...container.querySelectorAll('*')].filter((el) => el.localName.startsWith('mre-'));
          expect(widgets.length, 'widgets in the story').to.be.greaterThan(0);
          for (const el of widgets) {
            expect(el.matches(':defined'), el.localName).to.be.true;
            expect(el.shadowRoot?.querySelector('.base'), `${el.localName} rendered`).to.exist;
          }
          await expect(container).to.be.accessible();
          expect(errors).to.deep.equal([]);
        } finally {
          window.removeEventListener('error', onError);
          window.removeEventListener('unhandledrejection', onRejection);
        }
      });
    }
  });
}
