// A target that can be measured honestly: a level needs its starting value, a relative target
// ("10% more fans") is a change of the baseline, and the target goes the way the goal says.
import { defineRule } from './types.js';
import { entries, pointer } from './util.js';
import type { Goal } from '../model/strategy.js';
import { targetOf } from '../core/measures/goal.js';

export default defineRule({
  id: 'goal-target',
  severity: 'warning',
  options: {},
  docs: {
    example:
      'version: 1\ngoals:\n  meer-fans:\n    statement: Op 31 december heeft de Facebookpagina 10% meer fans.\n    metric: fans van de Facebookpagina\n    baseline: 412\n    target: 10\n    unit: "%"\n',
    sources: ['training', 'epale'],
  },
  check({ strategy, report }) {
    for (const [id, goal] of entries(strategy.goals)) {
      const at = (field: string): string => pointer('goals', id, field);
      const kind = goal.kind ?? 'level';
      if (goal.target_change && goal.baseline === undefined) {
        report({ pointer: at('target_change'), messageId: 'change-needs-baseline', data: { goal: id } });
        continue;
      }
      if (goal.baseline === undefined) {
        if (kind !== 'total' && (goal.target !== undefined || goal.metric))
          report({ pointer: pointer('goals', id), at: 'key', messageId: 'no-baseline', data: { goal: id } });
        continue;
      }
      if (goal.target_change && goal.target !== undefined) {
        const expected = targetOf({ ...goal, target: undefined } as Goal)!;
        if (Math.abs(expected - goal.target) > Math.max(0.5, Math.abs(expected) * 0.01)) {
          report({
            pointer: at('target'),
            messageId: 'change-disagrees',
            data: { goal: id, target: goal.target, computed: Math.round(expected * 100) / 100 },
          });
          continue;
        }
      }
      const target = targetOf(goal);
      if (target === undefined || target === goal.baseline) continue;
      if (goal.unit?.trim() === '%' && goal.target !== undefined && goal.baseline > 100 && goal.target < goal.baseline && !goal.direction) {
        report({ pointer: at('target'), messageId: 'looks-relative', data: { goal: id, baseline: goal.baseline, target: goal.target } });
        continue;
      }
      if (goal.direction && (goal.direction === 'decrease') !== target < goal.baseline) {
        report({
          pointer: at(goal.target_change ? 'target_change' : 'target'),
          messageId: 'direction',
          data: { goal: id, direction: goal.direction, baseline: goal.baseline, target },
        });
      }
    }
  },
});
