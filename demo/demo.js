// The demo's language switch: the widgets follow the page's lang attribute.
const button = document.getElementById('lang-toggle');
button.addEventListener('click', () => {
  const english = document.documentElement.lang !== 'en';
  document.documentElement.lang = english ? 'en' : 'nl';
  button.textContent = english ? 'Nederlands' : 'English';
});
document.addEventListener('mre-municipality-select', (event) => {
  console.info('mre-municipality-select', event.detail);
});
