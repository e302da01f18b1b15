// CLI scenarios, run in-process through `run` with captured output.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { captureIo } from '../helpers/io.js';

interface Scenario {
  name: string;
  args: string[];
  env?: Record<string, string>;
  exitCode: number;
  stdout?: RegExp[];
  stderr?: RegExp[];
  notStdout?: RegExp[];
}

const fixtures = 'test/fixtures';

const scenarios: Scenario[] = [
  {
    name: 'a valid example passes',
    args: ['check', 'examples/university-en/strategy.yaml'],
    exitCode: 0,
    stdout: [/1 finding \(0 errors, 0 warnings, 1 info\) in 1 file\./],
  },
  {
    name: 'all bundled examples in one run',
    args: ['check', 'examples/mbo/strategy.yaml', 'examples/adult-education/strategy.yaml', 'examples/university-en/strategy.yaml'],
    exitCode: 0,
    stdout: [/\(0 errors, 0 warnings, \d+ info\) in 3 files/],
  },
  {
    name: 'findings print as file:line:col severity rule message, with a summary',
    args: ['check', `${fixtures}/goal-with-typos.yaml`],
    exitCode: 1,
    stdout: [
      /^test\/fixtures\/goal-with-typos\.yaml:6:5 {2}error {2}schema {2}Unknown key "deadlin"\. Did you mean "deadline"\?/m,
      /^test\/fixtures\/goal-with-typos\.yaml:7:13 {2}error {2}schema {2}Expected a number, found text "lots"\./m,
      /2 findings \(2 errors, 0 warnings, 0 info\) in 1 file\./,
    ],
  },
  {
    name: 'findings in the strategy’s own language',
    args: ['check', `${fixtures}/dutch-with-unknown-sector.yaml`],
    exitCode: 1,
    stdout: [/"mbbo" is geen toegestane waarde\. Bedoelde je "mbo"\?/, /1 melding \(1 fout/],
  },
  {
    name: '--lang overrides the strategy’s language',
    args: ['--lang', 'en', 'check', `${fixtures}/dutch-with-unknown-sector.yaml`],
    exitCode: 1,
    stdout: [/"mbbo" is not one of the allowed values/],
  },
  {
    name: 'the default file is ./strategy.yaml, and its absence is exit 2 with advice',
    args: ['check'],
    exitCode: 2,
    stderr: [/Cannot find strategy\.yaml\. .*strategy init/],
  },
  {
    name: 'a missing file among good ones still fails the run with exit 2',
    args: ['check', `${fixtures}/minimal-valid.yaml`, `${fixtures}/nope.yaml`],
    exitCode: 2,
    stderr: [/Cannot find test\/fixtures\/nope\.yaml/],
    stdout: [/1 file checked/],
  },
  {
    name: 'a directory is not a strategy',
    args: ['check', fixtures],
    exitCode: 2,
    stderr: [/test\/fixtures is a directory/],
  },
  {
    name: 'a file that is not UTF-8 is refused with advice',
    args: ['check', `${fixtures}/not-utf8.yaml`],
    exitCode: 2,
    stderr: [/not UTF-8 text/],
  },
  {
    name: 'an unknown option is a usage error',
    args: ['check', '--frobnicate'],
    exitCode: 2,
    stderr: [/unknown option '--frobnicate'/],
  },
  {
    name: 'an unknown format is a usage error that lists the formats',
    args: ['check', '--format', 'xml', `${fixtures}/minimal-valid.yaml`],
    exitCode: 2,
    stderr: [/Unknown format "xml"\. Formats: stylish, json, github, sarif, junit\./],
  },
  {
    name: 'an unknown command is a usage error',
    args: ['chekc'],
    exitCode: 2,
    stderr: [/unknown command 'chekc'/],
  },
  {
    name: 'messages follow the locale when the strategy names no language',
    args: ['check', 'nope.yaml'],
    env: { LANG: 'nl_NL.UTF-8' },
    exitCode: 2,
    stderr: [/Kan nope\.yaml niet vinden/],
  },
  {
    name: 'Dutch is the default for an unknown locale',
    args: ['check', 'nope.yaml'],
    env: { LANG: 'C.UTF-8' },
    exitCode: 2,
    stderr: [/Kan nope\.yaml niet vinden/],
  },
  {
    name: 'help exits 0',
    args: ['--help'],
    exitCode: 0,
    stdout: [/Usage: strategy/, /check/, /schema/],
  },
  {
    name: 'no colour when the output is not a terminal',
    args: ['check', `${fixtures}/goal-with-typos.yaml`],
    exitCode: 1,
    notStdout: [/\u001b\[/],
  },
  {
    name: 'FORCE_COLOR colours the output',
    args: ['check', `${fixtures}/goal-with-typos.yaml`],
    env: { FORCE_COLOR: '1' },
    exitCode: 1,
    stdout: [/\u001b\[31merror/],
  },
  {
    name: 'NO_COLOR wins over FORCE_COLOR',
    args: ['check', `${fixtures}/goal-with-typos.yaml`],
    env: { FORCE_COLOR: '1', NO_COLOR: '1' },
    exitCode: 1,
    notStdout: [/\u001b\[/],
  },
  {
    name: 'warnings alone pass',
    args: ['check', `${fixtures}/channel-with-one-admin.yaml`],
    exitCode: 0,
    stdout: [/:10:13 {2}warning {2}two-admins {2}Channel "ig" has 1 administrator/, /1 finding \(0 errors, 1 warning, 0 info\)/],
  },
  {
    name: '--max-warnings 0 fails on a warning',
    args: ['check', '--max-warnings', '0', `${fixtures}/channel-with-one-admin.yaml`],
    exitCode: 1,
  },
  {
    name: '--fail-level warning fails on a warning',
    args: ['check', '--fail-level', 'warning', `${fixtures}/channel-with-one-admin.yaml`],
    exitCode: 1,
  },
  {
    name: '--rule raises a rule to error',
    args: ['check', '--rule', 'two-admins=error', `${fixtures}/channel-with-one-admin.yaml`],
    exitCode: 1,
    stdout: [/error {2}two-admins/],
  },
  {
    name: '--rule switches a rule off',
    args: ['check', '--rule', 'two-admins=off', `${fixtures}/channel-with-one-admin.yaml`],
    exitCode: 0,
    notStdout: [/two-admins/],
  },
  {
    name: 'an unknown rule in --rule is a usage error with a suggestion',
    args: ['check', '--rule', 'two-admin=error', `${fixtures}/channel-with-one-admin.yaml`],
    exitCode: 2,
    stderr: [/Unknown rule "two-admin"\. Did you mean "two-admins"\?/],
  },
  {
    name: 'a malformed --rule is a usage error',
    args: ['check', '--rule', 'two-admins:error', `${fixtures}/channel-with-one-admin.yaml`],
    exitCode: 2,
    stderr: [/write --rule <rule-id>=<off\|info\|warning\|error>/],
  },
  {
    name: 'a bad --max-warnings is a usage error',
    args: ['check', '--max-warnings', 'few', `${fixtures}/minimal-valid.yaml`],
    exitCode: 2,
    stderr: [/--max-warnings needs a whole number/],
  },
  {
    name: 'a glob checks every match',
    args: ['check', 'test/fixtures/nested/**/strategy.yaml'],
    exitCode: 0,
    stdout: [/test\/fixtures\/nested\/b\/strategy\.yaml:10:13/, /in 2 files\./],
  },
  {
    name: 'a glob that matches nothing is exit 2',
    args: ['check', 'nowhere/**/strategy.yaml'],
    exitCode: 2,
    stderr: [/No file matches "nowhere\/\*\*\/strategy\.yaml"/],
  },
  {
    name: 'GitHub Actions gets annotations by default',
    args: ['check', `${fixtures}/channel-with-one-admin.yaml`],
    env: { GITHUB_ACTIONS: 'true' },
    exitCode: 0,
    stdout: [/^::warning file=test\/fixtures\/channel-with-one-admin\.yaml,line=10,col=13,/m],
    stderr: [/1 finding/],
  },
  {
    name: 'two formats to the terminal is a usage error',
    args: ['check', '--format', 'json', '--format', 'sarif', `${fixtures}/minimal-valid.yaml`],
    exitCode: 2,
    stderr: [/Only one --format can go to the terminal/],
  },
  {
    name: 'strategy rules lists every rule with its default severity',
    args: ['rules'],
    exitCode: 0,
    stdout: [/^two-admins +warning +Every channel has at least two administrators\.$/m, /^goal-smart +error /m],
  },
];

describe('strategy check (in-process)', () => {
  it.each(scenarios)('$name', async (scenario) => {
    const io = captureIo({ env: scenario.env ?? {} });
    const code = await run(scenario.args, io);
    expect({ code, stderr: io.err() }).toMatchObject({ code: scenario.exitCode });
    for (const pattern of scenario.stdout ?? []) expect(io.out()).toMatch(pattern);
    for (const pattern of scenario.stderr ?? []) expect(io.err()).toMatch(pattern);
    for (const pattern of scenario.notStdout ?? []) expect(io.out()).not.toMatch(pattern);
    expect(io.err()).not.toMatch(/\n\s+at /);
  });

  it('colours a terminal unless --no-color is given', async () => {
    const coloured = captureIo({ tty: true });
    await run(['check', `${fixtures}/goal-with-typos.yaml`], coloured);
    expect(coloured.out()).toMatch(/\u001b\[/);
    const plain = captureIo({ tty: true });
    await run(['--no-color', 'check', `${fixtures}/goal-with-typos.yaml`], plain);
    expect(plain.out()).not.toMatch(/\u001b\[/);
  });

  it('prints the JSON Schema with `strategy schema`', async () => {
    const io = captureIo();
    expect(await run(['schema'], io)).toBe(0);
    const schema = JSON.parse(io.out()) as { $schema: string; $id: string };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\//);
  });
});

describe('several formats in one run', () => {
  it('writes each --format to its --output file and one to the terminal', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'strategy-out-'));
    const io = captureIo();
    const sarifFile = join(dir, 'reports', 'strategy.sarif');
    const junitFile = join(dir, 'junit.xml');
    const code = await run(
      ['check', '--format', 'stylish', '--format', 'sarif', '--output', sarifFile, '--format', 'junit', '--output', junitFile, `${fixtures}/goal-with-typos.yaml`],
      io,
    );
    expect(code).toBe(1);
    expect(io.out()).toMatch(/2 findings \(2 errors/);
    expect(JSON.parse(await readFile(sarifFile, 'utf8'))).toMatchObject({ version: '2.1.0' });
    expect(await readFile(junitFile, 'utf8')).toMatch(/^<\?xml/);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses an --output that follows no --format of its own', async () => {
    const io = captureIo();
    expect(await run(['check', '--format', 'sarif', '--output', 'a.sarif', '--output', 'b.sarif', `${fixtures}/minimal-valid.yaml`], io)).toBe(2);
    expect(io.err()).toMatch(/--output b\.sarif follows no --format of its own/);
  });
});

describe('JSON output', () => {
  it('has a stable, documented shape', async () => {
    const io = captureIo();
    const code = await run(['check', '--format', 'json', `${fixtures}/goal-with-typos.yaml`, `${fixtures}/minimal-valid.yaml`], io);
    expect(code).toBe(1);
    const report = JSON.parse(io.out()) as unknown;
    expect(report).toEqual({
      version: 1,
      results: [
        {
          file: 'test/fixtures/goal-with-typos.yaml',
          counts: { error: 2, warning: 0, info: 0 },
          findings: [
            {
              ruleId: 'schema',
              severity: 'error',
              message: expect.stringMatching(/^Unknown key "deadlin"/),
              pointer: '/goals/grow/deadlin',
              line: 6,
              column: 5,
              endLine: 6,
              endColumn: 12,
            },
            {
              ruleId: 'schema',
              severity: 'error',
              message: 'Expected a number, found text "lots".',
              pointer: '/goals/grow/target',
              line: 7,
              column: 13,
              endLine: 7,
              endColumn: 17,
            },
          ],
        },
        { file: 'test/fixtures/minimal-valid.yaml', counts: { error: 0, warning: 0, info: 0 }, findings: [] },
      ],
      counts: { files: 2, error: 2, warning: 0, info: 0 },
    });
    // The summary goes to stderr so stdout stays parseable.
    expect(io.err()).toMatch(/2 findings \(2 errors, 0 warnings, 0 info\) in 2 files\./);
  });
});

describe('unexpected errors', () => {
  it('print a short message and where to report it, with details only under --debug', async () => {
    const broken = (): never => {
      throw new TypeError('boom');
    };
    const base = captureIo();
    const io = { ...base, fs: { ...base.fs, readFile: broken, stat: broken } };
    let stderr = '';
    const capture = { ...io, stderr: { write: (text: string) => void (stderr += text), isTTY: false } };
    expect(await run(['check', 'examples/mbo/strategy.yaml'], capture)).toBe(2);
    expect(stderr).toMatch(/Cannot read examples\/mbo\/strategy\.yaml: TypeError: boom/);
  });

  it('a bug inside a command is reported as an internal error, stack only with --debug', async () => {
    const io = captureIo();
    const failing = { ...io, stdout: { write: (): never => { throw new RangeError('exploded'); }, isTTY: false } };
    expect(await run(['check', 'test/fixtures/minimal-valid.yaml'], failing)).toBe(2);
    expect(io.err()).toMatch(/^strategy: Internal error: exploded\. This is a bug in strategy: please report it at https:\/\/www\.npmjs\.com\/package\/strategy-as-code/);
    expect(io.err()).not.toMatch(/\n\s+at /);
    const debug = captureIo();
    const failingDebug = { ...debug, stdout: failing.stdout };
    await run(['check', 'test/fixtures/minimal-valid.yaml', '--debug'], failingDebug);
    expect(debug.err()).toMatch(/RangeError: exploded\n\s+at /);
  });
});
