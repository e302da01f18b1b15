import { ruleTable, yaml } from './rule-tester.js';

// A primary school: 4 hours a week, Facebook, Instagram and a closed parents' app, 1.5 hours of posting.
const primary = [
  'version: 1',
  'channels:',
  '  facebook: {platform: facebook}',
  '  instagram: {platform: instagram}',
  '  ouderapp: {platform: other, visibility: closed}',
  'team:',
  '  members:',
  '    juf: {name: Juf Anne, hours_per_week: 3}',
  '    directeur: {name: Directeur, hours_per_week: 1}',
  'content:',
  '  cadence:',
  '    - {channel: facebook, per_week: 2, minutes_per_post: 15, owner: juf}',
  '    - {channel: instagram, per_week: 2, minutes_per_post: 15, owner: juf}',
  '    - {channel: ouderapp, per_week: 2, minutes_per_post: 15, owner: juf}',
];

ruleTable('start-small', {
  valid: [
    { name: 'probe: a primary school with 4 hours that posts 1.5 hours on three channels is not nagged', yaml: yaml(...primary) },
    {
      name: 'one channel may always fill the hours',
      yaml: yaml(
        'version: 1',
        'channels:',
        '  fb: {platform: facebook}',
        'team:',
        '  members:',
        '    a: {name: A, hours_per_week: 2}',
        'content:',
        '  cadence:',
        '    - {channel: fb, per_week: 4, minutes_per_post: 25}',
      ),
    },
  ],
  invalid: [
    {
      name: 'three channels whose work fills nearly every hour',
      yaml: yaml(
        'version: 1',
        'channels:',
        '  instagram: {platform: instagram}',
        '  tiktok: {platform: tiktok}',
        '  facebook: {platform: facebook}',
        'team:',
        '  members:',
        '    lotte: {name: Lotte, hours_per_week: 6}',
        'content:',
        '  cadence:',
        '    - {channel: instagram, per_week: 3, minutes_per_post: 45, owner: lotte}',
        '    - {channel: tiktok, per_week: 3, minutes_per_post: 30, owner: lotte}',
        '    - {channel: facebook, per_week: 2, minutes_per_post: 20, owner: lotte}',
      ),
      errors: [
        {
          line: 2,
          column: 1,
          message:
            /^3 channels take about 5\.9 hours of the team’s 6 hours a week \(99%\): no room is left to answer, learn and adjust\. Start with fewer/,
        },
      ],
    },
  ],
});
