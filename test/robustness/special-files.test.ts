// Special files and races, through the installed command in real child processes: a full
// disk, a device as output, a link to a device among the outputs, a template that links out
// of its folder, and two inits at once.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { packageRoot } from '../helpers/io.js';

const project = inject('installedProject');
const bin = join(project, 'node_modules', '.bin', 'strategy');
const env = { PATH: process.env.PATH ?? '', LANG: 'en_GB.UTF-8' };

function folder(): string {
  const dir = mkdtempSync(join(project, 'special-'));
  copyFileSync(join(packageRoot, 'examples/university-en/strategy.yaml'), join(dir, 'strategy.yaml'));
  return dir;
}

function strategy(dir: string, args: string[], stdout: 'pipe' | number = 'pipe') {
  const result = spawnSync(bin, args, { cwd: dir, env, encoding: 'utf8', timeout: 20_000, stdio: ['ignore', stdout, 'pipe'] });
  return { code: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr };
}

describe('special files and races, as installed', () => {
  it('a full disk on standard output is the user’s to fix: exit 2 and a message, no stack trace', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = strategy(folder(), ['check'], full);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^strategy: Cannot write \(stdout\): ENOSPC\./m);
      expect(result.stderr).not.toMatch(/Internal error|\n\s+at /);
    } finally {
      closeSync(full);
    }
  });

  it('--output /dev/stdout writes into the device instead of replacing it', () => {
    const result = strategy(folder(), ['check', '--format', 'json', '--output', '/dev/stdout']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ version: 1 });
  });

  it('a committed link from an output to /dev/zero is not read: render --check answers at once', () => {
    const dir = folder();
    expect(strategy(dir, ['render']).code).toBe(0);
    const link = join(dir, 'docs', 'strategy.md');
    spawnSync('rm', [link]);
    symlinkSync('/dev/zero', link);
    const check = strategy(dir, ['render', '--check']);
    expect(check).toMatchObject({ code: 1, signal: null });
    expect(check.stderr).toMatch(/Out of date with the strategy: docs\/strategy\.md\./);
    const again = strategy(dir, ['render']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/docs\/strategy\.md was not made by strategy render/);
  });

  it('a template linking to a file outside its folder is refused', () => {
    const dir = folder();
    mkdirSync(join(dir, 'house', 'partials'), { recursive: true });
    symlinkSync('/etc/passwd', join(dir, 'house', 'partials', 'goals.hbs'));
    const result = strategy(dir, ['render', '--templates', 'house', '--stdout']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/house\/partials\/goals\.hbs is a link to a file outside the templates folder/);
    expect(result.stdout).not.toMatch(/root:/);
  });

  it('two inits at once: one writes, the other stops, and the file is whole', async () => {
    const dir = mkdtempSync(join(project, 'special-init-'));
    writeFileSync(join(dir, 'a.yaml'), 'language: en\norganisation: {name: First College}\n');
    writeFileSync(join(dir, 'b.yaml'), 'language: en\norganisation: {name: Second College}\n');
    const run = (answers: string) =>
      new Promise<number | null>((done) => {
        const child = spawn(bin, ['init', '--yes', '--no-interactive', '--answers', answers], { cwd: dir, env, stdio: 'ignore' });
        child.on('exit', done);
      });
    for (let round = 0; round < 3; round++) {
      spawnSync('rm', ['-f', join(dir, 'strategy.yaml')]);
      const codes = (await Promise.all([run('a.yaml'), run('b.yaml')])).sort();
      expect(codes).toEqual([0, 2]);
      const written = parse(readFileSync(join(dir, 'strategy.yaml'), 'utf8')) as { organisation: { name: string } };
      expect(['First College', 'Second College']).toContain(written.organisation.name);
    }
  }, 60_000);
});

describe('two inits editing one strategy, as installed', () => {
  it('never lose an update: each either writes on top of the other or stops', async () => {
    const dir = mkdtempSync(join(project, 'special-edit-'));
    const run = (args: string[]) =>
      new Promise<number | null>((done) => {
        const child = spawn(bin, args, { cwd: dir, env, stdio: 'ignore' });
        child.on('exit', done);
      });
    for (let round = 0; round < 3; round++) {
      expect(strategy(dir, ['init', '--example', 'university-en', '--no-interactive', '--force']).code).toBe(0);
      const codes = await Promise.all([
        run(['init', '--no-interactive', '--block', 'vision', '--set', 'organisation.vision=First vision']),
        run(['init', '--no-interactive', '--block', 'vision', '--set', 'crisis.spokesperson=Second spokesperson']),
      ]);
      const text = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
      if (codes[0] === 0) expect(text).toMatch(/First vision/);
      if (codes[1] === 0) expect(text).toMatch(/Second spokesperson/);
      expect(codes.filter((code) => code === 0).length).toBeGreaterThan(0);
      expect(codes.every((code) => code === 0 || code === 2)).toBe(true);
    }
  }, 60_000);
});

describe('render and its own files', () => {
  it.each(['.strategy-render.json', '.strategy-render.lock'])(
    'refuses a pipe named %s instead of waiting on it forever',
    (name) => {
      const dir = folder();
      mkdirSync(join(dir, 'docs'));
      spawnSync('mkfifo', [join(dir, 'docs', name)]);
      const result = strategy(dir, ['render']);
      expect(result.signal).toBeNull();
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/not a regular file/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    },
    40_000,
  );

  it('leaves a .tmp file that is not its own alone, and survives a manifest written by hand', () => {
    const dir = folder();
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', '.meeting-notes.backup.tmp'), 'mine\n');
    writeFileSync(join(dir, 'docs', '.strategy-render.json'), '{"files":{"calendar.ics":true,"strategy.md":null}}');
    const result = strategy(dir, ['render']);
    expect(result.stderr).not.toMatch(/Internal error/);
    expect(readFileSync(join(dir, 'docs', '.meeting-notes.backup.tmp'), 'utf8')).toBe('mine\n');
  });
});

describe('render as one step, as installed', () => {
  /** A strategy whose render takes long enough to be stopped half-way. */
  function bigStrategy(dir: string): void {
    const items = Array.from(
      { length: 2000 },
      (_, i) =>
        `    - {date: 2026-${String(9 + (i % 4)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}, title: "Post ${i}", channel: ig}`,
    );
    // The complete minimal strategy, so that render does not refuse it, with many items.
    const base = readFileSync(join(packageRoot, 'test/fixtures/minimal-valid.yaml'), 'utf8');
    writeFileSync(join(dir, 'strategy.yaml'), [base.trimEnd(), 'calendar:', '  items:', ...items, ''].join('\n'));
  }

  it('two renders into one folder at once leave one whole set that render --check accepts', async () => {
    const dir = mkdtempSync(join(project, 'special-renders-'));
    bigStrategy(dir);
    const run = (args: string[]) =>
      new Promise<number | null>((done) => {
        const child = spawn(bin, args, { cwd: dir, env, stdio: 'ignore' });
        child.on('exit', done);
      });
    for (let round = 0; round < 2; round++) {
      expect(await Promise.all([run(['render', '--force']), run(['render', '--force'])])).toEqual([0, 0]);
      expect(strategy(dir, ['render', '--check']).code).toBe(0);
    }
  }, 120_000);

  it('a render stopped by SIGTERM or SIGINT at any moment leaves nothing the next run misreads', async () => {
    const dir = mkdtempSync(join(project, 'special-signals-'));
    bigStrategy(dir);
    expect(strategy(dir, ['render']).code).toBe(0);
    // A change, so each stopped run has new files to write.
    for (const [round, signal] of (['SIGTERM', 'SIGINT', 'SIGTERM', 'SIGINT'] as const).entries()) {
      writeFileSync(
        join(dir, 'strategy.yaml'),
        readFileSync(join(dir, 'strategy.yaml'), 'utf8').replace(/title: "Post 0[^"]*"/, `title: "Post 0 round ${round}"`),
      );
      const child = spawn(bin, ['render'], { cwd: dir, env, stdio: 'ignore' });
      const exited = new Promise((done) => child.on('exit', done));
      // From just after the start to well into the writing: 100, 350, 600 and 850 ms.
      await new Promise((done) => setTimeout(done, 100 + round * 250));
      child.kill(signal);
      await exited;
      const again = strategy(dir, ['render']);
      expect(again.code, again.stderr).toBe(0);
      expect(strategy(dir, ['render', '--check']).code).toBe(0);
      expect(readdirSync(join(dir, 'docs')).filter((name) => name.endsWith('.tmp') || name.endsWith('.lock'))).toEqual([]);
    }
  }, 120_000);
});
