import { ruleTable, yaml } from './rule-tester.js';

ruleTable('audience-reached', {
  valid: [
    {
      name: 'every audience on a channel',
      yaml: yaml('version: 1', 'audiences:', '  parents: {name: Parents}', 'channels:', '  fb: {platform: facebook, audiences: [parents]}'),
    },
  ],
  invalid: [
    {
      name: 'an audience no channel serves, with where it is active',
      yaml: yaml(
        'version: 1',
        'audiences:',
        '  parents: {name: Parents, platforms: [facebook, whatsapp]}',
        '  students: {name: Students}',
        'channels:',
        '  fb: {platform: facebook, audiences: [students]}',
      ),
      errors: [
        {
          line: 3,
          column: 3,
          message: /No channel reaches audience "Parents"\. Follow your audience: it is active on Facebook and WhatsApp;/,
        },
      ],
    },
  ],
});
