/**
 * The one way to the map engine. The production build rewrites this file to load the engine
 * chunk from next to the script; the element must not import the engine any other way.
 */
export const loadMapEngine = (): Promise<typeof import('./map-engine.js')> => import('./map-engine.js');
