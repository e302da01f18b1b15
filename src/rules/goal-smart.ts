import { defineRule } from './types.js';
import { SMART_FIELDS } from '../i18n/rule-data.js';
import { entries, pointer } from './util.js';

export default defineRule({
  id: 'goal-smart',
  severity: 'error',
  options: {},
  docs: {
    example:
      'version: 1\nperiod: {start: 2026-08-01, end: 2027-07-31}\ngoals:\n  more-fans:\n    statement: Meer fans op Facebook\n    metric: Facebook fans\n    baseline: 1200\n    target: 1200\n',
    sources: ['training', 'social'],
  },
  check({ strategy, report }) {
    const period = strategy.period;
    for (const [id, goal] of entries(strategy.goals)) {
      // A target relative to the baseline (`target_change`) is a target too.
      const missing = SMART_FIELDS.filter(
        (field) => (goal[field] === undefined || goal[field] === '') && !(field === 'target' && goal.target_change),
      );
      if (missing.length > 0)
        report({ pointer: pointer('goals', id), at: 'key', messageId: 'missing', data: { goal: id, fields: missing } });
      if (goal.target !== undefined && goal.baseline !== undefined && goal.target === goal.baseline) {
        report({ pointer: pointer('goals', id, 'target'), messageId: 'same-target', data: { value: goal.target } });
      }
      if (goal.deadline && period && (goal.deadline < period.start || goal.deadline > period.end)) {
        report({
          pointer: pointer('goals', id, 'deadline'),
          messageId: 'deadline-outside',
          data: { deadline: goal.deadline, start: period.start, end: period.end },
        });
      }
      if (goal.sustain_until && goal.deadline && goal.sustain_until < goal.deadline) {
        report({
          pointer: pointer('goals', id, 'sustain_until'),
          messageId: 'sustain-before-deadline',
          data: { date: goal.sustain_until, deadline: goal.deadline },
        });
      }
    }
  },
});
