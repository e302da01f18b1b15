// Calendar days as whole numbers (days since 1970-01-01), for plain arithmetic on dates
// without time zones: the content calendar plans in the organisation's own days.
import type { Weekday } from '../model/strategy.js';

export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY_MS = 86_400_000;

export function toDay(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

const PADDED = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, '0'));

/** The date of a day number, as YYYY-MM-DD: the civil calendar from days since 1970 (H. Hinnant's algorithm). */
export function fromDay(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${PADDED[month]}-${PADDED[date]}`;
}

/** 0 for Monday to 6 for Sunday. */
export function weekdayIndex(day: number): number {
  // Day 0 (1970-01-01) was a Thursday.
  return (((day + 3) % 7) + 7) % 7;
}

export function weekdayOf(day: number): Weekday {
  return WEEKDAYS[weekdayIndex(day)]!;
}

/** The Monday of the week `day` is in. */
export function mondayOf(day: number): number {
  return day - weekdayIndex(day);
}

/** The week number of ISO 8601: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(day: number): number {
  const thursday = mondayOf(day) + 3;
  const january1 = toDay(`${fromDay(thursday).slice(0, 4)}-01-01`);
  return Math.floor((thursday - january1) / 7) + 1;
}
