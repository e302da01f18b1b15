// The period of the strategy runs forward: a last day before the first leaves no time for
// goals, posts or a calendar.
import { defineRule } from './types.js';
import { pointer } from './util.js';

export default defineRule({
  id: 'period-order',
  severity: 'error',
  options: {},
  docs: {
    example: 'version: 1\nperiod:\n  start: 2026-09-01\n  end: 2026-08-01\n',
  },
  check({ strategy, report }) {
    const period = strategy.period;
    if (period && period.end < period.start)
      report({ pointer: pointer('period', 'end'), messageId: 'reversed', data: { start: period.start, end: period.end } });
  },
});
