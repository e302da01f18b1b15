// A goal's figures must be comparable with its target: the KPI that measures it counts the
// same kind of thing, in the same unit. Otherwise every percentage and forecast printed from
// them is nonsense that looks authoritative.
import { defineRule } from './types.js';
import { entries, pointer } from './util.js';
import { measuringKpi, mismatchOf } from '../core/measures/goal.js';
import { own } from '../util/own.js';

export default defineRule({
  id: 'kpi-fits-goal',
  severity: 'error',
  options: {},
  docs: {
    example:
      'version: 1\ngoals:\n  volgers:\n    statement: Eind 2027 volgen 1500 mensen ons Instagram-account.\n    baseline: 1000\n    target: 1500\n    unit: volgers\n    deadline: 2027-12-31\ncontrol:\n  kpis:\n    nieuwe-volgers:\n      goal: volgers\n      import: {platform: instagram, column: new_followers, aggregate: sum}\n',
    sources: ['epale', 'training'],
  },
  check({ strategy, report }) {
    for (const [id, goal] of entries(strategy.goals)) {
      const measuring = measuringKpi(strategy, id);
      if ('problem' in measuring) {
        if (measuring.problem === 'other-goal')
          report({
            pointer: pointer('goals', id, 'measured_by'),
            messageId: 'other-goal',
            data: { goal: id, kpi: measuring.kpi, of: measuring.of },
          });
        if (measuring.problem === 'unknown-kpi')
          report({ pointer: pointer('goals', id, 'measured_by'), messageId: 'unknown-kpi', data: { goal: id, kpi: measuring.kpi } });
        continue;
      }
      const kpi = own(strategy.control?.kpis, measuring.kpi);
      const mismatch = kpi ? mismatchOf(goal, kpi) : null;
      if (!mismatch) continue;
      const at = (field: string): string => pointer('control', 'kpis', measuring.kpi, field);
      if (mismatch.problem === 'kind-mismatch') {
        report({
          pointer: kpi!.kind ? at('kind') : kpi!.import ? at('import') : pointer('goals', id),
          ...(kpi!.kind || kpi!.import ? {} : { at: 'key' as const }),
          messageId: 'kind-mismatch',
          data: { goal: id, kpi: measuring.kpi, goalKind: mismatch.goalKind, kpiKind: mismatch.kpiKind },
        });
      } else if (mismatch.problem === 'unit-mismatch') {
        report({
          pointer: at('unit'),
          messageId: 'unit-mismatch',
          data: { goal: id, kpi: measuring.kpi, goalUnit: mismatch.goalUnit, kpiUnit: mismatch.kpiUnit },
        });
      } else if (mismatch.problem === 'percent-count') {
        report({ pointer: pointer('goals', id, 'unit'), messageId: 'percent-count', data: { goal: id, kpi: measuring.kpi } });
      }
    }
  },
});
