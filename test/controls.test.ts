// Storybook's controls, made from custom-elements.json by stories/controls.ts: what a designer
// finds in the Controls panel of each widget.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { argTypesFor, bundledChoices, elements, handlerName, literalUnion, manifest, type Manifest } from '../stories/controls.js';
import { renderWidget, sourceSnippet } from '../stories/render.js';

type Control = { type?: string; labels?: Record<string, string> } | string | false | undefined;

const tags = ['mre-agreement-timeline', 'mre-municipality-list', 'mre-region-map', 'mre-theme-cards'];
const controlType = (control: Control) => (typeof control === 'object' && control ? control.type : control);

/** The custom properties that hold no colour: sizes, spacing, fonts and numbers. */
const notColours = [
  '--mre-agreement-timeline-min-height',
  '--mre-municipality-list-min-height',
  '--mre-municipality-list-column-width',
  '--mre-theme-cards-min-height',
  '--mre-theme-cards-icon-size',
  '--mre-map-height',
  '--mre-map-label-size',
  '--mre-font-family',
  '--mre-font-size',
  '--mre-line-height',
  '--mre-radius',
  '--mre-space',
];

/** A manifest as the analyzer writes it when nothing filters it: internals next to the public API. */
const unfiltered: Manifest = {
  modules: [
    {
      declarations: [
        {
          kind: 'class',
          name: 'MreFixture',
          tagName: 'mre-fixture',
          attributes: [
            { name: 'layout', type: { text: "'grid' | 'list'" }, default: "'grid'", fieldName: 'layout' },
            { name: '_state', type: { text: 'string' } },
          ],
          members: [
            { kind: 'field', name: '_controller', privacy: 'private', type: { text: 'RegionDataController' } },
            { kind: 'field', name: '_generation', type: { text: 'number' } },
            { kind: 'field', name: '#task', type: { text: 'Task' } },
            { kind: 'field', name: '[MARK]', type: { text: 'boolean' } },
            { kind: 'field', name: '_data', privacy: 'protected', type: { text: 'Region' }, default: '{ version: 1, … }' },
            { kind: 'field', name: 'layout', type: { text: "'grid' | 'list'" }, attribute: 'layout' },
          ],
          events: [{ name: 'mre-error', type: { text: 'MreErrorEvent' }, description: 'The file cannot be used.' }],
          cssProperties: [
            { name: '--mre-color-primary', default: '#00529c' },
            { name: '--_mre-color-primary', default: '#00529c' },
            { name: '--mre-space', default: '1em' },
          ],
        },
      ],
    },
  ],
};

describe('controls from custom-elements.json', () => {
  it('lists no internal member, in a manifest that still has them nor in the real one', () => {
    const fromFixture = argTypesFor('mre-fixture', unfiltered, bundledChoices);
    expect(Object.keys(fromFixture)).to.deep.equal(['layout', 'onMreError', '--mre-color-primary', '--mre-space']);
    for (const tag of tags) {
      for (const name of Object.keys(argTypesFor(tag))) {
        expect(name, `${tag} has a control named ${name}`).not.to.match(/^(_|#|\[|--_)/);
      }
    }
  });

  it('gives each widget a control for every public attribute and every custom property in the manifest, and nothing else', () => {
    for (const declaration of elements(manifest)) {
      const argTypes = argTypesFor(declaration.tagName!);
      const expected = [
        ...declaration.attributes!.map((a) => a.name),
        ...declaration.events!.map((e) => handlerName(e.name)),
        ...declaration.cssProperties!.map((p) => p.name),
      ];
      expect(Object.keys(argTypes), declaration.tagName).to.deep.equal(expected);
    }
    expect(Object.keys(argTypesFor('mre-region-map')).slice(0, 8)).to.deep.equal([
      'src',
      'municipality',
      'lang',
      'basemap',
      'basemap-variant',
      'basemap-attribution',
      'no-zoom',
      'height',
    ]);
  });

  it('gives no control the object editor ("Set object")', () => {
    for (const tag of tags) {
      for (const [name, argType] of Object.entries(argTypesFor(tag))) {
        expect(controlType(argType.control as Control), `${tag} ${name}`).not.to.equal('object');
        expect(argType.control, `${tag} ${name}`).not.to.equal(undefined);
      }
    }
  });

  it('gives every colour token a colour picker, and every other custom property a text field', () => {
    let colours = 0;
    for (const tag of tags) {
      for (const [name, argType] of Object.entries(argTypesFor(tag)).filter(([n]) => n.startsWith('--'))) {
        const expected = notColours.includes(name) ? 'text' : 'color';
        expect(controlType(argType.control as Control), `${tag} ${name}`).to.equal(expected);
        if (/^--mre-(color|map)-/.test(name) && expected === 'color') colours++;
      }
    }
    // Every --mre-color-* token on every widget, and the seven colours of the map.
    const map = argTypesFor('mre-region-map');
    for (const name of ['background', 'fill', 'outline', 'highlight', 'current', 'selected', 'label-color']) {
      expect(controlType(map[`--mre-map-${name}`].control as Control), name).to.equal('color');
    }
    for (const tag of tags) {
      const names = Object.keys(argTypesFor(tag)).filter((n) => n.startsWith('--mre-color-'));
      expect(names, tag).to.include.members([
        '--mre-color-primary',
        '--mre-color-text',
        '--mre-color-muted',
        '--mre-color-surface',
        '--mre-color-border',
        '--mre-color-highlight',
        '--mre-color-focus',
        '--mre-color-warning',
        '--mre-color-notice',
      ]);
    }
    expect(colours).to.equal(4 * 9 + 7);
  });

  it('shows each token with its default', () => {
    const map = argTypesFor('mre-region-map');
    expect(map['--mre-color-primary'].table!.defaultValue).to.deep.equal({ summary: '#00529c' });
    expect(map['--mre-map-height'].table!.defaultValue).to.deep.equal({ summary: '28em' });
    expect(map['--mre-map-selected'].table!.defaultValue).to.deep.equal({ summary: 'var(--mre-color-primary)' });
  });

  it('turns an enumeration into a choice of exactly its values', () => {
    expect(literalUnion("'asc' | 'desc'")).to.deep.equal(['asc', 'desc']);
    expect(literalUnion("'grid' | 'list' | undefined")).to.deep.equal(['grid', 'list']);
    expect(literalUnion('string | undefined')).to.equal(undefined);
    expect(literalUnion('TimelineOrder')).to.equal(undefined);

    const order = argTypesFor('mre-agreement-timeline').order;
    expect(order.options).to.deep.equal(['asc', 'desc']);
    expect(controlType(order.control as Control)).to.be.oneOf(['select', 'inline-radio']);
    const layout = argTypesFor('mre-theme-cards').layout;
    expect(layout.options).to.deep.equal(['grid', 'list']);
    expect(controlType(layout.control as Control)).to.be.oneOf(['select', 'inline-radio']);
    const sort = argTypesFor('mre-municipality-list').sort;
    expect(sort.options).to.deep.equal(['name', 'name-desc', 'population', 'population-asc']);
    expect(controlType(sort.control as Control)).to.equal('select');
  });

  it('offers the 21 municipalities of the bundled data, and no municipality at all', () => {
    for (const tag of ['mre-region-map', 'mre-municipality-list']) {
      const { options, control } = argTypesFor(tag).municipality;
      expect(controlType(control as Control)).to.equal('select');
      expect(options).to.deep.equal([
        '',
        'asten',
        'bergeijk',
        'best',
        'bladel',
        'cranendonck',
        'deurne',
        'eersel',
        'eindhoven',
        'geldrop-mierlo',
        'gemert-bakel',
        'heeze-leende',
        'helmond',
        'laarbeek',
        'nuenen',
        'oirschot',
        'reusel-de-mierden',
        'someren',
        'son-en-breugel',
        'valkenswaard',
        'veldhoven',
        'waalre',
      ]);
      const labels = (control as { labels: Record<string, string> }).labels;
      expect(labels['son-en-breugel']).to.equal('Son en Breugel');
      expect(labels['']).to.equal('(not set)');
    }
  });

  it('gives the other attributes the control of their type', () => {
    const map = argTypesFor('mre-region-map');
    expect(map['no-zoom'].control).to.equal('boolean');
    expect(map.height.control).to.equal('text');
    expect(map.basemap.control).to.equal('text');
    expect(map['basemap-variant'].options).to.deep.equal(['', 'standaard', 'grijs', 'pastel']);
    expect(map.lang.options).to.deep.equal(['', 'nl', 'en']);
    expect(argTypesFor('mre-municipality-list').compact.control).to.equal('boolean');
    expect(argTypesFor('mre-theme-cards')['heading-level'].control).to.equal('number');
    expect(argTypesFor('mre-agreement-timeline').theme.options).to.deep.equal([
      '',
      'economie',
      'mobiliteit',
      'transitie-landelijk-gebied',
      'energietransitie',
    ]);
    expect(argTypesFor('mre-agreement-timeline').from.control).to.equal('text');
  });

  it('sends the events to the Actions panel', () => {
    const list = argTypesFor('mre-municipality-list');
    expect(list.onMreMunicipalitySelect.action).to.equal('mre-municipality-select');
    expect(list.onMreError.action).to.equal('mre-error');
  });
});

describe('a story from its args', () => {
  const show = renderWidget('mre-theme-cards');

  it('sets the attributes and, on the box around the widget, the custom properties; an empty choice leaves an attribute out', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    render(show({ layout: 'list', 'heading-level': 2, lang: '', '--mre-color-primary': '#7a1f5c', '--mre-space': '' }), container);
    const cards = container.querySelector('mre-theme-cards')!;
    expect(cards.getAttribute('layout')).to.equal('list');
    expect(cards.getAttribute('heading-level')).to.equal('2');
    expect(cards.hasAttribute('lang')).to.be.false;
    const box = cards.parentElement!;
    expect(box.style.getPropertyValue('--mre-color-primary')).to.equal('#7a1f5c');
    expect(box.getAttribute('style')).not.to.include('--mre-space');

    // A control changed: the same element, updated.
    render(show({ layout: 'grid', '--mre-color-primary': '#00613d' }), container);
    expect(container.querySelector('mre-theme-cards')).to.equal(cards);
    expect(cards.getAttribute('layout')).to.equal('grid');
    expect(cards.hasAttribute('heading-level')).to.be.false;
    expect(box.style.getPropertyValue('--mre-color-primary')).to.equal('#00613d');
  });

  it('sets a boolean attribute when it is on and removes it when it is off', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const list = renderWidget('mre-municipality-list');
    render(list({ compact: true }), container);
    const el = container.querySelector('mre-municipality-list')!;
    expect(el.getAttribute('compact')).to.equal('');
    render(list({ compact: false }), container);
    expect(el.hasAttribute('compact')).to.be.false;
  });

  it('hands the events to the handlers in the args', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const heard: string[] = [];
    render(show({ onMreError: (event: Event) => heard.push(event.type) }), container);
    container.querySelector('mre-theme-cards')!.dispatchEvent(new Event('mre-error'));
    expect(heard).to.deep.equal(['mre-error']);
  });
});

describe('"Show code"', () => {
  it('gives the widget as a page writes it, in a box only when the story sets custom properties on it', () => {
    expect(sourceSnippet('<!--?lit$1$--><div class="mre-story" style=""><!--?lit$1$--><mre-region-map municipality="helmond"></mre-region-map></div>')).to.equal(
      '<mre-region-map municipality="helmond"></mre-region-map>',
    );
    expect(
      sourceSnippet(
        '<div class="mre-story" style="--mre-color-primary:#7a1f5c; --mre-font-family:Georgia, &quot;Times New Roman&quot;, serif; max-width:22em;"><mre-theme-cards layout="list"></mre-theme-cards></div>',
      ),
    ).to.equal(
      [
        `<div style="--mre-color-primary: #7a1f5c; --mre-font-family: Georgia, 'Times New Roman', serif; max-width: 22em">`,
        '  <mre-theme-cards layout="list"></mre-theme-cards>',
        '</div>',
      ].join('\n'),
    );
  });
});
