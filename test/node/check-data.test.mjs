// Tests of `npm run check-data`: what an editor reads about a data file, and the exit status a
// script can rely on (0 usable, 1 unusable, 2 the check could not run).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const node = process.execPath;
const scratch = mkdtempSync(join(tmpdir(), 'mre-check-data-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the checker with `args`, in a Dutch or neutral locale unless `env` says otherwise. */
function check(args, env = {}) {
  const base = { ...process.env, LANG: 'C.UTF-8' };
  delete base.LC_ALL;
  delete base.LC_MESSAGES;
  return new Promise((resolve, reject) => {
    const child = spawn(node, ['scripts/check-data.mjs', ...args], { env: { ...base, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Writes `content` (text, or JSON for anything else) to a file in the scratch folder. */
function file(name, content) {
  const path = join(scratch, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 1));
  return path;
}

/** The bundled dataset with its boundaries, as `npm run build` publishes it in dist/data/region.json. */
function published() {
  const content = JSON.parse(readFileSync('src/data/default/region-content.json', 'utf8'));
  const boundaries = JSON.parse(readFileSync('src/data/default/region-boundaries.json', 'utf8'));
  return { ...content, municipalities: content.municipalities.map((m) => ({ ...m, boundary: boundaries[m.code] })) };
}

const lines = (text) => text.split('\n');

test('a valid file: no problems, what the widgets show, exit 0', async () => {
  const path = file('region.json', published());
  const { status, stdout, stderr } = await check([path]);
  assert.equal(stderr, '');
  assert.equal(status, 0);
  assert.equal(
    stdout,
    `Controle van ${path}\n\nGeen problemen gevonden.\n\nBruikbaar. De widgets tonen 21 gemeenten, 4 thema's en 13 tijdlijnitems.\n`,
  );
});

test('a partly invalid file: every problem by item, with its path, in Dutch; usable, exit 0', async () => {
  const { status, stdout } = await check(['test/fixtures/region-partly-invalid.json']);
  assert.equal(status, 0);
  assert.deepEqual(lines(stdout), [
    'Controle van test/fixtures/region-partly-invalid.json',
    '',
    'Gemeente Kapotte Gemeente (XX0000) [/municipalities/0] — wordt weggelaten',
    '  fout          /municipalities/0/code  De CBS-code van gemeente Kapotte Gemeente (XX0000) heeft niet de vorm GM met vier cijfers, zoals GM0772 ("XX0000").',
    '',
    'Gemeente Eindhoven (GM0772) [/municipalities/1]',
    '  waarschuwing  /municipalities/1/website  De website van gemeente Eindhoven (GM0772) is "javascript:alert(document.domain)": een link met javascript: wordt niet getoond; alleen https:, http: en mailto:.',
    '',
    'Thema Bad Id! [/themes/1] — wordt weggelaten',
    '  fout          /themes/1/id  De id van thema Bad Id! mag alleen kleine letters, cijfers en losse streepjes hebben, zoals son-en-breugel ("Bad Id!").',
    '',
    'Tijdlijnitem no-start [/timeline/1] — wordt weggelaten',
    '  fout          /timeline/1  Tijdlijnitem no-start heeft geen begindatum (start).',
    '',
    "Bruikbaar, met 3 fouten en 1 waarschuwing. De widgets tonen 3 van de 4 gemeenten, 1 van de 2 thema's en 1 van de 2 tijdlijnitems.",
    '',
  ]);
});

test('English with --lang en, or when the locale is English; --lang wins over the locale', async () => {
  const english = await check(['test/fixtures/region-partly-invalid.json', '--lang', 'en']);
  assert.equal(english.status, 0);
  assert.ok(
    english.stdout.includes(
      '  warning  /municipalities/1/website  The website of municipality Eindhoven (GM0772) is "javascript:alert(document.domain)": a link with javascript: is not shown; only https:, http: and mailto: are.\n',
    ),
    english.stdout,
  );
  assert.ok(english.stdout.startsWith('Checking test/fixtures/region-partly-invalid.json\n'));
  assert.ok(english.stdout.endsWith('Usable, with 3 errors and 1 warning. The widgets show 3 of the 4 municipalities, 1 of the 2 themes and 1 of the 2 timeline items.\n'));
  const locale = await check(['test/fixtures/region-partly-invalid.json'], { LANG: 'en_GB.UTF-8' });
  assert.equal(locale.stdout, english.stdout);
  assert.equal((await check(['test/fixtures/region-partly-invalid.json'], { LC_ALL: 'en_US.UTF-8', LANG: 'nl_NL.UTF-8' })).stdout, english.stdout);
  const dutch = await check(['--lang=nl', 'test/fixtures/region-partly-invalid.json'], { LANG: 'en_GB.UTF-8' });
  assert.ok(dutch.stdout.startsWith('Controle van '), dutch.stdout);
});

test('edge cases: unknown municipalities, a theme the timeline cannot name, the bundled attribution; exit 0', async () => {
  const { status, stdout } = await check(['test/fixtures/region-edge-cases.json']);
  assert.equal(status, 0);
  assert.ok(stdout.includes('Het bestand\n  waarschuwing  /attribution  Het bestand heeft geen bronvermelding (attribution); de kaart toont de ingebouwde.\n'), stdout);
  assert.ok(
    stdout.includes(
      '  waarschuwing  /municipalities/0/code  Gemeente Testgemeente Één (GM9991) heeft CBS-code GM9991, geen gemeente van de Metropoolregio Eindhoven; de lijst toont haar wel, de kaart alleen met een eigen grens (boundary).\n',
    ),
    stdout,
  );
  assert.ok(
    stdout.includes(
      '  waarschuwing  /timeline/0/theme_ids/1  Het 2e thema van tijdlijnitem test-maanden ("bestaat-niet") is geen van de getoonde thema\'s; de tijdlijn laat het weg.\n',
    ),
    stdout,
  );
  assert.ok(stdout.endsWith("Bruikbaar, met 5 waarschuwingen. De widgets tonen 3 gemeenten, 2 thema's en 2 tijdlijnitems.\n"), stdout);
});

test('a file that is not JSON: where it stops and why; unusable, exit 1', async () => {
  const { status, stdout } = await check(['test/fixtures/malformed.json']);
  assert.equal(status, 1);
  assert.deepEqual(lines(stdout), [
    'Controle van test/fixtures/malformed.json',
    '',
    'Het bestand',
    '  fout          /  Het bestand is geen geldige JSON (regel 1, kolom 35): het houdt midden in de gegevens op.',
    '',
    'Onbruikbaar (1 fout): de widgets laten dit bestand liggen en tonen de ingebouwde gegevens, met een melding.',
    '',
  ]);
  const comma = await check([file('comma.json', '{\n  "version": 1,\n}\n'), '--lang', 'en']);
  assert.equal(comma.status, 1);
  assert.ok(comma.stdout.includes('  error    /  The file is not valid JSON (line 2, column 15): a comma right before } or ] is not allowed in JSON.\n'), comma.stdout);
});

test('a file of another shape: every problem of its envelope; unusable, exit 1', async () => {
  const { status, stdout } = await check(['test/fixtures/wrong-shape.json', '--lang', 'en']);
  assert.equal(status, 1);
  assert.deepEqual(lines(stdout), [
    'Checking test/fixtures/wrong-shape.json',
    '',
    'The file',
    '  error    /version  The version must be 1, not 2.',
    '  warning  /gemeenten  The file has a field gemeenten that the widgets do not know; it is ignored.',
    '  warning  /attribution  The file has no attribution (attribution); the map shows the built-in one.',
    '  warning  /municipalities  The file has no municipalities (municipalities); the widgets show the 21 built-in ones.',
    '  warning  /themes  The file has no themes (themes); the widgets show the 4 built-in ones.',
    '  warning  /timeline  The file has no timeline items (timeline); the widgets show the 13 built-in ones.',
    '',
    'Unusable (1 error and 5 warnings): the widgets pass this file over and show the built-in data, with a notice.',
    '',
  ]);
});

test('a file in another major format (schemaVersion 2.0): one sentence, not read further; unusable, exit 1', async () => {
  const file = join(scratch, 'format-2.json');
  writeFileSync(file, JSON.stringify({ schemaVersion: '2.0', municipalities: {} }));
  const { status, stdout } = await check([file, '--lang', 'en']);
  assert.equal(status, 1);
  assert.deepEqual(lines(stdout).slice(2), [
    'The file',
    '  error    /schemaVersion  The file is in format 2.0 (schemaVersion); this version of the widgets reads format 1.x. The widgets then show their built-in data. Publish the file in format 1.x, or update the widgets.',
    '',
    'Unusable (1 error): the widgets pass this file over and show the built-in data, with a notice.',
    '',
  ]);
});

test('a list that loses every item makes the file unusable: exit 1', async () => {
  const data = published();
  data.themes = [{ id: 'Economie', title: { nl: 'Economie' } }];
  const { status, stdout } = await check([file('no-themes.json', data)]);
  assert.equal(status, 1);
  assert.ok(
    stdout.includes(
      "  fout          /themes  Van de 1 thema (themes) is er geen een bruikbaar; daardoor is het hele bestand onbruikbaar en tonen de widgets de ingebouwde gegevens.\n",
    ),
    stdout,
  );
});

test('boundaries far away or with swapped coordinates are named by their code; many bad positions are counted', async () => {
  const data = published();
  const move = (i, f) => (data.municipalities[i].boundary.coordinates = data.municipalities[i].boundary.coordinates.map((ring) => ring.map(f)));
  move(1, ([lon, lat]) => [lat, lon]);
  move(2, ([lon, lat]) => [lon - 0.6, lat + 0.9]);
  move(3, ([lon]) => [lon, 'lat']);
  const { status, stdout } = await check([file('boundaries.json', data), '--lang', 'en']);
  assert.equal(status, 0);
  assert.ok(stdout.includes('  warning  /municipalities/1/boundary  The boundary of municipality Bergeijk (GM1724) has longitude and latitude swapped'), stdout);
  assert.ok(
    stdout.includes(
      '  warning  /municipalities/2/boundary  The boundary of municipality Best (GM0753) lies mostly outside the region (longitude 4.75 to 4.85, latitude 52.38 to 52.45); the map leaves this boundary out.\n',
    ),
    stdout,
  );
  const bladel = stdout.slice(stdout.indexOf('Municipality Bladel'));
  const positions = data.municipalities[3].boundary.coordinates.flat().length;
  assert.equal((bladel.match(/contains a latitude that is not a number/g) ?? []).length, 5);
  assert.ok(bladel.includes(`… and ${positions - 5} more errors of that kind in this boundary (all with --json)\n`), bladel);
  const json = JSON.parse((await check([file('boundaries.json', data), '--json'])).stdout);
  assert.equal(json.problems.filter((p) => p.item === '/municipalities/3').length, positions);
});

test('--json: the whole report, for programs', async () => {
  const { status, stdout } = await check(['test/fixtures/region-partly-invalid.json', '--json']);
  assert.equal(status, 0);
  const report = JSON.parse(stdout);
  assert.equal(report.source, 'test/fixtures/region-partly-invalid.json');
  assert.equal(report.lang, 'nl');
  assert.equal(report.usable, true);
  assert.deepEqual([report.errors, report.warnings], [3, 1]);
  assert.deepEqual(report.lists.municipalities, { inFile: 4, kept: 3, shown: 3, bundled: false });
  assert.deepEqual(
    report.problems.map((p) => [p.path, p.severity, p.kind, p.effect]),
    [
      ['/municipalities/0/code', 'error', 'schema', 'item'],
      ['/municipalities/1/website', 'warning', 'unsafe-link', 'value'],
      ['/themes/1/id', 'error', 'schema', 'item'],
      ['/timeline/1', 'error', 'schema', 'item'],
    ],
  );
  const unusable = await check(['test/fixtures/malformed.json', '--json', '--lang', 'en']);
  assert.equal(unusable.status, 1);
  assert.equal(JSON.parse(unusable.stdout).problems[0].kind, 'not-json');
});

test('a byte order mark is read as the widgets read it', async () => {
  const { status, stdout } = await check([file('bom.json', `\uFEFF${JSON.stringify(published())}`)]);
  assert.equal(status, 0);
  assert.ok(stdout.includes('Geen problemen gevonden.'), stdout);
});

/** A server on this machine for the duration of `use(base)`. */
async function withServer(handler, use) {
  const server = createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await use(`http://127.0.0.1:${server.address().port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

test('a URL: fetched without cookies, checked like a file; an HTTP error or a refused connection is exit 2', async () => {
  const body = readFileSync('test/fixtures/region-partly-invalid.json');
  const seen = [];
  await withServer(
    (req, res) => {
      seen.push(req.headers);
      if (req.url === '/region.json') res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      else res.writeHead(404, 'Not Found').end();
    },
    async (base) => {
      const ok = await check([`${base}/region.json`]);
      assert.equal(ok.status, 0, ok.stderr);
      assert.ok(ok.stdout.startsWith(`Controle van ${base}/region.json\n`));
      assert.ok(ok.stdout.includes('/municipalities/1/website'), ok.stdout);
      assert.equal(seen[0].cookie, undefined);
      assert.equal(seen[0].accept, 'application/json');

      const missing = await check([`${base}/gone.json`, '--lang', 'en']);
      assert.equal(missing.status, 2);
      assert.equal(missing.stdout, '');
      assert.equal(missing.stderr, `${base}/gone.json answers 404 Not Found.\n`);
    },
  );
  const closed = await withServer(() => {}, async (base) => base);
  const refused = await check([`${closed}/region.json`]);
  assert.equal(refused.status, 2);
  assert.equal(refused.stderr, `${closed}/region.json is niet bereikbaar: de server weigert de verbinding.\n`);
});

test('usage errors are exit 2 with a clear message: no file, a path that is not there, a folder, two files, an unknown option', async () => {
  const none = await check([]);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /^Geef een bestand of een https-URL om te controleren\.\nGebruik: npm run check-data -- <bestand-of-url> \[--lang nl\|en\] \[--json\]\n/);
  assert.equal(none.stdout, '');

  const cases = [
    [['no/such/file.json', '--lang', 'en'], 'Cannot read no/such/file.json: it does not exist.\n'],
    [['test/fixtures'], 'Kan test/fixtures niet lezen: het is een map.\n'],
    [['ftp://example.org/region.json', '--lang', 'en'], 'ftp://example.org/region.json is not an http or https URL; name a path or an https:// address.\n'],
  ];
  for (const [args, message] of cases) {
    const result = await check(args);
    assert.equal(result.status, 2, args.join(' '));
    assert.equal(result.stderr, message);
  }
  const two = await check(['a.json', 'b.json', '--lang', 'en']);
  assert.equal(two.status, 2);
  assert.match(two.stderr, /^Name one file or URL; also given: b\.json\.\nUsage: /);
  const option = await check(['--verbose', 'a.json']);
  assert.equal(option.status, 2);
  assert.match(option.stderr, /^Onbekende optie --verbose\./);
  const lang = await check(['a.json', '--lang', 'de']);
  assert.equal(lang.status, 2);
  assert.match(lang.stderr, /^--lang is nl of en, niet de\./);

  const help = await check(['--help'], { LANG: 'en_US.UTF-8' });
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: npm run check-data -- <file-or-url> \[--lang nl\|en\] \[--json\]\n[\s\S]*Exit status: 0 usable, 1 unusable, 2 the check could not run\.\n$/);
});
