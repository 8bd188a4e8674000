// The application's own Lit element, next to the widgets: the Lit it imports must be the copy the
// widgets use, or the application ships Lit twice.
import { LitElement, html } from 'lit';
import { version } from 'mre-widgets';

export class AppVersion extends LitElement {
  override render() {
    return html`mre-widgets ${version}`;
  }
}
customElements.define('app-version', AppVersion);

declare global {
  interface HTMLElementTagNameMap {
    'app-version': AppVersion;
  }
}
