// One export read into measurements: a plain `date;kpi;value` sheet, or a platform's export
// whose columns feed the KPIs that name them (`import`), with the days each export covers.
import { resolve } from 'node:path';
import type { Io } from '../io.js';
import { StrategyError } from '../errors.js';
import type { Kpi, Strategy } from '../model/strategy.js';
import { closest } from '../util/suggest.js';
import {
  MAX_EXPORT_BYTES,
  csvSheet,
  dateColumn,
  decode,
  EXPORT_HEADINGS,
  figureOf,
  normal,
  platformOf,
  workbookSheets,
} from './exports.js';
import { dateOrder, decimalMark, numericDate } from './formats.js';
import type { Platform, Sheet } from './exports.js';
import { readError } from '../errors.js';
import { LEXICONS } from '../i18n/vocabulary.js';

import { cellsOf, dateAt, figureAt, HEADERS, notLater, settled, yearlessDates, CONTINENTAL } from './sheet-values.js';
import type { Measurement, Reading } from './sheet-values.js';

export async function readSheets(io: Io, file: string): Promise<Sheet[]> {
  let bytes: Uint8Array;
  try {
    const read = await io.fs.readUpTo(resolve(io.cwd, file), MAX_EXPORT_BYTES + 1);
    if (read.more) throw new StrategyError('error.import-too-large', { file, limit: MAX_EXPORT_BYTES, what: 'file' });
    bytes = read.bytes;
  } catch (error) {
    if (error instanceof StrategyError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTREG' || code === 'ENXIO' || code === 'ESYSTEM') throw readError(file, error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new StrategyError('error.import-file', { file, reason: 'missing' });
    if (code === 'EISDIR') throw new StrategyError('error.import-file', { file, reason: 'folder' });
    if (code === 'EACCES' || code === 'EPERM') throw new StrategyError('error.import-file', { file, reason: 'denied' });
    throw new StrategyError('error.import-file', { file, reason: 'other', detail: code ?? String(error) });
  }
  // An old-style Excel file (.xls), as LinkedIn gives its follower and visitor exports.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    try {
      return await workbookSheets(file, bytes, 'xls');
    } catch (error) {
      if (error instanceof StrategyError) throw error;
      throw new StrategyError('error.import-xls', { file });
    }
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    try {
      return await workbookSheets(file, bytes);
    } catch (error) {
      if (error instanceof StrategyError) throw error;
      throw new StrategyError('error.import-zip', { file });
    }
  }
  return [csvSheet(file, decode(bytes, file))];
}

/** The plain form: a date, a KPI and a value in every row. */
export function plainRows(sheet: Sheet, kpis: readonly string[], reading: Reading): Measurement[] | undefined {
  const header = sheet.header.map(normal);
  const column = (meaning: keyof typeof HEADERS): number => header.findIndex((name) => HEADERS[meaning].includes(name));
  const [date, kpi, value, note] = [column('date'), column('kpi'), column('value'), column('note')];
  if (date < 0 || kpi < 0 || value < 0) return undefined;
  // The user's own sheet follows the strategy's language (day first and a decimal comma in
  // Dutch), or what the file shows of its own: semicolons between the fields (Excel's CSV where
  // the comma is the decimal mark), or dates with the day first.
  const dates = cellsOf(sheet, date);
  const dayFirst = sheet.delimiter === ';' || LEXICONS[reading.sheetLanguage].dayFirst;
  const order = settled(sheet, dateOrder(dates, reading.dateOrder ?? (dayFirst ? 'dmy' : null)), 'date');
  const continental = dayFirst || dates.some((cell) => (numericDate(cell.text)?.[0] ?? 0) > 12);
  const mark = settled(sheet, decimalMark(cellsOf(sheet, value), reading.decimal ?? (continental ? ',' : '.')), 'number');
  const none = new Map<number, string>();
  const measurements: Measurement[] = [];
  for (const [index, row] of sheet.rows.entries()) {
    const line = sheet.lines[index]!;
    const day = dateAt(sheet, index, date, reading.today, order, none);
    const amount = figureAt(sheet, index, value, mark);
    const id = (row[kpi] ?? '').trim();
    if (!day) throw new StrategyError('error.import-value', { file: sheet.name, line, what: 'date', value: row[date] ?? '' });
    notLater(sheet, line, day, reading);
    if (amount === undefined || amount === null)
      throw new StrategyError('error.import-value', { file: sheet.name, line, what: 'value', value: row[value] ?? '' });
    if (!kpis.includes(id)) {
      const suggestion = closest(id, kpis);
      throw new StrategyError('error.import-kpi', { file: sheet.name, line, kpi: id, kpis, ...(suggestion ? { suggestion } : {}) });
    }
    const text = note >= 0 ? (row[note] ?? '').trim() : '';
    measurements.push({ kpi: id, date: day, value: amount, ...(text ? { note: text } : {}), from: { file: sheet.name, line } });
  }
  return measurements;
}

/** The column of a sheet a KPI's import names: by its figure (reach = Bereik) or by its heading. */
export function columnFor(sheet: Sheet, wanted: string): number {
  const figure = figureOf(wanted);
  const headings = sheet.header.map(normal);
  const exact = headings.indexOf(normal(wanted));
  if (exact >= 0) return exact;
  if (!figure) return -1;
  // Meta's one-figure files: the figure is the title, the column "Primary".
  const primary = headings.findIndex((heading) => PRIMARY.includes(heading));
  if (primary >= 0 && sheet.title && figureOf(sheet.title) === figure) return primary;
  return headings.findIndex((heading) => figureOf(heading) === figure);
}

export interface Feed {
  kpi: string;
  rows: Map<string, { date: string; value: number }>;
  coverage: { from: string; to: string; kind: 'days' | 'posts' }[];
}

/**
 * A rate as a workbook stores it is a fraction (0.0712), shown as a percentage; as a CSV writes
 * it, the percentage (7.12). A KPI counted in % takes the percentage either way.
 */
export function percentScale(sheet: Sheet, column: number, unit: string | undefined): number {
  const heading = normal(sheet.header[column] ?? '');
  const rate = figureOf(heading) === 'engagement_rate' || /\b(rate|ctr)\b|ratio|percentage/.test(heading);
  return PERCENT_UNITS.has(unit?.trim().toLowerCase() ?? '') && rate && sheet.sheet !== undefined ? 100 : 1;
}

/** Meta's one-figure files list only the days with a figure: their first to last day is what they cover. */
export const oneFigure = (sheet: Sheet): boolean => sheet.header.map(normal).some((heading) => PRIMARY.includes(heading));

/** The column of Meta's one-figure files, as the English, Dutch and German interfaces head it. */
export const PRIMARY = ['primary', 'primair', 'primär'];

/**
 * The days an export covers: from its first to its last date (`whole`: posts, which have no row
 * for a day without a post), or each run of consecutive days it has a row for (`runs`: a daily
 * export that skips days does not cover them).
 */
export function coverageOf(dates: readonly string[], how: 'whole' | 'runs'): { from: string; to: string }[] {
  if (dates.length === 0) return [];
  const sorted = [...new Set(dates)].sort();
  if (how === 'whole') return [{ from: sorted[0]!, to: sorted[sorted.length - 1]! }];
  const spans: { from: string; to: string }[] = [];
  for (const day of sorted) {
    const last = spans[spans.length - 1];
    if (last && Date.parse(day) - Date.parse(last.to) === 86_400_000) last.to = day;
    else spans.push({ from: day, to: day });
  }
  return spans;
}

/** What a KPI's unit says of a rate: counted in percent. */
export const PERCENT_UNITS = new Set(['%', 'procent', 'percent', 'percentage', 'prozent']);

/** Headings of the column that names a post: its link first (unique), then its id (Excel may have rounded it to 1,8E+16). */
export const POST_KEYS = ['permalink', 'post link', 'video link', 'link', 'post id', 'bericht-id', 'beitrags-id'];

export function postKey(sheet: Sheet): number[] {
  const headings = sheet.header.map(normal);
  return POST_KEYS.map((key) => headings.indexOf(key)).filter((index) => index >= 0);
}

/** The rows of the platform exports that feed each KPI with an `import`. */
export function feedsFrom(
  sheets: readonly Sheet[],
  kpis: Record<string, Kpi | undefined>,
  options: { platform?: Platform; units: Record<string, string | undefined> } & Reading,
  feeds: Map<string, Feed>,
): { used: boolean; platform?: Platform } {
  let used = false;
  let found: Platform | undefined;
  for (const sheet of sheets) {
    const platform = options.platform ?? platformOf(sheet);
    found ??= platform;
    const dating = dateColumn(sheet);
    if (!platform || !dating) continue;
    // A post is counted once, however many exports it is in: by its link or id.
    const keys = postKey(sheet);
    const headings = sheet.header.map(normal);
    // The platforms' English exports put the month first and write 1,240; their Dutch and
    // German ones, and a file Excel saved with semicolons, the day first and 1.240.
    const continental = headings.some((h) => CONTINENTAL.has(h)) || sheet.delimiter === ';';
    const order = settled(sheet, dateOrder(cellsOf(sheet, dating.index), options.dateOrder ?? (continental ? 'dmy' : 'mdy')), 'date');
    const yearless = yearlessDates(sheet, dating.index, order, options.today);
    // The date of each row, read once for all the KPIs the sheet feeds (and only when one does).
    let days: (string | undefined)[] | undefined;
    let spans: { from: string; to: string; kind: 'days' | 'posts' }[] = [];
    const datesOf = (): (string | undefined)[] => {
      if (days) return days;
      days = sheet.rows.map((row, index) => {
        const date = dateAt(sheet, index, dating.index, options.today, order, yearless);
        if (!date) {
          if ((row[dating.index] ?? '').trim() === '') return undefined;
          throw new StrategyError('error.import-value', {
            file: sheet.name,
            line: sheet.lines[index]!,
            what: 'date',
            value: row[dating.index] ?? '',
          });
        }
        notLater(sheet, sheet.lines[index]!, date, options);
        return date;
      });
      spans = coverageOf(
        days.filter((day) => day !== undefined),
        dating.kind === 'posts' || oneFigure(sheet) ? 'whole' : 'runs',
      ).map((span) => ({ ...span, kind: dating.kind }));
      return days;
    };
    for (const [id, kpi] of Object.entries(kpis)) {
      if (!kpi?.import || kpi.import.platform !== platform) continue;
      const column = columnFor(sheet, kpi.import.column);
      if (column < 0) continue;
      // New followers are the account's: the follows a post export credits to its posts are
      // fewer, and are taken only when the KPI names their column.
      if (dating.kind === 'posts' && figureOf(kpi.import.column) === 'new_followers' && normal(kpi.import.column) !== headings[column])
        continue;
      used = true;
      const feed: Feed = feeds.get(id) ?? { kpi: id, rows: new Map(), coverage: [] };
      feeds.set(id, feed);
      const mark = settled(sheet, decimalMark(cellsOf(sheet, column), options.decimal ?? (continental ? ',' : '.')), 'number');
      const scale = percentScale(sheet, column, options.units[id]);
      const days = datesOf();
      for (const [index, row] of sheet.rows.entries()) {
        const date = days[index];
        if (!date) continue;
        const line = sheet.lines[index]!;
        const raw = row[column] ?? '';
        const read = figureAt(sheet, index, column, mark);
        // A cell that says % is a percentage already.
        const value = typeof read === 'number' && !raw.trim().endsWith('%') ? read * scale : read;
        if (value === undefined) throw new StrategyError('error.import-value', { file: sheet.name, line, what: 'value', value: raw });
        if (value === null) continue;
        const key = keys.map((at) => row[at]?.trim() ?? '').find((text) => text !== '' && !/e\+/i.test(text));
        const identity = dating.kind === 'posts' ? (key ?? `${date}#${index}#${sheet.name}`) : date;
        const before = feed.rows.get(`${dating.kind}:${identity}`);
        // One day with two values, in one export or two: neither is taken silently.
        if (dating.kind === 'days' && before && before.value !== value) {
          throw new StrategyError('error.import-conflict', { file: sheet.name, line, kpi: id, date, first: before.value, second: value });
        }
        // A post in two exports: a post's figures only grow, so the later export has the larger.
        if (dating.kind === 'posts' && before && before.value >= value) continue;
        feed.rows.set(`${dating.kind}:${identity}`, { date, value });
      }
      feed.coverage.push(...spans);
    }
  }
  return { used, ...(found ? { platform: found } : {}) };
}

export async function readExport(
  io: Io,
  file: string,
  strategy: Strategy,
  options: { platform?: Platform } & Reading,
  feeds: Map<string, Feed>,
): Promise<Measurement[]> {
  const kpis = strategy.control?.kpis ?? {};
  // Each KPI's unit: its own, else its goal's.
  const units = Object.fromEntries(
    Object.entries(kpis).map(([id, kpi]) => [id, kpi?.unit ?? (kpi?.goal ? strategy.goals?.[kpi.goal]?.unit : undefined)]),
  );
  const sheets = await readSheets(io, file);
  // The plain form, in a sheet of its own (a workbook may hold notes on another sheet).
  const plain = sheets.map((sheet) => plainRows(sheet, Object.keys(kpis), options)).filter((rows) => rows !== undefined);
  if (plain.length > 0) return plain.flat();
  const { used, platform } = feedsFrom(sheets, kpis, { ...options, units }, feeds);
  if (used) return [];
  if (sheets.every((sheet) => sheet.header.every((heading) => heading.trim() === '') && sheet.rows.length === 0))
    throw new StrategyError('error.import-empty', { file });
  const columns = [
    ...new Set(
      sheets.flatMap((sheet) =>
        sheet.header.filter(Boolean).map((heading) => {
          const figure = figureOf(heading);
          return figure && figure !== normal(heading) ? `${heading} (${figure})` : heading;
        }),
      ),
    ),
  ];
  // A figure by the heading a Dutch export gives it, for a Dutch reader.
  const named = (column: string): string => {
    const figure = figureOf(column);
    const heading = figure && figure === normal(column) ? EXPORT_HEADINGS[options.language]?.[figure] : undefined;
    return heading ? `${column} (${heading})` : column;
  };
  const wanting = Object.entries(kpis)
    .filter(([, kpi]) => kpi?.import && (!platform || kpi.import.platform === platform))
    .map(([id, kpi]) => `${id}: ${named(kpi!.import!.column)}`);
  // A header of thousands of columns, or of control characters, is shown by its start.
  const found = columns.slice(0, 20).map((column) => (column.length > 40 ? `${column.slice(0, 40)}…` : column));
  if (columns.length > found.length) found.push('…');
  throw new StrategyError('error.import-columns', { file, found, ...(platform ? { platform } : {}), wanting });
}
