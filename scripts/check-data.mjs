#!/usr/bin/env node
// npm run check-data -- <path-or-url> [--lang nl|en] [--json]
//
// Checks a data file shaped like dist/data/region.json the way the widgets load it, and says in
// plain words (Dutch or English) what is wrong with it and what the widgets would drop or replace.
// The check itself is src/data/check.ts, the module the embed-code builder uses too; esbuild
// bundles it in memory, so there is one source and nothing to build first.
//
// Exit status: 0 the widgets can use the file (warnings allowed); 1 they cannot (not JSON, not
// the shape of region.json, or a list that loses every item); 2 the check could not run (usage,
// a path that cannot be read, a URL that does not answer).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const words = {
  nl: {
    usage:
      'Gebruik: npm run check-data -- <bestand-of-url> [--lang nl|en] [--json]\n' +
      '  Controleert een gegevensbestand zoals dist/data/region.json.\n' +
      '  --lang nl|en  taal van de meldingen (standaard Nederlands, Engels als LANG met en begint)\n' +
      '  --json        het rapport als JSON\n' +
      'Afsluitcode: 0 bruikbaar, 1 onbruikbaar, 2 de controle kon niet draaien.',
    noInput: 'Geef een bestand of een https-URL om te controleren.',
    tooMany: (extra) => `Geef één bestand of URL; ook gegeven: ${extra}.`,
    unknownOption: (option) => `Onbekende optie ${option}.`,
    badLang: (value) => `--lang is nl of en, niet ${value}.`,
    notHttp: (source) => `${source} is geen http- of https-URL; geef een pad of een https://-adres.`,
    unreadable: (source, why) => `Kan ${source} niet lezen: ${why}.`,
    http: (source, status) => `${source} antwoordt met ${status}.`,
    unreachable: (source, why) => `${source} is niet bereikbaar: ${why}.`,
    timeout: (source, seconds) => `${source} antwoordt niet binnen ${seconds} seconden.`,
    broken: (why) => `De controle kon niet starten: ${why}`,
    refused: 'de server weigert de verbinding',
    noHost: 'die servernaam bestaat niet',
    certificate: (why) => `het certificaat van de server is niet te vertrouwen (${why})`,
    missing: 'het bestaat niet',
    folder: 'het is een map',
    title: (source) => `Controle van ${source}`,
    allWithJson: '(alle met --json)',
  },
  en: {
    usage:
      'Usage: npm run check-data -- <file-or-url> [--lang nl|en] [--json]\n' +
      '  Checks a data file shaped like dist/data/region.json.\n' +
      '  --lang nl|en  language of the messages (Dutch by default, English when LANG starts with en)\n' +
      '  --json        the report as JSON\n' +
      'Exit status: 0 usable, 1 unusable, 2 the check could not run.',
    noInput: 'Name a file or an https URL to check.',
    tooMany: (extra) => `Name one file or URL; also given: ${extra}.`,
    unknownOption: (option) => `Unknown option ${option}.`,
    badLang: (value) => `--lang is nl or en, not ${value}.`,
    notHttp: (source) => `${source} is not an http or https URL; name a path or an https:// address.`,
    unreadable: (source, why) => `Cannot read ${source}: ${why}.`,
    http: (source, status) => `${source} answers ${status}.`,
    unreachable: (source, why) => `${source} cannot be reached: ${why}.`,
    timeout: (source, seconds) => `${source} does not answer within ${seconds} seconds.`,
    broken: (why) => `The check could not start: ${why}`,
    refused: 'the server refuses the connection',
    noHost: 'that host name does not exist',
    certificate: (why) => `the server's certificate cannot be trusted (${why})`,
    missing: 'it does not exist',
    folder: 'it is a folder',
    title: (source) => `Checking ${source}`,
    allWithJson: '(all with --json)',
  },
};

/** How long a URL may take, body included: as long as the widgets wait for it. */
const TIMEOUT_S = 10;
/** In a boundary, how many problems of one kind are printed before the rest is counted. */
const FOLD_AFTER = 5;

/** The language: --lang wins, then the locale (LC_ALL, LC_MESSAGES, LANG), else Dutch. */
function language(args) {
  const i = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i >= 0) return args[i].includes('=') ? args[i].slice(7) : args[i + 1];
  const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return locale.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** Ends the run: the message on stderr, exit status 2. */
function fail(message) {
  console.error(message);
  process.exit(2);
}

const args = process.argv.slice(2);
let lang = language(args);
if (lang !== 'nl' && lang !== 'en') {
  const value = lang;
  lang = 'nl';
  fail(`${words.nl.badLang(value ?? '')}\n${words.nl.usage}`);
}
const t = words[lang];
if (args.includes('--help') || args.includes('-h')) {
  console.log(t.usage);
  process.exit(0);
}
const json = args.includes('--json');
const inputs = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--lang') i++;
  else if (arg.startsWith('--lang=') || arg === '--json') continue;
  else if (arg.startsWith('-') && arg !== '-') fail(`${t.unknownOption(arg)}\n${t.usage}`);
  else inputs.push(arg);
}
if (inputs.length === 0) fail(`${t.noInput}\n${t.usage}`);
if (inputs.length > 1) fail(`${t.tooMany(inputs.slice(1).join(' '))}\n${t.usage}`);
const source = inputs[0];

/** The file's text, as the widgets would read it: UTF-8, a byte order mark dropped. */
async function read(source) {
  const decode = (bytes) => new TextDecoder('utf-8').decode(bytes);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    if (!/^https?:\/\//i.test(source)) fail(t.notHttp(source));
    let response;
    try {
      // No cookies, no referrer: the request a widget makes (credentials: 'omit').
      response = await fetch(source, {
        headers: { accept: 'application/json' },
        credentials: 'omit',
        redirect: 'follow',
        signal: AbortSignal.timeout(TIMEOUT_S * 1000),
      });
      if (!response.ok) fail(t.http(source, `${response.status} ${response.statusText}`.trim()));
      return decode(await response.arrayBuffer());
    } catch (error) {
      if (error?.name === 'TimeoutError') fail(t.timeout(source, TIMEOUT_S));
      fail(t.unreachable(source, networkWords(error?.cause ?? error)));
    }
  }
  try {
    return decode(await readFile(source));
  } catch (error) {
    fail(t.unreadable(source, error.code === 'ENOENT' ? t.missing : error.code === 'EISDIR' ? t.folder : error.message));
  }
}

/** Why a request failed, in words where the reason is a common one. */
function networkWords(cause) {
  const code = cause?.code ?? '';
  if (code === 'ECONNREFUSED') return t.refused;
  if (code === 'ENOTFOUND') return t.noHost;
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return t.certificate(code);
  return cause?.message ?? String(cause);
}

/** The checker module, src/data/check.ts (with its words, check-strings.ts), bundled in memory. */
async function checker() {
  const entry = fileURLToPath(new URL('../src/data/check.ts', import.meta.url));
  const result = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'neutral', target: 'es2022', logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

/** The report as text: the problems by item, in the file's order (grouped by check.ts), then the outcome. */
function print(report, check) {
  const s = check.checkStrings[lang];
  const lines = [t.title(source), ''];
  const groups = check.groupProblems(report, FOLD_AFTER);
  const width = Math.max(...Object.values(s.severity).map((w) => w.length));
  for (const group of groups) {
    lines.push(`${group.label}${group.item ? ` [${group.item}]` : ''}${group.leftOut ? ` — ${s.leftOut}` : ''}`);
    for (const problem of group.shown) {
      lines.push(`  ${s.severity[problem.severity].padEnd(width)}  ${problem.path || '/'}  ${problem.message}`);
    }
    for (const n of group.more) lines.push(`  ${''.padEnd(width)}  ${s.more(n)} ${t.allWithJson}`);
    lines.push('');
  }
  if (!groups.length) lines.push(s.none, '');
  lines.push(report.summary);
  return lines.join('\n');
}

const text = await read(source);
let check;
try {
  check = await checker();
} catch (error) {
  fail(t.broken(error.message));
}
const report = check.checkRegionText(text, lang);
if (json) console.log(JSON.stringify({ source, ...report }, null, 2));
else console.log(print(report, check));
process.exit(report.usable ? 0 : 1);
