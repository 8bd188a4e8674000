import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as agreementTimeline from '../stories/agreement-timeline.stories.js';
import * as municipalityList from '../stories/municipality-list.stories.js';
import * as regionMap from '../stories/region-map.stories.js';
import * as themeCards from '../stories/theme-cards.stories.js';
import * as theming from '../stories/theming.stories.js';
import { municipalPage, type PageWidth } from '../stories/page.js';
import { watchFetches, shownText } from './helpers.js';

type Args = Record<string, unknown>;
interface StoryLike {
  name?: string;
  args?: Args;
  globals?: { width?: PageWidth };
  render?: (args: Args, context: unknown) => TemplateResult;
}
interface MetaLike extends StoryLike {
  title: string;
  component?: string;
}
type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const modules = [agreementTimeline, municipalityList, regionMap, themeCards, theming] as unknown as Record<string, StoryLike | MetaLike>[];

/** Stories that show a background map from another host: they need network, which tests never use. */
const needsNetwork = (args: Args) => ['pdok', 'osm'].includes(String(args.basemap)) || /^https:/.test(String(args.basemap ?? ''));

const failedFile = 'Let op: De actuele gegevens konden niet worden geladen: het bestand is niet gevonden of de server gaf het niet. U ziet de meegeleverde gegevens.';
const unknownTheme = 'Let op: Het thema „cultuur” komt niet voor in de gegevens. Bekende thema’s: economie, mobiliteit, transitie-landelijk-gebied, energietransitie.';
const unknownMunicipality = (name: string) =>
  `Let op: De gemeente „${name}” komt niet voor in de gegevens. Gebruik de naam van de gemeente (bijvoorbeeld Son en Breugel) of de CBS-code (bijvoorbeeld GM0848).`;

/** The notices each story shows, by title/export; every story not listed shows none. */
const expectedNotices: Record<string, string[]> = {
  'Widgets/Agreement timeline/UnknownTheme': [unknownTheme],
  'Widgets/Agreement timeline/InvalidRange': ['Let op: from="2020" ligt na to="2010"; beide worden genegeerd.'],
  'Widgets/Agreement timeline/RemoteSrcFailure': [failedFile],
  'Widgets/Theme cards/UnknownIds': [unknownTheme],
  'Widgets/Theme cards/RemoteSrcFailure': [failedFile],
  'Widgets/Municipality list/UnknownMunicipality': [unknownMunicipality('tilburg')],
  'Widgets/Municipality list/RemoteSrcFailure': [failedFile],
  'Widgets/Region map/UnknownMunicipality': [unknownMunicipality('atlantis')],
  'Widgets/Region map/RemoteSourceFailure': [failedFile],
  'Widgets/Region map/InvalidSettings': [
    'Let op: basemap="http://tiles.invalid/{z}/{x}/{y}.png" wordt niet herkend: gebruik none, pdok, osm of een https-adres met {z}, {x} en {y}. De kaart toont alleen de gemeentegrenzen.',
    'Let op: height="tall" is geen hoogte (bijvoorbeeld 30em of 400px); de standaardhoogte wordt gebruikt.',
  ],
  'Widgets/Region map/PdokBasemapNeedsNetwork': [
    'Let op: De achtergrondkaart kon niet worden geladen. De kaart toont alleen de gemeentegrenzen.',
  ],
};

/**
 * How many things each widget of a story shows, by title/export: municipalities in a list, cards,
 * timeline items, municipalities drawn on a map. Stories not listed show one widget with all of
 * the bundled data (21, 4, 13, 21).
 */
const expectedCounts: Record<string, [string, number][]> = {
  'Widgets/Theme cards/Subset': [['mre-theme-cards', 2]],
  'Widgets/Theme cards/UnknownIds': [['mre-theme-cards', 2]],
  'Widgets/Agreement timeline/FilteredByTheme': [['mre-agreement-timeline', 5]],
  'Widgets/Agreement timeline/FromTo': [['mre-agreement-timeline', 6]],
  'Guides/Theming/Defaults': [
    ['mre-theme-cards', 2],
    ['mre-region-map', 21],
  ],
  'Guides/Theming/HouseStyle': [
    ['mre-theme-cards', 2],
    ['mre-region-map', 21],
  ],
  'Widgets/Municipality list/SyncedWithMap': [
    ['mre-municipality-list', 21],
    ['mre-region-map', 21],
    ['mre-municipality-list', 21],
  ],
};
const allOf: Record<string, number> = {
  'mre-municipality-list': 21,
  'mre-theme-cards': 4,
  'mre-agreement-timeline': 13,
  'mre-region-map': 21,
};

/** What the stories that need network show: their tiles' addresses and the provider's attribution. */
const expectedTiles: Record<string, { tile: RegExp; attribution: string; href: string }> = {
  'Widgets/Region map/PdokBasemapNeedsNetwork': {
    tile: /^https:\/\/service\.pdok\.nl\/brt\/achtergrondkaart\/wmts\/v2_0\/grijs\/EPSG:3857\/\d+\/\d+\/\d+\.png$/,
    attribution: 'Kaartgegevens © Kadaster',
    href: 'https://www.kadaster.nl/',
  },
};

function widgetsIn(root: Element): Widget[] {
  return [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('mre-')) as Widget[];
}

/** How many things a widget shows (see `expectedCounts`). */
function count(el: Widget): number {
  const selector = {
    'mre-municipality-list': 'li[part~="item"]',
    'mre-theme-cards': 'li.card',
    'mre-agreement-timeline': 'ol > li',
    'mre-region-map': 'path.leaflet-interactive',
  }[el.localName];
  return el.shadowRoot!.querySelectorAll(selector!).length;
}

function noticesIn(root: Element): string[] {
  return widgetsIn(root).flatMap((el) =>
    [...el.shadowRoot!.querySelectorAll('[role="status"] .notice')].map((n) => shownText(n)),
  );
}

/**
 * Waits until every widget in `root` has loaded its data and rendered, and every map has drawn
 * its 21 municipalities. A map in a closed `<details>` is drawn once the details are opened.
 */
async function settle(root: Element): Promise<void> {
  const widgets = widgetsIn(root);
  await Promise.all(widgets.map((el) => el.updateComplete));
  for (const map of widgets.filter((el) => el.localName === 'mre-region-map')) {
    const details = map.closest('details');
    if (details && !details.open) details.open = true;
    await waitUntil(
      () => map.shadowRoot!.querySelectorAll('path.leaflet-interactive').length === 21,
      'the map did not draw the 21 municipalities',
      { timeout: 5000 },
    );
  }
}

/** Runs `body` while watching the page for uncaught errors and console errors; returns them. */
async function collectErrors(body: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  const consoleError = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(`console.error: ${args.map(String).join(' ')}`);
    consoleError.apply(console, args);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await body();
  } finally {
    console.error = consoleError;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

/**
 * Until `restore()`, every image address on another origin is recorded and replaced by a local
 * address that answers 404: a tile server that cannot be reached, without asking it.
 */
function blockForeignImages(): { urls: string[]; restore: () => void } {
  const descriptor = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!;
  const urls: string[] = [];
  Object.defineProperty(HTMLImageElement.prototype, 'src', {
    configurable: true,
    enumerable: descriptor.enumerable,
    get(this: HTMLImageElement) {
      return descriptor.get!.call(this);
    },
    set(this: HTMLImageElement, value: string) {
      const url = new URL(String(value), document.baseURI);
      if (url.origin === location.origin) {
        descriptor.set!.call(this, value);
        return;
      }
      urls.push(url.href);
      descriptor.set!.call(this, '/__test__/blocked-tile');
    },
  });
  return { urls, restore: () => Object.defineProperty(HTMLImageElement.prototype, 'src', descriptor) };
}

/** Every resource the page fetched since `since` (a `performance.now()` time) from another origin. */
function foreignRequestsSince(since: number): string[] {
  return performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime >= since && new URL(entry.name).origin !== location.origin)
    .map((entry) => entry.name);
}

for (const module of modules) {
  const meta = module.default as MetaLike;
  describe(`stories: ${meta.title}`, () => {
    for (const [exportName, story] of Object.entries(module)) {
      if (exportName === 'default') continue;
      const args = { ...meta.args, ...story.args };
      const title = story.name ?? exportName;
      const key = `${meta.title}/${exportName}`;
      const renderStory = story.render ?? meta.render!;

      // As Storybook shows it: on the municipal page of the preview's decorator, in Dutch, at the
      // story's width (the content column unless the story says otherwise).
      const globals = { lang: 'nl' as const, width: story.globals?.width ?? 'column' };

      async function show(): Promise<HTMLDivElement> {
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        render(municipalPage(renderStory(args, { args, globals }), globals), container);
        return container;
      }

      function expectShown(container: HTMLDivElement): void {
        const widgets = widgetsIn(container);
        const counts = expectedCounts[key] ?? [[meta.component!, allOf[meta.component!]]];
        expect(widgets.map((el) => [el.localName, count(el)]), 'widgets and what they show').to.deep.equal(counts);
        for (const el of widgets) {
          expect(el.matches(':defined'), el.localName).to.be.true;
          expect(el.shadowRoot!.querySelector('.base')!.getAttribute('aria-busy'), `${el.localName} settled`).to.equal('false');
        }
        expect(noticesIn(container), 'notices').to.deep.equal(expectedNotices[key] ?? []);
      }

      if (needsNetwork(args)) {
        it(`${title}: shows the provider's tiles and attribution, and a notice when the tiles do not come, without a request leaving this machine`, async () => {
          const expected = expectedTiles[key];
          expect(expected, `${key} needs network: say in expectedTiles which tiles and attribution it shows`).to.exist;
          const since = performance.now();
          const images = blockForeignImages();
          const fetches = watchFetches();
          let container!: HTMLDivElement;
          try {
            const errors = await collectErrors(async () => {
              container = await show();
              await settle(container);
              await waitUntil(() => noticesIn(container).length > 0, 'the tile failure was not reported', { timeout: 5000 });
              expectShown(container);
              await expect(container).to.be.accessible();
            });
            expect(errors).to.deep.equal([]);
          } finally {
            images.restore();
            fetches.restore();
          }
          expect(images.urls.length, 'tiles asked for').to.be.greaterThan(0);
          for (const url of images.urls) expect(url).to.match(expected.tile);
          const map = container.querySelector('mre-region-map')!;
          const attribution = map.shadowRoot!.querySelector('[part="attribution"]')!;
          const link = attribution.querySelector('a')!;
          expect(link.textContent).to.equal(expected.attribution);
          expect(link.href).to.equal(expected.href);
          expect(attribution.getBoundingClientRect().height, 'attribution shown').to.be.greaterThan(0);
          // Nothing went to another host: not the tiles, not any other file.
          expect(fetches.urls.filter((url) => new URL(url, location.href).origin !== location.origin)).to.deep.equal([]);
          expect(foreignRequestsSince(since)).to.deep.equal([]);
        });
        continue;
      }

      it(`${title}: renders what it is about without errors and passes the axe audit`, async () => {
        const since = performance.now();
        const errors = await collectErrors(async () => {
          const container = await show();
          await settle(container);
          expectShown(container);
          await expect(container).to.be.accessible();
        });
        expect(errors).to.deep.equal([]);
        expect(foreignRequestsSince(since)).to.deep.equal([]);
      });
    }
  });
}
