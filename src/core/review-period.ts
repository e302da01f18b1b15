// The period a review looks back on: a quarter (2027-Q1), a month (2027-01) or two dates, as
// the `reviews` list records it and as `strategy review --quarter` takes it.
import { isDate } from '../util/today.js';

export interface ReviewPeriod {
  /** As the strategy records it and the report's file is named: 2027-Q1, 2027-01, 2027-01-01/2027-02-15. */
  label: string;
  from: string;
  to: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The last day of a month (1–12). */
function lastDay(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

export function quarter(year: number, q: number): ReviewPeriod {
  return { label: `${year}-Q${q}`, from: `${year}-${pad(q * 3 - 2)}-01`, to: lastDay(year, q * 3) };
}

/** "2027Q1", "2027-Q1", "Q1 2027", "q1-2027", "2027-01" or "2027-01-01/2027-03-31"; undefined when it is none of these. */
export function parsePeriod(text: string): ReviewPeriod | undefined {
  const value = text.trim();
  // Years of this calendar's use in strategies only: 1900 to 9999.
  if (/^\D*(\d{4})/.test(value) && Number(/(\d{4})/.exec(value)![1]) < 1900) return undefined;
  const yearFirst = /^(\d{4})[- ]?[Qq]([1-4])$/.exec(value);
  if (yearFirst) return quarter(Number(yearFirst[1]), Number(yearFirst[2]));
  const quarterFirst = /^[Qq]([1-4])[- ]?(\d{4})$/.exec(value);
  if (quarterFirst) return quarter(Number(quarterFirst[2]), Number(quarterFirst[1]));
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
  if (month) return { label: value, from: `${value}-01`, to: lastDay(Number(month[1]), Number(month[2])) };
  const range = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (range && isDate(range[1]!) && isDate(range[2]!) && range[1]! <= range[2]!) return { label: value, from: range[1]!, to: range[2]! };
  return undefined;
}

/** Two dates as a period, labelled as the strategy records it. */
export function rangePeriod(from: string, to: string): ReviewPeriod {
  return { label: `${from}/${to}`, from, to };
}

/**
 * The quarter a review held today looks back on: the current one in its last month (a
 * December review is of the fourth quarter), else the one before.
 */
export function reviewQuarter(today: string): ReviewPeriod {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const q = Math.ceil(month / 3);
  if (month % 3 === 0) return quarter(year, q);
  return q === 1 ? quarter(year - 1, 4) : quarter(year, q - 1);
}

/** The file name of a review report: 2027-Q1, or 2027-01-01_2027-03-31 for a range. */
export function periodFileName(period: ReviewPeriod): string {
  return period.label.replace('/', '_');
}
