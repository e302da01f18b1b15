import { defineRule } from './types.js';
import { entries, pointer } from './util.js';

export default defineRule({
  id: 'goal-measured',
  severity: 'error',
  options: {},
  docs: {
    example: 'version: 1\ngoals:\n  open-dagen:\n    statement: Meer bezoekers op de open dagen\n',
    sources: ['epale'],
  },
  check({ strategy, report }) {
    const measured = new Set(entries(strategy.control?.kpis).map(([, kpi]) => kpi.goal));
    for (const [id] of entries(strategy.goals)) {
      if (!measured.has(id)) report({ pointer: pointer('goals', id), at: 'key', messageId: 'missing', data: { goal: id } });
    }
  },
});
