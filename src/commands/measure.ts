// `strategy measure import <export>…`: measurements from the platforms' analytics exports
// (Meta Business Suite, LinkedIn .xlsx, TikTok Studio) or a plain `date;kpi;value` sheet into
// strategy.yaml, added to `control.measurements` as lines of their own, so every comment and
// every other byte of the file stays as it was. A KPI's `import` says which platform and
// column feed it, and how a period's rows become one figure. A measurement already there
// (same KPI and day) is skipped; a period the export does not cover whole is left out.
import { basename, dirname, join, resolve } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import type { YAMLMap, YAMLSeq } from 'yaml';
import type { Io } from '../io.js';
import { EXIT, StrategyError } from '../errors.js';
import type { RunLanguage } from '../i18n/locale.js';
import { translator } from '../i18n/messages.js';
import { checkSource } from '../model/check.js';
import type { Kpi, Strategy } from '../model/strategy.js';
import { closest } from '../util/suggest.js';
import { describeFinding } from '../rules/describe.js';
import { visible } from '../util/visible.js';
import { isDate, todayIn } from '../util/today.js';
import { MAX_EXPORT_BYTES, csvSheet, dateColumn, decode, DUTCH_HEADINGS, figureOf, normal, platformOf, readDate, readFigure, workbookSheets } from '../measure/exports.js';
import { dateOrder, decimalMark, numericDate } from '../measure/formats.js';
import type { Cell, DateOrder, Decision, DecimalMark } from '../measure/formats.js';
import type { Platform, Sheet } from '../measure/exports.js';
import { aggregate } from '../measure/aggregate.js';
import { importAggregate } from '../core/measures/goal.js';
import { DEFAULT_STRATEGY_FILE, readError, readStrategyFile } from '../files/read-strategy.js';
import { replaceStrategyFile, withFileLock } from '../files/write-file.js';
import { MAX_FILE_BYTES } from '../model/strategy.js';

export interface MeasureImportOptions {
  exports: string[];
  file?: string;
  dryRun: boolean;
  platform?: Platform;
  /** Day first or month first, for dates like 03/02/2027 that the file itself does not settle. */
  dateOrder?: DateOrder;
  /** The decimal mark, for figures like 2,500 that the file itself does not settle. */
  decimal?: DecimalMark;
  /** Replace a stored measurement the export gives another value for (a later export of lifetime figures). */
  update?: boolean;
  language: RunLanguage;
}

/** How the dates and figures of one import are read: what the user said, and the language of the strategy. */
interface Reading {
  today: string;
  /** The language of what the command writes. */
  language: 'nl' | 'en';
  /** The strategy's language, which the user's own sheet is taken to follow. */
  sheetLanguage: 'nl' | 'en';
  dateOrder?: DateOrder;
  decimal?: DecimalMark;
}

interface Measurement {
  kpi: string;
  date: string;
  value: number;
  note?: string;
  /** Where a row of a plain sheet came from, for a conflict. */
  from?: { file: string; line: number };
}

/** Column names of the plain form, per meaning. */
const HEADERS: Record<'date' | 'kpi' | 'value' | 'note', readonly string[]> = {
  date: ['date', 'datum', 'day', 'dag', 'tag', 'period', 'periode'],
  kpi: ['kpi', 'indicator', 'kpi id', 'kpi-id', 'metric', 'maatstaf', 'kennzahl'],
  value: ['value', 'waarde', 'wert', 'aantal', 'count', 'number'],
  note: ['note', 'notitie', 'opmerking', 'toelichting', 'comment', 'notiz'],
};

async function readSheets(io: Io, file: string): Promise<Sheet[]> {
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

/** A column's cells with their lines; a workbook's number cells say nothing of a format and are left out. */
const cellsOf = (sheet: Sheet, column: number): Cell[] =>
  sheet.rows.flatMap((row, index) => (sheet.numeric?.[index]?.[column] ? [] : [{ text: row[column] ?? '', line: sheet.lines[index]! }]));

/** A cell's figure: a workbook's number as it is, text in the column's format. */
function figureAt(sheet: Sheet, index: number, column: number, mark: DecimalMark): number | null | undefined {
  const raw = sheet.rows[index]![column] ?? '';
  if (sheet.numeric?.[index]?.[column]) return Number(raw);
  return readFigure(raw, mark);
}

/** The first day Excel counts from (its day 1 is 1 January 1900, and it counts a 29 February 1900 that never was). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A cell's date: a workbook's number in a date column is Excel's day count (a date cell saved as "General"). */
function dateAt(sheet: Sheet, index: number, column: number, today: string, order: DateOrder, yearless: Map<number, string>): string | undefined {
  const raw = sheet.rows[index]![column] ?? '';
  if (sheet.numeric?.[index]?.[column]) {
    const serial = Number(raw);
    // From 1970 to 2100: a number outside that is no date.
    return Number.isInteger(serial) && serial >= 25_569 && serial <= 73_415 ? new Date(EXCEL_EPOCH + serial * 86_400_000).toISOString().slice(0, 10) : undefined;
  }
  return yearless.get(index) ?? readDate(raw, today, order);
}

/**
 * TikTok's dates without a year ("October 1"), by their place in the file: the latest row on or
 * before today, and every other row in the year that keeps the rows in order, so a file that
 * runs from November into January is not split over two years that far apart.
 */
function yearlessDates(sheet: Sheet, column: number, order: DateOrder, today: string): Map<number, string> {
  const days: { index: number; day: string }[] = [];
  for (const [index, row] of sheet.rows.entries()) {
    const text = (row[column] ?? '').trim();
    if (!text || /\d{4}/.test(text) || sheet.numeric?.[index]?.[column]) continue;
    // A leap year, so 29 February is read; only month and day are kept.
    const read = readDate(text, '2000-12-31', order);
    if (read) days.push({ index, day: read.slice(5) });
  }
  const dates = new Map<number, string>();
  let rising = 0;
  for (let at = 1; at < days.length; at++) rising += days[at]!.day > days[at - 1]!.day ? 1 : days[at]!.day < days[at - 1]!.day ? -1 : 0;
  // From the latest row to the earliest: a step later in the calendar is a year back.
  const walk = rising >= 0 ? [...days].reverse() : days;
  let year = Number(today.slice(0, 4));
  if (walk[0] && walk[0].day > today.slice(5)) year -= 1;
  for (const [at, { index, day }] of walk.entries()) {
    if (at > 0 && day > walk[at - 1]!.day) year -= 1;
    // 29 February of a year that has none is no date.
    const date = `${year}-${day}`;
    if (isDate(date)) dates.set(index, date);
  }
  return dates;
}

/** The decided format, or the refusal that shows the row and the option that settles it. */
function settled<T>(sheet: Sheet, decision: Decision<T>, what: 'date' | 'number'): T {
  if ('value' in decision) return decision.value;
  if ('ambiguous' in decision) {
    const value = decision.ambiguous.text.trim();
    // The two readings, so the user sees what each option would make of it.
    const readings: [string, string] =
      what === 'date'
        ? [readDate(value, '9999-12-31', 'dmy') ?? value, readDate(value, '9999-12-31', 'mdy') ?? value]
        : [String(readFigure(value, ',') ?? value), String(readFigure(value, '.') ?? value)];
    throw new StrategyError('error.import-ambiguous', { file: sheet.name, line: decision.ambiguous.line, value, what, readings });
  }
  const [first, second] = decision.mixed;
  throw new StrategyError('error.import-mixed', { file: sheet.name, what, firstRow: { line: first.line, value: first.text.trim() }, secondRow: { line: second.line, value: second.text.trim() } });
}

/** Words that show an export was made in a Dutch or German interface, which write 1.240 and 5,8 and put the day first. */
const CONTINENTAL = new Set(['datum', 'dag', 'tag', 'publicatietijdstip', 'publicatietijd', 'veröffentlichungszeitpunkt', 'aanmaakdatum', 'erstellungsdatum', 'geplaatst', 'bereik', 'reichweite', 'weergaven', 'volgers', 'follower:innen', 'vind-ik-leuks', 'reacties', 'kommentare', 'waarde', 'wert']);

/** A date past the day of the import is a misreading, not a measurement. */
function notLater(sheet: Sheet, line: number, date: string, reading: Reading): void {
  if (date > reading.today) throw new StrategyError('error.import-future', { file: sheet.name, line, date, today: reading.today });
}

/** The plain form: a date, a KPI and a value in every row. */
function plainRows(sheet: Sheet, kpis: readonly string[], reading: Reading): Measurement[] | undefined {
  const header = sheet.header.map(normal);
  const column = (meaning: keyof typeof HEADERS): number => header.findIndex((name) => HEADERS[meaning].includes(name));
  const [date, kpi, value, note] = [column('date'), column('kpi'), column('value'), column('note')];
  if (date < 0 || kpi < 0 || value < 0) return undefined;
  // The user's own sheet follows the strategy's language (day first and a decimal comma in
  // Dutch), or what the file shows of its own: semicolons between the fields (Excel's CSV where
  // the comma is the decimal mark), or dates with the day first.
  const dates = cellsOf(sheet, date);
  const dayFirst = sheet.delimiter === ';' || reading.sheetLanguage === 'nl';
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
    if (amount === undefined || amount === null) throw new StrategyError('error.import-value', { file: sheet.name, line, what: 'value', value: row[value] ?? '' });
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
function columnFor(sheet: Sheet, wanted: string): number {
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

interface Feed {
  kpi: string;
  rows: Map<string, { date: string; value: number }>;
  coverage: { from: string; to: string; kind: 'days' | 'posts' }[];
}

/**
 * A rate as a workbook stores it is a fraction (0.0712), shown as a percentage; as a CSV writes
 * it, the percentage (7.12). A KPI counted in % takes the percentage either way.
 */
function percentScale(sheet: Sheet, column: number, unit: string | undefined): number {
  const heading = normal(sheet.header[column] ?? '');
  const rate = figureOf(heading) === 'engagement_rate' || /\b(rate|ctr)\b|ratio|percentage/.test(heading);
  return PERCENT_UNITS.has(unit?.trim().toLowerCase() ?? '') && rate && sheet.sheet !== undefined ? 100 : 1;
}

/** Meta's one-figure files list only the days with a figure: their first to last day is what they cover. */
const oneFigure = (sheet: Sheet): boolean => sheet.header.map(normal).some((heading) => PRIMARY.includes(heading));

/** The column of Meta's one-figure files, as the English, Dutch and German interfaces head it. */
const PRIMARY = ['primary', 'primair', 'primär'];

/**
 * The days an export covers: from its first to its last date (`whole`: posts, which have no row
 * for a day without a post), or each run of consecutive days it has a row for (`runs`: a daily
 * export that skips days does not cover them).
 */
function coverageOf(dates: readonly string[], how: 'whole' | 'runs'): { from: string; to: string }[] {
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
const PERCENT_UNITS = new Set(['%', 'procent', 'percent', 'percentage', 'prozent']);

/** Headings of the column that names a post: its link first (unique), then its id (Excel may have rounded it to 1,8E+16). */
const POST_KEYS = ['permalink', 'post link', 'video link', 'link', 'post id', 'bericht-id', 'beitrags-id'];

function postKey(sheet: Sheet): number[] {
  const headings = sheet.header.map(normal);
  return POST_KEYS.map((key) => headings.indexOf(key)).filter((index) => index >= 0);
}

/** The rows of the platform exports that feed each KPI with an `import`. */
function feedsFrom(sheets: readonly Sheet[], kpis: Record<string, Kpi | undefined>, options: { platform?: Platform; units: Record<string, string | undefined> } & Reading, feeds: Map<string, Feed>): { used: boolean; platform?: Platform } {
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
          throw new StrategyError('error.import-value', { file: sheet.name, line: sheet.lines[index]!, what: 'date', value: row[dating.index] ?? '' });
        }
        notLater(sheet, sheet.lines[index]!, date, options);
        return date;
      });
      spans = coverageOf(days.filter((day) => day !== undefined), dating.kind === 'posts' || oneFigure(sheet) ? 'whole' : 'runs').map((span) => ({ ...span, kind: dating.kind }));
      return days;
    };
    for (const [id, kpi] of Object.entries(kpis)) {
      if (!kpi?.import || kpi.import.platform !== platform) continue;
      const column = columnFor(sheet, kpi.import.column);
      if (column < 0) continue;
      // New followers are the account's: the follows a post export credits to its posts are
      // fewer, and are taken only when the KPI names their column.
      if (dating.kind === 'posts' && figureOf(kpi.import.column) === 'new_followers' && normal(kpi.import.column) !== headings[column]) continue;
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

async function readExport(io: Io, file: string, strategy: Strategy, options: { platform?: Platform } & Reading, feeds: Map<string, Feed>): Promise<Measurement[]> {
  const kpis = strategy.control?.kpis ?? {};
  // Each KPI's unit: its own, else its goal's.
  const units = Object.fromEntries(Object.entries(kpis).map(([id, kpi]) => [id, kpi?.unit ?? (kpi?.goal ? strategy.goals?.[kpi.goal]?.unit : undefined)]));
  const sheets = await readSheets(io, file);
  // The plain form, in a sheet of its own (a workbook may hold notes on another sheet).
  const plain = sheets.map((sheet) => plainRows(sheet, Object.keys(kpis), options)).filter((rows) => rows !== undefined);
  if (plain.length > 0) return plain.flat();
  const { used, platform } = feedsFrom(sheets, kpis, { ...options, units }, feeds);
  if (used) return [];
  if (sheets.every((sheet) => sheet.header.every((heading) => heading.trim() === '') && sheet.rows.length === 0)) throw new StrategyError('error.import-empty', { file });
  const columns = [...new Set(sheets.flatMap((sheet) => sheet.header.filter(Boolean).map((heading) => {
    const figure = figureOf(heading);
    return figure && figure !== normal(heading) ? `${heading} (${figure})` : heading;
  })))];
  // A figure by the heading a Dutch export gives it, for a Dutch reader.
  const named = (column: string): string => {
    const figure = figureOf(column);
    return options.language === 'nl' && figure && figure === normal(column) && DUTCH_HEADINGS[figure] ? `${column} (${DUTCH_HEADINGS[figure]})` : column;
  };
  const wanting = Object.entries(kpis).filter(([, kpi]) => kpi?.import && (!platform || kpi.import.platform === platform)).map(([id, kpi]) => `${id}: ${named(kpi!.import!.column)}`);
  // A header of thousands of columns, or of control characters, is shown by its start.
  const found = columns.slice(0, 20).map((column) => (column.length > 40 ? `${column.slice(0, 40)}…` : column));
  if (columns.length > found.length) found.push('…');
  throw new StrategyError('error.import-columns', { file, found, ...(platform ? { platform } : {}), wanting });
}
/** A measurement as one flow line, the way the bundled examples write them. */
function line(m: Measurement): string {
  const note = m.note ? `, note: ${JSON.stringify(m.note)}` : '';
  // An id YAML would read as a number or a boolean (123, true) is quoted.
  const kpi = /^[A-Za-z][\w-]*$/.test(m.kpi) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(m.kpi) ? m.kpi : JSON.stringify(m.kpi);
  return `{ kpi: ${kpi}, date: ${m.date}, value: ${m.value}${note} }`;
}

/** The text with the measurements added after the last one there (or as a new list under control). */
function withMeasurements(text: string, added: readonly Measurement[]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const doc = parseDocument(text);
  const control = doc.get('control', true);
  if (!isMap(control)) throw new StrategyError('error.import-no-control', {});
  const list = (control as YAMLMap).get('measurements', true);
  if (isSeq(list) && (list as YAMLSeq).items.length > 0 && !(list as YAMLSeq).flow) {
    const last = (list as YAMLSeq).items[(list as YAMLSeq).items.length - 1] as { range?: [number, number, number] };
    // The last item's own text ends before any blank lines and the next key after it.
    let end = last.range ? last.range[1] : text.length;
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    const lineEnd = text.indexOf('\n', end);
    const at = lineEnd < 0 ? text.length : lineEnd + 1;
    const start = text.lastIndexOf('\n', (last.range?.[0] ?? end) - 1) + 1;
    const indent = /^\s*/.exec(text.slice(start))![0];
    const dash = text.slice(start).trimStart().startsWith('-') ? indent : indent.slice(2);
    const block = added.map((m) => `${dash}- ${line(m)}${eol}`).join('');
    return `${text.slice(0, at)}${lineEnd < 0 ? eol : ''}${block}${text.slice(at)}`;
  }
  // A flow list with items (`measurements: [{…}, {…}]`): the new ones go in before its `]`.
  if (isSeq(list) && (list as YAMLSeq).flow && (list as YAMLSeq).items.length > 0 && (list as YAMLSeq).range) {
    const close = text.lastIndexOf(']', (list as YAMLSeq).range![1]);
    if (close >= 0) {
      const before = text.slice(0, close).replace(/[\s,]*$/, '');
      // A `]` on a line of its own stays there.
      return `${before}, ${added.map((m) => line(m)).join(', ')}${text.slice(before.length).replace(/^[\s,]*(?=\])/, (gap) => gap.replace(/,/g, ''))}`;
    }
  }
  // An empty list (`measurements: []`) or a key without a value: the lines go under the key.
  const pair = (control as YAMLMap).items.find((item) => (item.key as { value?: unknown } | null)?.value === 'measurements');
  if (pair) {
    const key = pair.key as { range?: [number, number, number] };
    const value = pair.value as { range?: [number, number, number]; value?: unknown } | null;
    const empty = value === null || (isSeq(value) && (value as YAMLSeq).items.length === 0) || (!isSeq(value) && !isMap(value) && value.value === null);
    if (!empty || !key.range) throw new StrategyError('error.import-no-control', {});
    const keyLine = text.lastIndexOf('\n', key.range[0] - 1) + 1;
    const indent = /^[ ]*/.exec(text.slice(keyLine))![0];
    const from = value?.range && isSeq(value) ? value.range[0] : key.range[1] + 1;
    const to = value?.range && isSeq(value) ? value.range[1] : key.range[1] + 1;
    const lines = added.map((m) => `${indent}  - ${line(m)}`).join(eol);
    // A comment after `[]` stays on its line, now after the last measurement.
    const rest = text.slice(to);
    const trailing = /^[ \t]*(#[^\r\n]*)?/.exec(rest)![0];
    const after = rest.slice(trailing.length);
    return `${text.slice(0, from).replace(/[ \t]+$/, '')}${eol}${lines}${trailing.trim() ? trailing : ''}${after.startsWith('\n') || after.startsWith('\r\n') || after === '' ? '' : eol}${after}`;
  }
  if (list !== undefined) throw new StrategyError('error.import-no-control', {});
  // No measurements yet: a list of its own at the end of the control block, indented as its keys.
  const end = (control as { range?: [number, number, number] }).range?.[1] ?? text.length;
  const lineEnd = text.indexOf('\n', Math.max(0, end - 1));
  const at = lineEnd < 0 ? text.length : lineEnd + 1;
  const firstKey = ((control as YAMLMap).items[0]?.key as { range?: [number, number, number] } | undefined)?.range?.[0] ?? end;
  const indent = /^[ ]*/.exec(text.slice(text.lastIndexOf('\n', firstKey - 1) + 1))![0];
  const block = `${indent}measurements:${eol}${added.map((m) => `${indent}  - ${line(m)}${eol}`).join('')}`;
  return `${text.slice(0, at)}${lineEnd < 0 ? eol : ''}${block}${text.slice(at)}`;
}

export async function measureImport(options: MeasureImportOptions, io: Io): Promise<number> {
  const file = options.file ?? DEFAULT_STRATEGY_FILE;
  const source = await readStrategyFile(io, file);
  const checked = checkSource(source.text);
  const language = options.language.settle([checked.language]);
  const t = translator(language);
  if (!checked.strategy || checked.findings.some((finding) => finding.severity === 'error')) {
    throw new StrategyError('error.diff-invalid', { file, count: Math.max(1, checked.findings.filter((finding) => finding.severity === 'error').length) });
  }
  const strategy = checked.strategy;
  const today = todayIn(strategy.calendar?.timezone, io.env);
  const known = new Map<string, number>((strategy.control?.measurements ?? []).filter(Boolean).map((m) => [`${m!.kpi}\u0000${m!.date}`, m!.value]));
  const found: Measurement[] = [];
  const feeds = new Map<string, Feed>();
  // Among several exports (a folder TikTok handed out, unzipped), one that no KPI takes is
  // passed over and named; alone, it is an error.
  const passed: StrategyError<'error.import-columns'>[] = [];
  for (const exportFile of options.exports) {
    const reading: Reading = { today, language: options.language.current, sheetLanguage: checked.language ?? options.language.current, ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}), ...(options.decimal ? { decimal: options.decimal } : {}) };
    try {
      found.push(...(await readExport(io, exportFile, strategy, { ...(options.platform ? { platform: options.platform } : {}), ...reading }, feeds)));
    } catch (error) {
      if (!(error instanceof StrategyError) || error.code !== 'error.import-columns' || options.exports.length === 1) throw error;
      passed.push(error as StrategyError<'error.import-columns'>);
    }
  }
  if (passed.length === options.exports.length) throw passed[0]!;
  // The platform exports' rows, one figure per KPI and period.
  const left: { kpi: string; period: string; reason: 'incomplete' | 'not-ended' }[] = [];
  for (const feed of feeds.values()) {
    const settings = strategy.control!.kpis![feed.kpi]!.import!;
    // Daily figures of the account, for the periods an export has them, rather than the sum of its posts'.
    const rows = [...feed.rows].map(([identity, { date, value }]) => ({ date, value, kind: identity.startsWith('days:') ? ('days' as const) : ('posts' as const) }));
    const result = aggregate(rows, feed.coverage, { aggregate: importAggregate(strategy.control!.kpis![feed.kpi]!), per: settings.per ?? 'month', today });
    for (const figure of result.figures) found.push({ kpi: feed.kpi, date: figure.date, value: figure.value });
    for (const skipped of result.skipped) left.push({ kpi: feed.kpi, ...skipped });
  }
  const added: Measurement[] = [];
  let skipped = 0;
  // One KPI on one day with two values in the import: neither is taken silently.
  const seen = new Map<string, Measurement>();
  for (const measurement of found) {
    const key = `${measurement.kpi}\u0000${measurement.date}`;
    const twin = seen.get(key);
    if (twin && twin.value !== measurement.value) {
      const at = measurement.from ?? twin.from ?? { file: options.exports[0]!, line: 1 };
      throw new StrategyError('error.import-conflict', { file: at.file, line: at.line, kpi: measurement.kpi, date: measurement.date, first: twin.value, second: measurement.value });
    }
    seen.set(key, measurement);
  }
  // A period already stored with another value: a later export (Meta's lifetime figures keep
  // growing after the month ends) or a correction. Said, and replaced only with --update.
  const differs: { kpi: string; date: string; old: number; value: number }[] = [];
  const fresh = new Set<string>();
  for (const measurement of found) {
    const key = `${measurement.kpi}\u0000${measurement.date}`;
    // The same row twice in the import is one measurement, not one already there.
    if (fresh.has(key)) continue;
    if (known.has(key)) {
      const stored = known.get(key)!;
      if (stored !== measurement.value && !differs.some((d) => d.kpi === measurement.kpi && d.date === measurement.date)) differs.push({ kpi: measurement.kpi, date: measurement.date, old: stored, value: measurement.value });
      else skipped += 1;
      continue;
    }
    known.set(key, measurement.value);
    fresh.add(key);
    added.push(measurement);
  }
  const updates = options.update ? differs : [];
  if (added.length > 0 || updates.length > 0) {
    // The file's own line endings and byte-order mark are kept.
    const bom = await io.fs.readUpTo(resolve(io.cwd, file), 3).then(({ bytes }) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, () => false);
    const updated = withValues(source.text, updates);
    const text = `${bom ? '\uFEFF' : ''}${added.length > 0 ? withMeasurements(updated, added) : updated}`;
    // What is written must still be a valid strategy.
    const problem = checkSource(text.replace(/^\uFEFF/, '')).findings.find((finding) => finding.severity === 'error');
    if (problem) throw new StrategyError('error.import-invalid', { file, detail: describeFinding(problem, language) });
    if (!options.dryRun) {
      const target = resolve(io.cwd, file);
      await withFileLock(
        io,
        join(dirname(target), `.${basename(target)}.lock`),
        file,
        'error.init-busy',
        async () => {
          const now = await io.fs.readUpTo(target, MAX_FILE_BYTES + 1).then(({ bytes }) => new TextDecoder().decode(bytes), () => undefined);
          if (now !== source.text) throw new StrategyError('error.changed-meanwhile', { file, command: 'measure import' });
          await replaceStrategyFile(io, target, file, text);
        },
        'measure import',
      );
    }
  }
  for (const measurement of added) io.stdout.write(`+ ${visible(line(measurement))}\n`);
  for (const change of differs) io.stdout.write(`~ ${visible(`{ kpi: ${change.kpi}, date: ${change.date}, value: ${change.old} → ${change.value} }`)}\n`);
  for (const error of passed) io.stdout.write(`${visible(t('measure.passed-over', { file: error.data.file }))}\n`);
  for (const gap of left) io.stdout.write(`${visible(t(gap.reason === 'incomplete' ? 'measure.incomplete' : 'measure.not-ended', { kpi: gap.kpi, period: gap.period }))}\n`);
  io.stdout.write(`${t(options.dryRun ? 'measure.would-add' : 'measure.added', { count: added.length, skipped, file })}\n`);
  if (differs.length > 0) io.stdout.write(`${t(options.update ? (options.dryRun ? 'measure.would-update' : 'measure.updated') : 'measure.differs', { count: differs.length, file })}\n`);
  return EXIT.ok;
}

/** The text with the value of each stored measurement named (by KPI and day) replaced, and nothing else changed. */
function withValues(text: string, changes: readonly { kpi: string; date: string; value: number }[]): string {
  if (changes.length === 0) return text;
  const doc = parseDocument(text);
  const list = doc.getIn(['control', 'measurements'], true);
  if (!isSeq(list)) return text;
  const edits: { from: number; to: number; value: number }[] = [];
  for (const item of (list as YAMLSeq).items) {
    if (!isMap(item)) continue;
    const map = item as YAMLMap;
    const kpi = String(map.get('kpi') ?? '');
    const date = String(map.get('date') ?? '');
    const change = changes.find((c) => c.kpi === kpi && c.date === date);
    const node = map.get('value', true) as { range?: [number, number, number] } | undefined;
    if (change && node?.range) edits.push({ from: node.range[0], to: node.range[1], value: change.value });
  }
  let result = text;
  for (const edit of edits.sort((a, b) => b.from - a.from)) result = `${result.slice(0, edit.from)}${edit.value}${result.slice(edit.to)}`;
  return result;
}
