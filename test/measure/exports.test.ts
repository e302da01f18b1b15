// strategy measure import on the platforms' analytics exports (test/fixtures/exports, built
// from the documented column sets, no real personal data): each KPI's `import` takes the
// expected numbers from Meta's post exports (Dutch, English and German headings), Meta's
// UTF-16 one-figure file, LinkedIn's workbooks and TikTok's CSVs; a period the export does not
// cover whole is left out; importing twice adds nothing; the comments of strategy.yaml survive.
// The strategy whose KPIs say what feeds them is importing.yaml.
import { cpSync, mkdtempSync, renameSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/main.js';
import { captureIo, packageRoot } from '../helpers/io.js';
import type { Strategy } from '../../src/model/strategy.js';
import { EXPORT_HEADINGS, FIGURES, figureOf } from '../../src/measure/exports.js';
import { readDate, readFigure } from '../../src/measure/formats.js';
import { dateOrder, decimalMark } from '../../src/measure/formats.js';
import { aggregate } from '../../src/measure/aggregate.js';
import * as XLSX from '@e965/xlsx';

const FIXTURES = join(packageRoot, 'test/fixtures/exports');

/** The TikTok overview imported into the fixture strategy with its measurements written as `list`. */
async function importIntoList(list: string) {
  const dir = project();
  const text = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
  writeFileSync(join(dir, 'strategy.yaml'), text.replace('  measurements:\n    - {kpi: followers, date: 2026-11-01, value: 1260}', list));
  return { dir, result: await importing(dir, 'tiktok-overview.csv') };
}

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'exports-'));
  cpSync(FIXTURES, dir, { recursive: true });
  renameSync(join(dir, 'importing.yaml'), join(dir, 'strategy.yaml'));
  return dir;
}

/** The imported measurements, by KPI: [date, value]. */
function imported(dir: string): Record<string, [string, number][]> {
  const strategy = parse(readFileSync(join(dir, 'strategy.yaml'), 'utf8')) as Strategy;
  const out: Record<string, [string, number][]> = {};
  for (const m of strategy.control!.measurements!) (out[m!.kpi] ??= []).push([m!.date, m!.value]);
  return out;
}

async function importing(dir: string, ...files: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo({ cwd: dir });
  const code = await run(['--lang', 'en', 'measure', 'import', ...files], io);
  return { code, out: io.out(), err: io.err() };
}

/** A zip file of one stored entry whose central directory declares `size` bytes unpacked. */
function zipDeclaring(name: string, size: number): Buffer {
  const file = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(file.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(file.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + file.length, 12);
  end.writeUInt32LE(local.length + file.length, 16);
  return Buffer.concat([local, file, central, file, end]);
}

describe('measure import from platform exports', () => {
  // Each export alone: the KPI it feeds gets the figure of October 2026 (summed from the
  // fixture's rows by hand), and November, which has not ended or is not covered whole, is left out.
  const cases: [string, string, number, RegExp][] = [
    // Dutch headings: Bereik and Volgt; "1.812", "6.240" and "1,1K"; Publicatietijdstip with a named month.
    ['meta-instagram-posts-nl.csv', 'ig-reach', 1812 + 6240 + 702, /ig-reach: 2026-11 left out, it has not ended yet/],
    // English headings with "3,120"; the column "Reactions", not "Reactions, Comments and Shares".
    ['meta-facebook-posts-en.csv', 'fb-reactions', 120 + 85, /fb-reactions: 2026-11 left out/],
    // UTF-16 with a BOM, a "sep=," line, the title "Instagram follows" and only the days with follows.
    ['meta-instagram-follows.csv', 'ig-follows', 46, /ig-follows: 2026-11 left out, the export does not cover it whole/],
    // German headings: Reichweite with "1.812" and "1.000", dates 02.10.2026.
    ['meta-instagram-posts-de.csv', 'ig-reach', 1812 + 1000, /^/],
    // Every field quoted, "October 1" without a year, one day written as 1.2K.
    ['tiktok-overview.csv', 'tt-views', 17797, /tt-views: 2026-11 left out/],
    // The running total: the last day of October.
    ['tiktok-follower-history.csv', 'tt-followers', 2464, /tt-followers: 2026-11 left out/],
    // A note above the headings of the sheet "Metrics"; "Impressions (total)"; dates as text 10/01/2026.
    ['linkedin-content.xlsx', 'li-impressions', 13685, /li-impressions: 2026-11 left out/],
    // "Total followers" of the sheet "New followers" is the new followers of the day.
    ['linkedin-followers.xlsx', 'li-new-followers', 60, /li-new-followers: 2026-11 left out/],
    // The same export as LinkedIn hands it out, an old-style .xls workbook, read directly.
    ['linkedin-followers.xls', 'li-new-followers', 60, /li-new-followers: 2026-11 left out/],
  ];
  it.each(cases)('%s gives %s its October figure', async (file, kpi, value, note) => {
    const dir = project();
    const result = await importing(dir, file);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(imported(dir)[kpi]).toEqual([['2026-10-31', value]]);
    expect(result.out).toContain(`+ { kpi: ${kpi}, date: 2026-10-31, value: ${value} }`);
    expect(result.out).toMatch(note);
  });

  it.each([
    ['Bereik op Instagram', 'Datum', 'Primair'],
    ['Instagram-bereik', 'Datum', 'Primary'],
    ['Instagram reach', 'Date', 'Primary'],
  ])('reads a one-figure Meta file titled "%s", in UTF-16 with the days of October', async (title, date, primary) => {
    const dir = project();
    // Each day of October its own day number, so the month's reach is 1 + 2 + … + 31.
    const days = Array.from({ length: 31 }, (_, i) => `"2026-10-${String(i + 1).padStart(2, '0')}T00:00:00","${i + 1}"`);
    const text = ['sep=,', `"${title}"`, `"${date}","${primary}"`, ...days, ''].join('\r\n');
    writeFileSync(join(dir, 'reach.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const result = await importing(dir, 'reach.csv');
    expect(result.err).toBe('');
    expect(imported(dir)['ig-reach']).toEqual([['2026-10-31', (31 * 32) / 2]]);
  });

  it('stores a rate in the KPI’s unit: a workbook’s fractions as percentages for a KPI in %', async () => {
    const dir = project();
    const strategyFile = join(dir, 'strategy.yaml');
    const text = readFileSync(strategyFile, 'utf8');
    writeFileSync(
      strategyFile,
      text.replace(
        '    li-impressions:',
        '    li-engagement: {goal: grow, metric: LinkedIn engagement rate, unit: "%", frequency: monthly, import: {platform: linkedin, column: engagement_rate, aggregate: mean}}\n    li-impressions:',
      ),
    );
    const result = await importing(dir, 'linkedin-content.xlsx');
    expect(result.err).toBe('');
    // Every day of October has an engagement rate (total) of 0.07 in the workbook: 7% as the KPI counts it.
    expect(imported(dir)['li-engagement']).toEqual([['2026-10-31', 7]]);
  });

  it('takes all exports at once, counts a post in two exports once, prefers daily figures, and adds nothing the second time', async () => {
    const dir = project();
    const before = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    const files = readdirSync(dir)
      .filter((name) => /\.(csv|xlsx)$/.test(name))
      .sort();
    const first = await importing(dir, ...files);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/7 measurements added to strategy\.yaml\.\n$/);
    expect(imported(dir)).toEqual({
      followers: [['2026-11-01', 1260]],
      // The post in both the Dutch and the German export counted once: 8754 + 1000.
      'ig-reach': [['2026-10-31', 9754]],
      // The account's daily follows (46), not the sum of the posts' (28 + 7).
      'ig-follows': [['2026-10-31', 46]],
      'fb-reactions': [['2026-10-31', 205]],
      'li-impressions': [['2026-10-31', 13685]],
      'li-new-followers': [['2026-10-31', 60]],
      'tt-views': [['2026-10-31', 17797]],
      'tt-followers': [['2026-10-31', 2464]],
    });
    const after = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    // Every line of the file before, comments included, is still there in order; only measurements were added.
    const added = after.split('\n').filter((line) => !before.split('\n').includes(line));
    expect(added).toHaveLength(7);
    expect(added.every((line) => /^ {4}- \{ kpi: [a-z-]+, date: 2026-10-31, value: \d+ \}$/.test(line))).toBe(true);
    expect(
      after
        .split('\n')
        .filter((line) => !added.includes(line))
        .join('\n'),
    ).toBe(before);
    expect(after).toContain('    # Fed by the exports in this folder: which platform, which column, how a month becomes one figure.\n');

    const second = await importing(dir, ...files);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/No measurements added to strategy\.yaml \(7 already there\)\.\n$/);
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe(after);
  });

  it('passes over an export no KPI takes among several (an unzipped TikTok folder), and names it', async () => {
    const dir = project();
    writeFileSync(join(dir, 'FollowerActivity.csv'), 'Date,Hour,Active followers\n2026-10-01,0,12\n');
    const result = await importing(dir, 'tiktok-overview.csv', 'FollowerActivity.csv');
    expect(result.code).toBe(0);
    expect(result.out).toContain('"FollowerActivity.csv" passed over: no KPI takes its figures.');
    expect(imported(dir)['tt-views']).toEqual([['2026-10-31', 17797]]);
    // Alone, it is an error that names its columns.
    const alone = await importing(dir, 'FollowerActivity.csv');
    expect(alone.code).toBe(2);
  });

  it('adds to a measurements list written in brackets, and says in Dutch when an export is missing or a folder', async () => {
    const { dir, result } = await importIntoList('  measurements: [{kpi: followers, date: 2026-09-30, value: 1200}]');
    expect(result.err).toBe('');
    expect(imported(dir)).toEqual({ followers: [['2026-09-30', 1200]], 'tt-views': [['2026-10-31', 17797]] });
    const io = captureIo({ cwd: dir });
    expect(await run(['--lang', 'nl', 'measure', 'import', 'nergens.csv'], io)).toBe(2);
    expect(io.err()).toContain('Kan "nergens.csv" niet lezen: dat bestand bestaat niet.');
    writeFileSync(join(dir, 'leeg.csv'), '');
    const empty = captureIo({ cwd: dir });
    expect(await run(['--lang', 'nl', 'measure', 'import', 'leeg.csv'], empty)).toBe(2);
    expect(empty.err()).toContain('"leeg.csv" is leeg: er staan geen kolomkoppen en geen rijen in.');
    const folder = captureIo({ cwd: dir });
    expect(await run(['--lang', 'nl', 'measure', 'import', '.'], folder)).toBe(2);
    expect(folder.err()).toContain('Kan "." niet lezen: het is een map, geen export.');
  });

  it('--dry-run prints the lines and writes nothing', async () => {
    const dir = project();
    const before = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    const result = await importing(dir, 'tiktok-overview.csv', '--dry-run');
    expect(result.out).toMatch(
      /^\+ \{ kpi: tt-views, date: 2026-10-31, value: 17797 \}\n[\s\S]*1 measurement would be added to strategy\.yaml; nothing was written\.\n$/,
    );
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe(before);
  });

  it('names each figure by the heading a Dutch export gives it, a heading it also reads', async () => {
    for (const figure of Object.keys(FIGURES)) {
      expect(EXPORT_HEADINGS.nl![figure], figure).toBeDefined();
      expect(figureOf(EXPORT_HEADINGS.nl![figure]!)).toBe(figure);
    }
    const dir = project();
    const before = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    writeFileSync(join(dir, 'strategy.yaml'), before.replace(/^ {4}tt-views: .*\n/m, ''));
    const io = captureIo({ cwd: dir });
    expect(await run(['--lang', 'nl', 'measure', 'import', 'tiktok-overview.csv'], io)).toBe(2);
    expect(io.err()).toContain('tt-followers: followers (Volgers)');
  });

  it('names the columns it found when no KPI takes an export, and imports nothing', async () => {
    const dir = project();
    const before = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    writeFileSync(join(dir, 'strategy.yaml'), before.replace(/^ {4}tt-views: .*\n/m, ''));
    const result = await importing(dir, 'tiktok-overview.csv');
    expect(result.code).toBe(2);
    expect(result.err).toContain(
      '"tiktok-overview.csv" looks like a tiktok export, but no KPI takes its figures. Its columns: Date, Video Views (views), Profile Views (profile_views), Likes, Comments, Shares. The tiktok KPIs ask for: tt-followers: followers.',
    );
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe(before.replace(/^ {4}tt-views: .*\n/m, ''));
  });

  it('says what to do with a damaged .xls workbook or a zip that is no workbook, and a date it cannot read', async () => {
    const dir = project();
    writeFileSync(join(dir, 'page.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const xls = await importing(dir, 'page.xls');
    expect(xls.code).toBe(2);
    expect(xls.err).toMatch(/"page\.xls" is an old-style Excel file \(\.xls\) that cannot be read.*save it as \.xlsx or \.csv/);
    writeFileSync(join(dir, 'Overview.zip'), Buffer.from('PK\u0003\u0004 not a workbook'));
    const zip = await importing(dir, 'Overview.zip');
    expect(zip.code).toBe(2);
    expect(zip.err).toMatch(/"Overview\.zip" is a zip file but not an Excel workbook \(\.xlsx\)\. Unzip it/);
    // A workbook whose directory says it unpacks to 300 MiB is refused before it is opened.
    writeFileSync(join(dir, 'bomb.xlsx'), zipDeclaring('xl/worksheets/sheet1.xml', 300 * 1024 * 1024));
    const bomb = await importing(dir, 'bomb.xlsx');
    expect(bomb.code).toBe(2);
    expect(bomb.err).toMatch(/bomb\.xlsx is too large to import: it unpacks to more than 8 MiB\. Export a shorter period\./);
    writeFileSync(join(dir, 'bad.csv'), '"Date","Video Views"\n"October 1","5"\n"Octobre 2","6"\n');
    const bad = await importing(dir, 'bad.csv');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/bad\.csv:3: "Octobre 2" is not a date/);
  });
});

/** A sheet of the raw file as rows of text: a CSV by its quotes and commas, a workbook by SheetJS. */
function rawRows(file: string): string[][] {
  const bytes = readFileSync(join(FIXTURES, file));
  if (!file.endsWith('.csv')) {
    const book = XLSX.read(bytes, { type: 'buffer' });
    return XLSX.utils
      .sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, raw: true, defval: '' })
      .map((row) => row.map(String));
  }
  return bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .map((line) => line.match(/"(?:[^"]|"")*"|[^,]+|(?<=,)(?=,|$)|^(?=,)/g)!.map((cell) => cell.replace(/^"|"$/g, '')));
}

/** The October 2026 figure of one column of a raw fixture: the sum of its days (or posts), or the last day's value. */
function october(file: string, heading: string, how: 'sum' | 'last' | 'mean', isOctober: (date: string) => boolean): number {
  const rows = rawRows(file);
  const at = rows.findIndex((row) => row.includes(heading));
  const date = rows[at]!.findIndex((cell) => /^(date|datum|post time)$/i.test(cell));
  const column = rows[at]!.indexOf(heading);
  const values = rows
    .slice(at + 1)
    .filter((row) => isOctober(row[date]!))
    .map((row) => Number(row[column]));
  if (how === 'last') return values[values.length - 1]!;
  const sum = values.reduce((total, value) => total + value, 0);
  return how === 'sum' ? sum : sum / values.length;
}

describe('measure import of the exports a Dutch school also meets (test/fixtures/exports/variants)', () => {
  const inOctober = {
    dutchNamed: (date: string) => / oktober$/.test(date),
    englishNamed: (date: string) => /^October /.test(date),
    dayFirst: (date: string) => /^\d\d-10-2026$/.test(date),
    monthFirst: (date: string) => /^10\/\d\d\/2026$/.test(date),
    iso: (date: string) => date.startsWith('2026-10-'),
  };
  // [export, the KPI (added to the strategy when new), the figure the test works out from the raw file]
  const cases: [string, string, string | undefined, () => number][] = [
    [
      'variants/tiktok-overview-nl.csv',
      'tt-views',
      undefined,
      () => october('variants/tiktok-overview-nl.csv', 'Videoweergaven', 'sum', inOctober.dutchNamed),
    ],
    [
      'variants/tiktok-follower-history-nl.csv',
      'tt-followers',
      undefined,
      () => october('variants/tiktok-follower-history-nl.csv', 'Volgers', 'last', inOctober.dutchNamed),
    ],
    [
      'variants/tiktok-overview.xlsx',
      'tt-views',
      undefined,
      () => october('variants/tiktok-overview.xlsx', 'Video Views', 'sum', inOctober.englishNamed),
    ],
    [
      'variants/tiktok-content.xlsx',
      'tt-views',
      undefined,
      () => october('variants/tiktok-content.xlsx', 'Total views', 'sum', inOctober.iso),
    ],
    [
      'variants/linkedin-followers-nl.xls',
      'li-new-followers',
      undefined,
      () => october('variants/linkedin-followers-nl.xls', 'Totaal aantal volgers', 'sum', inOctober.dayFirst),
    ],
    [
      'variants/linkedin-content-nl.xlsx',
      'li-impressions',
      undefined,
      () => october('variants/linkedin-content-nl.xlsx', 'Impressies (totaal)', 'sum', inOctober.dayFirst),
    ],
    [
      'variants/linkedin-content-nl.xlsx',
      'li-engagement',
      '{goal: grow, metric: LinkedIn engagement rate, unit: "%", frequency: monthly, import: {platform: linkedin, column: engagement_rate, aggregate: mean}}',
      () => 100 * october('variants/linkedin-content-nl.xlsx', 'Engagementpercentage (totaal)', 'mean', inOctober.dayFirst),
    ],
    [
      'variants/linkedin-visitors.xls',
      'li-page-views',
      '{goal: grow, metric: LinkedIn page views, frequency: monthly, import: {platform: linkedin, column: page_views}}',
      () => october('variants/linkedin-visitors.xls', 'Total page views (total)', 'sum', inOctober.monthFirst),
    ],
    [
      'variants/facebook-insights-page.csv',
      'fb-impressions',
      '{goal: grow, metric: Facebook impressions, frequency: monthly, import: {platform: facebook, column: impressions}}',
      () => october('variants/facebook-insights-page.csv', 'Daily Total Impressions', 'sum', inOctober.iso),
    ],
    [
      'variants/facebook-insights-page.csv',
      'fb-likes',
      '{goal: grow, metric: Facebook page likes, frequency: monthly, import: {platform: facebook, column: followers, aggregate: last}}',
      () => october('variants/facebook-insights-page.csv', 'Lifetime Total Likes', 'last', inOctober.iso),
    ],
  ];
  it.each(cases)('%s gives %s its October figure', async (file, kpi, added, truth) => {
    const dir = project();
    if (added) {
      const text = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
      writeFileSync(join(dir, 'strategy.yaml'), text.replace('    li-impressions:', `    ${kpi}: ${added}\n    li-impressions:`));
    }
    const expected = truth();
    expect(expected).toBeGreaterThan(0);
    const result = await importing(dir, file);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const stored = imported(dir)[kpi]!;
    expect(stored).toHaveLength(1);
    expect(stored[0]![0]).toBe('2026-10-31');
    expect(stored[0]![1]).toBeCloseTo(expected, 2);
  });
});

describe('what an export is never misread as', () => {
  /** Imports `files` (name → content) into the fixture strategy, with `kpis` lines added; the stored measurements. */
  async function importOf(files: Record<string, string | Buffer>, kpis: string[] = [], ...args: string[]) {
    const dir = project();
    const text = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    writeFileSync(
      join(dir, 'strategy.yaml'),
      text.replace('    li-impressions:', `${kpis.map((kpi) => `    ${kpi}\n`).join('')}    li-impressions:`),
    );
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    const result = await importing(dir, ...Object.keys(files), ...args);
    return { ...result, stored: result.code === 0 ? imported(dir) : {} };
  }
  const daysOf = (from: string, count: number): string[] =>
    Array.from({ length: count }, (_, i) => new Date(Date.parse(from) + i * 86_400_000).toISOString().slice(0, 10));

  it('leaves out a month a daily export starts or ends inside of, and joins two exports that cover it together', async () => {
    const rows = (days: string[], views: number) => `Date,Video Views\n${days.map((day) => `${day},${views}`).join('\n')}\n`;
    const lateStart = await importOf({ 'Overview.csv': rows(daysOf('2026-09-15', 47), 10) });
    // 15 September to 31 October: September is not whole, October is (31 days of 10).
    expect(lateStart.stored['tt-views']).toEqual([['2026-10-31', 310]]);
    expect(lateStart.out).toMatch(/tt-views: 2026-09 left out, the export does not cover it whole/);
    const halves = await importOf({ 'a.csv': rows(daysOf('2026-10-01', 15), 2), 'b.csv': rows(daysOf('2026-10-16', 16), 3) });
    expect(halves.stored['tt-views']).toEqual([['2026-10-31', 15 * 2 + 16 * 3]]);
  });

  it('refuses two daily exports that disagree on a day, whichever comes first', async () => {
    for (const order of [
      ['a.csv', 'b.csv'],
      ['b.csv', 'a.csv'],
    ]) {
      const files = { a: `Date,Video Views\n2026-10-01,5\n`, b: `Date,Video Views\n2026-10-01,7\n` };
      const result = await importOf(Object.fromEntries(order.map((name) => [name, files[name[0] as 'a' | 'b']])));
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/tt-views .*2026-10-01.*\b(5 .* 7|7 .* 5)\b/);
    }
  });

  it('counts each post of an export Excel saved with rounded ids by its link', async () => {
    // Instagram's ids as Dutch Excel shows them after saving: 1,8E+16 for every post.
    const posts = [
      ['2026-10-05', '1.200'],
      ['2026-10-12', '3.400'],
      ['2026-10-19', '740'],
    ];
    const csv = `Bericht-ID;Permalink;Publicatietijdstip;Bereik\r\n${posts.map(([date, reach], i) => `1,8E+16;https://www.instagram.com/p/C${i}x/;${date} 18:00;${reach}`).join('\r\n')}\r\n`;
    const result = await importOf({ 'posts.csv': csv });
    expect(result.err).toBe('');
    expect(result.stored['ig-reach']).toEqual([['2026-10-31', posts.reduce((sum, [, reach]) => sum + Number(reach!.replace('.', '')), 0)]]);
  });

  it('takes a workbook’s numbers as they are, in a Dutch sheet too', async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['datum', 'kpi', 'waarde'],
        [new Date(Date.UTC(2026, 8, 30)), 'ig-reach', 2.125],
        ['2026-10-31', 'ig-reach', 1240],
      ]),
      'Metingen',
    );
    // A second sheet with notes is no part of the figures.
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Toelichting'], ['Cijfers uit Meta Business Suite']]), 'Toelichting');
    const dir = project();
    writeFileSync(join(dir, 'strategy.yaml'), readFileSync(join(dir, 'strategy.yaml'), 'utf8').replace(/^language: en$/m, 'language: nl'));
    writeFileSync(join(dir, 'metingen.xlsx'), XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
    const result = await importing(dir, 'metingen.xlsx');
    expect(result.err).toBe('');
    expect(imported(dir)['ig-reach']).toEqual([
      ['2026-09-30', 2.125],
      ['2026-10-31', 1240],
    ]);
  });

  it('stores a workbook’s rates in percent for a KPI in % or "procent", to four decimals', async () => {
    const rates = october('variants/linkedin-content-nl.xlsx', 'Engagementpercentage (totaal)', 'mean', (date) =>
      /^\d\d-10-2026$/.test(date),
    );
    const result = await importOf({ 'content.xlsx': readFileSync(join(FIXTURES, 'variants/linkedin-content-nl.xlsx')) }, [
      'li-er: {goal: grow, metric: Engagement, unit: procent, frequency: monthly, import: {platform: linkedin, column: engagement_rate, aggregate: mean}}',
    ]);
    expect(result.stored['li-er']).toEqual([['2026-10-31', Math.round(rates * 100 * 10_000) / 10_000]]);
  });

  it('dates TikTok’s days without a year in the order of the file, across the new year', async () => {
    // Downloaded on 20 December 2025 and imported a year later: 22 November to 19 December 2025.
    const days = daysOf('2025-11-22', 28);
    const named = (day: string) => `${['November', 'December'][Number(day.slice(5, 7)) - 11]} ${Number(day.slice(8))}`;
    const result = await importOf({ 'Overview.csv': `Date,Video Views\n${days.map((day) => `"${named(day)}","10"`).join('\n')}\n` });
    // Neither month is whole, and nothing is dated in 2026.
    expect(result.stored['tt-views'] ?? []).toEqual([]);
    expect(result.out).toMatch(/tt-views: 2025-11 left out/);
    expect(result.out).toMatch(/tt-views: 2025-12 left out/);
  });

  it('does not count the follows a post export credits to its posts as the account’s new followers', async () => {
    const result = await importOf({ 'posts.xlsx': readFileSync(join(FIXTURES, 'linkedin-content.xlsx')) });
    expect(result.stored['li-new-followers']).toBeUndefined();
    expect(result.stored['li-impressions']).toBeDefined();
  });

  it('counts lines that end in a lone CR as lines: a file over the limit is refused', async () => {
    const result = await importOf({ 'mac.csv': `date;kpi;value\r${'2026-10-31;ig-reach;5\r'.repeat(20_001)}` });
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/mac\.csv.*20[.,]00[0-9] lines.*20[.,]000/);
    expect(result.err).not.toMatch(/Internal error|stack/i);
  });

  it('finds the separator by the heading row, not by a caption full of commas', async () => {
    const caption = `"Open dag, kom langs, praat met studenten, docenten, ouders, oud-leerlingen, iedereen, welkom, tot dan, groet, de school"`;
    const csv = `Permalink;Publicatietijdstip;Beschrijving;Bereik\r\nhttps://www.instagram.com/p/A1/;2026-10-05 18:00;${caption};1.200\r\nhttps://www.instagram.com/p/A2/;2026-10-07 18:00;kort;800\r\n`;
    const result = await importOf({ 'posts.csv': csv });
    expect(result.err).toBe('');
    expect(result.stored['ig-reach']).toEqual([['2026-10-31', 2000]]);
  });

  it('combines a KPI’s rows by what it is: a level is its last day, a rate the mean, without an aggregate', async () => {
    const rows = readFileSync(join(FIXTURES, 'tiktok-follower-history.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('","').map((cell) => cell.replace(/"/g, '')));
    const lastOfOctober = Number(rows.filter(([day]) => /October/.test(day!)).pop()![1]);
    const dir = project();
    const text = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    writeFileSync(
      join(dir, 'strategy.yaml'),
      text.replace(
        /^ {4}tt-followers: .*$/m,
        '    tt-followers: {goal: grow, metric: TikTok followers, frequency: monthly, kind: level, import: {platform: tiktok, column: followers}}',
      ),
    );
    const result = await importing(dir, 'tiktok-follower-history.csv');
    expect(result.err).toBe('');
    expect(imported(dir)['tt-followers']).toEqual([['2026-10-31', lastOfOctober]]);
  });

  it('takes the larger figure of a post in two exports, whichever comes first, and refuses a day listed twice with two values', async () => {
    const post = (reach: number) => `Permalink,Publish time,Reach\nhttps://www.instagram.com/p/AAA111/,10/02/2026 18:00,${reach}\n`;
    for (const order of [
      ['a.csv', 'b.csv'],
      ['b.csv', 'a.csv'],
    ]) {
      const result = await importOf(Object.fromEntries(order.map((name) => [name, post(name === 'a.csv' ? 100 : 150)])));
      expect(result.stored['ig-reach']).toEqual([['2026-10-31', 150]]);
    }
    const twice = await importOf({
      'Overview.csv': `Date,Video Views\n${daysOf('2026-10-01', 31)
        .map((day) => `${day},10`)
        .join('\n')}\n2026-10-15,500\n`,
    });
    expect(twice.code).toBe(2);
    expect(twice.err).toMatch(/Overview\.csv:33: tt-views .*2026-10-15.*10 .* 500/);
  });

  it('leaves out a month a daily export skips days of', async () => {
    const days = [...daysOf('2026-10-01', 10), ...daysOf('2026-10-25', 7)];
    const result = await importOf({ 'Overview.csv': `Date,Video Views\n${days.map((day) => `${day},10`).join('\n')}\n` });
    expect(result.stored['tt-views'] ?? []).toEqual([]);
    expect(result.out).toMatch(/tt-views: 2026-10 left out, the export does not cover it whole/);
  });

  it('refuses a workbook whose few bytes stand for more text than an export holds', async () => {
    // Excel's longest cell (32,767 characters) is far from the limit alone, not in every row.
    const long = `5${' '.repeat(30_000)}`;
    const rows: unknown[][] = [
      ['Date', 'Video Views'],
      ...Array.from({ length: 600 }, (_, i) => [`2026-10-${String((i % 28) + 1).padStart(2, '0')}`, long]),
    ];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Sheet1');
    const result = await importOf({
      'Overview.xlsx': XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true, bookSST: true }),
    });
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/Overview\.xlsx is too large to import: its cells hold more than 16 MiB of text/);
  });

  it('adds to a bracketed list whose ] stands on a line of its own, and keeps it there', async () => {
    const { dir, result } = await importIntoList('  measurements: [\n    {kpi: followers, date: 2026-09-30, value: 1200}\n  ]');
    expect(result.err).toBe('');
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toContain(
      '    {kpi: followers, date: 2026-09-30, value: 1200}, { kpi: tt-views, date: 2026-10-31, value: 17797 }\n  ]',
    );
  });

  it('reads the dates and signs Dutch Excel writes', () => {
    expect(readDate('31-okt-2026', '2026-12-06', 'dmy')).toBe('2026-10-31');
    expect(readDate('2026/10/31', '2026-12-06', 'dmy')).toBe('2026-10-31');
    expect(readFigure('\u22125', ',')).toBe(-5);
    expect(readFigure('+5', ',')).toBe(5);
    expect(readFigure('1,2 mln.', ',')).toBe(1_200_000);
    expect(readFigure('1,2 Mio.', ',')).toBe(1_200_000);
  });
});

describe('reading exports', () => {
  it('reads dates as the platforms write them, in the order the column was found to have', () => {
    const today = '2027-01-05';
    expect(readDate('10/02/2026 18:12', today, 'mdy')).toBe('2026-10-02');
    expect(readDate('10/02/2026 18:12', today, 'dmy')).toBe('2026-02-10');
    expect(readDate('2026-10-02T00:00:00', today, 'mdy')).toBe('2026-10-02');
    // Dots are German: always the day first.
    expect(readDate('02.10.2026 18:12', today, 'mdy')).toBe('2026-10-02');
    expect(readDate('2-10-2026', today, 'dmy')).toBe('2026-10-02');
    // Meta's Dutch interface names the month, with a time after it.
    expect(readDate('2 feb. 2027 18:12', today, 'mdy')).toBe('2027-02-02');
    expect(readDate('November 1, 2026 9:05 AM', today, 'dmy')).toBe('2026-11-01');
    // No year (TikTok): the last such day on or before today, across the new year.
    expect(readDate('January 3', today, 'mdy')).toBe('2027-01-03');
    expect(readDate('December 30', today, 'mdy')).toBe('2026-12-30');
    expect(readDate('30 december', today, 'mdy')).toBe('2026-12-30');
    expect(readDate('13/01/2026', today, 'mdy')).toBeUndefined();
    expect(readDate('Lifetime', today, 'mdy')).toBeUndefined();
  });

  it('reads figures with the column’s decimal mark, thousands, K and M, and no value', () => {
    expect(readFigure('1,240', '.')).toBe(1240);
    expect(readFigure('1.240', ',')).toBe(1240);
    expect(readFigure('1.240.000', ',')).toBe(1240000);
    expect(readFigure('1.2K', '.')).toBe(1200);
    expect(readFigure('3,4M', ',')).toBe(3400000);
    expect(readFigure('5,8', ',')).toBe(5.8);
    expect(readFigure('0,125', ',')).toBe(0.125);
    expect(readFigure('2,500', ',')).toBe(2.5);
    expect(readFigure('2,500', '.')).toBe(2500);
    expect(readFigure('0.0712', '.')).toBe(0.0712);
    expect(readFigure('2%', '.')).toBe(2);
    expect(readFigure('1,2,3', '.')).toBeUndefined();
    expect(readFigure('Lifetime', '.')).toBeNull();
    expect(readFigure('', ',')).toBeNull();
    expect(readFigure('abc', '.')).toBeUndefined();
  });

  it('decides the order of a column’s dates and its decimal mark from all its cells, never from one', () => {
    const cells = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 2 }));
    // A day over 12 anywhere settles the order for every row.
    expect(dateOrder(cells('03/02/2027', '25/02/2027'), 'mdy')).toEqual({ value: 'dmy' });
    expect(dateOrder(cells('03/02/2027', '02/25/2027'), 'dmy')).toEqual({ value: 'mdy' });
    expect(dateOrder(cells('03/02/2027', '25/02/2027', '02/26/2027'), null)).toEqual({
      mixed: [
        { text: '25/02/2027', line: 3 },
        { text: '02/26/2027', line: 4 },
      ],
    });
    // Nothing settles it: what is known of the export, else ambiguous at the first such row.
    expect(dateOrder(cells('01/01/2027', '03/02/2027'), 'mdy')).toEqual({ value: 'mdy' });
    expect(dateOrder(cells('01/01/2027', '03/02/2027'), null)).toEqual({ ambiguous: { text: '03/02/2027', line: 3 } });
    expect(decimalMark(cells('2,500', '0,125'), '.')).toEqual({ value: ',' });
    expect(decimalMark(cells('2,500', '1,240.5'), ',')).toEqual({ value: '.' });
    expect(decimalMark(cells('5,8', '1,240.5'), null)).toEqual({
      mixed: [
        { text: '1,240.5', line: 3 },
        { text: '5,8', line: 2 },
      ],
    });
    expect(decimalMark(cells('2,500', '1,240'), null)).toEqual({ ambiguous: { text: '2,500', line: 2 } });
    expect(decimalMark(cells('2,500', '1,240'), '.')).toEqual({ value: '.' });
  });

  it('dates a period on its last day, and leaves out what an export does not cover whole', () => {
    const rows = [
      { date: '2026-12-30', value: 5 },
      { date: '2027-01-02', value: 7 },
    ];
    const days = [{ from: '2026-12-01', to: '2027-01-10', kind: 'days' as const }];
    expect(aggregate(rows, days, { aggregate: 'sum', per: 'month', today: '2027-01-11' })).toEqual({
      figures: [{ date: '2026-12-31', value: 5 }],
      skipped: [{ period: '2027-01', reason: 'incomplete' }],
    });
    expect(aggregate(rows, days, { aggregate: 'last', per: 'week', today: '2027-01-11' }).figures).toEqual([
      { date: '2027-01-03', value: 7 },
    ]);
    // The daily export starts on 1 December: the fourth quarter is not covered whole.
    expect(aggregate(rows, days, { aggregate: 'mean', per: 'quarter', today: '2027-01-11' })).toEqual({
      figures: [],
      skipped: [
        { period: '2026-Q4', reason: 'incomplete' },
        { period: '2027-Q1', reason: 'incomplete' },
      ],
    });
  });

  it('counts a month of daily rows only when the exports together span it, and takes posts where no daily export reaches', () => {
    const october = Array.from({ length: 31 }, (_, i) => ({
      date: `2026-10-${String(i + 1).padStart(2, '0')}`,
      value: 1,
      kind: 'days' as const,
    }));
    const options = { aggregate: 'sum' as const, per: 'month' as const, today: '2026-12-06' };
    // One export from 3 October on: October is not whole, whatever its rows.
    expect(aggregate(october.slice(2), [{ from: '2026-10-03', to: '2026-11-12', kind: 'days' }], options)).toEqual({
      figures: [],
      skipped: [{ period: '2026-10', reason: 'incomplete' }],
    });
    // Two exports of half a month each: whole together.
    const halves = [
      { from: '2026-10-01', to: '2026-10-15', kind: 'days' as const },
      { from: '2026-10-16', to: '2026-10-31', kind: 'days' as const },
    ];
    expect(aggregate(october, halves, options).figures).toEqual([{ date: '2026-10-31', value: 31 }]);
    // Posts in October, a daily export of November only: October from the posts, November from the days.
    const posts = [
      { date: '2026-10-05', value: 400, kind: 'posts' as const },
      { date: '2026-11-05', value: 300, kind: 'posts' as const },
    ];
    const november = Array.from({ length: 30 }, (_, i) => ({
      date: `2026-11-${String(i + 1).padStart(2, '0')}`,
      value: 10,
      kind: 'days' as const,
    }));
    const coverage = [
      { from: '2026-10-05', to: '2026-11-05', kind: 'posts' as const },
      { from: '2026-11-01', to: '2026-11-30', kind: 'days' as const },
    ];
    expect(aggregate([...posts, ...november], coverage, options).figures).toEqual([
      { date: '2026-10-31', value: 400 },
      { date: '2026-11-30', value: 300 },
    ]);
  });
});
