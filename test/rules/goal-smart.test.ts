import { ruleTable, yaml } from './rule-tester.js';

const head = ['version: 1', 'language: en', 'period: {start: 2026-09-01, end: 2027-07-31}'];

ruleTable('goal-smart', {
  valid: [
    {
      name: 'a SMART goal',
      yaml: yaml(
        ...head,
        'goals:',
        '  grow:',
        '    statement: Grow',
        '    metric: Followers',
        '    baseline: 100',
        '    target: 150',
        '    unit: followers',
        '    deadline: 2027-06-30',
      ),
    },
    {
      name: 'a goal with no baseline yet',
      yaml: yaml(...head, 'goals:', '  grow: {statement: Grow, metric: Followers, target: 150, unit: followers, deadline: 2027-06-30}'),
    },
    { name: 'no goals at all', yaml: yaml(...head) },
  ],
  invalid: [
    {
      name: 'a vague goal points at the goal and lists what is missing',
      yaml: yaml(...head, 'goals:', '  more-fans:', '    statement: We want more fans'),
      errors: [
        {
          line: 5,
          column: 3,
          message: /Goal "more-fans" is not SMART yet: it still needs metric \(what is measured\), target, unit and deadline\./,
        },
      ],
    },
    {
      name: 'target equal to the baseline points at the target',
      yaml: yaml(
        ...head,
        'goals:',
        '  grow:',
        '    statement: Grow',
        '    metric: Followers',
        '    baseline: 100',
        '    target: 100',
        '    unit: followers',
        '    deadline: 2027-06-30',
      ),
      errors: [{ line: 9, column: 13, message: /The target equals the baseline \(100\)/ }],
    },
    {
      name: 'deadline after the period points at the deadline',
      yaml: yaml(...head, 'goals:', '  grow: {statement: Grow, metric: Followers, target: 150, unit: followers, deadline: 2027-12-31}'),
      errors: [
        {
          line: 5,
          column: 86,
          message: /The deadline 31 December 2027 lies outside the strategy period \(1 September 2026 to 31 July 2027\)/,
        },
      ],
    },
    {
      name: 'sustain_until before the deadline',
      yaml: yaml(
        ...head,
        'goals:',
        '  grow:',
        '    statement: Grow',
        '    metric: Followers',
        '    target: 150',
        '    unit: followers',
        '    deadline: 2027-06-30',
        '    sustain_until: 2027-01-01',
      ),
      errors: [{ line: 11, column: 20, message: /"Hold until" \(1 January 2027\) comes before the deadline/ }],
    },
  ],
});
