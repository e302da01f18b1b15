import { ruleTable, yaml } from './rule-tester.js';

const channels = (n: number): string[] => ['channels:', ...Array.from({ length: n }, (_, i) => `  c${i}: {platform: other}`)];

ruleTable('start-small', {
  valid: [
    { name: 'two channels for six hours', yaml: yaml('version: 1', ...channels(2), 'team:', '  members:', '    a: {name: A, hours_per_week: 6}') },
  ],
  invalid: [
    {
      name: 'five channels and a community for six hours',
      yaml: yaml('version: 1', ...channels(5), 'communities:', '  - {name: Alumni}', 'team:', '  members:', '    a: {name: A, hours_per_week: 6}'),
      errors: [{ line: 2, column: 1, message: /With 6 hours a week, 5 channels and 1 community are more than the team can keep up \(with these hours about 2\)\. Start with fewer/ }],
    },
  ],
});
