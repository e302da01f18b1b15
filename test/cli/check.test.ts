// CLI scenarios, run in-process through `run` with captured output.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { captureIo } from '../helpers/io.js';

const fixtures = 'test/fixtures';

// The options of check are rows of test/scenarios/table.ts; these need an in-process Io.
describe('strategy check (in-process)', () => {
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
      [
        'check',
        '--format',
        'stylish',
        '--format',
        'sarif',
        '--output',
        sarifFile,
        '--format',
        'junit',
        '--output',
        junitFile,
        `${fixtures}/goal-with-typos.yaml`,
      ],
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
    expect(
      await run(['check', '--format', 'sarif', '--output', 'a.sarif', '--output', 'b.sarif', `${fixtures}/minimal-valid.yaml`], io),
    ).toBe(2);
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
              messageId: 'schema.unknown-key',
              pointer: '/goals/grow/deadlin',
              line: 12,
              column: 5,
              endLine: 12,
              endColumn: 12,
            },
            {
              ruleId: 'schema',
              severity: 'error',
              message: 'Expected a number, found text "lots".',
              messageId: 'schema.type',
              pointer: '/goals/grow/target',
              line: 13,
              column: 13,
              endLine: 13,
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
    const failing = {
      ...io,
      stdout: {
        write: (): never => {
          throw new RangeError('exploded');
        },
        isTTY: false,
      },
    };
    expect(await run(['check', 'test/fixtures/minimal-valid.yaml'], failing)).toBe(2);
    expect(io.err()).toMatch(
      /^strategy: Internal error: exploded\. This is a bug in strategy: please report it at https:\/\/www\.npmjs\.com\/package\/strategy-as-code/,
    );
    expect(io.err()).not.toMatch(/\n\s+at /);
    const debug = captureIo();
    const failingDebug = { ...debug, stdout: failing.stdout };
    await run(['check', 'test/fixtures/minimal-valid.yaml', '--debug'], failingDebug);
    expect(debug.err()).toMatch(/RangeError: exploded\n\s+at /);
  });
});
