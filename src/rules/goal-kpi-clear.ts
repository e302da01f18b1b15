// Which figures say how far a goal is must be clear from the file: one KPI measures it, and
// that KPI says what one measurement is. Where the file leaves it open, the document shows
// each KPI on its own instead of guessing.
import { defineRule } from './types.js';
import { entries, pointer } from './util.js';
import { looksLikeCount, measuringKpi, mismatchOf } from '../core/measures/goal.js';
import { measurementsOf } from '../core/measures/assess.js';
import { own } from '../util/own.js';
import type { Goal } from '../model/strategy.js';

const looksRelative = (goal: Goal): boolean =>
  goal.target !== undefined && goal.baseline !== undefined && goal.baseline > 100 && goal.target < goal.baseline && !goal.direction;

export default defineRule({
  id: 'goal-kpi-clear',
  severity: 'warning',
  options: {},
  docs: {
    example:
      'version: 1\ngoals:\n  aanmeldingen:\n    statement: In schooljaar 2026-2027 melden zich 300 leerlingen aan.\n    kind: total\n    target: 300\n    unit: aanmeldingen\n    deadline: 2027-06-30\ncontrol:\n  kpis:\n    aanmeldingen-maand: {goal: aanmeldingen, metric: aanmeldingen per maand}\n    ig-bereik: {goal: aanmeldingen, metric: bereik op Instagram}\n',
    sources: ['epale'],
  },
  check({ strategy, today, report }) {
    for (const [id, goal] of entries(strategy.goals)) {
      const measuring = measuringKpi(strategy, id);
      if ('problem' in measuring) {
        if (measuring.problem === 'ambiguous')
          report({ pointer: pointer('goals', id), at: 'key', messageId: 'ambiguous', data: { goal: id, kpis: measuring.kpis } });
        continue;
      }
      const kpi = own(strategy.control?.kpis, measuring.kpi);
      if (!kpi) continue;
      const mismatch = mismatchOf(goal, kpi);
      if (mismatch?.problem === 'kind-unknown')
        report({
          pointer: pointer('control', 'kpis', measuring.kpi),
          at: 'key',
          messageId: 'kind-unknown',
          data: { goal: id, kpi: measuring.kpi },
        });
      // A baseline in the hundreds with a small target in % is the relative target goal-target names.
      else if (mismatch?.problem === 'percent-range' && !looksRelative(goal))
        report({ pointer: pointer('goals', id, 'unit'), messageId: 'percent-range', data: { goal: id, value: mismatch.value } });
      if (mismatch) continue;
      const values = measurementsOf(strategy, measuring.kpi, today ?? '9999-12-31', strategy.period?.start).map((m) => m.value);
      const count = looksLikeCount(goal, kpi, values);
      if (count?.problem === 'looks-like-count')
        report({
          pointer: pointer('goals', id, 'baseline'),
          messageId: 'looks-like-count',
          data: { goal: id, kpi: measuring.kpi, baseline: count.baseline, highest: count.highest },
        });
    }
  },
});
