// The demo's language switch: the widgets follow the page's lang attribute, and the page's own
// text follows it too (every element with data-i18n, and the nav's accessible name).
const texts = {
  nl: {
    title: 'Samenwerken in de regio – voorbeeldpagina gemeente Helmond (demo van mre-widgets)',
    skip: 'Naar de inhoud',
    site: 'Gemeente Helmond',
    example: '(voorbeeldpagina)',
    nav: 'Taal',
    note:
      'Deze pagina laat zien hoe een gemeentelijke website de widgets van de Metropoolregio Eindhoven ' +
      'insluit: één scriptregel en een paar elementen. Alle gegevens komen uit de meegeleverde dataset.',
    h1: 'Samenwerken in de Metropoolregio Eindhoven',
    intro:
      'Helmond werkt met 20 andere gemeenten samen in de Metropoolregio Eindhoven (MRE). Op deze pagina ' +
      'ziet u de regio, de thema’s waaraan de gemeenten samenwerken en de afspraken door de jaren heen.',
    map: 'De regio op de kaart',
    themes: 'Thema’s',
    municipalities: 'De 21 gemeenten',
    timeline: 'Afspraken door de jaren heen',
    footer: 'Voorbeeldpagina. De inhoud van de widgets: zie',
    sources: 'de bronnen',
    builderIntro: 'Zelf de widgets op uw site zetten?',
    builder: 'De code voor uw site',
    toggle: 'English',
  },
  en: {
    title: 'Working together in the region – example page of the municipality of Helmond (mre-widgets demo)',
    skip: 'Skip to the content',
    site: 'Municipality of Helmond',
    example: '(example page)',
    nav: 'Language',
    note:
      'This page shows how a municipal website embeds the widgets of the Metropoolregio Eindhoven: one ' +
      'line of script and a few elements. All data comes from the bundled dataset.',
    h1: 'Working together in the Metropoolregio Eindhoven',
    intro:
      'Helmond works with 20 other municipalities in the Metropoolregio Eindhoven (MRE). On this page you ' +
      'see the region, the themes the municipalities work on together and the agreements over the years.',
    map: 'The region on the map',
    themes: 'Themes',
    municipalities: 'The 21 municipalities',
    timeline: 'Agreements over the years',
    footer: 'Example page. For the content of the widgets, see',
    sources: 'the sources',
    builderIntro: 'Putting the widgets on your own site?',
    builder: 'The code for your site',
    toggle: 'Nederlands',
  },
};

const button = document.getElementById('lang-toggle');

function show(lang) {
  const t = texts[lang];
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t[el.dataset.i18n];
  for (const el of document.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t[el.dataset.i18nLabel]);
  button.textContent = t.toggle;
  button.lang = lang === 'en' ? 'nl' : 'en';
}

button.addEventListener('click', () => show(document.documentElement.lang === 'en' ? 'nl' : 'en'));
document.addEventListener('mre-municipality-select', (event) => {
  console.info('mre-municipality-select', event.detail);
});
