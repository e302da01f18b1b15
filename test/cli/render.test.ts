// `strategy render`, `strategy calendar` and `strategy templates eject`, in-process on real files.
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/main.js';
import { captureIo, packageRoot } from '../helpers/io.js';

function workspace(example = 'mbo'): string {
  const dir = mkdtempSync(join(tmpdir(), 'strategy-render-'));
  copyFileSync(join(packageRoot, 'examples', example, 'strategy.yaml'), join(dir, 'strategy.yaml'));
  return dir;
}

async function strategy(dir: string, ...args: string[]) {
  const io = captureIo({ cwd: dir });
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err() };
}

const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');

describe('strategy render', () => {
  it('writes the document and every calendar export into docs/, with a manifest', async () => {
    const dir = workspace();
    const result = await strategy(dir, 'render');
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/4 bestanden geschreven naar docs\./);
    expect(readdirSync(join(dir, 'docs')).sort()).toEqual([
      '.strategy-render.json',
      'calendar.csv',
      'calendar.ics',
      'calendar.md',
      'strategy.md',
    ]);
    expect(read(dir, 'docs/strategy.md')).toMatch(/^\[\/\/\]: # "Gemaakt door strategy render/);
  });

  it('gives the same bytes on a second run, and --check then passes', async () => {
    const dir = workspace();
    await strategy(dir, 'render');
    const first = ['strategy.md', 'calendar.md', 'calendar.csv', 'calendar.ics'].map((f) => read(dir, `docs/${f}`));
    expect(await strategy(dir, 'render')).toMatchObject({ code: 0 });
    expect(['strategy.md', 'calendar.md', 'calendar.csv', 'calendar.ics'].map((f) => read(dir, `docs/${f}`))).toEqual(first);
    expect(await strategy(dir, 'render', '--check')).toMatchObject({ code: 0 });
  });

  it('--check exits 1 and names the files when the strategy changed', async () => {
    const dir = workspace();
    await strategy(dir, 'render');
    writeFileSync(
      join(dir, 'strategy.yaml'),
      read(dir, 'strategy.yaml').replace('name: Vakcollege Zuiderhaven', 'name: Vakcollege Noorderhaven'),
    );
    const result = await strategy(dir, 'render', '--check');
    expect(result.code).toBe(1);
    // The CSV names no organisation and its UIDs do not depend on the name: it stays as it was.
    expect(result.err).toMatch(/docs\/strategy\.md, docs\/calendar\.md en docs\/calendar\.ics/);
  });

  it('refuses to overwrite a file edited by hand, or one it did not make, and writes nothing', async () => {
    const dir = workspace();
    await strategy(dir, 'render');
    writeFileSync(join(dir, 'docs/calendar.csv'), `${read(dir, 'docs/calendar.csv')}extra;row\n`);
    writeFileSync(join(dir, 'strategy.yaml'), read(dir, 'strategy.yaml').replace('Vakcollege Zuiderhaven', 'Vakcollege Noorderhaven'));
    const before = read(dir, 'docs/strategy.md');
    const result = await strategy(dir, 'render');
    expect(result.code).toBe(2);
    // The strategy is Dutch, and so is everything the run says.
    expect(result.err).toMatch(/docs\/calendar\.csv is niet door strategy render gemaakt.*--force/);
    expect(read(dir, 'docs/strategy.md')).toBe(before);
    expect(await strategy(dir, 'render', '--force')).toMatchObject({ code: 0 });
    expect(read(dir, 'docs/strategy.md')).toMatch(/Noorderhaven/);

    const other = workspace();
    mkdirSync(join(other, 'docs'));
    writeFileSync(join(other, 'docs/strategy.md'), '# Our own notes\n');
    expect((await strategy(other, 'render')).code).toBe(2);
    expect(read(other, 'docs/strategy.md')).toBe('# Our own notes\n');
  });

  it('records a fingerprint per file, and still recognises files recorded by SHA-256', async () => {
    const dir = workspace();
    await strategy(dir, 'render');
    const manifestFile = join(dir, 'docs/.strategy-render.json');
    const manifest = JSON.parse(read(dir, 'docs/.strategy-render.json')) as { files: Record<string, string> };
    const csv = readFileSync(join(dir, 'docs/calendar.csv'));
    expect(manifest.files['calendar.csv']).toBe(`crc32:${crc32(csv).toString(16).padStart(8, '0')}:${csv.byteLength}`);

    const files = Object.fromEntries(
      Object.keys(manifest.files).map((name) => [
        name,
        createHash('sha256')
          .update(readFileSync(join(dir, 'docs', name)))
          .digest('hex'),
      ]),
    );
    writeFileSync(manifestFile, JSON.stringify({ version: 1, files }));
    writeFileSync(join(dir, 'strategy.yaml'), read(dir, 'strategy.yaml').replace('Vakcollege Zuiderhaven', 'Vakcollege Noorderhaven'));
    expect(await strategy(dir, 'render')).toMatchObject({ code: 0 });
    expect(read(dir, 'docs/strategy.md')).toMatch(/Noorderhaven/);
  });

  it('--out-dir, --only and --stdout', async () => {
    const dir = workspace('university-en');
    expect(await strategy(dir, 'render', '--out-dir', 'wiki', '--only', 'strategy,ics')).toMatchObject({ code: 0 });
    expect(readdirSync(join(dir, 'wiki')).sort()).toEqual(['.strategy-render.json', 'calendar.ics', 'strategy.md']);
    const printed = await strategy(dir, 'render', '--stdout');
    expect(printed.out).toMatch(/^# Social-media strategy Northbridge University of Applied Sciences$/m);
    expect(readdirSync(dir).sort()).toEqual(['strategy.yaml', 'wiki']);
    expect(await strategy(dir, 'render', '--only', 'pdf')).toMatchObject({ code: 2, err: expect.stringMatching(/Unknown output "pdf"/) });
  });

  it('--format yaml writes the normalised strategy with defaults and derived figures', async () => {
    const dir = workspace('university-en');
    expect(await strategy(dir, 'render', '--format', 'yaml')).toMatchObject({ code: 0 });
    const normalised = parse(read(dir, 'docs/strategy.normalised.yaml')) as {
      channels: Record<string, { visibility: string }>;
      calendar: { timezone: string };
      derived: { cadence_hours_per_week: number; team_hours_per_week: number; minutes_per_week_per_channel: Record<string, number> };
    };
    expect(normalised.channels.youtube?.visibility).toBe('public');
    expect(normalised.calendar.timezone).toBe('Europe/Amsterdam');
    expect(normalised.derived).toMatchObject({
      team_hours_per_week: 46,
      minutes_per_week_per_channel: { instagram: 285, youtube: 120, linkedin: 100 },
    });
  });

  it('uses a template from --templates and keeps the built-in ones for the rest', async () => {
    const dir = workspace('university-en');
    mkdirSync(join(dir, 'house/partials'), { recursive: true });
    writeFileSync(join(dir, 'house/partials/reflection.hbs'), '## Looking back\n\n{{reflection.rose}}\n');
    expect(await strategy(dir, 'render', '--templates', 'house')).toMatchObject({ code: 0 });
    const text = read(dir, 'docs/strategy.md');
    expect(text).toMatch(/^## Looking back\n\nStudent ambassadors are keen/m);
    expect(text).toMatch(/^## Goals$/m);
  });

  it('escapes user text in a template given at run time too', async () => {
    const dir = workspace('university-en');
    writeFileSync(
      join(dir, 'strategy.yaml'),
      read(dir, 'strategy.yaml').replace(/^ {2}rose: .*/m, '  rose: "<b>bold</b> | [x](javascript:y)"'),
    );
    mkdirSync(join(dir, 'house/partials'), { recursive: true });
    writeFileSync(join(dir, 'house/partials/reflection.hbs'), '## Looking back\n\n{{reflection.rose}}\n');
    expect(await strategy(dir, 'render', '--templates', 'house')).toMatchObject({ code: 0 });
    expect(read(dir, 'docs/strategy.md')).toMatch(/^\\<b\\>bold\\<\/b\\> \\\| \\\[x\\\]\(javascript:y\)$/m);
  });

  it('reports a broken template with its name, exit 2', async () => {
    const dir = workspace('university-en');
    mkdirSync(join(dir, 'house/partials'), { recursive: true });
    writeFileSync(join(dir, 'house/partials/goals.hbs'), '{{#each goals}}{{nme}}{{/each}}');
    const result = await strategy(dir, 'render', '--templates', 'house');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/strategy\.md\.hbs cannot be used: "nme" not defined/);
  });

  it('refuses an invalid strategy with its errors', async () => {
    const dir = workspace('university-en');
    const valid = readFileSync(join(packageRoot, 'test/fixtures/minimal-valid.yaml'), 'utf8');
    writeFileSync(join(dir, 'strategy.yaml'), `${valid}gaols: {}\n`);
    const result = await strategy(dir, 'render');
    expect(result.code).toBe(2);
    // The typo is on the line after the valid strategy's last.
    const line = valid.split('\n').length;
    expect(result.err).toContain(`strategy.yaml:${line}:1  error  schema  Unknown key "gaols"`);
    expect(result.err).toMatch(/has 1 error \(above\); fix it first/);
  });
});

describe('strategy templates eject', () => {
  it('copies the built-in templates, which render the same document', async () => {
    const dir = workspace('university-en');
    expect(await strategy(dir, 'templates', 'eject', 'house')).toMatchObject({
      code: 0,
      out: expect.stringMatching(/20 templates copied to house/),
    });
    expect(readdirSync(join(dir, 'house/partials'))).toContain('goals.hbs');
    const builtIn = await strategy(dir, 'render', '--stdout');
    const ejected = await strategy(dir, 'render', '--stdout', '--templates', 'house');
    expect(ejected.out).toBe(builtIn.out);
    expect((await strategy(dir, 'templates', 'eject', 'house')).code).toBe(2);
    expect((await strategy(dir, 'templates', 'eject', 'house', '--force')).code).toBe(0);
  });
});

describe('strategy calendar', () => {
  it('prints a range for one channel in the terminal', async () => {
    const dir = workspace();
    const result = await strategy(dir, 'calendar', '--from', '2026-11-16', '--to', '2026-11-21', '--channel', 'facebook');
    expect(result.code).toBe(0);
    expect(result.out.trim().split('\n')).toEqual([
      '2 berichten en 1 belangrijke datum van 16 november 2026 tot en met 21 november 2026.',
      '',
      expect.stringMatching(/^Week +Datum +Dag +Tijd +Kanaal +Maker +Onderwerp$/),
      expect.stringMatching(/^47 +2026-11-16 +ma +19:30 +Facebook +Sanne de Vries +Kiezen en aanmelden$/),
      expect.stringMatching(/^47 +2026-11-19 +do +19:30 +Facebook +Sanne de Vries +Praktische info open dag/),
      expect.stringMatching(/^47 +2026-11-21 +za +★ Belangrijke datum +Open dag \(Instagram, Facebook, TikTok\)$/),
    ]);
  });

  it('prints one export', async () => {
    const dir = workspace();
    expect((await strategy(dir, 'calendar', '--format', 'ics')).out).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect((await strategy(dir, 'calendar', '--format', 'csv', '--to', '2026-09-01')).out.split('\r\n')[0]).toMatch(
      /^\uFEFFWeek;Datum;T\/m;Dag;/,
    );
  });

  it('rejects a date that is not YYYY-MM-DD', async () => {
    expect(await strategy(workspace(), 'calendar', '--from', '1-9-2026')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--from needs a date as YYYY-MM-DD/),
    });
  });
});

describe('render through the built binary', () => {
  it('renders an example and then passes --check', () => {
    const dir = workspace('adult-education');
    const bin = join(packageRoot, 'bin/strategy.cjs');
    const env = { PATH: process.env.PATH ?? '', LANG: 'en_GB.UTF-8', TZ: 'America/New_York' };
    const first = spawnSync(process.execPath, [bin, 'render'], { cwd: dir, env, encoding: 'utf8' });
    expect(first.status, first.stderr).toBe(0);
    const check = spawnSync(process.execPath, [bin, 'render', '--check'], { cwd: dir, env, encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    expect(read(dir, 'docs/calendar.ics')).toMatch(/DTSTART;TZID=Europe\/Amsterdam:20260908T190000/);
  });
});
