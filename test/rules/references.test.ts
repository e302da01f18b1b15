import { ruleTable, yaml } from './rule-tester.js';

const team = ['team:', '  members:', '    anna: {name: Anna}', '    bram: {name: Bram}'];

ruleTable('references', {
  valid: [
    {
      name: 'every reference resolves',
      yaml: yaml(
        'version: 1',
        ...team,
        'audiences:',
        '  students: {name: Students}',
        'goals:',
        '  grow: {statement: Grow, owner: anna, audiences: [students]}',
        'channels:',
        '  ig: {platform: instagram, admins: [anna, bram], audiences: [students], goals: [grow]}',
        'control:',
        '  kpis:',
        '    followers: {goal: grow}',
        '  measurements:',
        '    - {kpi: followers, date: 2026-10-01, value: 3}',
      ),
    },
    {
      name: 'a reference to an entry that failed the schema is not reported again',
      yaml: yaml('version: 1', 'goals:', '  grow: {statement: Grow}', 'control:', '  kpis:', '    followers: {goal: grow}'),
    },
  ],
  invalid: [
    {
      name: 'an unknown admin with a suggestion and the known members',
      yaml: yaml('version: 1', ...team, 'channels:', '  ig: {platform: instagram, admins: [anna, brams]}'),
      errors: [{ line: 7, column: 44, message: /Team member "brams" does not exist\. Did you mean "bram"\? Defined: "anna", "bram"\./ }],
    },
    {
      name: 'an unknown goal in a KPI, when no goals exist',
      yaml: yaml('version: 1', 'control:', '  kpis:', '    followers: {goal: grow}'),
      errors: [{ line: 4, column: 23, message: /Goal "grow" does not exist\. No goal is defined yet\./ }],
    },
    {
      name: 'unknown channel and pillar in a calendar item and the cadence',
      yaml: yaml(
        'version: 1',
        'channels:',
        '  instagram: {platform: instagram}',
        'content:',
        '  cadence:',
        '    - {channel: instagram, pillar: news, per_week: 1}',
        'calendar:',
        '  items:',
        '    - {date: 2026-10-01, title: Post, channel: instagramm}',
      ),
      errors: [
        { line: 6, column: 36, message: /Content pillar "news" does not exist\./ },
        { line: 9, column: 48, message: /Channel "instagramm" does not exist\. Did you mean "instagram"\?/ },
      ],
    },
  ],
});
