import type { Lang } from '../../src/data/types.js';
import type { FRAME_WIDGETS, FrameWidgetName } from '../../src/frame/widgets.js';
import type { Route, WidthId } from './model.js';

/** Every attribute of every widget. */
type AttributeName = { [W in FrameWidgetName]: (typeof FRAME_WIDGETS)[W]['attributes'][number] }[FrameWidgetName];
/** The attributes chosen per widget (the shared ones are chosen once, with words of their own). */
type OwnAttribute = Exclude<AttributeName, 'src' | 'municipality' | 'lang'>;

/** The builder's own words, in Dutch and English. The page's static text has them as `data-t`. */
export interface Words {
  // The page (data-t keys).
  title: string;
  nav: string;
  toggle: string;
  h1: string;
  intro: string;
  choicesHeading: string;
  widgetsLegend: string;
  routeLegend: string;
  sharedLegend: string;
  municipalityLabel: string;
  municipalityNone: string;
  langLabel: string;
  srcLabel: string;
  srcHint: string;
  baseLabel: string;
  tokensLegend: string;
  tokensIntro: string;
  resetTokens: string;
  previewHeading: string;
  widthLegend: string;
  codeHeading: string;
  headHeading: string;
  bodyHeading: string;
  cssHeading: string;
  cspHeading: string;
  cspIntro: string;
  policyHeading: string;
  copy: string;
  checkHeading: string;
  checkIntro: string;
  checkUrlLabel: string;
  checkButton: string;
  checkFileLabel: string;

  // What the code changes.
  widgets: Record<FrameWidgetName, string>;
  routes: Record<Route, [name: string, when: string]>;
  widths: Record<WidthId, string>;
  langs: Record<'' | Lang, string>;
  optionsLegend(widget: string): string;
  attributes: Record<OwnAttribute, string>;
  /** Words for values of attributes with choices; a value without words is shown as it is. */
  choices: Partial<Record<OwnAttribute, Record<string, string>>>;
  customBasemap: string;
  basemapUrl: string;
  allThemes: string;
  themesHint: string;
  tokensFor(widget: string): string;
  tokensShared: string;
  tokenDefault(value: string): string;
  tokenFollows(token: string): string;
  tokenInherited: string;
  badCss: string;
  badUrl: string;
  baseFromIntegrity: string;
  baseComputed: string;
  version(name: string, version: string): string;

  previewScripts: string;
  previewFrames: string;
  previewEmpty: string;
  previewRegion: string;
  headNote: Record<Route, string>;
  bodyNote: { scripts: string; frames: string };
  cssNote(width: number): string;
  cssFramesNote: string;
  noCode: string;
  cspSelf: string;
  cspStyleNote: string;
  withBasemap(sources: string): string;
  trustedTypes: { scripts: string; frames: string };
  frameTilesNote: string;
  copied(what: string): string;
  copyFailed(what: string): string;
  copyNames: Record<'head' | 'body' | 'css' | 'policy', string>;

  checking(source: string): string;
  checkTitle(source: string): string;
  fetchFailed(source: string): string;
  httpFailed(source: string, status: string): string;
  timedOut(source: string, seconds: number): string;
  notHttps: string;
  item(label: string, path: string): string;
  problemAt(path: string): string;
  yourFile: string;
  failed(why: string): string;
}

const nl: Words = {
  title: 'Insluitcode voor mre-widgets',
  nav: 'Taal',
  toggle: 'English',
  h1: 'Insluitcode maken',
  intro:
    'Kies de widgets, uw gemeente, de taal en de opties; het voorbeeld laat zien wat de code doet. ' +
    'Elk script in de code is vastgelegd met een controlegetal (integrity): een bestand dat onderweg of ' +
    'op de server is veranderd, voert de browser niet uit.',
  choicesHeading: 'Keuzes',
  widgetsLegend: 'Widgets',
  routeLegend: 'Manier van insluiten',
  sharedLegend: 'Voor alle widgets',
  municipalityLabel: 'Uw gemeente (gemarkeerd op de kaart en in de lijst)',
  municipalityNone: 'Geen',
  langLabel: 'Taal van de widgets',
  srcLabel: 'Eigen gegevensbestand (src), niet verplicht',
  srcHint: 'Leeg: de ingebouwde gegevens. Controleer een eigen bestand onderaan deze pagina.',
  baseLabel: 'Adres van de map met de scripts',
  tokensLegend: 'Kleuren en maten',
  tokensIntro: 'Alleen wat u verandert komt in de CSS. In een iframe gelden ze niet: daar ziet de widget het stylesheet van uw site niet.',
  resetTokens: 'Alles terug naar de standaard',
  previewHeading: 'Voorbeeld',
  widthLegend: 'Breedte van het voorbeeld',
  codeHeading: 'Code voor uw pagina',
  headHeading: 'In de <head> van de pagina',
  bodyHeading: 'Waar de widgets komen',
  cssHeading: 'CSS',
  cspHeading: 'Content-Security-Policy',
  cspIntro: 'Heeft uw site een Content-Security-Policy, voeg dan toe:',
  policyHeading: 'Een volledig beleid, voor een pagina waarop verder niets staat',
  copy: 'Kopieer',
  checkHeading: 'Gegevensbestand controleren',
  checkIntro:
    'Controleer een eigen gegevensbestand voordat de widgets het gebruiken: dezelfde controle als npm run check-data. ' +
    'Een adres wordt opgehaald zoals een widget het ophaalt, zonder cookies; de server moet andere sites toestaan het te lezen (CORS).',
  checkUrlLabel: 'Adres van het bestand (https://…)',
  checkButton: 'Controleer',
  checkFileLabel: 'Of kies een bestand op deze computer',

  widgets: {
    'region-map': 'Kaart van de regio',
    'theme-cards': 'Thema’s',
    'municipality-list': 'Lijst van de gemeenten',
    'agreement-timeline': 'Tijdlijn van de samenwerking',
  },
  routes: {
    module: ['Module-script (aanbevolen)', 'het kaartbestand wordt pas geladen als er een kaart op de pagina staat'],
    classic: ['Klassiek script', 'voor een CMS dat type="module" weghaalt'],
    standalone: ['Eén script met alles erin', 'voor een CMS dat scripts samenvoegt of verplaatst, of geen import map toelaat'],
    iframe: ['Iframe', 'voor een CMS dat geen script toelaat'],
    'iframe-resize': ['Iframe met frame-resize.js', 'elk iframe zo hoog als zijn inhoud, met één script'],
  },
  widths: { phone: 'Telefoon (360 px)', column: 'Kolom (560 px)', full: 'Volle breedte' },
  langs: { '': 'Zoals de pagina (het lang-attribuut van de pagina)', nl: 'Nederlands', en: 'Engels' },
  optionsLegend: (widget) => `Opties: ${widget}`,
  attributes: {
    basemap: 'Achtergrondkaart',
    'basemap-variant': 'Variant van de PDOK-kaart',
    'basemap-attribution': 'Bronvermelding van de eigen kaart',
    'no-zoom': 'Zonder zoomen en verschuiven',
    height: 'Hoogte van de kaart (CSS-lengte, bijvoorbeeld 30em)',
    themes: 'Thema’s om te tonen',
    layout: 'Opmaak',
    'heading-level': 'Kopniveau van de kaarten',
    sort: 'Volgorde',
    compact: 'Alleen de namen',
    theme: 'Alleen de afspraken van het thema',
    from: 'Vanaf jaar',
    to: 'Tot en met jaar',
    order: 'Volgorde',
    today: 'Vaste datum voor ‘nu’ (niet verplicht)',
  },
  choices: {
    basemap: { none: 'Geen (geen verzoeken aan andere servers)', pdok: 'PDOK (Kadaster)', osm: 'OpenStreetMap' },
    layout: { grid: 'Raster', list: 'Lijst' },
    sort: { name: 'Op naam, A–Z', 'name-desc': 'Op naam, Z–A', population: 'Grootste eerst', 'population-asc': 'Kleinste eerst' },
    order: { asc: 'Oudste eerst', desc: 'Nieuwste eerst' },
  },
  customBasemap: 'Eigen tegeladres',
  basemapUrl: 'Tegeladres, met {z}, {x} en {y} (https://…)',
  allThemes: 'alle thema’s',
  themesHint: 'Niets aangevinkt: alle thema’s, in de volgorde van de gegevens.',
  tokensFor: (widget) => `Alleen ${widget.toLowerCase()}`,
  tokensShared: 'Voor alle widgets',
  tokenDefault: (value) => `standaard ${value}`,
  tokenFollows: (token) => `standaard gelijk aan ${token}`,
  tokenInherited: 'standaard die van de pagina',
  badCss: 'Alleen een waarde, zonder ; { } < > of \\. Deze waarde komt niet in de CSS.',
  badUrl: 'Geef een volledig adres dat met https:// (of http://) begint.',
  baseFromIntegrity: 'De controlegetallen komen uit integrity.json van de map waarin deze pagina staat.',
  baseComputed: 'Deze pagina staat niet in een versiemap: de controlegetallen zijn berekend uit de bestanden zoals deze server ze nu stuurt.',
  version: (name, version) => `${name} ${version}`,

  previewScripts: 'Zoals de code het toont: dezelfde attributen, kleuren en inhoud, met mre-widgets.js uit deze map.',
  previewFrames: 'De iframes zoals de code ze toont, met frame.html uit deze map. Kleuren van uw site gelden niet in een iframe.',
  previewEmpty: 'Kies ten minste één widget.',
  previewRegion: 'Voorbeeld van de widgets',
  headNote: {
    module:
      'De import map legt ook de bestanden vast die later worden geladen (de kaart, het laden van een eigen gegevensbestand, de Engelse teksten). ' +
      'Zet hem vóór elk ander script met type="module". Heeft de pagina al een import map, voeg dan de regels onder "integrity" daaraan toe.',
    classic:
      'De import map legt ook de bestanden vast die later worden geladen. Heeft de pagina al een import map, voeg dan de regels onder "integrity" daaraan toe.',
    standalone: 'Eén scriptregel: er wordt later niets anders geladen.',
    iframe: 'Niets: een iframe heeft geen script nodig.',
    'iframe-resize': 'Eén scriptregel die elk iframe van frame.html zo hoog maakt als zijn inhoud, ook iframes die later komen.',
  },
  bodyNote: {
    scripts: 'Met inhoud voor bezoekers zonder JavaScript (slot="fallback"); de widget verbergt die zodra hij draait.',
    frames: 'Zonder JavaScript toont het blok <noscript> dezelfde gegevens.',
  },
  cssNote: (width) =>
    `In het stylesheet van uw site: de ruimte die de widgets innemen terwijl het script laadt (gemeten bij ${width} px breed, met de standaardopties), ` +
    'en uw kleuren en maten, alleen voor deze widgets. In een <style>-element mag ook: het beleid hieronder staat dat toe met zijn hash.',
  cssFramesNote: 'Zonder rand. De hoogte (height) van het iframe houdt de ruimte vrij; zonder frame-resize.js scrollt het iframe als de inhoud hoger is.',
  noCode: '(niets nodig)',
  cspSelf: '\'self\' is uw eigen site.',
  cspStyleNote: 'De hash bij style-src is alleen nodig als u de CSS in een <style>-element zet.',
  withBasemap: (sources) => `Met een achtergrondkaart komt er bij img-src bij: ${sources}.`,
  trustedTypes: {
    scripts: 'Trusted Types: de widgets maken één beleid aan, lit-html (van Lit). Gebruikt een ander script op de pagina ook Lit, voeg dan \'allow-duplicates\' toe.',
    frames: 'Trusted Types: niets nodig; frame-resize.js maakt geen beleid aan. Het iframe heeft een eigen beleid.',
  },
  frameTilesNote: 'Een eigen tegeladres toont in een iframe geen tegels: het iframe laat alleen PDOK en OpenStreetMap toe.',
  copied: (what) => `Gekopieerd: ${what}.`,
  copyFailed: (what) => `Kopiëren lukte niet; ${what} is geselecteerd. Kopieer met Ctrl+C (⌘C op een Mac).`,
  copyNames: { head: 'de code voor de head', body: 'de widgets', css: 'de CSS', policy: 'het beleid' },

  checking: (source) => `Bezig met ${source}…`,
  checkTitle: (source) => `Controle van ${source}`,
  fetchFailed: (source) =>
    `${source} kon niet worden opgehaald: de server is niet bereikbaar, of staat niet toe dat andere sites het bestand lezen (CORS). ` +
    'Dan kunnen de widgets het ook niet laden.',
  httpFailed: (source, status) => `${source} kon niet worden opgehaald: de server antwoordt met ${status}.`,
  timedOut: (source, seconds) => `${source} antwoordt niet binnen ${seconds} seconden; zo lang wachten de widgets.`,
  notHttps: 'Geef een adres dat met https:// begint.',
  item: (label, path) => (path ? `${label} (${path})` : label),
  problemAt: (path) => `op ${path}`,
  yourFile: 'het gekozen bestand',
  failed: (why) => `De controle lukte niet: ${why}`,
};

const en: Words = {
  title: 'Embed code for mre-widgets',
  nav: 'Language',
  toggle: 'Nederlands',
  h1: 'Make the embed code',
  intro:
    'Choose the widgets, your municipality, the language and the options; the preview shows what the code does. ' +
    'Every script in the code is pinned by a hash (integrity): the browser does not run a file that was changed on the way ' +
    'or on the server.',
  choicesHeading: 'Choices',
  widgetsLegend: 'Widgets',
  routeLegend: 'How to embed',
  sharedLegend: 'For every widget',
  municipalityLabel: 'Your municipality (marked on the map and in the list)',
  municipalityNone: 'None',
  langLabel: 'Language of the widgets',
  srcLabel: 'Your own data file (src), optional',
  srcHint: 'Empty: the built-in data. Check a file of your own at the bottom of this page.',
  baseLabel: 'Address of the folder with the scripts',
  tokensLegend: 'Colours and sizes',
  tokensIntro: 'Only what you change goes into the CSS. They do not apply in an iframe: there the widget does not see your site’s stylesheet.',
  resetTokens: 'Everything back to the defaults',
  previewHeading: 'Preview',
  widthLegend: 'Width of the preview',
  codeHeading: 'Code for your page',
  headHeading: 'In the page’s <head>',
  bodyHeading: 'Where the widgets go',
  cssHeading: 'CSS',
  cspHeading: 'Content-Security-Policy',
  cspIntro: 'If your site has a Content-Security-Policy, add:',
  policyHeading: 'A whole policy, for a page with nothing else on it',
  copy: 'Copy',
  checkHeading: 'Check a data file',
  checkIntro:
    'Check a data file of your own before the widgets use it: the same check as npm run check-data. ' +
    'An address is fetched as a widget fetches it, without cookies; its server must allow other sites to read it (CORS).',
  checkUrlLabel: 'Address of the file (https://…)',
  checkButton: 'Check',
  checkFileLabel: 'Or choose a file on this computer',

  widgets: {
    'region-map': 'Map of the region',
    'theme-cards': 'Themes',
    'municipality-list': 'List of the municipalities',
    'agreement-timeline': 'Timeline of the cooperation',
  },
  routes: {
    module: ['Module script (recommended)', 'the map’s file is loaded only when a map is on the page'],
    classic: ['Classic script', 'for a CMS that strips type="module"'],
    standalone: ['One script with everything inside', 'for a CMS that combines or moves scripts, or allows no import map'],
    iframe: ['Iframe', 'for a CMS that allows no script'],
    'iframe-resize': ['Iframe with frame-resize.js', 'every iframe as tall as its content, with one script'],
  },
  widths: { phone: 'Phone (360 px)', column: 'Column (560 px)', full: 'Full width' },
  langs: { '': 'As the page (the page’s lang attribute)', nl: 'Dutch', en: 'English' },
  optionsLegend: (widget) => `Options: ${widget}`,
  attributes: {
    basemap: 'Background map',
    'basemap-variant': 'Variant of the PDOK map',
    'basemap-attribution': 'Attribution of your own map',
    'no-zoom': 'No zooming or panning',
    height: 'Height of the map (a CSS length, for example 30em)',
    themes: 'Themes to show',
    layout: 'Layout',
    'heading-level': 'Heading level of the cards',
    sort: 'Order',
    compact: 'Names only',
    theme: 'Only the agreements of the theme',
    from: 'From the year',
    to: 'Up to the year',
    order: 'Order',
    today: 'A fixed date for ‘now’ (optional)',
  },
  choices: {
    basemap: { none: 'None (no requests to other servers)', pdok: 'PDOK (Kadaster)', osm: 'OpenStreetMap' },
    layout: { grid: 'Grid', list: 'List' },
    sort: { name: 'By name, A–Z', 'name-desc': 'By name, Z–A', population: 'Largest first', 'population-asc': 'Smallest first' },
    order: { asc: 'Oldest first', desc: 'Newest first' },
  },
  customBasemap: 'Tile address of your own',
  basemapUrl: 'Tile address, with {z}, {x} and {y} (https://…)',
  allThemes: 'all themes',
  themesHint: 'Nothing ticked: every theme, in the order of the data.',
  tokensFor: (widget) => `Only the ${widget.charAt(0).toLowerCase()}${widget.slice(1)}`,
  tokensShared: 'For every widget',
  tokenDefault: (value) => `default ${value}`,
  tokenFollows: (token) => `by default the same as ${token}`,
  tokenInherited: 'by default the page’s',
  badCss: 'A value only, without ; { } < > or \\. This value is left out of the CSS.',
  badUrl: 'Give a whole address that starts with https:// (or http://).',
  baseFromIntegrity: 'The hashes come from integrity.json of the folder this page is in.',
  baseComputed: 'This page is not in a versioned folder: the hashes are computed from the files as this server sends them now.',
  version: (name, version) => `${name} ${version}`,

  previewScripts: 'As the code shows it: the same attributes, colours and content, with mre-widgets.js from this folder.',
  previewFrames: 'The iframes as the code shows them, with frame.html from this folder. Your site’s colours do not apply in an iframe.',
  previewEmpty: 'Choose at least one widget.',
  previewRegion: 'Preview of the widgets',
  headNote: {
    module:
      'The import map also pins the files loaded later (the map, the loader of a data file of your own, the English texts). ' +
      'Put it before every other script with type="module". If the page already has an import map, add the lines under "integrity" to that one.',
    classic: 'The import map also pins the files loaded later. If the page already has an import map, add the lines under "integrity" to that one.',
    standalone: 'One script line: nothing else is loaded later.',
    iframe: 'Nothing: an iframe needs no script.',
    'iframe-resize': 'One script line that makes every frame.html iframe as tall as its content, iframes added later included.',
  },
  bodyNote: {
    scripts: 'With content for visitors without JavaScript (slot="fallback"); the widget hides it once it runs.',
    frames: 'Without JavaScript the <noscript> block shows the same data.',
  },
  cssNote: (width) =>
    `In your site’s stylesheet: the room the widgets take while the script loads (measured at ${width} px wide, with the default options), ` +
    'and your colours and sizes, for these widgets only. A <style> element works too: the policy below allows it by its hash.',
  cssFramesNote: 'No border. The iframe’s height keeps the room; without frame-resize.js the iframe scrolls when its content is taller.',
  noCode: '(nothing needed)',
  cspSelf: '\'self\' is your own site.',
  cspStyleNote: 'The hash in style-src is needed only when you put the CSS in a <style> element.',
  withBasemap: (sources) => `With a background map, img-src also needs: ${sources}.`,
  trustedTypes: {
    scripts: 'Trusted Types: the widgets create one policy, lit-html (Lit’s). If another script on the page also uses Lit, add \'allow-duplicates\'.',
    frames: 'Trusted Types: nothing needed; frame-resize.js creates no policy. The iframe has a policy of its own.',
  },
  frameTilesNote: 'A tile address of your own shows no tiles in an iframe: the iframe allows only PDOK and OpenStreetMap.',
  copied: (what) => `Copied: ${what}.`,
  copyFailed: (what) => `Copying did not work; ${what} is selected. Copy it with Ctrl+C (⌘C on a Mac).`,
  copyNames: { head: 'the code for the head', body: 'the widgets', css: 'the CSS', policy: 'the policy' },

  checking: (source) => `Checking ${source}…`,
  checkTitle: (source) => `Checking ${source}`,
  fetchFailed: (source) =>
    `${source} could not be fetched: the server cannot be reached, or it does not allow other sites to read the file (CORS). ` +
    'Then the widgets cannot load it either.',
  httpFailed: (source, status) => `${source} could not be fetched: the server answers ${status}.`,
  timedOut: (source, seconds) => `${source} does not answer within ${seconds} seconds, as long as the widgets wait.`,
  notHttps: 'Give an address that starts with https://.',
  item: (label, path) => (path ? `${label} (${path})` : label),
  problemAt: (path) => `at ${path}`,
  yourFile: 'the chosen file',
  failed: (why) => `The check did not work: ${why}`,
};

export const WORDS: Record<Lang, Words> = { nl, en };
