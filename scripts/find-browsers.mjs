#!/usr/bin/env node
// Finds the browser engines the tests run in: Chromium (or Chrome), Firefox, and WebKit (the
// WebKitGTK WebDriver and its MiniBrowser, shown on an Xvfb display). Each can be pointed at
// with an environment variable; otherwise the usual places are searched. No browser is ever
// downloaded.
//
// Run as a script it checks the engines that MRE_ENGINES names (all three when unset) and, for
// each one missing, says how to install it; it exits 1 when one is missing.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Every engine the tests know, in the order they run. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The name people know each engine by. */
export const ENGINE_NAMES = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** What installs each engine on Debian or Ubuntu. */
export const INSTALL = {
  chromium: 'sudo apt-get install -y chromium',
  firefox: 'sudo apt-get install -y firefox-esr',
  webkit: 'sudo apt-get install -y webkit2gtk-driver xvfb',
};

const chromeCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

// The Firefox binary itself, not a shell wrapper: Puppeteer starts and stops that process.
const firefoxCandidates = [
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/usr/lib64/firefox/firefox',
  '/opt/firefox/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A program on PATH, or undefined. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** The value of an override variable when set (undefined if nothing is there), else `search()`. */
function overridable(variable, search) {
  const fromEnv = process.env[variable];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return search();
}

/** The path of a Chromium or Chrome executable, or undefined. CHROME_PATH wins. */
export function findChrome() {
  return overridable('CHROME_PATH', () => chromeCandidates.find((path) => existsSync(path)));
}

/** The path of a Firefox executable, or undefined. FIREFOX_PATH wins. */
export function findFirefox() {
  return overridable('FIREFOX_PATH', () => firefoxCandidates.find((path) => existsSync(path)));
}

/** The WebKitGTK WebDriver, or undefined. WEBKIT_DRIVER_PATH wins. */
export function findWebKitDriver() {
  return overridable('WEBKIT_DRIVER_PATH', () => onPath('WebKitWebDriver'));
}

/** WebKitGTK's MiniBrowser (it ships with the WebKitGTK library), or undefined. MINIBROWSER_PATH wins. */
export function findMiniBrowser() {
  return overridable('MINIBROWSER_PATH', () => {
    const roots = ['/usr/lib', '/usr/lib64', '/usr/libexec'];
    const dirs = roots.flatMap((root) => {
      let entries = [];
      try {
        entries = readdirSync(root);
      } catch {
        return [];
      }
      // /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1 (Debian), /usr/libexec/webkit2gtk-4.1 (Fedora)
      const multiarch = entries.filter((e) => e.endsWith('-linux-gnu')).map((e) => join(root, e));
      return [root, ...multiarch];
    });
    const apis = ['webkitgtk-6.0', 'webkit2gtk-4.1', 'webkit2gtk-4.0'];
    return dirs.flatMap((dir) => apis.map((api) => join(dir, api, 'MiniBrowser'))).find((path) => executable(path));
  });
}

/** The X virtual framebuffer MiniBrowser is shown on, or undefined. */
export function findXvfb() {
  return onPath('Xvfb');
}

/**
 * Where an engine's programs are, and what is missing: `{ engine, paths, missing }`, where
 * `missing` lists one sentence per absent program (empty when the engine can run).
 */
export function locate(engine) {
  const paths = {};
  const missing = [];
  const need = (key, path, variable, what) => {
    paths[key] = path;
    if (path) return;
    missing.push(
      variable && process.env[variable]
        ? `${variable} is set to ${process.env[variable]}, but there is no file there.`
        : `No ${what} found${variable ? ` (${variable} points at one elsewhere)` : ''}.`,
    );
  };
  if (engine === 'chromium') need('chrome', findChrome(), 'CHROME_PATH', 'Chromium or Chrome');
  else if (engine === 'firefox') need('firefox', findFirefox(), 'FIREFOX_PATH', 'Firefox');
  else if (engine === 'webkit') {
    need('driver', findWebKitDriver(), 'WEBKIT_DRIVER_PATH', 'WebKitWebDriver');
    need('miniBrowser', findMiniBrowser(), 'MINIBROWSER_PATH', 'WebKitGTK MiniBrowser');
    need('xvfb', findXvfb(), undefined, 'Xvfb (MiniBrowser has no headless mode)');
  } else throw new Error(`Unknown engine ${engine}`);
  return { engine, paths, missing };
}

/**
 * The engines to test in, from MRE_ENGINES (a comma list of chromium, firefox, webkit; all three
 * when unset or empty). `limited` is true when the list leaves an engine out on purpose.
 */
export function selectedEngines(value = process.env.MRE_ENGINES) {
  const asked = (value ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = asked.filter((e) => !ENGINES.includes(e));
  if (unknown.length) {
    throw new Error(`MRE_ENGINES names ${unknown.join(', ')}; it takes a comma list of ${ENGINES.join(', ')}.`);
  }
  const engines = asked.length ? ENGINES.filter((e) => asked.includes(e)) : [...ENGINES];
  return { engines, limited: engines.length < ENGINES.length };
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

/** The version an installed engine reports, for the logs ("" when it cannot tell). */
export function engineVersion(engine, paths = locate(engine).paths) {
  const ask = (file, args) => {
    try {
      const out = execFileSync(file, args, { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] });
      return out.trim().split('\n').pop() ?? '';
    } catch {
      return '';
    }
  };
  if (engine === 'chromium' && paths.chrome) return ask(paths.chrome, ['--version']).replace(/ built on .*/, '');
  if (engine === 'firefox' && paths.firefox) return ask(paths.firefox, ['--version']);
  if (engine === 'webkit' && paths.driver) {
    // WebKitWebDriver has no --version; the WebKitGTK library it belongs to has one on Debian.
    const pkg = ask('dpkg-query', ['-W', '-f', '${Version}', 'webkit2gtk-driver']);
    return pkg ? `WebKitGTK ${pkg.replace(/-.*/, '')}` : 'WebKitGTK';
  }
  return '';
}

/** The message for the engines that are missing, with the commands that install them. */
export function missingMessage(missing) {
  const lines = ['The tests run in real browsers, and these are not installed here:'];
  for (const { engine, missing: reasons } of missing) {
    lines.push(`  ${ENGINE_NAMES[engine]}: ${reasons.join(' ')}`);
    lines.push(`    install it (Debian/Ubuntu): ${INSTALL[engine]}`);
  }
  const names = missing.map((m) => m.engine);
  const rest = ENGINES.filter((e) => !names.includes(e));
  lines.push(
    rest.length
      ? `Or leave them out on purpose: MRE_ENGINES=${rest.join(',')} npm test`
      : 'No test tool downloads a browser.',
  );
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  let engines;
  try {
    ({ engines } = selectedEngines());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  const missing = engines.map(locate).filter((l) => l.missing.length);
  if (missing.length) {
    console.error(missingMessage(missing));
    process.exit(1);
  }
  for (const engine of engines) console.log(`${ENGINE_NAMES[engine]}: ${engineVersion(engine)}`);
}
