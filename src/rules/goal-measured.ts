import { defineRule } from './types.js';
import { entries, pointer } from './util.js';

export default defineRule({
  id: 'goal-measured',
  severity: 'error',
  options: {},
  check({ strategy, t, report }) {
    const measured = new Set(entries(strategy.control?.kpis).map(([, kpi]) => kpi.goal));
    for (const [id] of entries(strategy.goals)) {
      if (!measured.has(id)) report({ pointer: pointer('goals', id), at: 'key', message: t('goal-measured.missing', { goal: id }) });
    }
  },
});
