// Keep course: a KPI is measured as often as it says, so that the strategy can be adjusted in
// time. Needs the day of the check.
import { defineRule } from './types.js';
import { entries, items, pointer } from './util.js';
import { addDays, daysBetween as days, INTERVAL, nextMeasurement } from '../core/intervals.js';

export default defineRule({
  id: 'measurements-current',
  severity: 'warning',
  options: {},
  docs: {
    example:
      'version: 1\nperiod: {start: 2026-08-01, end: 2027-07-31}\ncontrol:\n  kpis:\n    volgers: {goal: meer-volgers, metric: volgers op Instagram, frequency: monthly}\n  measurements:\n    - {kpi: volgers, date: 2026-08-01, value: 1200}\n',
    sources: ['epale', 'social'],
  },
  check({ strategy, today, report }) {
    const period = strategy.period;
    if (!today || !period || today < period.start || period.start > period.end) return;
    const until = today < period.end ? today : period.end;
    const latest = new Map<string, string>();
    for (const [, measurement] of items(strategy.control?.measurements)) {
      if (measurement.date > until) continue;
      const before = latest.get(measurement.kpi);
      if (!before || measurement.date > before) latest.set(measurement.kpi, measurement.date);
    }
    for (const [id, kpi] of entries(strategy.control?.kpis)) {
      if (!kpi.frequency) continue;
      const { days: interval, grace } = INTERVAL[kpi.frequency];
      const name = kpi.metric ?? id;
      const last = latest.get(id);
      if (!last || last < period.start) {
        const due = addDays(period.start, interval);
        const late = days(due, until);
        if (late > grace)
          report({
            pointer: pointer('control', 'kpis', id),
            at: 'key',
            messageId: 'none',
            data: { kpi: name, frequency: kpi.frequency, start: period.start, overdue: late },
          });
        continue;
      }
      const next = nextMeasurement(kpi.frequency, last, until);
      if (next.late)
        report({
          pointer: pointer('control', 'kpis', id, 'frequency'),
          messageId: 'late',
          data: { kpi: name, frequency: kpi.frequency, last, due: next.due, overdue: next.overdue },
        });
    }
  },
});
