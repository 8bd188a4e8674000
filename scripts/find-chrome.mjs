#!/usr/bin/env node
// Finds the Chromium or Chrome that the tests run in. CHROME_PATH wins; then the usual places.
// Run as a script it checks that one exists and, if not, says how to install one.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The path of a Chromium or Chrome executable, or undefined. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((path) => existsSync(path));
}

/** Flags for a quiet headless Chromium; no sandbox when running as root. */
export function chromeArgs() {
  const args = [
    '--headless=new',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-extensions',
    '--no-first-run',
    '--no-default-browser-check',
    '--mute-audio',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const path = findChrome();
  if (!path) {
    console.error(
      process.env.CHROME_PATH
        ? `CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.`
        : 'No Chromium or Chrome found. The tests run in a real browser; install one:\n' +
            '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
            '  or point CHROME_PATH at an installed Chrome or Chromium.',
    );
    process.exit(1);
  }
}
