import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  MreAgreementTimeline,
  MreErrorEvent,
  MreMunicipalityList,
  MreMunicipalitySelectEvent,
  MreRegionMap,
  MreThemeCards,
} from 'mre-widgets';

// React 19 sets an element's own properties as properties, and listens to `on` + an event's name.
type Fails = { 'onmre-error'?: (event: MreErrorEvent) => void };
type Selects = Fails & { 'onmre-municipality-select'?: (event: MreMunicipalitySelectEvent) => void };
type Widget<E extends HTMLElement, Props extends keyof E, Events = Fails> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Partial<Pick<E, Props>> &
  Events;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'mre-region-map': Widget<
        MreRegionMap,
        'src' | 'municipality' | 'basemap' | 'basemapVariant' | 'basemapAttribution' | 'noZoom' | 'height',
        Selects
      >;
      'mre-theme-cards': Widget<MreThemeCards, 'src' | 'themes' | 'layout' | 'headingLevel'> & { 'heading-level'?: number | string };
      'mre-municipality-list': Widget<MreMunicipalityList, 'src' | 'municipality' | 'sort' | 'compact', Selects>;
      'mre-agreement-timeline': Widget<MreAgreementTimeline, 'src' | 'theme' | 'from' | 'to' | 'order' | 'today'>;
    }
  }
}
