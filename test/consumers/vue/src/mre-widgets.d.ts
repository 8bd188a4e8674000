import type { DefineComponent } from 'vue';
import type {
  MreAgreementTimeline,
  MreErrorEvent,
  MreMunicipalityList,
  MreMunicipalitySelectEvent,
  MreRegionMap,
  MreThemeCards,
} from 'mre-widgets';

// For type checking templates (vue-tsc, the Vue editor extension): properties and events.
type Fails = { onMreError?: (event: MreErrorEvent) => void };
type Selects = Fails & { onMreMunicipalitySelect?: (event: MreMunicipalitySelectEvent) => void };
type Widget<E extends HTMLElement, Props extends keyof E, Events = Fails> = DefineComponent<Partial<Pick<E, Props>> & Events>;

declare module 'vue' {
  interface GlobalComponents {
    'mre-region-map': Widget<
      MreRegionMap,
      'src' | 'municipality' | 'basemap' | 'basemapVariant' | 'basemapAttribution' | 'noZoom' | 'height',
      Selects
    >;
    'mre-theme-cards': Widget<MreThemeCards, 'src' | 'themes' | 'layout' | 'headingLevel'>;
    'mre-municipality-list': Widget<MreMunicipalityList, 'src' | 'municipality' | 'sort' | 'compact', Selects>;
    'mre-agreement-timeline': Widget<MreAgreementTimeline, 'src' | 'theme' | 'from' | 'to' | 'order' | 'today'>;
  }
}
