import { ruleTable, yaml } from './rule-tester.js';

ruleTable('community-participation', {
  valid: [{ name: 'a community without a measured share', yaml: yaml('version: 1', 'communities:', '  - {name: Alumni}') }],
  invalid: [
    {
      name: 'the three bands of the method',
      yaml: yaml(
        'version: 1',
        'communities:',
        '  - {name: Quiet, active_share: 0.1}',
        '  - {name: Busy, active_share: 0.2}',
        '  - {name: Lively, active_share: 0.35}',
      ),
      errors: [
        {
          line: 3,
          column: 33,
          message:
            /Only 10% of the members of "Quiet" post or react: .*Merge it with similar communities, stimulate participation, or bring in an expert\./,
        },
        { line: 4, column: 32, message: /20% of the members of "Busy" are active: taking part is worth it\./ },
        {
          line: 5,
          column: 34,
          message: /35% of the members of "Lively" are active: you must take part; this is the best source of usable content\./,
        },
      ],
    },
  ],
});
