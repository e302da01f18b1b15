import { ruleTable, yaml } from './rule-tester.js';

ruleTable('channel-purpose', {
  valid: [
    {
      name: 'audience and goal',
      yaml: yaml('version: 1', 'channels:', '  fb: {platform: facebook, audiences: [parents], goals: [grow]}'),
    },
    {
      name: 'audience and a pillar posted on it',
      yaml: yaml(
        'version: 1',
        'channels:',
        '  fb: {platform: facebook, audiences: [parents]}',
        'content:',
        '  pillars:',
        '    news: {name: News, channels: [fb]}',
      ),
    },
  ],
  invalid: [
    {
      name: 'a channel for nobody and nothing',
      yaml: yaml('version: 1', 'channels:', '  fb: {platform: facebook}'),
      errors: [
        { line: 3, column: 3, message: /Channel "fb" has no audience/ },
        { line: 3, column: 3, message: /Channel "fb" serves no goal, and no content pillar is posted on it/ },
      ],
    },
  ],
});
