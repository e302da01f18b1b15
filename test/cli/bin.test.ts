// The built command, run as users run it: a child process of `node bin/strategy.cjs`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../helpers/io.js';

const bin = join(packageRoot, 'bin', 'strategy.cjs');

function strategy(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? packageRoot,
    env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8', ...options.env },
    encoding: 'utf8',
    timeout: 10_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the strategy binary', () => {
  it('prints its version', () => {
    const { version } = JSON.parse(spawnSync('cat', [join(packageRoot, 'package.json')], { encoding: 'utf8' }).stdout) as { version: string };
    expect(strategy(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('checks the bundled examples: exit 0', () => {
    const result = strategy(['check', 'examples/mbo/strategy.yaml', 'examples/adult-education/strategy.yaml', 'examples/university-en/strategy.yaml']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/\(0 errors, 0 warnings, \d+ info\) in 3 files\./);
  });

  it('exit 1 with findings, as JSON on stdout and the summary on stderr', () => {
    const result = strategy(['check', '--format', 'json', 'test/fixtures/goal-with-typos.yaml']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { counts: { error: number } };
    expect(report.counts.error).toBe(2);
    expect(result.stderr).toMatch(/2 findings/);
  });

  it('finds strategy.yaml in the working directory by default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-bin-'));
    writeFileSync(join(dir, 'strategy.yaml'), 'version: 1\nlanguage: en\norganisation:\n  name: Test\n');
    expect(strategy(['check'], { cwd: dir })).toMatchObject({ code: 0 });
  });

  it('exit 2 on a missing file and on an unknown option, without a stack trace', () => {
    const missing = strategy(['check', 'missing.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Cannot find missing\.yaml/);
    const unknown = strategy(['check', '--nope']);
    expect(unknown.code).toBe(2);
    for (const output of [missing.stderr, unknown.stderr]) expect(output).not.toMatch(/\n\s+at /);
  });

  it('prints a schema that is valid JSON', () => {
    const result = strategy(['schema']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveProperty('$defs.goal');
  });
});

describe('the parts render loads from bundles of their own', () => {
  it('reads a strategy with errors as check does, and says where they are', () => {
    const result = strategy(['render', 'test/fixtures/goal-with-typos.yaml', '--stdout']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/goal-with-typos\.yaml:6:5 +error +schema +Unknown key "deadlin"/);
  });

  it('writes the normalised strategy with --format yaml', () => {
    const result = strategy(['render', 'examples/university-en/strategy.yaml', '--format', 'yaml', '--stdout']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^# .*\nversion: 1\n/);
    expect(result.stdout).toMatch(/^derived:\n {2}cadence_hours_per_week: /m);
  });

  it('compiles templates given with --templates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-templates-'));
    writeFileSync(join(dir, 'strategy.md.hbs'), '# House style: {{title}}\n');
    const result = strategy(['render', 'examples/university-en/strategy.yaml', '--templates', dir, '--stdout']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^# House style: Social-media strategy Northbridge/);
  });
});

describe('the compile cache', () => {
  it('is written after the first run, used by the next, and replaced when it is damaged', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'strategy-cache-'));
    const env = { STRATEGY_CACHE_DIR: cacheDir };
    const args = ['check', 'examples/mbo/strategy.yaml'];
    expect(strategy(args, { env }).code).toBe(0);
    // One cache per bundle the command loaded: the command line and the check command.
    const files = readdirSync(cacheDir).sort();
    expect(files).toEqual([expect.stringMatching(/-check-check_cjs-\w{16}\.cache$/), expect.stringMatching(/-check-cli_cjs-\w{16}\.cache$/)]);
    const cacheFile = join(cacheDir, files[0]!);
    const first = statSync(cacheFile).mtimeMs;
    expect(strategy(args, { env }).code).toBe(0);
    expect(statSync(cacheFile).mtimeMs).toBe(first);
    writeFileSync(cacheFile, 'not a code cache');
    const damaged = strategy(args, { env });
    expect(damaged).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(cacheFile).length).toBeGreaterThan(1000);
  });

  it('is made anew for a rebuilt bundle of the same length, whose old cache would crash V8', () => {
    // A copy of the built package, so its bundle can be changed.
    const copy = mkdtempSync(join(tmpdir(), 'strategy-package-'));
    for (const part of ['bin', 'dist', 'package.json', 'examples', 'schemas']) cpSync(join(packageRoot, part), join(copy, part), { recursive: true });
    const cacheDir = mkdtempSync(join(tmpdir(), 'strategy-cache-'));
    const run = () => spawnSync(process.execPath, [join(copy, 'bin/strategy.cjs'), 'check', 'examples/mbo/strategy.yaml', 'examples/university-en/strategy.yaml'], { cwd: copy, env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8', STRATEGY_CACHE_DIR: cacheDir }, encoding: 'utf8' });
    expect(run().status).toBe(0);
    const before = readdirSync(cacheDir).filter((name) => name.includes('check_cjs'));
    expect(before).toHaveLength(1);

    // Another build of the same length: one word of the summary changes, and the stamp follows.
    const bundle = join(copy, 'dist/check.cjs');
    const code = readFileSync(bundle, 'utf8').replace(/\/\/# build=\w+\n$/, '');
    const changed = code.replace('info) in ', 'INFO) in ');
    expect(changed).not.toBe(code);
    expect(changed.length).toBe(code.length);
    writeFileSync(bundle, `${changed}//# build=${createHash('sha256').update(changed).digest('hex').slice(0, 16)}\n`);
    expect(run()).toMatchObject({ status: 0, signal: null, stdout: expect.stringMatching(/ INFO\) in 2 files/) });
    const after = readdirSync(cacheDir).filter((name) => name.includes('check_cjs'));
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
  });

  it('is made by runs that do not stop on an error, one per set of options, so no odd run decides it for the others', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'strategy-cache-'));
    const env = { STRATEGY_CACHE_DIR: cacheDir };
    const renderCaches = () => readdirSync(cacheDir).filter((name) => name.includes('render_cjs'));
    expect(strategy(['render', 'test/fixtures/goal-with-typos.yaml', '--stdout'], { env }).code).toBe(2);
    expect(renderCaches()).toEqual([]);
    expect(strategy(['render', 'examples/mbo/strategy.yaml', '--stdout'], { env }).code).toBe(0);
    expect(strategy(['render', 'examples/university-en/strategy.yaml', '--stdout'], { env }).code).toBe(0);
    expect(renderCaches()).toHaveLength(1);
    expect(strategy(['render', 'examples/mbo/strategy.yaml', '--format', 'yaml', '--stdout'], { env }).code).toBe(0);
    expect(renderCaches()).toHaveLength(2);
  });

  it('costs nothing but speed when it cannot be written', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'strategy-cache-')), 'a-file');
    writeFileSync(file, '');
    const env = { STRATEGY_CACHE_DIR: join(file, 'cache') };
    expect(strategy(['check', 'examples/mbo/strategy.yaml'], { env })).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('strategy init without a terminal', () => {
  it('does not hang on an open pipe with no data: exit 2 within a second, naming what is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-init-pipe-'));
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [bin, '--lang', 'en', 'init'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const started = Date.now();
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(code).toBe(2);
    expect(stderr).toMatch(/organisation\.name {2}\(--set organisation\.name=…\)/);
    expect(readdirSync(dir)).toEqual([]);
    child.stdin.end();
  });

  it('CI=true means no prompts even on a terminal check, and --questions lists every answer key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-init-ci-'));
    expect(strategy(['init', '--example', 'university-en'], { cwd: dir, env: { CI: 'true' } })).toMatchObject({ code: 0 });
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=.*\nversion: 1\nlanguage: en\n/);
    const questions = strategy(['init', '--questions']);
    expect(questions.code).toBe(0);
    expect(questions.stdout).toMatch(/^ {2}organisation\.name +text +\* Name of the organisation$/m);
    expect(questions.stdout).toMatch(/^ {2}goals\.<id>\.deadline +date +Deadline/m);
  });
});
