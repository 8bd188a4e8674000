import type { Lang } from '../data/types.js';
import type { FrameProblem } from './query.js';
import { FRAME_WIDGETS, FRAME_WIDGET_NAMES } from './widgets.js';

/** A message on the frame page: what is wrong, and the names that would be right. */
export interface FrameMessage {
  text: string;
  /** What the webmaster can write instead; empty when there is nothing to choose. */
  options: readonly string[];
}

const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');

const TEXTS = {
  nl: {
    noWidget: 'Dit iframe toont geen widget: het adres noemt er geen. Zet widget= in het adres, met een van deze namen:',
    unknownWidget: (value: string) =>
      `Dit iframe toont geen widget: "${value}" is geen widget van de Metropoolregio Eindhoven. Mogelijk zijn:`,
    unknownParameters: (names: readonly string[], widget: string) =>
      names.length === 1
        ? `De parameter ${quoted(names)} is niet gebruikt: widget=${widget} kent die niet. Mogelijk zijn:`
        : `De parameters ${quoted(names)} zijn niet gebruikt: widget=${widget} kent ze niet. Mogelijk zijn:`,
    loadFailed: 'De widget kon niet worden geladen. Probeer het later opnieuw.',
    notFoundTitle: 'Widget niet gevonden – Metropoolregio Eindhoven',
  },
  en: {
    noWidget: 'This frame shows no widget: its address names none. Add widget= to the address, with one of these names:',
    unknownWidget: (value: string) =>
      `This frame shows no widget: "${value}" is not a widget of the Metropoolregio Eindhoven. Possible names:`,
    unknownParameters: (names: readonly string[], widget: string) =>
      names.length === 1
        ? `The parameter ${quoted(names)} was not used: widget=${widget} does not know it. Possible parameters:`
        : `The parameters ${quoted(names)} were not used: widget=${widget} does not know them. Possible parameters:`,
    loadFailed: 'The widget could not be loaded. Please try again later.',
    notFoundTitle: 'Widget not found – Metropoolregio Eindhoven',
  },
} as const;

/** The page's message for a problem with its address, in the page's language. */
export function problemMessage(problem: FrameProblem, lang: Lang): FrameMessage {
  const t = TEXTS[lang];
  switch (problem.kind) {
    case 'no-widget':
      return { text: t.noWidget, options: FRAME_WIDGET_NAMES };
    case 'unknown-widget':
      return { text: t.unknownWidget(problem.value), options: FRAME_WIDGET_NAMES };
    case 'unknown-parameters':
      return {
        text: t.unknownParameters(problem.names, problem.widget),
        options: FRAME_WIDGETS[problem.widget].attributes,
      };
  }
}

/** The same problem for the console, in English like the library's other console messages. */
export function problemConsoleText(problem: FrameProblem): string {
  const prefix = 'mre-widgets frame.html:';
  switch (problem.kind) {
    case 'no-widget':
      return `${prefix} the address has no widget= parameter, so nothing is shown. Possible widgets: ${FRAME_WIDGET_NAMES.join(', ')}.`;
    case 'unknown-widget':
      return `${prefix} "${problem.value}" is not a widget, so nothing is shown. Possible widgets: ${FRAME_WIDGET_NAMES.join(', ')}.`;
    case 'unknown-parameters':
      return (
        `${prefix} widget=${problem.widget} has no attribute ${quoted(problem.names)}; ` +
        `${problem.names.length === 1 ? 'it was' : 'they were'} not used. ` +
        `Possible parameters: widget, ${FRAME_WIDGETS[problem.widget].attributes.join(', ')}.`
      );
  }
}

/** The page's message when the widgets' script could not be loaded. */
export function loadFailedMessage(lang: Lang): FrameMessage {
  return { text: TEXTS[lang].loadFailed, options: [] };
}

/** The page's title when it shows no widget. */
export function notFoundTitle(lang: Lang): string {
  return TEXTS[lang].notFoundTitle;
}
