// Keep course: from the measurements so far, a straight line to the deadline says whether a
// goal will be reached, in time to adjust when it will not.
import { defineRule } from './types.js';
import { entries, pointer } from './util.js';
import { assessGoal } from '../core/measures/assess.js';

export default defineRule({
  id: 'on-course',
  severity: 'warning',
  options: { min_elapsed: 0.67, tolerance: 0.1 },
  docs: {
    sources: ['social', 'epale'],
    example:
      'version: 1\nperiod: {start: 2026-08-01, end: 2027-07-31}\ngoals:\n  meer-volgers: {statement: Meer volgers, baseline: 1000, target: 1600, deadline: 2027-07-01}\ncontrol:\n  kpis:\n    volgers: {goal: meer-volgers, frequency: monthly}\n  measurements:\n    - {kpi: volgers, date: 2026-11-01, value: 1050}\n    - {kpi: volgers, date: 2026-12-01, value: 1070}\n',
  },
  check({ strategy, today, options, report }) {
    const period = strategy.period;
    if (!today || !period) return;
    for (const [id, goal] of entries(strategy.goals)) {
      if (!goal.deadline || today >= goal.deadline || today < period.start) continue;
      const measure = assessGoal(strategy, id, today);
      if (measure?.status.kind !== 'behind' || measure.elapsed === null || measure.elapsed < options.min_elapsed) continue;
      const { forecast } = measure.status;
      const way = Math.abs(measure.target! - (measure.start ?? 0)) || Math.abs(measure.target!) || 1;
      if (forecast.shortfall <= options.tolerance * way) continue;
      report({
        pointer: pointer('goals', id, goal.target !== undefined ? 'target' : 'target_change'),
        messageId: 'behind',
        data: {
          goal: id,
          forecast: forecast.value,
          target: measure.target!,
          deadline: goal.deadline,
          short: forecast.shortfall,
          points: forecast.basis.measurements,
        },
      });
    }
  },
});
