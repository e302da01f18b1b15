// How often things recur by frequency, for the rules and reports that say when the next one
// is due: a measurement of a monthly KPI, the review of a strategy reported each quarter.
import type { Frequency } from '../model/strategy.js';

const DAY = 86_400_000;

export const FREQUENCIES: readonly Frequency[] = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'];

/** Days between two measurements, and the days of grace after that before one counts as late. */
export const INTERVAL: Record<Frequency, { days: number; grace: number }> = {
  daily: { days: 1, grace: 2 },
  weekly: { days: 7, grace: 3 },
  monthly: { days: 31, grace: 7 },
  quarterly: { days: 92, grace: 14 },
  yearly: { days: 366, grace: 31 },
};

export const addDays = (date: string, count: number): string => new Date(Date.parse(date) + count * DAY).toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

/** When the measurement after one taken on `last` is due, and how many days it is late on `until` (late only past the grace). */
export function nextMeasurement(frequency: Frequency, last: string, until: string): { due: string; overdue: number; late: boolean } {
  const { days, grace } = INTERVAL[frequency];
  const due = addDays(last, days);
  const overdue = daysBetween(due, until);
  return { due, overdue, late: overdue > grace };
}
