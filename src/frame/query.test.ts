import { expect } from '@open-wc/testing';
import { loadFailedMessage, notFoundTitle, problemConsoleText, problemMessage } from './messages.js';
import { FRAME_HEIGHT, frameHeight, isMessage } from './protocol.js';
import { planFrame } from './query.js';
import { FRAME_WIDGET_NAMES } from './widgets.js';

describe('planFrame: what a frame address asks for', () => {
  it('a widget with its attributes, in the order written', () => {
    expect(planFrame('?widget=region-map&municipality=helmond&basemap=pdok&no-zoom&height=30em')).to.deep.equal({
      lang: 'nl',
      widget: 'region-map',
      attributes: [
        ['municipality', 'helmond'],
        ['basemap', 'pdok'],
        ['no-zoom', ''],
        ['height', '30em'],
      ],
      problems: [],
      repeated: [],
    });
  });

  it('lang sets the page language and reaches the element; en-GB counts as English, anything else as Dutch', () => {
    expect(planFrame('widget=theme-cards&lang=en')).to.include({ lang: 'en' });
    expect(planFrame('widget=theme-cards&lang=en').attributes).to.deep.equal([['lang', 'en']]);
    expect(planFrame('widget=theme-cards&lang=en-GB').lang).to.equal('en');
    expect(planFrame('widget=theme-cards&lang=fy').lang).to.equal('nl');
    expect(planFrame('widget=theme-cards').lang).to.equal('nl');
  });

  it('names ignore case and the mre- prefix, as tags and attribute names do', () => {
    const plan = planFrame('Widget=MRE-Municipality-List&SORT=population');
    expect(plan.widget).to.equal('municipality-list');
    expect(plan.attributes).to.deep.equal([['sort', 'population']]);
  });

  it('a boolean attribute is on when present, empty or not, and off only as false', () => {
    const on = (query: string) => planFrame(`widget=municipality-list&${query}`).attributes;
    expect(on('compact')).to.deep.equal([['compact', '']]);
    expect(on('compact=')).to.deep.equal([['compact', '']]);
    expect(on('compact=true')).to.deep.equal([['compact', '']]);
    expect(on('compact=compact')).to.deep.equal([['compact', '']]);
    expect(on('compact=FALSE')).to.deep.equal([]);
  });

  it('a parameter given twice counts once, the first time', () => {
    const plan = planFrame('widget=municipality-list&sort=name&sort=population&Sort=name-desc');
    expect(plan.attributes).to.deep.equal([['sort', 'name']]);
    expect(plan.repeated).to.deep.equal(['sort']);
  });

  it('no widget, an empty one, or an unknown one is a problem, and nothing else is read', () => {
    expect(planFrame('').problems).to.deep.equal([{ kind: 'no-widget' }]);
    expect(planFrame('widget=%20&municipality=best').problems).to.deep.equal([{ kind: 'no-widget' }]);
    const unknown = planFrame('widget=kaart&lang=en&foo=1');
    expect(unknown.problems).to.deep.equal([{ kind: 'unknown-widget', value: 'kaart' }]);
    expect(unknown.lang).to.equal('en');
    expect(unknown.widget).to.equal(undefined);
    expect(unknown.attributes).to.deep.equal([]);
    // Inherited object keys are not widgets.
    expect(planFrame('widget=constructor').problems).to.deep.equal([{ kind: 'unknown-widget', value: 'constructor' }]);
  });

  it('attributes the widget does not document are left out and named', () => {
    const plan = planFrame('widget=theme-cards&municipality=helmond&layout=list&=x&onclick=alert(1)');
    expect(plan.attributes).to.deep.equal([['layout', 'list']]);
    expect(plan.problems).to.deep.equal([{ kind: 'unknown-parameters', widget: 'theme-cards', names: ['municipality', 'onclick'] }]);
  });

  it('cuts very long names and values in what it names', () => {
    const long = 'x'.repeat(200);
    const [problem] = planFrame(`widget=${long}`).problems;
    expect(problem).to.deep.equal({ kind: 'unknown-widget', value: `${'x'.repeat(60)}…` });
  });
});

describe('frame messages', () => {
  it('name the widgets, or the attributes of the widget, in Dutch and English', () => {
    expect(problemMessage({ kind: 'no-widget' }, 'nl')).to.deep.equal({
      text: 'Dit iframe toont geen widget: het adres noemt er geen. Zet widget= in het adres, met een van deze namen:',
      options: FRAME_WIDGET_NAMES,
    });
    expect(problemMessage({ kind: 'unknown-widget', value: 'kaart' }, 'en').text).to.equal(
      'This frame shows no widget: "kaart" is not a widget of the Metropoolregio Eindhoven. Possible names:',
    );
    const one = { kind: 'unknown-parameters', widget: 'municipality-list', names: ['foo'] } as const;
    const two = { ...one, names: ['foo', 'bar'] };
    expect(problemMessage(one, 'nl')).to.deep.equal({
      text: 'De parameter "foo" is niet gebruikt: widget=municipality-list kent die niet. Mogelijk zijn:',
      options: ['src', 'municipality', 'lang', 'sort', 'compact'],
    });
    expect(problemMessage(two, 'nl').text).to.equal(
      'De parameters "foo", "bar" zijn niet gebruikt: widget=municipality-list kent ze niet. Mogelijk zijn:',
    );
    expect(problemMessage(one, 'en').text).to.equal(
      'The parameter "foo" was not used: widget=municipality-list does not know it. Possible parameters:',
    );
    expect(problemMessage(two, 'en').text).to.equal(
      'The parameters "foo", "bar" were not used: widget=municipality-list does not know them. Possible parameters:',
    );
    expect(loadFailedMessage('en')).to.deep.equal({ text: 'The widget could not be loaded. Please try again later.', options: [] });
    expect(notFoundTitle('nl')).to.equal('Widget niet gevonden – Metropoolregio Eindhoven');
  });

  it('say the same in the console, in English', () => {
    expect(problemConsoleText({ kind: 'no-widget' })).to.equal(
      'mre-widgets frame.html: the address has no widget= parameter, so nothing is shown. ' +
        'Possible widgets: region-map, theme-cards, municipality-list, agreement-timeline.',
    );
    expect(problemConsoleText({ kind: 'unknown-widget', value: 'kaart' })).to.include('"kaart" is not a widget');
    expect(problemConsoleText({ kind: 'unknown-parameters', widget: 'theme-cards', names: ['a'] })).to.equal(
      'mre-widgets frame.html: widget=theme-cards has no attribute "a"; it was not used. ' +
        'Possible parameters: widget, src, lang, themes, layout, heading-level.',
    );
    expect(problemConsoleText({ kind: 'unknown-parameters', widget: 'theme-cards', names: ['a', 'b'] })).to.include(
      'no attribute "a", "b"; they were not used.',
    );
  });
});

describe('frame height messages', () => {
  it('are believed only with a finite height within 0–20000 px, rounded up', () => {
    expect(frameHeight({ type: FRAME_HEIGHT, height: 480.2 })).to.equal(481);
    expect(frameHeight({ type: FRAME_HEIGHT, height: 0 })).to.equal(0);
    expect(frameHeight({ type: FRAME_HEIGHT, height: 20_000 })).to.equal(20_000);
    for (const height of [-1, 20_000.5, Number.NaN, Number.POSITIVE_INFINITY, '480', null, undefined]) {
      expect(frameHeight({ type: FRAME_HEIGHT, height }), String(height)).to.equal(undefined);
    }
    for (const data of [null, 'mre-widgets:frame-height', 480, { type: 'other', height: 480 }, [FRAME_HEIGHT, 480]]) {
      expect(frameHeight(data), JSON.stringify(data)).to.equal(undefined);
    }
    expect(isMessage({ type: 'x' }, 'x')).to.equal(true);
  });
});
