// Every command and option a user can type, as one table: what the folder holds before, the
// arguments, and what the user sees after. test/scenarios/scenarios.test.ts runs each row
// twice, in-process and through the packed package installed in a new project, and the two
// runs must agree.

import { readFileSync } from 'node:fs';

export interface Scenario {
  name: string;
  args: string[];
  /** Files written into the folder before the run, besides the copies of examples/ and test/fixtures/. */
  files?: Record<string, string | Uint8Array>;
  /** Made first, in the same folder and the same way: runs (each must exit 0 or 1), or files to write. */
  before?: (string[] | { write: Record<string, string> })[];
  env?: Record<string, string>;
  exitCode: number;
  stdout?: RegExp[];
  stderr?: RegExp[];
  notStdout?: RegExp[];
  notStderr?: RegExp[];
  /** Files the run must leave, each matching every pattern ([] for: it exists). */
  writes?: Record<string, RegExp[]>;
  /** Files the run must not leave. */
  noWrites?: string[];
}

const fixtures = 'test/fixtures';
const oneAdmin = `${fixtures}/channel-with-one-admin.yaml`;
const typos = `${fixtures}/goal-with-typos.yaml`;
const mbo = 'examples/mbo/strategy.yaml';
const english = 'examples/university-en/strategy.yaml';
const houseStyle = 'house-style/strategy.md.hbs';
/** A strategy that names no language, with one channel that has one administrator. */
/** A complete strategy that check passes: the base of the rows that test something else. */
const minimalValid = readFileSync(new URL('../fixtures/minimal-valid.yaml', import.meta.url), 'utf8');
/** The same with one line changed. */
const minimalWith = (from: string, to: string): string => {
  if (!minimalValid.includes(from)) throw new Error(`minimal-valid.yaml has no ${JSON.stringify(from)}`);
  return minimalValid.replace(from, to);
};
const oneAdminText = minimalWith('    admins: [anna, ben]', '    admins: [anna]');
/** A strategy that names no language, with one channel that has one administrator. */
const noLanguage = { 'plain.yaml': oneAdminText.replace('language: en\n', '') };

export const scenarios: Scenario[] = [
  // The command line itself
  { name: '--version prints the version', args: ['--version'], exitCode: 0, stdout: [/^\d+\.\d+\.\d+\n$/] },
  {
    name: 'help exits 0 and lists the commands',
    args: ['--help'],
    exitCode: 0,
    stdout: [/strategy/, /check/, /render/, /calendar/, /init/, /schema/],
  },
  { name: 'help of a command', args: ['--lang', 'en', 'render', '--help'], exitCode: 0, stdout: [/--out-dir/, /--templates/] },
  { name: 'an unknown command is a usage error', args: ['chekc'], exitCode: 2, stderr: [/unknown command 'chekc'/] },
  { name: 'an unknown option is a usage error', args: ['check', '--frobnicate'], exitCode: 2, stderr: [/unknown option '--frobnicate'/] },
  { name: 'an unknown --lang is a usage error', args: ['--lang', 'de', 'check'], exitCode: 2, stderr: [/--lang/] },
  {
    name: 'schema prints the JSON Schema',
    args: ['schema'],
    exitCode: 0,
    stdout: [/"\$schema": "https:\/\/json-schema\.org\/draft\/2020-12\/schema"/, /"goal"/],
  },
  {
    name: 'rules lists every rule with its default severity',
    args: ['--lang', 'en', 'rules'],
    exitCode: 0,
    stdout: [/^two-admins +warning +Every channel has at least two administrators\.$/m, /^goal-smart +error /m],
  },

  // check: files and globs
  {
    name: 'check: a valid example passes',
    args: ['check', english],
    exitCode: 0,
    stdout: [/\(0 errors, 0 warnings, \d+ info\) in 1 file\./],
  },
  {
    name: 'check: all examples in one run',
    args: ['check', mbo, 'examples/adult-education/strategy.yaml', english],
    exitCode: 0,
    stdout: [/\(0 errors, 0 warnings, \d+ info\) in 3 files/],
  },
  {
    name: 'check: a glob',
    args: ['check', 'examples/*/strategy.yaml'],
    exitCode: 0,
    stdout: [/in 3 (files|bestanden)\./],
    notStderr: [/./],
  },
  { name: 'check: the README’s glob', args: ['check', '**/strategy.yaml'], exitCode: 0, stdout: [/in 5 (files|bestanden)\./] },
  {
    name: 'check: a glob with findings',
    args: ['check', `${fixtures}/nested/**/strategy.yaml`],
    exitCode: 0,
    stdout: [/test\/fixtures\/nested\/b\/strategy\.yaml:21:13/, /in 2 files\./],
  },
  {
    name: 'check: a glob that matches nothing',
    args: ['check', 'nowhere/**/strategy.yaml'],
    exitCode: 2,
    stderr: [/No file matches "nowhere\/\*\*\/strategy\.yaml"/],
  },
  {
    name: 'check: findings as file:line:col severity rule message',
    args: ['check', typos],
    exitCode: 1,
    stdout: [
      /^test\/fixtures\/goal-with-typos\.yaml:12:5 {2}error {2}schema {2}Unknown key "deadlin"\. Did you mean "deadline"\?/m,
      /^test\/fixtures\/goal-with-typos\.yaml:13:13 {2}error {2}schema {2}Expected a number, found text "lots"\./m,
      /\d+ findings \(2 errors, 0 warnings, \d+ info\) in 1 file\./,
    ],
  },
  {
    name: 'check: the default file is ./strategy.yaml',
    args: ['check'],
    files: { 'strategy.yaml': minimalValid },
    exitCode: 0,
    stdout: [/no findings/],
  },
  {
    name: 'check: no ./strategy.yaml is exit 2 with advice',
    args: ['check'],
    exitCode: 2,
    stderr: [/Cannot find strategy\.yaml\. .*strategy init/],
  },
  {
    name: 'check: a missing file among good ones',
    args: ['check', `${fixtures}/minimal-valid.yaml`, 'nope.yaml'],
    exitCode: 2,
    stderr: [/Cannot find nope\.yaml/],
    stdout: [/1 file checked/],
  },
  { name: 'check: a directory', args: ['check', fixtures], exitCode: 2, stderr: [/test\/fixtures is a directory/] },
  { name: 'check: a file that is not UTF-8', args: ['check', `${fixtures}/not-utf8.yaml`], exitCode: 2, stderr: [/not UTF-8 text/] },
  {
    name: 'check: YAML that does not parse',
    args: ['check', 'broken.yaml'],
    files: { 'broken.yaml': 'version: 1\norganisation: [unclosed\n' },
    exitCode: 1,
    stdout: [/^broken\.yaml:\d+:\d+ {2}error {2}yaml-syntax /m],
  },

  {
    name: 'check: a period that ends before it starts',
    args: ['check', 'reversed.yaml'],
    files: { 'reversed.yaml': 'version: 1\nlanguage: nl\nperiod:\n  start: 2026-09-01\n  end: 2026-08-01\n' },
    exitCode: 1,
    stdout: [
      /^reversed\.yaml:5:8 {2}fout {2}period-order {2}De periode eindigt \(1 augustus 2026\) voordat ze begint \(1 september 2026\)\./m,
    ],
  },

  // check: language
  {
    name: 'check: findings in the strategy’s own language',
    args: ['check', `${fixtures}/dutch-with-unknown-sector.yaml`],
    exitCode: 1,
    stdout: [/"mbbo" is geen toegestane waarde\. Bedoelde je "mbo"\?/, /melding(en)? \(1 fout/],
  },
  {
    name: 'check: --lang overrides the strategy’s language',
    args: ['--lang', 'en', 'check', `${fixtures}/dutch-with-unknown-sector.yaml`],
    exitCode: 1,
    stdout: [/"mbbo" is not one of the allowed values/],
  },
  {
    name: 'check: messages follow the locale',
    args: ['check', 'nope.yaml'],
    env: { LANG: 'nl_NL.UTF-8' },
    exitCode: 2,
    stderr: [/nope\.yaml is niet gevonden/],
  },
  {
    name: 'check: Dutch for an unknown locale',
    args: ['check', 'nope.yaml'],
    env: { LANG: 'C.UTF-8' },
    exitCode: 2,
    stderr: [/nope\.yaml is niet gevonden/],
  },
  {
    name: 'check: --lang en wins over a Dutch locale for a usage error',
    args: ['--lang', 'en', 'check', '--rule', 'two-admin=error', oneAdmin],
    env: { LANG: 'nl_NL.UTF-8' },
    exitCode: 2,
    stderr: [/Unknown rule "two-admin"\. Did you mean "two-admins"\?/],
    notStderr: [/Onbekende regel/],
  },
  {
    name: 'check: --lang=en',
    args: ['--lang=en', 'check', 'nope.yaml'],
    env: { LANG: 'nl_NL.UTF-8' },
    exitCode: 2,
    stderr: [/Cannot find nope\.yaml/],
  },

  // One language per run: --lang, else the strategy's, else the environment's, else Dutch.
  {
    name: 'language from --lang: a Dutch strategy, every line in English',
    args: ['--lang', 'en', 'check', `${fixtures}/dutch-with-unknown-sector.yaml`, 'nope.yaml'],
    env: { LANG: 'nl_NL.UTF-8' },
    exitCode: 2,
    stdout: [/error {2}schema {2}"mbbo" is not one of the allowed values/, /findings? \(1 error, 0 warnings, \d+ info\) in 1 file\./],
    stderr: [/Cannot find nope\.yaml/],
  },
  {
    name: 'language from the strategy: an English strategy under a Dutch locale, every line in English',
    args: ['check', typos, 'nope.yaml'],
    env: { LANG: 'nl_NL.UTF-8' },
    exitCode: 2,
    stdout: [/error {2}schema {2}Unknown key "deadlin"/, /\d+ findings \(2 errors, 0 warnings, \d+ info\) in 1 file\./],
    stderr: [/Cannot find nope\.yaml/],
  },
  {
    name: 'language from the strategy: render refuses an English strategy in English under LANG=C',
    args: ['render', typos, '--out-dir', 'docs'],
    env: { LANG: 'C' },
    exitCode: 2,
    stderr: [
      /error {2}schema {2}Unknown key "deadlin"/,
      /^strategy: test\/fixtures\/goal-with-typos\.yaml has 2 errors \(above\); fix them first/m,
    ],
    notStderr: [/fout|herstel/],
  },
  {
    name: 'language from the strategy: render --check speaks English under LANG=C',
    args: ['render', english, '--out-dir', 'docs', '--check'],
    env: { LANG: 'C' },
    exitCode: 1,
    stderr: [/Out of date with the strategy: /],
  },
  {
    name: 'language from the strategy: a Dutch strategy writes Dutch documents under an English locale',
    args: ['render', mbo, '--out-dir', 'docs'],
    env: { LANG: 'en_GB.UTF-8' },
    exitCode: 0,
    stdout: [/✔ 4 bestanden geschreven naar docs\./],
    writes: { 'docs/strategy.md': [/^## Doel/m], 'docs/calendar.csv': [/^\uFEFF?Week;Datum;/] },
  },
  {
    name: 'language from --lang: a Dutch strategy rendered in English',
    args: ['--lang', 'en', 'render', mbo, '--out-dir', 'docs'],
    env: { LANG: 'nl_NL.UTF-8' },
    exitCode: 0,
    stdout: [/✔ 4 files written to docs\./],
    writes: { 'docs/strategy.md': [/^## Goals$/m] },
  },
  {
    name: 'language from the environment: a strategy that names none, in English under an English locale',
    args: ['check', 'plain.yaml'],
    files: noLanguage,
    env: { LANG: 'en_GB.UTF-8' },
    exitCode: 0,
    stdout: [/warning {2}two-admins {2}Channel "ig" has 1 administrator/, /findings? \(0 errors, 1 warning, \d+ info\)/],
  },
  {
    name: 'language from the environment: LC_ALL wins over LANG',
    args: ['check', 'plain.yaml'],
    files: noLanguage,
    env: { LANG: 'en_GB.UTF-8', LC_ALL: 'nl_NL.UTF-8' },
    exitCode: 0,
    stdout: [/waarschuwing {2}two-admins {2}Het kanaal "ig" heeft 1 beheerder/, /melding(en)? \(0 fouten, 1 waarschuwing, \d+ info\)/],
  },
  {
    name: 'Dutch by default: a strategy that names no language under LANG=C',
    args: ['check', 'plain.yaml'],
    files: noLanguage,
    env: { LANG: 'C' },
    exitCode: 0,
    stdout: [/waarschuwing {2}two-admins {2}Het kanaal "ig" heeft 1 beheerder; er zijn er minstens 2 nodig/],
  },

  // check: severity and rules
  {
    name: 'check: warnings alone pass',
    args: ['check', oneAdmin],
    exitCode: 0,
    stdout: [/:21:13 {2}warning {2}two-admins {2}Channel "ig" has 1 administrator/, /findings? \(0 errors, 1 warning, \d+ info\)/],
  },
  { name: 'check: --max-warnings 0 fails on a warning', args: ['check', '--max-warnings', '0', oneAdmin], exitCode: 1 },
  {
    name: 'check: a bad --max-warnings',
    args: ['check', '--max-warnings', 'few', oneAdmin],
    exitCode: 2,
    stderr: [/--max-warnings needs a whole number/],
  },
  { name: 'check: --fail-level warning', args: ['check', '--fail-level', 'warning', oneAdmin], exitCode: 1 },
  {
    name: 'check: --rule raises a rule to error',
    args: ['check', '--rule', 'two-admins=error', oneAdmin],
    exitCode: 1,
    stdout: [/error {2}two-admins/],
  },
  {
    name: 'check: --rule switches a rule off',
    args: ['check', '--rule', 'two-admins=off', oneAdmin],
    exitCode: 0,
    notStdout: [/two-admins/],
  },
  {
    name: 'check: an unknown --rule',
    args: ['check', '--rule', 'two-admin=error', oneAdmin],
    exitCode: 2,
    stderr: [/Unknown rule "two-admin"\. Did you mean "two-admins"\?/],
  },
  {
    name: 'check: a malformed --rule',
    args: ['check', '--rule', 'two-admins:error', oneAdmin],
    exitCode: 2,
    stderr: [/write --rule <rule-id>=<off\|info\|warning\|error>/],
  },
  {
    name: 'check: a suppression with a reason hides the finding',
    args: ['check', 'suppressed.yaml'],
    files: {
      'suppressed.yaml': minimalWith(
        '    admins: [anna, ben]',
        '    # strategy-disable-next-line two-admins -- one-person pilot until March\n    admins: [anna]',
      ),
    },
    exitCode: 0,
    notStdout: [/two-admins/],
  },
  {
    name: 'check: checks: in the strategy sets a rule',
    args: ['check', 'strict.yaml'],
    files: { 'strict.yaml': `${oneAdminText}checks:\n  two-admins: error\n` },
    exitCode: 1,
    stdout: [/error {2}two-admins/],
  },

  // check: formats and --output
  { name: 'check: no colour when output is not a terminal', args: ['check', typos], exitCode: 1, notStdout: [/\u001b\[/] },
  { name: 'check: FORCE_COLOR colours', args: ['check', typos], env: { FORCE_COLOR: '1' }, exitCode: 1, stdout: [/\u001b\[31merror/] },
  {
    name: 'check: NO_COLOR wins over FORCE_COLOR',
    args: ['check', typos],
    env: { FORCE_COLOR: '1', NO_COLOR: '1' },
    exitCode: 1,
    notStdout: [/\u001b\[/],
  },
  { name: 'check: --no-color', args: ['--no-color', 'check', typos], env: { FORCE_COLOR: '1' }, exitCode: 1, notStdout: [/\u001b\[/] },
  {
    name: 'check: --format json',
    args: ['check', '--format', 'json', typos],
    exitCode: 1,
    stdout: [/^\{"version":1,|^\{\n {2}"version": 1,/, /"ruleId": ?"schema"/],
    stderr: [/\(2 errors, 0 warnings/],
  },
  {
    name: 'check: --format sarif',
    args: ['check', '--format', 'sarif', oneAdmin],
    exitCode: 0,
    stdout: [/"version": ?"2\.1\.0"/, /"ruleId": ?"two-admins"/],
  },
  {
    name: 'check: --format junit',
    args: ['check', '--format', 'junit', typos],
    exitCode: 1,
    stdout: [/^<\?xml/, /<testsuites/, /<failure/],
  },
  {
    name: 'check: --format github',
    args: ['check', '--format', 'github', oneAdmin],
    exitCode: 0,
    stdout: [/^::warning file=test\/fixtures\/channel-with-one-admin\.yaml,line=21,col=13,/m],
  },
  {
    name: 'check: GitHub Actions gets annotations by default',
    args: ['check', oneAdmin],
    env: { GITHUB_ACTIONS: 'true' },
    exitCode: 0,
    stdout: [/^::warning file=/m],
    stderr: [/\(0 errors, 1 warning,/],
  },
  {
    name: 'check: an unknown format',
    args: ['check', '--format', 'xml', oneAdmin],
    exitCode: 2,
    stderr: [/Unknown format "xml"\. Formats: stylish, json, github, sarif, junit\./],
  },
  {
    name: 'check: two formats to the terminal',
    args: ['check', '--format', 'json', '--format', 'sarif', oneAdmin],
    exitCode: 2,
    stderr: [/Only one --format can go to the terminal/],
  },
  {
    name: 'check: each --format to its --output, one to the terminal',
    args: [
      'check',
      '--format',
      'json',
      '--output',
      'out/report.json',
      '--format',
      'sarif',
      '--output',
      'out/report.sarif',
      '--format',
      'stylish',
      oneAdmin,
    ],
    exitCode: 0,
    stdout: [/warning {2}two-admins/],
    writes: { 'out/report.json': [/"ruleId": ?"two-admins"/], 'out/report.sarif': [/"2\.1\.0"/] },
  },
  {
    name: 'check: an --output without a --format of its own',
    args: ['check', '--format', 'json', '--output', 'a.json', '--output', 'b.json', oneAdmin],
    exitCode: 2,
    noWrites: ['a.json', 'b.json'],
  },

  // render
  {
    name: 'render: the document and the calendar into docs/',
    args: ['render', mbo, '--out-dir', 'docs'],
    exitCode: 0,
    writes: {
      'docs/strategy.md': [/^# /m],
      'docs/calendar.md': [],
      'docs/calendar.csv': [],
      'docs/calendar.ics': [/^BEGIN:VCALENDAR\r\n/],
    },
  },
  {
    name: 'render: --check after a render passes',
    args: ['render', english, '--out-dir', 'docs', '--check'],
    before: [['render', english, '--out-dir', 'docs']],
    exitCode: 0,
  },
  {
    name: 'render: --check without a render fails',
    args: ['render', english, '--out-dir', 'docs', '--check'],
    exitCode: 1,
    noWrites: ['docs/strategy.md'],
  },
  {
    name: 'render: a file edited by hand is not overwritten, and nothing is written',
    args: ['render', english, '--out-dir', 'docs'],
    before: [['render', english, '--out-dir', 'docs'], { write: { 'docs/calendar.md': '# Edited by hand\n' } }],
    exitCode: 2,
    writes: { 'docs/calendar.md': [/^# Edited by hand\n$/] },
  },
  {
    name: 'render: a file it did not make is refused, --force overwrites it',
    args: ['render', english, '--out-dir', 'docs', '--force'],
    files: { 'docs/strategy.md': 'mine\n' },
    exitCode: 0,
    writes: { 'docs/strategy.md': [/^# /m] },
  },
  {
    name: 'render: refuses a file it did not make',
    args: ['render', english, '--out-dir', 'docs'],
    files: { 'docs/strategy.md': 'mine\n' },
    exitCode: 2,
    writes: { 'docs/strategy.md': [/^mine\n$/] },
  },
  {
    name: 'render: --only the calendar',
    args: ['render', english, '--out-dir', 'docs', '--only', 'calendar-ics'],
    exitCode: 0,
    writes: { 'docs/calendar.ics': [] },
    noWrites: ['docs/strategy.md'],
  },
  {
    name: 'render: --stdout',
    args: ['render', english, '--stdout'],
    exitCode: 0,
    stdout: [/^# Social-media strategy Northbridge/m],
    noWrites: ['docs/strategy.md'],
  },
  {
    name: 'render: --format yaml',
    args: ['render', english, '--format', 'yaml', '--stdout'],
    exitCode: 0,
    stdout: [/^# .*\nversion: 1\n/, /^derived:\n {2}cadence_hours_per_week: /m],
  },
  {
    name: 'render: --templates escapes user text',
    args: ['render', 'escaping.yaml', '--templates', 'house-style', '--stdout'],
    files: {
      'escaping.yaml': minimalWith('  name: Minimal College', '  name: "A *star* <b>x</b> [link](https://x)"'),
      [houseStyle]: '# House style: {{organisation.name}}\n',
    },
    exitCode: 0,
    stdout: [/^# House style: A \\\*star\\\* \\<b\\>x\\<\/b\\> \\\[link\\\]\(https:\/\/x\)\n/],
    notStdout: [/&lt;|&amp;|&#x3D;/],
  },
  {
    name: 'render: --templates keeps the built-in ones for the rest',
    args: ['render', english, '--templates', 'house-style', '--out-dir', 'docs'],
    files: { [houseStyle]: '# House style: {{title}}\n' },
    exitCode: 0,
    writes: { 'docs/strategy.md': [/^# House style: Social-media strategy Northbridge/], 'docs/calendar.md': [] },
  },
  {
    name: 'render: a broken template',
    args: ['render', english, '--templates', 'house-style', '--stdout'],
    files: { [houseStyle]: '{{#if}}\n' },
    exitCode: 2,
    stderr: [/strategy\.md\.hbs/],
  },
  {
    name: 'render: an invalid strategy is refused with its errors',
    args: ['render', typos, '--stdout'],
    exitCode: 2,
    stderr: [/goal-with-typos\.yaml:12:5 +error +schema +Unknown key "deadlin"/],
    stdout: [/^$/],
  },
  { name: 'render: a missing strategy', args: ['render'], exitCode: 2, stderr: [/strategy\.yaml/] },
  {
    name: 'render: --format html writes one self-contained page',
    args: ['render', mbo, '--format', 'html', '--out-dir', 'docs'],
    exitCode: 0,
    writes: {
      'docs/strategy.html': [/^<!doctype html>\n<html lang="nl">/, /<h2 id="samenvatting">Samenvatting<\/h2>/, /<svg [^>]*role="img"/],
      'docs/.strategy-render.json': [],
    },
    noWrites: ['docs/strategy.md'],
  },
  {
    name: 'render: --flavour azure-devops draws charts in ::: mermaid blocks',
    args: ['render', mbo, '--flavour', 'azure-devops', '--stdout'],
    exitCode: 0,
    stdout: [/^::: mermaid$/m],
    notStdout: [/^```mermaid$/m],
  },
  {
    name: 'render: an unknown --flavour',
    args: ['render', mbo, '--flavour', 'confluence', '--stdout'],
    exitCode: 2,
    stderr: [/--flavour/],
  },
  {
    name: 'measure import: a Dutch CSV into the strategy',
    args: ['measure', 'import', 'export.csv'],
    files: {
      'strategy.yaml': readFileSync(new URL('../../examples/mbo/strategy.yaml', import.meta.url), 'utf8'),
      'export.csv': '\uFEFFDatum;KPI;Waarde\r\n15-11-2026;linkedin-volgers;1.412\r\n',
    },
    exitCode: 0,
    stdout: [/^\+ \{ kpi: linkedin-volgers, date: 2026-11-15, value: 1412 \}\n1 meting toegevoegd aan strategy\.yaml\.\n$/],
    writes: { 'strategy.yaml': [/^ {4}- \{ kpi: linkedin-volgers, date: 2026-11-15, value: 1412 \}$/m] },
  },
  {
    name: 'measure import: a Dutch Meta export and a LinkedIn workbook',
    args: ['measure', 'import', 'posts.csv', 'followers.xlsx'],
    files: {
      'strategy.yaml': readFileSync(new URL('../fixtures/exports/importing.yaml', import.meta.url), 'utf8'),
      'posts.csv': readFileSync(new URL('../fixtures/exports/meta-instagram-posts-nl.csv', import.meta.url)),
      'followers.xlsx': readFileSync(new URL('../fixtures/exports/linkedin-followers.xlsx', import.meta.url)),
    },
    exitCode: 0,
    // The follows the post export credits to its posts are not the account's new followers (ig-follows).
    stdout: [
      /^\+ \{ kpi: ig-reach, date: 2026-10-31, value: 8754 \}$/m,
      /^\+ \{ kpi: li-new-followers, date: 2026-10-31, value: 60 \}$/m,
      /^2 measurements added to strategy\.yaml\.$/m,
    ],
    notStdout: [/kpi: ig-follows/],
    writes: { 'strategy.yaml': [/^ {4}- \{ kpi: li-new-followers, date: 2026-10-31, value: 60 \}$/m] },
  },
  {
    name: 'measure import: Dutch TikTok and LinkedIn exports (.csv, .xls) and an old Facebook Insights export, in Dutch',
    args: ['--lang', 'nl', 'measure', 'import', 'Overzicht.csv', 'volgers.xls', 'insights.csv'],
    files: {
      'strategy.yaml': readFileSync(new URL('../fixtures/exports/importing.yaml', import.meta.url), 'utf8').replace(
        '    tt-views:',
        '    fb-likes: {goal: grow, metric: Facebook page likes, frequency: monthly, import: {platform: facebook, column: followers, aggregate: last}}\n    tt-views:',
      ),
      'Overzicht.csv': readFileSync(new URL('../fixtures/exports/variants/tiktok-overview-nl.csv', import.meta.url)),
      'volgers.xls': readFileSync(new URL('../fixtures/exports/variants/linkedin-followers-nl.xls', import.meta.url)),
      'insights.csv': readFileSync(new URL('../fixtures/exports/variants/facebook-insights-page.csv', import.meta.url)),
    },
    exitCode: 0,
    stdout: [
      /^\+ \{ kpi: tt-views, date: 2026-10-31, value: \d+ \}$/m,
      /^\+ \{ kpi: li-new-followers, date: 2026-10-31, value: \d+ \}$/m,
      /^\+ \{ kpi: fb-likes, date: 2026-10-31, value: \d+ \}$/m,
      /^3 metingen toegevoegd aan strategy\.yaml\.$/m,
    ],
    writes: { 'strategy.yaml': [/^ {4}- \{ kpi: fb-likes, date: 2026-10-31, value: \d+ \}$/m] },
  },
  {
    name: 'review: the fourth quarter of the mbo example, printed',
    args: ['review', 'strategy.yaml', '--quarter', '2026Q4', '--date', '2027-01-05', '--stdout'],
    files: { 'strategy.yaml': readFileSync(new URL('../../examples/mbo/strategy.yaml', import.meta.url), 'utf8') },
    exitCode: 0,
    stdout: [
      /^# Terugblik vierde kwartaal 2026: Vakcollege Zuiderhaven$/m,
      /^## Aanmeldingen via Instagram$/m,
      /^- \*\*Koers:\*\* onbekend sinds 1\u00A0nov\u00A02026$/m,
    ],
  },
  {
    name: 'review: writes reviews/2026-Q3.md and .html with the recorded debrief',
    args: ['review', 'strategy.yaml', '--quarter', '2026-Q3'],
    files: { 'strategy.yaml': readFileSync(new URL('../../examples/mbo/strategy.yaml', import.meta.url), 'utf8') },
    exitCode: 0,
    stdout: [/^✔ Terugblik op 2026-Q3 geschreven naar reviews\/2026-Q3\.md\.$/m],
    writes: {
      'reviews/2026-Q3.md': [/^- \*\*Roos \(wat ging goed\)\*\*: De reels van de open dag/m],
      'reviews/2026-Q3.html': [/<html lang="nl">/],
    },
  },
  {
    name: 'review: a quarter that does not exist',
    args: ['review', mbo, '--quarter', '2027Q5'],
    exitCode: 2,
    stderr: [/"2027Q5" is geen periode om op terug te blikken/],
  },
  {
    name: 'report: an overview of two strategies',
    args: ['report', 'a/strategy.yaml', 'b/strategy.yaml', '--format', 'md'],
    files: {
      'a/strategy.yaml': readFileSync(new URL('../../examples/mbo/strategy.yaml', import.meta.url), 'utf8'),
      'b/strategy.yaml': readFileSync(new URL('../fixtures/minimal-valid.yaml', import.meta.url), 'utf8'),
    },
    exitCode: 0,
    // One Dutch and one English strategy: the language of the environment.
    stdout: [/^✔ Overview of 2 files written to overview\.md\.$/m],
    // One measurement is too few for a forecast: such a goal is not counted as on course.
    writes: {
      'overview.md': [
        /^\| Vakcollege Zuiderhaven \| 3 of 4; 1 with too few measurements for a forecast \| 1\u00A0Nov\u00A02026 \| 6\u00A0Oct\u00A02026 \| ✅ in order \|/m,
        /^\| Minimal College \| 0 of 1; 1 with too few measurements for a forecast \| 1\u00A0Nov\u00A02026 \| none yet \| ✅ in order \|/m,
      ],
    },
  },
  {
    name: 'ci: the report of a strategy outside a pull request',
    args: ['--lang', 'en', 'ci', 'strategy.yaml', '--platform', 'gitlab'],
    files: { 'strategy.yaml': readFileSync(new URL('../fixtures/minimal-valid.yaml', import.meta.url), 'utf8') },
    exitCode: 0,
    stdout: [
      /^<!-- strategy-as-code: check and diff -->\n## Strategy check: strategy\.yaml\n\n✅ No errors or warnings/,
      /No base to compare with/,
    ],
  },
  {
    name: 'schema --normalised describes strategy.normalised.yaml',
    args: ['schema', '--normalised'],
    exitCode: 0,
    stdout: [/"title": "Normalised social-media strategy"/, /"derived"/],
  },
  {
    name: 'check: a normalised strategy says what it is',
    args: ['check', 'docs/strategy.normalised.yaml'],
    before: [['render', mbo, '--format', 'yaml', '--out-dir', 'docs']],
    exitCode: 0,
    stdout: [/info {2}normalised-file {2}Dit is een genormaliseerde strategie/],
  },

  // calendar
  {
    name: 'calendar: a range for one channel',
    args: ['calendar', english, '--from', '2026-09-01', '--to', '2026-09-30'],
    exitCode: 0,
    stdout: [/2026-09-\d\d/],
  },
  {
    name: 'calendar: --format csv',
    args: ['calendar', english, '--format', 'csv', '--to', '2026-09-30'],
    exitCode: 0,
    stdout: [/^\uFEFF?[^\n]*[,;]/],
  },
  {
    name: 'calendar: --format ics',
    args: ['calendar', mbo, '--format', 'ics'],
    exitCode: 0,
    stdout: [/^BEGIN:VCALENDAR\r\n/, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Amsterdam/, /END:VCALENDAR(\r\n)?$/],
  },
  {
    name: 'calendar: --format ics folds long lines at 75 bytes, between characters',
    // --force: a strategy of only a calendar fails check; the folding is the point here.
    args: ['calendar', 'long.yaml', '--format', 'ics', '--force'],
    files: {
      'long.yaml': [
        'version: 1',
        'language: en',
        'organisation: {name: Plain College}',
        'period: {start: 2026-09-01, end: 2026-12-31}',
        'channels:',
        '  ig: {platform: instagram}',
        'calendar:',
        '  items:',
        ...[73, 74, 75, 148, 300].map((n, i) => `    - {date: 2026-10-${10 + i}, title: "${'y'.repeat(n)}", channel: ig}`),
        ...['é'.repeat(80), `${'a'.repeat(70)}ü${'b'.repeat(90)}`, '😀'.repeat(40), '€'.repeat(19)].map(
          (title, i) => `    - {date: 2026-11-${10 + i}, title: "${title}", channel: ig}`,
        ),
        '',
      ].join('\n'),
    },
    exitCode: 0,
    stdout: [/^ y+\r$/m, /😀/],
  },
  { name: 'calendar: --format md', args: ['calendar', mbo, '--format', 'md'], exitCode: 0, stdout: [/^# /m] },
  {
    name: 'calendar: --week shows a week as a grid of days and channels',
    args: ['calendar', mbo, '--week', '2026-11-18'],
    exitCode: 0,
    stdout: [
      /^Week 47: 16 t\/m 22 november 2026\n/,
      /^Dag +Instagram +TikTok +Facebook +LinkedIn +Let op$/m,
      /^ma 16 nov +12:15 Studentenleven +19:30 Kiezen en aanmelden\n +15:30 Aftellen naar de op…$/m,
      /^di 17 nov +15:30 In de werkplaats +08:30 Stage en werk$/m,
      /^za 21 nov +★ Open dag$/m,
    ],
  },
  {
    name: 'calendar: --week with --from is a usage error',
    args: ['calendar', mbo, '--week', '--from', '2026-11-01'],
    exitCode: 2,
    stderr: [/--week/, /--from/],
  },
  {
    name: 'calendar: --week of a date that is not YYYY-MM-DD',
    args: ['calendar', mbo, '--week', '18-11-2026'],
    exitCode: 2,
    stderr: [/18-11-2026/],
  },
  { name: 'calendar: a date that is not YYYY-MM-DD', args: ['calendar', english, '--from', '1-9-2026'], exitCode: 2, stderr: [/1-9-2026/] },
  {
    name: 'calendar: an unknown channel',
    args: ['--lang', 'en', 'calendar', english, '--channel', 'myspace'],
    exitCode: 2,
    stderr: [/The strategy has no channel "myspace"\. Give one of its channels: /],
  },
  {
    name: 'calendar: a misspelt channel',
    args: ['calendar', mbo, '--channel', 'instgram'],
    exitCode: 2,
    stderr: [/De strategie heeft geen kanaal "instgram"\. Bedoel je "instagram"\? Kies een van deze kanalen: /],
  },
  {
    name: 'calendar: a reversed range',
    args: ['calendar', mbo, '--from', '2027-09-01', '--to', '2027-08-31'],
    exitCode: 2,
    stderr: [/--from 2027-09-01 valt na --to 2027-08-31/],
    notStdout: [/Niets gepland/],
  },
  {
    name: 'calendar: one day, with an honest summary, a header row and the holiday',
    args: ['calendar', mbo, '--from', '2027-04-27', '--to', '2027-04-27'],
    exitCode: 0,
    stdout: [
      /^Geen berichten van 27 april 2027 tot en met 27 april 2027\.\n\nWeek +Datum +Dag +Tijd +Kanaal +Maker +Onderwerp\n16 +2027-04-24 +za +Schoolvakantie +Meivakantie t\/m 2 mei: geen vaste berichten\n17 +2027-04-27 +di +Feestdag +Koningsdag: geen vaste berichten\n$/,
    ],
  },
  {
    name: 'calendar: one channel shows the key dates that channel announces',
    args: ['calendar', mbo, '--channel', 'linkedin', '--from', '2026-11-16', '--to', '2026-11-22'],
    exitCode: 0,
    stdout: [/LinkedIn/],
    notStdout: [/Open dag/, /Instagram/],
  },
  {
    name: 'calendar: the overview starts today',
    args: ['calendar', mbo],
    exitCode: 0,
    stdout: [/^Week +Datum +Dag +Tijd +Kanaal/m, /van \d+ \w+ \d{4} tot en met \d+ \w+ \d{4}\./],
  },
  {
    name: 'calendar: --csv-delimiter for an English Excel',
    args: ['calendar', english, '--format', 'csv', '--csv-delimiter', ',', '--to', '2026-09-03'],
    exitCode: 0,
    stdout: [/^\uFEFFWeek,Date,Until,Day,Time,Type,Channel,/],
  },
  {
    name: 'calendar: an unknown --csv-delimiter',
    args: ['calendar', english, '--format', 'csv', '--csv-delimiter', '|'],
    exitCode: 2,
    stderr: [/--csv-delimiter/],
  },

  // init without a terminal
  {
    name: 'init: from a bundled example',
    args: ['init', '--example', 'university-en'],
    env: { CI: 'true' },
    exitCode: 0,
    writes: { 'strategy.yaml': [/^# yaml-language-server: \$schema=.*\nversion: 1\nlanguage: en\n/] },
  },
  {
    name: 'init: from an answers file and --set',
    args: [
      '--lang',
      'en',
      'init',
      '--no-interactive',
      '--answers',
      'answers.yaml',
      '--set',
      'organisation.vision=Show what we do.',
      '--yes',
    ],
    files: { 'answers.yaml': 'language: en\norganisation:\n  name: Set College\n  sector: hbo\n' },
    exitCode: 0,
    writes: { 'strategy.yaml': [/name: Set College/, /sector: hbo/, /vision: Show what we do\./] },
  },
  {
    name: 'init: --dry-run writes nothing',
    args: ['init', '--example', 'mbo', '--dry-run', '--no-interactive'],
    exitCode: 0,
    stdout: [/^version: 1$/m],
    noWrites: ['strategy.yaml'],
  },
  {
    name: 'init: --dry-run beside an existing strategy shows what would be written, and keeps the file',
    args: ['--lang', 'en', 'init', '--set', 'organisation.name=Other College', '--dry-run', '--no-interactive'],
    files: {
      'strategy.yaml':
        'version: 1\nlanguage: en\norganisation:\n  name: Kept College\n  sector: hbo\nperiod: {start: 2026-09-01, end: 2027-07-31}\n',
    },
    exitCode: 0,
    stdout: [/name: Other College/],
    writes: { 'strategy.yaml': [/name: Kept College/] },
  },
  {
    name: 'init: --block on an English strategy answers in English, whatever the locale',
    args: ['init', '--block', 'vision', '--set', 'organisation.vision=Every student finds their way', '--no-interactive'],
    env: { LANG: 'nl_NL.UTF-8' },
    files: { 'strategy.yaml': readFileSync(new URL('../../examples/university-en/strategy.yaml', import.meta.url), 'utf8') },
    exitCode: 0,
    stdout: [/^✔ Written: strategy\.yaml\./m],
    writes: { 'strategy.yaml': [/vision: Every student finds their way/] },
  },
  {
    name: 'init --fix: needs a strategy to fix',
    args: ['--lang', 'en', 'init', '--fix', '--output', 'missing.yaml'],
    exitCode: 2,
    stderr: [/There is no strategy at missing\.yaml to fix\. Run "strategy init" to make one\./],
    noWrites: ['missing.yaml'],
  },
  {
    name: 'init --fix: asks questions, so not without a terminal (in the language of the strategy)',
    args: ['init', '--fix', '--no-interactive'],
    env: { LANG: 'nl_NL.UTF-8' },
    files: { 'strategy.yaml': readFileSync(new URL('../fixtures/channel-with-one-admin.yaml', import.meta.url), 'utf8') },
    exitCode: 2,
    stderr: [/init --fix asks questions, so it needs a terminal\. Run "strategy check" to see the findings\./],
    writes: { 'strategy.yaml': [/admins/] },
  },
  {
    name: 'init: what is missing without a terminal',
    args: ['--lang', 'en', 'init', '--no-interactive'],
    exitCode: 2,
    stderr: [/organisation\.name {2}\(--set organisation\.name=…\)/],
    noWrites: ['strategy.yaml'],
  },
  {
    name: 'init: --questions lists every answer key',
    args: ['--lang', 'en', 'init', '--questions'],
    exitCode: 0,
    stdout: [/^ {2}organisation\.name +text +\* Name of the organisation$/m, /^ {2}goals\.<id>\.deadline +date +Deadline/m],
  },
  { name: 'init: an unknown example', args: ['init', '--example', 'nope', '--no-interactive'], exitCode: 2, stderr: [/nope/] },
  { name: 'init: a bad --set', args: ['init', '--no-interactive', '--set', 'organisation.name'], exitCode: 2, stderr: [/--set/] },

  // templates
  {
    name: 'templates eject copies the built-in templates',
    args: ['templates', 'eject', 'mine'],
    exitCode: 0,
    writes: { 'mine/strategy.md.hbs': [/\{\{/], 'mine/partials/goals.hbs': [] },
  },
  {
    name: 'templates eject does not overwrite',
    args: ['templates', 'eject', 'mine'],
    before: [['templates', 'eject', 'mine']],
    exitCode: 2,
    stderr: [/--force/],
  },
  {
    name: 'ejected templates render the same document',
    args: ['render', english, '--templates', 'mine', '--out-dir', 'docs', '--check'],
    before: [
      ['templates', 'eject', 'mine'],
      ['render', english, '--out-dir', 'docs'],
    ],
    exitCode: 0,
  },

  // Bad input that must not lose data, hang or look like a bug
  {
    name: 'init: a strategy.yaml that does not parse is kept, not overwritten',
    args: ['--lang', 'en', 'init', '--yes', '--no-interactive'],
    files: { 'strategy.yaml': 'version: 1\norganisation: [broken\n' },
    exitCode: 2,
    stderr: [/strategy\.yaml exists but cannot be edited/],
    writes: { 'strategy.yaml': [/^version: 1\norganisation: \[broken\n$/] },
  },
  {
    name: 'init: a strategy.yaml that is not a block of sections is kept',
    args: ['--lang', 'en', 'init', '--yes', '--no-interactive'],
    files: { 'strategy.yaml': '- just\n- a list\n' },
    exitCode: 2,
    writes: { 'strategy.yaml': [/^- just\n- a list\n$/] },
  },
  {
    name: 'init: --force replaces a broken strategy.yaml when asked to',
    args: ['--lang', 'en', 'init', '--yes', '--no-interactive', '--force'],
    files: { 'strategy.yaml': 'version: 1\norganisation: [broken\n' },
    exitCode: 0,
    writes: { 'strategy.yaml': [/^version: 1$/m] },
  },
  {
    name: 'init: --set cannot reach a prototype',
    args: ['init', '--no-interactive', '--set', '__proto__.polluted=1'],
    exitCode: 2,
    stderr: [/--set/],
    noWrites: ['strategy.yaml'],
  },
  {
    name: 'check: --output that is one of the inputs is refused, and the strategy kept',
    args: ['check', english, '--format', 'json', '--output', english],
    exitCode: 2,
    stderr: [/is one of the strategy files being checked/],
  },
  {
    name: 'check: a device is not read at all',
    args: ['check', '/dev/zero'],
    exitCode: 2,
    stderr: [/\/dev\/zero is not a regular file but a pipe, a device or a socket, so it is not read/],
  },
  {
    name: 'check and render: a time zone that does not exist',
    args: ['render', 'mars.yaml', '--out-dir', 'docs'],
    files: { 'mars.yaml': `${minimalValid}calendar:\n  timezone: Mars/Olympus_Mons\n` },
    exitCode: 2,
    stderr: [/error {2}calendar-timezone {2}"Mars\/Olympus_Mons" is not a known time zone/, /has 1 error by the method/],
    notStderr: [/Given time zone/],
    noWrites: ['docs/strategy.md'],
  },
  {
    name: 'render: --force renders a strategy that breaks a rule',
    args: ['render', 'mars.yaml', '--out-dir', 'docs', '--force'],
    files: {
      'mars.yaml':
        'version: 1\nlanguage: en\nperiod: {start: 2026-09-01, end: 2026-09-30}\ncalendar:\n  timezone: Mars/Olympus_Mons\n  items:\n    - {date: 2026-09-02, title: x, channel: ig}\nchannels:\n  ig: {platform: instagram}\n',
    },
    exitCode: 0,
    writes: { 'docs/calendar.ics': [/TZID=Europe\/Amsterdam/] },
    notStderr: [/Given time zone/],
  },
  {
    name: 'calendar: control characters do not reach iCalendar or CSV',
    args: ['render', 'nul.yaml', '--out-dir', 'docs', '--only', 'calendar.ics,calendar.csv', '--force'],
    files: {
      'nul.yaml':
        'version: 1\nlanguage: en\nperiod: {start: 2026-09-01, end: 2026-09-30}\nchannels:\n  ig: {platform: instagram, admins: [a, b]}\ncalendar:\n  items:\n    - {date: 2026-09-02, title: "Open\\0day\\u0007 now", channel: ig}\n',
    },
    exitCode: 0,
    writes: { 'docs/calendar.ics': [/SUMMARY:\[Instagram\] Openday now/], 'docs/calendar.csv': [/Openday now/] },
  },
  {
    name: 'check: a file name with a line break stays on its line',
    args: ['check', 'evil\n::warning::x.yaml'],
    files: { 'evil\n::warning::x.yaml': oneAdminText },
    exitCode: 0,
    stdout: [/^evil\\n::warning::x\.yaml:26:13 {2}warning {2}two-admins/m],
    notStdout: [/^::warning::x\.yaml/m],
  },
  {
    name: 'check: SARIF keeps a backslash in a file name as part of the name',
    args: ['check', 'back\\slash.yaml', '--format', 'sarif'],
    files: { 'back\\slash.yaml': 'version: 1\nlanguage: en\nperiod: {start: 2026-09-01, end: 2026-08-01}\n' },
    exitCode: 1,
    stdout: [/"uri": "back%5Cslash\.yaml"/],
  },
  {
    name: 'render: --templates that is not there',
    args: ['render', english, '--templates', 'nowhere', '--stdout'],
    exitCode: 2,
    stderr: [/--templates nowhere is not a folder/],
  },
  {
    name: 'render: --templates that is a file',
    args: ['render', english, '--templates', english, '--stdout'],
    exitCode: 2,
    stderr: [/is not a folder/],
  },
  {
    name: 'render: a folder inside partials/ is not a template',
    args: ['render', english, '--templates', 'house-style', '--stdout'],
    files: { 'house-style/partials/old.hbs/readme.txt': 'notes\n' },
    exitCode: 0,
    stdout: [/^# Social-media strategy Northbridge/m],
  },
  {
    name: 'render --force: an id such as "constructor" is only an unknown id',
    args: ['render', 'proto.yaml', '--out-dir', 'docs', '--force', '--only', 'calendar.md'],
    files: {
      'proto.yaml':
        'version: 1\nlanguage: en\nperiod: {start: 2026-09-01, end: 2026-09-30}\ncalendar:\n  items:\n    - {date: 2026-09-02, title: x, channel: constructor, pillar: prototype, owner: constructor}\n',
    },
    exitCode: 0,
    writes: { 'docs/calendar.md': [/\| constructor \|/] },
    notStderr: [/Internal error/],
  },
];
