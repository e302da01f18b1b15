// Failures of the file system, injected into Io: a clear message, exit 2, and the previous
// files (and any draft) untouched.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import type { FileSystem } from '../../src/io.js';
import { captureIo, packageRoot } from '../helpers/io.js';

function failing(code: string, on: keyof FileSystem, when: (path: string) => boolean = () => true) {
  return (fs: FileSystem): FileSystem => ({
    ...fs,
    [on]: async (path: string, ...rest: unknown[]) => {
      if (when(path)) throw Object.assign(new Error(`${code}: injected`), { code });
      return (fs[on] as (...args: unknown[]) => Promise<unknown>)(path, ...rest);
    },
  });
}

async function strategy(dir: string, args: string[], inject?: (fs: FileSystem) => FileSystem) {
  const io = captureIo({ cwd: dir });
  const withFault = inject ? { ...io, fs: inject(io.fs) } : io;
  const code = await run(args, withFault);
  return { code, out: io.out(), err: io.err() };
}

function rendered(): string {
  const dir = mkdtempSync(join(tmpdir(), 'strategy-faults-'));
  copyFileSync(join(packageRoot, 'examples/mbo/strategy.yaml'), join(dir, 'strategy.yaml'));
  return dir;
}

const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

describe('faults while writing', () => {
  it.each([
    ['disk full', 'ENOSPC', 'writeFile'],
    ['read-only directory', 'EROFS', 'writeFile'],
    ['permission denied', 'EACCES', 'rename'],
    ['file deleted between check and write', 'ENOENT', 'rename'],
  ] as const)('%s: render says so, exits 2, and leaves the previous documents whole', async (_, code, on) => {
    const dir = rendered();
    expect((await strategy(dir, ['render'])).code).toBe(0);
    const before = snapshot(join(dir, 'docs'));
    writeFileSync(join(dir, 'strategy.yaml'), readFileSync(join(dir, 'strategy.yaml'), 'utf8').replace('Zuiderhaven', 'Noorderhaven'));
    const result = await strategy(dir, ['--lang', 'en', 'render'], failing(code, on));
    expect(result.code).toBe(2);
    // The first write that fails is named: the folder, the manifest or a document.
    expect(result.err).toMatch(new RegExp(`^strategy: Cannot write docs(/[\\w.-]+)?: ${code}\\. Nothing was changed\\.`));
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(snapshot(join(dir, 'docs'))).toEqual(before);
  });

  it('a rename failing half-way says what was written and what was not, and the next run finishes', async () => {
    const dir = rendered();
    expect((await strategy(dir, ['render'])).code).toBe(0);
    writeFileSync(join(dir, 'strategy.yaml'), readFileSync(join(dir, 'strategy.yaml'), 'utf8').replace('Zuiderhaven', 'Noorderhaven'));
    let renames = 0;
    const secondRenameFails = (fs: FileSystem): FileSystem => ({
      ...fs,
      rename: async (from: string, to: string) => {
        // The first rename is the manifest's; then strategy.md; then calendar.md fails.
        renames += 1;
        if (renames === 3) throw Object.assign(new Error('EIO: injected'), { code: 'EIO' });
        return fs.rename(from, to);
      },
    });
    const result = await strategy(dir, ['--lang', 'en', 'render'], secondRenameFails);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /^strategy: Cannot write docs\/calendar\.md: EIO\. Written: docs\/strategy\.md; left as they were: docs\/calendar\.md, docs\/calendar\.csv and docs\/calendar\.ics\./m,
    );
    expect(readFileSync(join(dir, 'docs/strategy.md'), 'utf8')).toMatch(/Noorderhaven/);
    // The next run recognises both the new and the old files as its own and finishes.
    expect((await strategy(dir, ['render'])).code).toBe(0);
    expect((await strategy(dir, ['render', '--check'])).code).toBe(0);
  });

  it('a target path that is a directory', async () => {
    const dir = rendered();
    mkdirSync(join(dir, 'docs/strategy.md'), { recursive: true });
    const result = await strategy(dir, ['--lang', 'en', 'render', '--force']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/Cannot (read|write) .*strategy\.md/);
  });

  it('init on a read-only directory keeps the draft and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategy-faults-'));
    writeFileSync(join(dir, '.strategy-draft.yaml'), 'next: 2\nstrategy:\n  version: 1\n');
    const result = await strategy(dir, ['--lang', 'en', 'init', '--example', 'mbo'], failing('EROFS', 'writeFile'));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/Cannot write strategy\.yaml: EROFS\. Nothing was changed\./);
    expect(readdirSync(dir)).toEqual(['.strategy-draft.yaml']);
    expect(readFileSync(join(dir, '.strategy-draft.yaml'), 'utf8')).toBe('next: 2\nstrategy:\n  version: 1\n');
  });

  it('check --output on a full disk', async () => {
    const result = await strategy(
      packageRoot,
      ['--lang', 'en', 'check', 'examples/mbo/strategy.yaml', '--format', 'sarif', '--output', join(tmpdir(), 'x.sarif')],
      failing('ENOSPC', 'writeFile'),
    );
    expect(result).toMatchObject({ code: 2, err: expect.stringMatching(/Cannot write .*x\.sarif: ENOSPC/) });
  });
});

describe('two renders into the same folder at once', () => {
  it('never leave a half-written file', async () => {
    const dir = rendered();
    const bin = join(packageRoot, 'bin/strategy.cjs');
    const once = () =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [bin, 'render', '--force'], {
          cwd: dir,
          stdio: 'ignore',
          env: { PATH: process.env.PATH ?? '' },
        });
        child.on('exit', resolve);
      });
    const codes = await Promise.all([once(), once(), once()]);
    expect(codes.every((code) => code === 0 || code === 2)).toBe(true);
    expect(codes).toContain(0);
    const single = rendered();
    expect((await strategy(single, ['render'])).code).toBe(0);
    for (const name of ['strategy.md', 'calendar.md', 'calendar.csv', 'calendar.ics']) {
      expect(readFileSync(join(dir, 'docs', name), 'utf8')).toBe(readFileSync(join(single, 'docs', name), 'utf8'));
    }
    expect(readdirSync(join(dir, 'docs')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
