// The shapes of input that once made the command hang, eat memory or leak, each generated
// here and run through the installed command in a child process whose heap is capped at
// 300 MB and which is stopped after 30 s: a row that hangs or grows fails on its exit code.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { stat } from 'node:fs/promises';
import { run } from '../../src/main.js';
import { captureIo, packageRoot } from '../helpers/io.js';

const project = inject('installedProject');
const bin = join(project, 'node_modules', '.bin', 'strategy');
const env = { PATH: process.env.PATH ?? '', LANG: 'en_GB.UTF-8', NODE_OPTIONS: '--max-old-space-size=300' };
const LIMIT = 4 * 1024 * 1024;

function folder(): string {
  const dir = mkdtempSync(join(project, 'attack-'));
  copyFileSync(join(packageRoot, 'test/fixtures/minimal-valid.yaml'), join(dir, 'strategy.yaml'));
  return dir;
}

function strategy(dir: string, args: string[]) {
  const result = spawnSync(bin, args, { cwd: dir, env, encoding: 'utf8', timeout: 30_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** Lines of a stylish report that are findings. */
const findingLines = (out: string): string[] => out.split('\n').filter((line) => /^\S+:\d+:\d+ {2}/.test(line));

describe('nesting is measured before the parser builds anything', () => {
  const shapes: [string, string][] = [
    ['a million brackets, closed', `version: 1\nx: ${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}\n`],
    ['brackets never closed, up to the size limit', `version: 1\nx: ${'['.repeat(LIMIT - 20)}`],
    ['braces never closed', `version: 1\nx: ${'{a: '.repeat(1_000_000)}`],
    ['aliases in brackets, without a space', `version: 1\nx: ${'[*'.repeat(1_000_000)}`],
    ['a list opened on the line of another, a million times', `version: 1\nx:\n  ${'- '.repeat(1_000_000)}y\n`],
    [
      'blocks indented one deeper on every line',
      `version: 1\n${Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} x\n`,
    ],
  ];
  it.each(shapes)(
    '%s: one finding at the place, exit 1',
    (_, text) => {
      const dir = folder();
      writeFileSync(join(dir, 'strategy.yaml'), text);
      const result = strategy(dir, ['check']);
      expect(result.signal).toBeNull();
      expect(result.code).toBe(1);
      const lines = findingLines(result.stdout);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^strategy\.yaml:\d+:\d+ {2}error {2}limits {2}Blocks and lists nest more than 64 levels deep here/);
    },
    40_000,
  );

  it.each([
    ['closing brackets that close nothing', `version: 1\nx: ${']'.repeat(LIMIT - 20)}`, 4_194_284],
    ['a million anchors on one value', `version: 1\nx: ${'&a '.repeat(1_000_000)}`, 1_000_000],
    ['a million tags on one value', `version: 1\nx: ${'!t '.repeat(1_000_000)}`, 1_000_000],
    ['quoted values one after another', `version: 1\nx: ${'"a"'.repeat(1_000_000)}`, 999_999],
    ['a colon after a colon', `version: 1\nx: ${': '.repeat(1_000_000)}`, 1_000_000],
    ['brackets inside a bracketed value', `version: 1\nx: [${'a['.repeat(1_000_000)}`, 1_000_000],
  ])(
    '%s: counted before parsing, one finding',
    (_, text, count) => {
      const dir = folder();
      writeFileSync(join(dir, 'strategy.yaml'), text);
      const result = strategy(dir, ['check']);
      expect(result.code).toBe(1);
      expect(findingLines(result.stdout)).toEqual([
        `strategy.yaml:1:1  error  limits  The file has ${count.toLocaleString('en')} anchors (&), aliases (*), tags (!) and marks out of place (brackets or quotes that open or close nothing, a second colon), more than the limit of 1,000; a strategy needs none or a few. Check the brackets ([ ] and { }) and the quotes.`,
      ]);
    },
    40_000,
  );

  it('a tab on every line is shown five times and counted once', () => {
    const dir = folder();
    writeFileSync(join(dir, 'strategy.yaml'), `version: 1\n${'\tx: 1\n'.repeat(50_000)}`);
    const result = strategy(dir, ['check']);
    expect(result.code).toBe(1);
    const lines = findingLines(result.stdout);
    expect(lines.filter((line) => /A tab is used for indentation/.test(line))).toHaveLength(5);
    expect(lines.length).toBeLessThanOrEqual(11);
    const more = Number(/([\d,]+) more syntax errors like the ones above are not shown/.exec(result.stdout)?.[1]?.replace(/,/g, ''));
    // Every line but the first has a tab and repeats the key: two errors a line, less those shown.
    expect(more + lines.length - 1).toBe(50_000 + 49_999);
  }, 40_000);

  it('sixty thousand unknown keys: five shown, the rest counted', () => {
    const dir = folder();
    const keys = 59_990;
    writeFileSync(join(dir, 'strategy.yaml'), `version: 1\n${Array.from({ length: keys }, (_, i) => `k${i}: ${i}`).join('\n')}\n`);
    const result = strategy(dir, ['check']);
    expect(result.code).toBe(1);
    expect(findingLines(result.stdout).filter((line) => /Unknown key "k\d+"/.test(line))).toHaveLength(5);
    expect(result.stdout).toContain(
      `${(keys - 5).toLocaleString('en')} more errors like the ones above, in the same places, are not shown.`,
    );
  }, 40_000);

  it('the same file reaches render, diff and measure with the same answer', () => {
    const dir = folder();
    writeFileSync(join(dir, 'strategy.yaml'), `version: 1\nx: ${'['.repeat(LIMIT - 20)}`);
    for (const args of [['render'], ['render', '--format', 'yaml'], ['calendar']]) {
      const result = strategy(dir, args);
      expect(result.code, args.join(' ')).toBe(result.code === 1 ? 1 : 2);
      expect(`${result.stdout}${result.stderr}`).toMatch(/more than 64 levels deep/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  }, 60_000);

  it('a strategy that nests as deep as a real one is not refused', () => {
    const dir = folder();
    const result = strategy(dir, ['check']);
    expect(result.stdout).not.toMatch(/levels deep/);
    expect(result.code).toBe(0);
  });
});

describe('only regular files are read', () => {
  it.each([
    [
      'a pipe named as the strategy',
      (dir: string) => spawnSync('mkfifo', [join(dir, 'pipe.yaml')]),
      ['check', 'pipe.yaml'],
      /pipe\.yaml is not a regular file but a pipe, a device or a socket, so it is not read/,
    ],
    ['a device named as the strategy', () => undefined, ['check', '/dev/zero'], /\/dev\/zero is not a regular file/],
    [
      'a pipe named as the answers',
      (dir: string) => spawnSync('mkfifo', [join(dir, 'answers.yaml')]),
      ['init', '--yes', '--answers', 'answers.yaml', '--output', 'new.yaml'],
      /answers\.yaml is not a regular file/,
    ],
    [
      'a pipe named as an export',
      (dir: string) => spawnSync('mkfifo', [join(dir, 'export.csv')]),
      ['measure', 'import', 'export.csv'],
      /export\.csv is not a regular file/,
    ],
  ] as const)('%s: refused at once with exit 2', (_, prepare, args, message) => {
    const dir = folder();
    prepare(dir);
    const result = strategy(dir, [...args]);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(existsSync(join(dir, 'new.yaml'))).toBe(false);
  });
});

describe('outputs that nothing reads', () => {
  it.each([
    ['check --output to a pipe', ['check', '--format', 'json', '--output', 'pipe']],
    ['ci --summary-file to a pipe', ['ci', '--summary-file', 'pipe']],
  ])('%s nobody reads: refused at once', (_, args) => {
    const dir = folder();
    spawnSync('mkfifo', [join(dir, 'pipe')]);
    const result = strategy(dir, args);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/pipe is a pipe that nothing reads \(or a socket\)/);
  });

  it('a pipe under the name of one of several outputs is not replaced', () => {
    const dir = folder();
    spawnSync('mkfifo', [join(dir, 'overview.md')]);
    const result = strategy(dir, ['report', 'strategy.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/overview\.md: not a regular file \(a pipe, a device or a socket\); move it away/);
    expect(statSync(join(dir, 'overview.md')).isFIFO()).toBe(true);
  });

  it('a job summary that is a pipe is not waited on', () => {
    const dir = folder();
    spawnSync('mkfifo', [join(dir, 'summary')]);
    const result = spawnSync(bin, ['ci'], {
      cwd: dir,
      env: { ...env, GITHUB_STEP_SUMMARY: join(dir, 'summary') },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/summary is not a regular file/);
  });
});

describe('system files', () => {
  it.each([['/proc/self/status'], ['/sys/kernel/mm/transparent_hugepage/enabled']])('%s is not read as a strategy', (path) => {
    const dir = folder();
    const result = strategy(dir, ['check', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is inside \/(proc|sys), where the system shows itself; it is not read/);
  });
});

describe('templates', () => {
  it("a pipe under a template's name is refused, not skipped", () => {
    const dir = folder();
    spawnSync('mkdir', ['-p', join(dir, 'house', 'partials')]);
    spawnSync('mkfifo', [join(dir, 'house', 'partials', 'agenda.hbs')]);
    const result = strategy(dir, ['render', '--templates', 'house', '--stdout']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/house\/partials\/agenda\.hbs is not a regular file/);
  });
});

describe('paths a user names', () => {
  it('init --dir inside /proc answers at once and names the folder', () => {
    const dir = folder();
    const result = strategy(dir, ['init', '--yes', '--dir', '/proc/1/nonexistent']);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is inside \/proc, where the system shows itself; no file can be written there/);
  });

  it.each([['strategy.yaml'], ['strategy.yaml/sub']])('render --out-dir %s names the file in the way', (outDir) => {
    const dir = folder();
    const result = strategy(dir, ['render', '--out-dir', outDir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('strategy: strategy.yaml is a file, not a folder, so nothing can be written in it.');
  });

  it('render --out-dir inside /sys is refused the same way', () => {
    const dir = folder();
    const result = strategy(dir, ['render', '--out-dir', '/sys/kernel/strategy-docs']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is inside \/sys/);
  });
});

describe('every way of writing a value checks it the same way', () => {
  it('init --set with a time zone that does not exist writes nothing', () => {
    const dir = mkdtempSync(join(project, 'attack-'));
    const result = strategy(dir, ['init', '--yes', '--set', 'calendar.timezone=Mars/Olympus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--set "calendar\.timezone=Mars\/Olympus": "Mars\/Olympus" is not a known time zone/);
    expect(readdirSync(dir)).toEqual([]);
    const good = strategy(dir, ['init', '--yes', '--set', 'calendar.timezone=Europe/Brussels']);
    expect(good.code).toBe(0);
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toMatch(/timezone: Europe\/Brussels/);
  });
});

describe('an answers file is held to the method like the file itself', () => {
  it('an unknown time zone in the answers stops init, and nothing is written', () => {
    const dir = mkdtempSync(join(project, 'attack-'));
    writeFileSync(join(dir, 'answers.yaml'), 'calendar:\n  timezone: Mars/Olympus\n');
    const result = strategy(dir, ['init', '--yes', '--answers', 'answers.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/"Mars\/Olympus" is not a known time zone/);
    expect(result.stderr).toMatch(/With these values strategy\.yaml would have 1 error by the method \(above\)\. Nothing was written\./);
    expect(readdirSync(dir)).toEqual(['answers.yaml']);
  });
});

describe('conflicting options', () => {
  it('two reports to the same --output are refused, naming both', () => {
    const dir = folder();
    const result = strategy(dir, ['check', '--format', 'json', '--output', 'r', '--format', 'sarif', '--output', './r']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--format json --output r and --format sarif --output \.\/r write the same file/);
    expect(existsSync(join(dir, 'r'))).toBe(false);
  });
});

describe('options that contradict each other', () => {
  it.each([
    [['render', '--stdout', '--out-dir', 'elsewhere'], /option '--stdout' cannot be used with option '-d, --out-dir <dir>'/],
    [['render', '--check', '--stdout'], /option '--stdout' cannot be used with option '--check'/],
  ])('%j is refused, naming both', (args, message) => {
    const dir = folder();
    const result = strategy(dir, args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});

describe('writes', () => {
  const csv = 'datum;kpi;waarde\n2026-11-20;followers;1300\n';

  it('an export of blank lines is refused by its length, not parsed', () => {
    const dir = folder();
    writeFileSync(join(dir, 'blank.csv'), '\n'.repeat(4_000_000));
    const result = strategy(dir, ['measure', 'import', 'blank.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"blank.csv" has 4,000,000 lines, more than the 20,000 an export of a year has.');
  });

  it('a strategy kept private stays private: the staged copy has its mode before the first byte', () => {
    const dir = folder();
    chmodSync(join(dir, 'strategy.yaml'), 0o600);
    writeFileSync(join(dir, 'figures.csv'), csv);
    const result = strategy(dir, ['measure', 'import', 'figures.csv']);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toMatch(/value: 1300/);
    expect(statSync(join(dir, 'strategy.yaml')).mode & 0o777).toBe(0o600);
  });

  it('init --force keeps the permissions of the strategy it replaces', () => {
    const dir = folder();
    chmodSync(join(dir, 'strategy.yaml'), 0o600);
    const result = strategy(dir, ['init', '--no-interactive', '--force', '--example', 'mbo']);
    expect(result.code, result.stderr).toBe(0);
    expect(statSync(join(dir, 'strategy.yaml')).mode & 0o777).toBe(0o600);
  });

  it('a run killed just before or after the rename leaves no copy with wider permissions', async () => {
    const dir = folder();
    chmodSync(join(dir, 'strategy.yaml'), 0o600);
    writeFileSync(join(dir, 'figures.csv'), csv);
    const io = captureIo({ cwd: dir });
    // The mode of the staged copy at the moment it takes the strategy's name: what a kill
    // after the rename would leave.
    const modes: number[] = [];
    const rename = io.fs.rename;
    const fs = {
      ...io.fs,
      rename: async (from: string, to: string) => {
        modes.push((await stat(from)).mode & 0o777);
        await rename(from, to);
      },
    };
    expect(await run(['measure', 'import', 'figures.csv'], { ...io, fs })).toBe(0);
    expect(modes).toEqual([0o600]);
  });

  it('staged copies that a stopped run left behind are cleared by the next write; files of others stay', () => {
    const dir = folder();
    // A process id that no process has: the kernel's maximum is below it.
    const dead = 2 ** 22 + 17;
    writeFileSync(join(dir, `.strategy.yaml.${dead}-abc123.tmp`), 'half a file');
    writeFileSync(join(dir, `.strategy.yaml.${process.pid}-abc123.tmp`), 'still being written');
    writeFileSync(join(dir, '.meeting-notes.backup.tmp'), 'mine');
    writeFileSync(join(dir, 'figures.csv'), csv);
    expect(strategy(dir, ['measure', 'import', 'figures.csv']).code).toBe(0);
    expect(
      readdirSync(dir)
        .filter((name) => name.endsWith('.tmp'))
        .sort(),
    ).toEqual(['.meeting-notes.backup.tmp', `.strategy.yaml.${process.pid}-abc123.tmp`]);
  });
});

describe('one rule for publishing', () => {
  it('a calendar export of a strategy that check fails needs --force', () => {
    const dir = folder();
    const text = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    writeFileSync(join(dir, 'strategy.yaml'), `${text.trimEnd()}\ncalendar:\n  timezone: Mars/Olympus\n`);
    for (const format of ['ics', 'csv', 'md']) {
      const refused = strategy(dir, ['calendar', '--format', format]);
      expect(refused.code, format).toBe(2);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toMatch(/"Mars\/Olympus" is not a known time zone/);
      expect(strategy(dir, ['calendar', '--format', format, '--force']).code).toBe(0);
    }
  });
});

describe('user text on a terminal', () => {
  it('check escapes bidirectional overrides and 8-bit controls in its findings', () => {
    const dir = folder();
    const text = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    writeFileSync(join(dir, 'strategy.yaml'), `${text.trimEnd()}\n"a\\u202Eb\\u009Bc": 1\n`);
    const result = strategy(dir, ['check']);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(/[\u202E\u009B]/);
    expect(result.stdout).toMatch(/a\\u202eb\\u009bc/);
  });

  it('strategy calendar shows a right-to-left override as an escape', () => {
    const dir = folder();
    const text = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    writeFileSync(
      join(dir, 'strategy.yaml'),
      `${text.trimEnd()}\ncalendar:\n  items:\n    - {date: 2026-11-02, title: "Open dag \u202Egnineve", channel: ig}\n`,
    );
    const result = strategy(dir, ['calendar', '--from', '2026-11-01', '--to', '2026-11-07']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(/\u202E/);
    expect(result.stdout).toMatch(/Open dag \\u202egnineve/);
  });
});
