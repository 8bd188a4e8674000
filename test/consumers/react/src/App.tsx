// Every widget through its own entry, with properties, attributes and events as React 19 passes
// them to custom elements; buttons to re-render with other values and to unmount and remount.
import { useState } from 'react';
import 'mre-widgets/agreement-timeline';
import 'mre-widgets/municipality-list';
import 'mre-widgets/region-map';
import 'mre-widgets/theme-cards';
import type { MreErrorEvent, MreMunicipalitySelectEvent } from 'mre-widgets';
import './shared/app-version.js';

export function App() {
  const [lang, setLang] = useState<'nl' | 'en'>('nl');
  const [municipality, setMunicipality] = useState('helmond');
  const [src, setSrc] = useState<string | undefined>(undefined);
  const [shown, setShown] = useState(true);
  const [selected, setSelected] = useState('');
  const [errors, setErrors] = useState<string[]>([]);

  const onSelect = (event: MreMunicipalitySelectEvent) => setSelected(`${event.detail.name} (${event.detail.code})`);
  const onError = (event: MreErrorEvent) =>
    setErrors((list) => [...list, `${event.target instanceof Element ? event.target.localName : '?'}: ${event.detail.reason} ${event.detail.status ?? ''}`.trim()]);

  return (
    <main>
      <h1>
        React 19 <app-version></app-version>
      </h1>
      <p>
        <button id="lang" onClick={() => setLang(lang === 'nl' ? 'en' : 'nl')}>
          {lang === 'nl' ? 'English' : 'Nederlands'}
        </button>
        <button id="municipality" onClick={() => setMunicipality('Best')}>
          Best
        </button>
        <button id="broken" onClick={() => setSrc('./no-such-file.json')}>
          A file that is not there
        </button>
        <button id="toggle" onClick={() => setShown(!shown)}>
          {shown ? 'Unmount' : 'Mount'}
        </button>
      </p>
      <p>
        Selected: <output id="selected">{selected}</output>
      </p>
      <ul id="errors">
        {errors.map((error, i) => (
          <li key={i}>{error}</li>
        ))}
      </ul>
      {shown && (
        <div id="widgets">
          <mre-region-map
            municipality={municipality}
            lang={lang}
            src={src}
            noZoom
            onmre-municipality-select={onSelect}
            onmre-error={onError}
          ></mre-region-map>
          <mre-theme-cards heading-level="2" lang={lang} src={src} onmre-error={onError}></mre-theme-cards>
          <mre-municipality-list
            municipality={municipality}
            sort="population"
            lang={lang}
            src={src}
            onmre-municipality-select={onSelect}
            onmre-error={onError}
          ></mre-municipality-list>
          <mre-agreement-timeline order="desc" lang={lang} src={src} onmre-error={onError}></mre-agreement-timeline>
        </div>
      )}
    </main>
  );
}
