// The values of an export's cells as the strategy means them: figures with the file's decimal
// mark, dates in the file's order (or Excel's day count), days without a year placed by the
// file's order, and nothing dated after today.
import { StrategyError } from '../errors.js';
import { isDate } from '../util/today.js';
import type { Language } from '../model/strategy.js';
import { readDate, readFigure } from './formats.js';
import type { Cell, DateOrder, Decision, DecimalMark } from './formats.js';
import type { Sheet } from './exports.js';

/** How the dates and figures of one import are read: what the user said, and the language of the strategy. */
export interface Reading {
  today: string;
  /** The language of what the command writes. */
  language: 'nl' | 'en';
  /** The strategy's language, which the user's own sheet is taken to follow. */
  sheetLanguage: Language;
  dateOrder?: DateOrder;
  decimal?: DecimalMark;
}

export interface Measurement {
  kpi: string;
  date: string;
  value: number;
  note?: string;
  /** Where a row of a plain sheet came from, for a conflict. */
  from?: { file: string; line: number };
}

/** Column names of the plain form, per meaning. */
export const HEADERS: Record<'date' | 'kpi' | 'value' | 'note', readonly string[]> = {
  date: ['date', 'datum', 'day', 'dag', 'tag', 'period', 'periode'],
  kpi: ['kpi', 'indicator', 'kpi id', 'kpi-id', 'metric', 'maatstaf', 'kennzahl'],
  value: ['value', 'waarde', 'wert', 'aantal', 'count', 'number'],
  note: ['note', 'notitie', 'opmerking', 'toelichting', 'comment', 'notiz'],
};

/** A column's cells with their lines; a workbook's number cells say nothing of a format and are left out. */
export const cellsOf = (sheet: Sheet, column: number): Cell[] =>
  sheet.rows.flatMap((row, index) => (sheet.numeric?.[index]?.[column] ? [] : [{ text: row[column] ?? '', line: sheet.lines[index]! }]));

/** A cell's figure: a workbook's number as it is, text in the column's format. */
export function figureAt(sheet: Sheet, index: number, column: number, mark: DecimalMark): number | null | undefined {
  const raw = sheet.rows[index]![column] ?? '';
  if (sheet.numeric?.[index]?.[column]) return Number(raw);
  return readFigure(raw, mark);
}

/** The first day Excel counts from (its day 1 is 1 January 1900, and it counts a 29 February 1900 that never was). */
export const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A cell's date: a workbook's number in a date column is Excel's day count (a date cell saved as "General"). */
export function dateAt(
  sheet: Sheet,
  index: number,
  column: number,
  today: string,
  order: DateOrder,
  yearless: Map<number, string>,
): string | undefined {
  const raw = sheet.rows[index]![column] ?? '';
  if (sheet.numeric?.[index]?.[column]) {
    const serial = Number(raw);
    // From 1970 to 2100: a number outside that is no date.
    return Number.isInteger(serial) && serial >= 25_569 && serial <= 73_415
      ? new Date(EXCEL_EPOCH + serial * 86_400_000).toISOString().slice(0, 10)
      : undefined;
  }
  return yearless.get(index) ?? readDate(raw, today, order);
}

/**
 * TikTok's dates without a year ("October 1"), by their place in the file: the latest row on or
 * before today, and every other row in the year that keeps the rows in order, so a file that
 * runs from November into January is not split over two years that far apart.
 */
export function yearlessDates(sheet: Sheet, column: number, order: DateOrder, today: string): Map<number, string> {
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
export function settled<T>(sheet: Sheet, decision: Decision<T>, what: 'date' | 'number'): T {
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
  throw new StrategyError('error.import-mixed', {
    file: sheet.name,
    what,
    firstRow: { line: first.line, value: first.text.trim() },
    secondRow: { line: second.line, value: second.text.trim() },
  });
}

/** Words that show an export was made in a Dutch or German interface, which write 1.240 and 5,8 and put the day first. */
export const CONTINENTAL = new Set([
  'datum',
  'dag',
  'tag',
  'publicatietijdstip',
  'publicatietijd',
  'veröffentlichungszeitpunkt',
  'aanmaakdatum',
  'erstellungsdatum',
  'geplaatst',
  'bereik',
  'reichweite',
  'weergaven',
  'volgers',
  'follower:innen',
  'vind-ik-leuks',
  'reacties',
  'kommentare',
  'waarde',
  'wert',
]);

/** A date past the day of the import is a misreading, not a measurement. */
export function notLater(sheet: Sheet, line: number, date: string, reading: Reading): void {
  if (date > reading.today) throw new StrategyError('error.import-future', { file: sheet.name, line, date, today: reading.today });
}
