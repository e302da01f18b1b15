import { ruleTable, yaml } from './rule-tester.js';

ruleTable('two-admins', {
  valid: [
    { name: 'two admins', yaml: yaml('version: 1', 'channels:', '  ig: {platform: instagram, admins: [anna, bram]}') },
    {
      name: 'one admin when the policy says one is enough',
      yaml: yaml('version: 1', 'channels:', '  ig: {platform: instagram, admins: [anna]}', 'checks:', '  two-admins: {min: 1}'),
    },
  ],
  invalid: [
    {
      name: 'one admin points at the admins',
      yaml: yaml('version: 1', 'channels:', '  ig:', '    platform: instagram', '    admins: [anna]'),
      errors: [
        {
          line: 5,
          column: 13,
          message:
            /Channel "ig" has 1 administrator; at least 2 are needed, so that someone can always reach the account during holidays and illness\./,
        },
      ],
    },
    {
      name: 'no admins points at the channel',
      yaml: yaml('version: 1', 'channels:', '  ig: {platform: instagram}'),
      errors: [{ line: 3, column: 3, message: /has no administrators/ }],
    },
    {
      name: 'a stricter policy from checks:',
      yaml: yaml('version: 1', 'channels:', '  ig: {platform: instagram, admins: [anna, bram]}', 'checks:', '  two-admins: {min: 3}'),
      errors: [{ line: 3, column: 37, message: /at least 3 are needed/ }],
    },
  ],
});
