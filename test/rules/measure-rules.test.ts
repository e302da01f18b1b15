// The rules that keep a goal's figures comparable with its target, and measurements in time.
import { ruleTable, yaml } from './rule-tester.js';

const goal = (...lines: string[]): string[] => [
  'version: 1',
  'period: {start: 2026-08-01, end: 2027-07-31}',
  'goals:',
  '  volgers:',
  '    statement: Meer volgers',
  ...lines,
];

ruleTable('kpi-fits-goal', {
  valid: [
    {
      name: 'a level measured by a level',
      yaml: yaml(
        ...goal('    baseline: 1000', '    target: 1600', '    unit: volgers'),
        'control:',
        '  kpis:',
        '    ig: {goal: volgers, kind: level, unit: Volgers}',
      ),
    },
    {
      name: 'a total measured by a count',
      yaml: yaml(...goal('    kind: total', '    target: 300'), 'control:', '  kpis:', '    maand: {goal: volgers, kind: count}'),
    },
    {
      name: 'a total measured by its running total',
      yaml: yaml(...goal('    kind: total', '    target: 300'), 'control:', '  kpis:', '    tot-nu: {goal: volgers, kind: level}'),
    },
  ],
  invalid: [
    {
      name: 'new followers a month against a follower total',
      yaml: yaml(
        ...goal('    baseline: 1000', '    target: 1600'),
        'control:',
        '  kpis:',
        '    nieuw:',
        '      goal: volgers',
        '      import: {platform: instagram, column: new_followers, aggregate: sum}',
      ),
      errors: [
        {
          line: 12,
          column: 15,
          message:
            /^Goal "volgers" is a level \(a value that stands, such as followers\), but KPI "nieuw" that measures it is a count of what happened in its period/,
        },
      ],
    },
    {
      name: 'a unit of its own',
      yaml: yaml(
        ...goal('    baseline: 1000', '    target: 1600', '    unit: volgers'),
        'control:',
        '  kpis:',
        '    ig: {goal: volgers, unit: weergaven}',
      ),
      errors: [{ line: 11, column: 31, message: /^Goal "volgers" is in "volgers", but KPI "ig" that measures it is in "weergaven"/ }],
    },
    {
      name: 'a percentage counted up',
      yaml: yaml(
        ...goal('    kind: total', '    target: 30', '    unit: "%"'),
        'control:',
        '  kpis:',
        '    maand: {goal: volgers, kind: count}',
      ),
      errors: [{ line: 8, column: 11, message: /percentages do not add up/ }],
    },
    {
      name: 'measured by the KPI of another goal',
      yaml: yaml(
        ...goal('    baseline: 1000', '    target: 1600', '    measured_by: bereik'),
        '  ander: {statement: Ander doel}',
        'control:',
        '  kpis:',
        '    bereik: {goal: ander}',
        '    ig: {goal: volgers}',
      ),
      errors: [{ line: 8, column: 18, message: /^Goal "volgers" is measured by KPI "bereik", which belongs to goal "ander"/ }],
    },
    {
      name: 'measured by a KPI the strategy does not have (a typo)',
      yaml: yaml(
        ...goal('    baseline: 1000', '    target: 1600', '    measured_by: ig-volger'),
        'control:',
        '  kpis:',
        '    ig-volgers: {goal: volgers}',
      ),
      errors: [{ line: 8, column: 18, message: /^Goal "volgers" is measured by KPI "ig-volger", which the strategy does not have/ }],
    },
  ],
});

ruleTable('goal-kpi-clear', {
  valid: [
    {
      name: 'several KPIs, one named',
      yaml: yaml(
        ...goal('    baseline: 1000', '    target: 1600', '    measured_by: ig'),
        'control:',
        '  kpis:',
        '    ig: {goal: volgers}',
        '    bereik: {goal: volgers, unit: accounts}',
      ),
    },
    {
      name: 'a level that grows',
      yaml: yaml(
        ...goal('    baseline: 110', '    target: 160'),
        'control:',
        '  kpis:',
        '    ig: {goal: volgers}',
        '  measurements:',
        '    - {kpi: ig, date: 2026-09-30, value: 118}',
      ),
      today: '2026-11-29',
    },
  ],
  invalid: [
    {
      name: 'several KPIs and none named',
      yaml: yaml(
        ...goal('    baseline: 1000', '    target: 1600'),
        'control:',
        '  kpis:',
        '    ig: {goal: volgers}',
        '    bereik: {goal: volgers}',
      ),
      errors: [
        {
          line: 4,
          column: 3,
          message: /^Goal "volgers" has 2 KPIs \("ig" and "bereik"\) and none is named as the one that measures it\. Set measured_by/,
        },
      ],
    },
    {
      name: 'a total whose KPI does not say what it counts',
      yaml: yaml(...goal('    kind: total', '    target: 300'), 'control:', '  kpis:', '    aanmeldingen: {goal: volgers}'),
      errors: [
        {
          line: 10,
          column: 5,
          message:
            /does not say what one measurement is: the count of its own period \(kind: count, added up\) or the running total so far \(kind: level\)/,
        },
      ],
    },
    {
      name: 'a count read as a level (the adult-education example before)',
      yaml: yaml(
        ...goal('    baseline: 110', '    target: 160'),
        'control:',
        '  kpis:',
        '    intakes: {goal: volgers}',
        '  measurements:',
        '    - {kpi: intakes, date: 2026-09-30, value: 9}',
        '    - {kpi: intakes, date: 2026-10-31, value: 21}',
      ),
      today: '2026-11-29',
      errors: [
        {
          line: 6,
          column: 15,
          message: /^Every measurement of KPI "intakes" \(at most 21\) lies below half the baseline of goal "volgers" \(110\)/,
        },
      ],
    },
    {
      name: 'a percentage past 100',
      yaml: yaml(
        ...goal('    baseline: 60', '    target: 140', '    unit: "%"', '    direction: increase'),
        'control:',
        '  kpis:',
        '    ig: {goal: volgers}',
      ),
      errors: [{ line: 8, column: 11, message: /is in %, but has a baseline or target of 140/ }],
    },
  ],
});

ruleTable('measurement-date', {
  valid: [
    {
      name: 'a measurement of yesterday',
      yaml: yaml(
        'version: 1',
        'period: {start: 2026-08-01, end: 2027-07-31}',
        'control:',
        '  measurements:',
        '    - {kpi: ig, date: 2026-11-28, value: 1}',
      ),
      today: '2026-11-29',
    },
  ],
  invalid: [
    {
      name: 'a measurement of tomorrow',
      yaml: yaml(
        'version: 1',
        'period: {start: 2026-08-01, end: 2027-07-31}',
        'control:',
        '  measurements:',
        '    - {kpi: ig, date: 2027-06-01, value: 1}',
      ),
      today: '2026-11-29',
      errors: [{ line: 5, column: 23, message: /^This measurement is dated 1 June 2027, after the day of the check \(29 November 2026\)/ }],
    },
    {
      name: 'the first day of the calendar',
      yaml: yaml(
        'version: 1',
        'period: {start: 2026-08-01, end: 2027-07-31}',
        'control:',
        '  measurements:',
        '    - {kpi: ig, date: 0000-01-01, value: 1}',
      ),
      today: '2026-11-29',
      errors: [{ line: 5, column: 23, message: /far outside the strategy's period/ }],
    },
  ],
});
