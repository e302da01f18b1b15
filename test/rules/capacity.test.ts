import { ruleTable, yaml } from './rule-tester.js';

const channel = ['channels:', '  ig: {platform: instagram}'];

ruleTable('capacity', {
  valid: [
    {
      name: 'a cadence inside the hours',
      yaml: yaml(
        'version: 1',
        ...channel,
        'team:',
        '  members:',
        '    anna: {name: Anna, hours_per_week: 4}',
        'content:',
        '  cadence:',
        '    - {channel: ig, per_week: 3, minutes_per_post: 60, owner: anna}',
      ),
    },
    { name: 'no cadence', yaml: yaml('version: 1', 'team:', '  members:', '    anna: {name: Anna}') },
  ],
  invalid: [
    {
      name: 'more hours than the team has, and more than its member has',
      yaml: yaml(
        'version: 1',
        ...channel,
        'team:',
        '  members:',
        '    anna: {name: Anna, hours_per_week: 2}',
        'content:',
        '  cadence:',
        '    - {channel: ig, per_week: 3, minutes_per_post: 60, owner: anna}',
      ),
      errors: [
        { line: 6, column: 40, message: /The work of Anna \(posts and webcare\) takes 3 hours a week, but Anna has 2 hours\./ },
        { line: 8, column: 3, message: /The work takes 3 hours a week, but the team has 2 hours\./ },
      ],
    },
    {
      name: 'no hours recorded at all',
      yaml: yaml(
        'version: 1',
        ...channel,
        'team:',
        '  members:',
        '    anna: {name: Anna}',
        'content:',
        '  cadence:',
        '    - {channel: ig, per_week: 2}',
      ),
      errors: [{ line: 4, column: 1, message: /The work takes 1 hour a week, but no team member has hours/ }],
    },
    {
      name: 'the default minutes per post is a policy option',
      yaml: yaml(
        'version: 1',
        ...channel,
        'team:',
        '  members:',
        '    anna: {name: Anna, hours_per_week: 1}',
        'content:',
        '  cadence:',
        '    - {channel: ig, per_week: 2}',
        'checks:',
        '  capacity: {minutes_per_post: 45}',
      ),
      errors: [{ line: 8, column: 3, message: /takes 1\.5 hours a week, but the team has 1 hour\./ }],
    },
  ],
});
