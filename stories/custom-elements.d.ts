// custom-elements.json is made by `npm run analyze` (and the build); before that, type checks
// see it as unknown JSON.
declare module '*/custom-elements.json' {
  const manifest: unknown;
  export default manifest;
}
