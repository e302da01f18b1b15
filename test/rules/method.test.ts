// The rules that hold a strategy to the whole method, each with its table; the probes of the
// method's sources are the invalid cases (and the valid ones where a rule must keep quiet).
import { ruleTable, yaml } from './rule-tester.js';

const period = 'period: {start: 2026-08-01, end: 2027-07-31}';

ruleTable('essentials', {
  valid: [
    {
      name: 'a period, a goal, an audience, a channel and an owner',
      yaml: yaml('version: 1', period, 'goals:', '  g: {statement: Meer volgers}', 'audiences:', '  ouders: {name: Ouders}', 'channels:', '  fb: {platform: facebook}', 'team: {owner: an}'),
    },
  ],
  invalid: [
    {
      name: 'probe: only an organisation name and a period that ends before it starts',
      yaml: yaml('version: 1', 'organisation: {name: Basisschool De Klimop}', 'period: {start: 2027-07-31, end: 2026-08-01}'),
      errors: [
        { line: 1, column: 1, message: /^The strategy has no audiences yet/ },
        { line: 1, column: 1, message: /^The strategy has no channels yet/ },
        { line: 1, column: 1, message: /^The strategy has no goals yet\./ },
        { line: 1, column: 1, message: /^Nobody is responsible for the strategy yet/ },
      ],
    },
    {
      name: 'a team without an owner',
      yaml: yaml('version: 1', period, 'goals:', '  g: {statement: Meer volgers}', 'audiences:', '  ouders: {name: Ouders}', 'channels:', '  fb: {platform: facebook}', 'team:', '  members:', '    an: {name: An}'),
      errors: [{ line: 9, column: 1, message: /^Nobody is responsible for the strategy yet: name the team and its owner\./ }],
    },
  ],
});

ruleTable('completeness', {
  valid: [
    {
      name: 'content, the three tasks and reporting',
      yaml: yaml(
        'version: 1',
        'channels:',
        '  fb: {platform: facebook}',
        'content:',
        '  pillars:',
        '    nieuws: {name: Nieuws}',
        '  cadence:',
        '    - {channel: fb, per_week: 1}',
        'team:',
        '  tasks: {content_management: [an], webcare: [an], administration: [an, bo]}',
        'control:',
        '  reporting: {cadence: monthly}',
      ),
    },
  ],
  invalid: [
    {
      name: 'probe: none of the blocks filled in beyond a channel',
      yaml: yaml('version: 1', 'channels:', '  fb: {platform: facebook}', 'team:', '  owner: an', '  tasks:', '    content_management: [an]'),
      errors: [
        { line: 1, column: 1, message: /^Content still needs content pillars \(what you post about\) and a cadence/ },
        { line: 1, column: 1, message: /^Control still needs how often results are reported, and to whom\./ },
        { line: 6, column: 3, message: /^The core tasks still need who does webcare and who administers the accounts/ },
      ],
    },
  ],
});

ruleTable('goal-target', {
  valid: [
    { name: 'the method’s own example as a relative target', yaml: yaml('version: 1', 'goals:', '  fans: {statement: 10% meer fans, metric: fans, baseline: 412, target_change: {percent: 10}, unit: fans}') },
    { name: 'a relative target and a target that agree', yaml: yaml('version: 1', 'goals:', '  fans: {statement: 10% meer fans, baseline: 412, target: 453, target_change: {percent: 10}}') },
    { name: 'a total within the period needs no baseline', yaml: yaml('version: 1', 'goals:', '  aanmeldingen: {statement: 600 aanmeldingen, metric: aanmeldingen, kind: total, target: 600}') },
    { name: 'a decrease', yaml: yaml('version: 1', 'goals:', '  sneller: {statement: Sneller antwoord, baseline: 30, target: 12, unit: uur, direction: decrease}') },
  ],
  invalid: [
    {
      name: 'probe: "10% more fans" stored as baseline 412, target 10, unit %',
      yaml: yaml('version: 1', 'goals:', '  fans:', '    statement: 10% meer fans', '    baseline: 412', '    target: 10', '    unit: "%"'),
      errors: [{ line: 6, column: 13, message: /^Goal "fans" goes from 412 to 10%: if you mean 10% more than the baseline, write it as a relative target/ }],
    },
    {
      name: 'probe: a goal without a baseline ("more parents at open mornings")',
      yaml: yaml('version: 1', 'goals:', '  inloop:', '    statement: Meer ouders op de inloopochtenden', '    metric: ouders per inloopochtend', '    target: 25'),
      errors: [{ line: 3, column: 3, message: /^Goal "inloop" has no baseline: without the value you start from/ }],
    },
    {
      name: 'a relative target without a baseline, one that disagrees, a decrease that rises',
      yaml: yaml(
        'version: 1',
        'goals:',
        '  a: {statement: A, target_change: {percent: 10}}',
        '  b: {statement: B, baseline: 100, target: 150, target_change: {percent: 10}}',
        '  c: {statement: C, baseline: 30, target: 40, direction: decrease}',
      ),
      errors: [
        { line: 3, column: 36, message: /^Goal "a" has a target relative to the baseline, but no baseline/ },
        { line: 4, column: 44, message: /^Goal "b": the target 150 does not agree with the relative target, which gives 110\./ },
        { line: 5, column: 43, message: /^Goal "c" is to lower the metric, but its target 40 is above the baseline 30\./ },
      ],
    },
  ],
});

const audiences = ['audiences:', '  ouders: {name: Ouders, platforms: [facebook]}', '  jongeren: {name: Jongeren, platforms: [instagram, tiktok]}'];

ruleTable('follow-audience', {
  valid: [
    { name: 'channels where their audiences are', yaml: yaml('version: 1', ...audiences, 'channels:', '  fb: {platform: facebook, audiences: [ouders]}', '  ig: {platform: instagram, audiences: [jongeren, ouders]}') },
    { name: 'audiences without platforms say nothing', yaml: yaml('version: 1', 'audiences:', '  ouders: {name: Ouders}', 'channels:', '  ig: {platform: instagram, audiences: [ouders]}') },
  ],
  invalid: [
    {
      name: 'probe: an Instagram channel for an audience active only on Facebook',
      yaml: yaml('version: 1', ...audiences, 'channels:', '  ig:', '    platform: instagram', '    audiences: [ouders]', '  tt: {platform: tiktok, audiences: [jongeren]}'),
      errors: [
        { line: 3, column: 37, message: /^No channel reaches "Ouders" on Facebook, where this audience is active\./ },
        { line: 7, column: 15, message: /^Channel "ig" is on Instagram, but "Ouders" is active on Facebook\. Follow your audience/ },
      ],
    },
  ],
});

const team = (hours: string, extra: string[] = []): string[] => ['team:', '  members:', `    an: {name: An${hours}}`, '    bo: {name: Bo, hours_per_week: 2}', ...extra];

ruleTable('capacity', {
  valid: [
    { name: 'posting and webcare within the hours', yaml: yaml('version: 1', ...team(', hours_per_week: 4'), 'content:', '  cadence:', '    - {channel: fb, per_week: 2, minutes_per_post: 30, owner: an}', 'webcare: {hours_per_week: 1}', 'control: {hours_per_week: 0.5}') },
  ],
  invalid: [
    {
      name: 'probe: webcare and monitoring count, and a member without hours gets no posts',
      yaml: yaml(
        'version: 1',
        ...team(''),
        'content:',
        '  cadence:',
        '    - {channel: fb, per_week: 2, minutes_per_post: 30, owner: an}',
        'webcare: {messages_per_week: 30, minutes_per_message: 4}',
        'control: {hours_per_week: 1}',
      ),
      errors: [
        { line: 4, column: 5, message: /^An has posts and webcare that take 1 hour a week, but no hours for social media\./ },
        { line: 7, column: 3, message: /^The work takes 4 hours a week \(1 hour posting, 2 hours webcare, 1 hour monitoring and reporting\), but the team has 2 hours\./ },
      ],
    },
  ],
});
