import { ruleTable, yaml } from './rule-tester.js';

const channel = ['channels:', '  ig: {platform: instagram}'];
const step = '{by: [anna], within_hours: 4}';

ruleTable('webcare-defined', {
  valid: [
    {
      name: 'owner, response time and every workflow step',
      yaml: yaml(
        'version: 1',
        ...channel,
        'webcare:',
        '  owner: anna',
        '  response_time_hours: 24',
        '  workflow:',
        `    detect: ${step}`,
        `    respond: ${step}`,
        `    approve: ${step}`,
        `    publish: ${step}`,
      ),
    },
    { name: 'no channels yet', yaml: yaml('version: 1') },
  ],
  invalid: [
    {
      name: 'no webcare at all',
      yaml: yaml('version: 1', ...channel),
      errors: [
        {
          line: 1,
          column: 1,
          message:
            /Webcare is not arranged yet\. Still to record: who is responsible for webcare, the response time \(within how many hours every message is answered\), who spots messages and mentions/,
        },
      ],
    },
    {
      name: 'no approver',
      yaml: yaml(
        'version: 1',
        ...channel,
        'webcare:',
        '  owner: anna',
        '  response_time_hours: 24',
        '  workflow:',
        `    detect: ${step}`,
        `    respond: ${step}`,
        `    publish: ${step}`,
      ),
      errors: [{ line: 4, column: 1, message: /Webcare is not arranged yet\. Still to record: who approves sensitive answers\./ }],
    },
  ],
});
