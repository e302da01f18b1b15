import { ruleTable, yaml } from './rule-tester.js';

ruleTable('goal-measured', {
  valid: [
    {
      name: 'a goal with a KPI',
      yaml: yaml('version: 1', 'goals:', '  grow: {statement: Grow}', 'control:', '  kpis:', '    followers: {goal: grow}'),
    },
  ],
  invalid: [
    {
      name: 'a goal without a KPI points at the goal',
      yaml: yaml(
        'version: 1',
        'goals:',
        '  grow: {statement: Grow}',
        '  reach: {statement: Reach}',
        'control:',
        '  kpis:',
        '    followers: {goal: grow}',
      ),
      errors: [
        { line: 4, column: 3, message: /No KPI measures goal "reach"\. Add one for this goal in the block Measuring and evaluating/ },
      ],
    },
    {
      name: 'no control section at all',
      yaml: yaml('version: 1', 'goals:', '  grow: {statement: Grow}'),
      errors: [{ line: 3, column: 3, message: /No KPI measures goal "grow"/ }],
    },
  ],
});
