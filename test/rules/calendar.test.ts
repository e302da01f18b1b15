import { ruleTable, yaml } from './rule-tester.js';

const head = ['version: 1', 'period: {start: 2026-09-01, end: 2027-07-31}', 'channels:', '  ig: {platform: instagram}', 'calendar:'];

ruleTable('calendar-in-period', {
  valid: [
    { name: 'an item inside the period', yaml: yaml(...head, '  items:', '    - {date: 2026-09-01, title: Start, channel: ig}') },
  ],
  invalid: [
    {
      name: 'an item and a key date outside the period, an item without channel',
      yaml: yaml(...head, '  key_dates:', '    - {date: 2027-08-15, title: Summer school}', '  items:', '    - {date: 2026-08-31, title: Early, channel: ig}', '    - {date: 2026-10-01, title: Nowhere}'),
      errors: [
        { line: 7, column: 14, message: /The date 15 August 2027 lies outside the strategy period \(1 September 2026 to 31 July 2027\)\./ },
        { line: 9, column: 14, message: /The date 31 August 2026 lies outside the strategy period/ },
        { line: 10, column: 7, message: /Calendar item "Nowhere" names no channel/ },
      ],
    },
  ],
});

ruleTable('calendar-blackout', {
  valid: [
    {
      name: 'items around a holiday, and a cancelled one inside it',
      yaml: yaml(
        ...head,
        '  blackout:',
        '    - {from: 2026-12-19, to: 2027-01-03, reason: Christmas}',
        '  items:',
        '    - {date: 2026-12-18, title: Before, channel: ig}',
        '    - {date: 2027-01-04, title: After, channel: ig}',
        '    - {date: 2026-12-24, title: Cancelled, channel: ig, status: cancelled}',
      ),
    },
  ],
  invalid: [
    {
      name: 'items inside overlapping blackout periods',
      yaml: yaml(
        ...head,
        '  blackout:',
        '    - {from: 2026-12-19, to: 2027-01-03, reason: Christmas}',
        '    - {from: 2026-10-17, to: 2026-10-25, reason: Autumn}',
        '    - {from: 2026-10-01, to: 2026-12-31}',
        '  items:',
        '    - {date: 2027-01-03, title: Last day, channel: ig}',
        '    - {date: 2026-10-20, title: Autumn, channel: ig}',
      ),
      errors: [
        { line: 11, column: 14, message: /The post on 3 January 2027 falls in a blackout period \(Christmas\); move it or drop it\./ },
        { line: 12, column: 14, message: /The post on 20 October 2026 falls in a blackout period/ },
      ],
    },
  ],
});
