// Loaded first by the bundle test pages: records what the page's console and security policy
// say, so that a test in the parent page can read it from window.__mreLog.
(() => {
  const log = { errors: [], consoleErrors: [], warnings: [], violations: [] };
  window.__mreLog = log;
  addEventListener('error', (event) => log.errors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => log.errors.push(String(event.reason && event.reason.message || event.reason)));
  document.addEventListener('securitypolicyviolation', (event) =>
    log.violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample || ''}`),
  );
  const { error, warn } = console;
  console.error = (...args) => {
    log.consoleErrors.push(args.map(String).join(' '));
    error.apply(console, args);
  };
  console.warn = (...args) => {
    log.warnings.push(args.map(String).join(' '));
    warn.apply(console, args);
  };
})();
