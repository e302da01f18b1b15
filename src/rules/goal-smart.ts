import { defineRule } from './types.js';
import { entries, pointer } from './util.js';

export default defineRule({
  id: 'goal-smart',
  severity: 'error',
  options: {},
  check({ strategy, t, report }) {
    const period = strategy.period;
    for (const [id, goal] of entries(strategy.goals)) {
      const missing = (['metric', 'target', 'unit', 'deadline'] as const).filter((field) => goal[field] === undefined || goal[field] === '');
      if (missing.length > 0) report({ pointer: pointer('goals', id), at: 'key', message: t('goal-smart.missing', { goal: id, fields: missing }) });
      if (goal.target !== undefined && goal.baseline !== undefined && goal.target === goal.baseline) {
        report({ pointer: pointer('goals', id, 'target'), message: t('goal-smart.same-target', { value: goal.target }) });
      }
      if (goal.deadline && period && (goal.deadline < period.start || goal.deadline > period.end)) {
        report({
          pointer: pointer('goals', id, 'deadline'),
          message: t('goal-smart.deadline-outside', { deadline: goal.deadline, start: period.start, end: period.end }),
        });
      }
      if (goal.sustain_until && goal.deadline && goal.sustain_until < goal.deadline) {
        report({
          pointer: pointer('goals', id, 'sustain_until'),
          message: t('goal-smart.sustain-before-deadline', { date: goal.sustain_until, deadline: goal.deadline }),
        });
      }
    }
  },
});
