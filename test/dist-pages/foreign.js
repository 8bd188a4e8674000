// Someone else's element that happens to use one of our tag names.
customElements.define(
  'mre-municipality-list',
  class extends HTMLElement {
    connectedCallback() {
      this.textContent = 'Foreign element';
    }
  },
);
