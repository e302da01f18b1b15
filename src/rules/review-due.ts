// Evaluate and follow up: a strategy is reviewed with the team as often as its results are
// reported, and no more often than once a quarter. Needs the day of the check.
import { defineRule } from './types.js';
import { items, pointer } from './util.js';
import type { Frequency } from '../model/strategy.js';
import { addDays, daysBetween as days, FREQUENCIES as ORDER, INTERVAL } from '../core/intervals.js';

/** A review of a quarter or a year is held within a month of its end. */
const graceOf = (cadence: Frequency): number => Math.max(INTERVAL[cadence].grace, cadence === 'quarterly' || cadence === 'yearly' ? 31 : 0);

export default defineRule({
  id: 'review-due',
  severity: 'warning',
  options: { min_interval: 'quarterly' as Frequency },
  docs: {
    example:
      'version: 1\nperiod: {start: 2026-01-01, end: 2026-12-31}\ncontrol:\n  reporting: {cadence: monthly, audience: de directie}\nreviews:\n  - {date: 2026-01-10, period: 2025-Q4, rose: Veel reacties op de open dag.}\n',
    sources: ['epale', 'social'],
  },
  check({ strategy, today, options, report }) {
    const period = strategy.period;
    const reported = strategy.control?.reporting?.cadence;
    if (!today || !period || !reported || today < period.start || period.start > period.end) return;
    const floor = ORDER.includes(options.min_interval) ? options.min_interval : 'quarterly';
    const cadence = ORDER.indexOf(reported) >= ORDER.indexOf(floor) ? reported : floor;
    const interval = INTERVAL[cadence].days;
    const grace = graceOf(cadence);
    // A review after the period's end still counts; none is due long after it.
    const lastDue = addDays(period.end, interval);
    const until = today < lastDue ? today : lastDue;
    let latest: { date: string; period: string; index: number } | undefined;
    for (const [index, review] of items(strategy.reviews)) {
      if (review.date > until) continue;
      if (!latest || review.date > latest.date) latest = { date: review.date, period: review.period, index };
    }
    const from = latest && latest.date > period.start ? latest.date : period.start;
    const due = addDays(from, interval + grace);
    if (days(due, until) <= 0) return;
    if (latest)
      report({
        pointer: pointer('reviews', latest.index, 'date'),
        messageId: 'late',
        data: { last: latest.date, period: latest.period, due, cadence: reported },
      });
    else
      report({
        pointer: pointer('control', 'reporting', 'cadence'),
        messageId: 'none',
        data: { start: period.start, due, cadence: reported },
      });
  },
});
