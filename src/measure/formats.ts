// How an export writes its dates and numbers, decided for a whole column and never cell by
// cell: 03/02/2027 is 3 February in a file that also says 25/02/2027, and 2 March in one that
// also says 02/25/2027. The file's own evidence decides first, then what the platform's
// exports are known to write (or the user's language, for a plain sheet), then an option the
// user gives; a column that is still ambiguous, or that contradicts itself, is refused.

import { isDate } from '../util/today.js';

export type DateOrder = 'dmy' | 'mdy';
export type DecimalMark = ',' | '.';

export interface Cell {
  text: string;
  line: number;
}

export type Decision<T> = { value: T } | { ambiguous: Cell } | { mixed: [Cell, Cell] };

/** Day, month and year of a numeric date with slashes or dashes (01/02/2027, 1-2-2027), time after it allowed. */
const NUMERIC = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?:[ T][\d:.]+(?: ?[AP]M)?)?$/i;

export function numericDate(text: string): [number, number, number] | undefined {
  const match = NUMERIC.exec(text.trim().replace(/^"|"$/g, ''));
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/**
 * The order of a column's numeric dates: a first part over 12 is a day (day first), a second
 * part over 12 is a day (month first). Without such a date, `known` (the platform's format, the
 * user's option or language); without that, ambiguous, with the first cell that could be either.
 */
export function dateOrder(cells: readonly Cell[], known: DateOrder | null): Decision<DateOrder> {
  let dayFirst: Cell | undefined;
  let monthFirst: Cell | undefined;
  let either: Cell | undefined;
  for (const cell of cells) {
    const parts = numericDate(cell.text);
    if (!parts) continue;
    if (parts[0] > 12) dayFirst ??= cell;
    else if (parts[1] > 12) monthFirst ??= cell;
    else if (parts[0] !== parts[1]) either ??= cell;
  }
  if (dayFirst && monthFirst) return { mixed: [dayFirst, monthFirst] };
  if (dayFirst) return { value: 'dmy' };
  if (monthFirst) return { value: 'mdy' };
  if (known) return { value: known };
  return either ? { ambiguous: either } : { value: 'dmy' };
}

/** What one cell says about the decimal mark: the mark it must use, or nothing. */
function decimalEvidence(text: string): DecimalMark | undefined {
  const bare = text
    .trim()
    .replace(/^"|"$/g, '')
    .replace(/[\s\u00A0\u202F]/g, '')
    .replace(/%$/, '')
    .replace(/([kKmM]|mln\.?|mio\.?)$/i, '')
    .replace(/^[-+]/, '');
  // Both marks: the last one is the decimal mark (1.240,5 and 1,240.5).
  const both = /^\d{1,3}([.,])\d{3}(?:\1\d{3})*([.,])\d+$/.exec(bare);
  if (both && both[1] !== both[2]) return both[2] as DecimalMark;
  // One mark used twice or more groups thousands: the other is the decimal mark.
  const grouped = /^\d{1,3}([.,])\d{3}(?:\1\d{3})+$/.exec(bare);
  if (grouped) return grouped[1] === '.' ? ',' : '.';
  const single = /^(\d+)([.,])(\d+)$/.exec(bare);
  if (!single) return undefined;
  const [, whole, mark, fraction] = single;
  // Thousands are grouped by three, after one to three digits that do not start with 0.
  const couldGroup = fraction!.length === 3 && whole!.length <= 3 && !whole!.startsWith('0');
  return couldGroup ? undefined : (mark as DecimalMark);
}

/** The decimal mark of a column of figures, as for dates: the file's evidence, else `known`, else ambiguous. */
export function decimalMark(cells: readonly Cell[], known: DecimalMark | null): Decision<DecimalMark> {
  const seen: Partial<Record<DecimalMark, Cell>> = {};
  let either: Cell | undefined;
  for (const cell of cells) {
    const mark = decimalEvidence(cell.text);
    if (mark) seen[mark] ??= cell;
    else if (/\d[.,]\d{3}(?!\d)/.test(cell.text)) either ??= cell;
  }
  if (seen[','] && seen['.']) return { mixed: [seen['.'], seen[',']] };
  if (seen[',']) return { value: ',' };
  if (seen['.']) return { value: '.' };
  if (known) return { value: known };
  return either ? { ambiguous: either } : { value: '.' };
}

const MONTHS: Record<string, number> = {};
for (const [index, names] of [
  ['january', 'januari', 'januar', 'jan'],
  ['february', 'februari', 'februar', 'feb'],
  ['march', 'maart', 'märz', 'mar', 'mrt', 'mär'],
  ['april', 'apr'],
  ['may', 'mei', 'mai'],
  ['june', 'juni', 'jun'],
  ['july', 'juli', 'jul'],
  ['august', 'augustus', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oktober', 'oct', 'okt'],
  ['november', 'nov'],
  ['december', 'dezember', 'dec', 'dez'],
].entries()) {
  for (const name of names) MONTHS[name] = index + 1;
}

const pad = (n: number | string): string => String(n).padStart(2, '0');
const valid = (y: number | string, m: number | string, d: number | string): string | undefined => {
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  return isDate(iso) ? iso : undefined;
};

/**
 * A date as exports write it, as YYYY-MM-DD: 2026-11-01 (with a time after it), 01.11.2026
 * (German: day first), 1-11-2026 or 11/01/2026 in the column's `order` (see formats.ts), named
 * months in English, Dutch or German ("2 feb. 2027 18:12", "November 1, 2026"), and TikTok's
 * "November 1" without a year: the last such day on or before `today`.
 */
export function readDate(raw: string, today: string, order: DateOrder): string | undefined {
  const text = raw.trim().replace(/^"|"$/g, '');
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso) return valid(iso[1]!, iso[2]!, iso[3]!);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: [\d:]+)?$/.exec(text);
  if (german) return valid(german[3]!, german[2]!, german[1]!);
  const parts = numericDate(text);
  if (parts) return order === 'dmy' ? valid(parts[2], parts[1], parts[0]) : valid(parts[2], parts[0], parts[1]);
  // Excel's 31-okt-2026 is the day, the month named and the year.
  const timeless = text
    .replace(/,? \d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?: ?[AP]M)?$/i, '')
    .replace(/^(\d{1,2})-([A-Za-zäÄ]+)\.?-(\d{4})$/, '$1 $2 $3');
  const named =
    /^([A-Za-zäÄ]+)\.? (\d{1,2})(?:,? (\d{4}))?$/.exec(timeless) ?? /^(\d{1,2})\.? ([A-Za-zäÄ]+)\.?(?: (\d{4}))?$/.exec(timeless);
  if (named) {
    const [word, day] = /^\d/.test(named[1]!) ? [named[2]!, named[1]!] : [named[1]!, named[2]!];
    const month = MONTHS[word.toLowerCase()];
    if (!month) return undefined;
    if (named[3]) return valid(named[3], month, day);
    const year = Number(today.slice(0, 4));
    const thisYear = valid(year, month, day);
    if (thisYear && thisYear <= today) return thisYear;
    return valid(year - 1, month, day);
  }
  return undefined;
}

/** Cells that hold no figure: Meta's "Lifetime" date, TikTok's "undefined", an empty cell. */
const NO_VALUE = new Set(['', '-', '–', 'n/a', 'na', 'undefined', 'null', 'lifetime', 'levensduur', 'gesamte laufzeit']);

/**
 * A figure as exports write it, with the column's decimal `mark` (see formats.ts): 1240,
 * 1.240 or 1,240 (thousands, by the mark), 5,8 or 5.8, "1.2K", "3,4M", "2%" (as 2). Undefined
 * for a cell that is no number in that format; null for one with no value.
 */
export function readFigure(raw: string, mark: DecimalMark): number | null | undefined {
  const text = raw
    .trim()
    .replace(/^"|"$/g, '')
    .replace(/[\s\u00A0\u202F]/g, '')
    .replace(/^\u2212/, '-')
    .replace(/^\+/, '');
  if (NO_VALUE.has(text.toLowerCase())) return null;
  if (text.startsWith('<')) return null; // LinkedIn's "< 1%"
  const percent = text.endsWith('%') ? text.slice(0, -1) : text;
  const m = mark === ',' ? ',' : '\\.';
  const t = mark === ',' ? '\\.' : ',';
  // 1,2K, 1,2M, and the Dutch and German words for a million: 1,2 mln. and 1,2 Mio.
  const scaled = new RegExp(`^(-?\\d+(?:${m}\\d+)?)([kKmM]|mln\\.?|mio\\.?)$`, 'i').exec(percent);
  if (scaled) {
    const base = Number(scaled[1]!.replace(mark, '.'));
    return Number.isFinite(base) ? Math.round(base * (scaled[2]!.toLowerCase() === 'k' ? 1_000 : 1_000_000)) : undefined;
  }
  // Thousands grouped by threes (or not at all), then the decimal mark and its digits.
  if (!new RegExp(`^-?(?:\\d{1,3}(?:${t}\\d{3})+|\\d+)(?:${m}\\d+)?$`).test(percent)) return undefined;
  const value = Number(
    percent
      .split(mark === ',' ? '.' : ',')
      .join('')
      .replace(mark, '.'),
  );
  // Too many digits to be a count (Infinity) is no number either.
  return Number.isFinite(value) ? value : undefined;
}
