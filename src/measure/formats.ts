// How an export writes its dates and numbers, decided for a whole column and never cell by
// cell: 03/02/2027 is 3 February in a file that also says 25/02/2027, and 2 March in one that
// also says 02/25/2027. The file's own evidence decides first, then what the platform's
// exports are known to write (or the user's language, for a plain sheet), then an option the
// user gives; a column that is still ambiguous, or that contradicts itself, is refused.

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
