declare module 'virtual:mre-embed-facts' {
  const facts: import('./facts.js').Facts;
  export default facts;
}
