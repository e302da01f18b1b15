import { ruleTable, yaml } from './rule-tester.js';

ruleTable('period-order', {
  valid: [
    { name: 'a school year', yaml: yaml('version: 1', 'period: {start: 2026-08-01, end: 2027-07-31}') },
    { name: 'one day', yaml: yaml('version: 1', 'period: {start: 2026-08-01, end: 2026-08-01}') },
  ],
  invalid: [
    {
      name: 'an end before the start points at the end',
      yaml: yaml('version: 1', 'period:', '  start: 2026-09-01', '  end: 2026-08-01'),
      errors: [{ line: 4, column: 8, message: /^The period ends \(1 August 2026\) before it starts \(1 September 2026\)\./ }],
    },
  ],
});
