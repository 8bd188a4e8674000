// Copied into src/shared/ of each test application and imported first there: records what its page's console says and every
// uncaught error, for the browser test to read from window.__mreLog (as test/dist-pages/record.js
// does for the pages of the script-tag files).
const log = { errors: [] as string[], consoleErrors: [] as string[], warnings: [] as string[] };
(window as unknown as { __mreLog: typeof log }).__mreLog = log;
addEventListener('error', (event) => log.errors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => log.errors.push(String(event.reason?.message ?? event.reason)));
const { error, warn } = console;
console.error = (...args: unknown[]) => {
  log.consoleErrors.push(args.map(String).join(' '));
  error.apply(console, args);
};
console.warn = (...args: unknown[]) => {
  log.warnings.push(args.map(String).join(' '));
  warn.apply(console, args);
};
