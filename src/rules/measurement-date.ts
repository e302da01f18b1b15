// A measurement is of a day that has been: one dated after the day of the check, or far from
// the strategy's period (0000-01-01, 9999-12-31), is a typing error that would print as the
// current figure.
import { defineRule } from './types.js';
import { items, pointer } from './util.js';
import { addDays } from '../core/intervals.js';

export default defineRule({
  id: 'measurement-date',
  severity: 'error',
  options: { margin_days: 366 },
  docs: {
    example:
      'version: 1\nperiod: {start: 2026-08-01, end: 2027-07-31}\ncontrol:\n  measurements:\n    - {kpi: volgers, date: 9999-12-31, value: 1200}\n',
    sources: ['epale'],
  },
  check({ strategy, today, options, report }) {
    const period = strategy.period;
    for (const [index, m] of items(strategy.control?.measurements)) {
      const at = pointer('control', 'measurements', index, 'date');
      if (today && m.date > today) {
        report({ pointer: at, messageId: 'future', data: { date: m.date, today } });
      } else if (
        period &&
        period.start <= period.end &&
        (m.date < addDays(period.start, -options.margin_days) || m.date > addDays(period.end, options.margin_days))
      ) {
        report({ pointer: at, messageId: 'far-outside', data: { date: m.date, start: period.start, end: period.end } });
      }
    }
  },
});
