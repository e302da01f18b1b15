import { ruleTable, yaml } from './rule-tester.js';

const head = ['version: 1', 'period: {start: 2026-09-01, end: 2027-07-31}', 'channels:', '  ig: {platform: instagram}', 'calendar:'];

ruleTable('calendar-in-period', {
  valid: [{ name: 'an item inside the period', yaml: yaml(...head, '  items:', '    - {date: 2026-09-01, title: Start, channel: ig}') }],
  invalid: [
    {
      name: 'an item and a key date outside the period, an item without channel',
      yaml: yaml(
        ...head,
        '  key_dates:',
        '    - {date: 2027-08-15, title: Summer school}',
        '  items:',
        '    - {date: 2026-08-31, title: Early, channel: ig}',
        '    - {date: 2026-10-01, title: Nowhere}',
      ),
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

ruleTable('cadence-days', {
  valid: [
    {
      name: 'as many posts as days',
      yaml: yaml('version: 1', 'content:', '  cadence:', '    - {channel: ig, per_week: 2, days: [tue, thu]}'),
    },
    {
      name: 'fewer posts than days take turns',
      yaml: yaml('version: 1', 'content:', '  cadence:', '    - {channel: ig, per_week: 1, days: [tue, fri]}'),
    },
    { name: 'no days: the working week', yaml: yaml('version: 1', 'content:', '  cadence:', '    - {channel: ig, per_week: 5}') },
    {
      name: 'days without a time of their own post at each of the channel’s times',
      yaml: yaml(
        'version: 1',
        'channels:',
        '  ig: {platform: instagram, slots: {times: ["10:30", "19:30"]}}',
        'content:',
        '  cadence:',
        '    - {channel: ig, per_week: 4, days: [mon, wed]}',
      ),
    },
  ],
  invalid: [
    {
      name: 'three posts a week on two days at one time',
      yaml: yaml(
        'version: 1',
        'content:',
        '  cadence:',
        '    - channel: ig',
        '      per_week: 3',
        '      days: [mon, wed]',
        '      time: "12:00"',
      ),
      errors: [
        { line: 6, column: 13, message: /^3 posts a week on 2 days \(Monday and Wednesday\): the calendar plans at most 2 a week\./ },
      ],
    },
    {
      name: 'two and a half posts on two days at one time',
      yaml: yaml('version: 1', 'content:', '  cadence:', '    - {channel: ig, per_week: 2.5, days: [mon, wed], time: "12:00"}'),
      errors: [{ line: 4, column: 42, message: /^2\.5 posts a week on 2 days/ }],
    },
    {
      name: 'five posts on two days at the channel’s two times',
      yaml: yaml(
        'version: 1',
        'channels:',
        '  ig: {platform: instagram, slots: {times: ["10:30", "19:30"]}}',
        'content:',
        '  cadence:',
        '    - {channel: ig, per_week: 5, days: [mon, wed]}',
      ),
      errors: [{ line: 6, column: 40, message: /the calendar plans at most 4 a week\. Add days or times/ }],
    },
  ],
});

ruleTable('holiday-region', {
  valid: [
    {
      name: 'a school with its region',
      yaml: yaml('version: 1', 'organisation: {name: De Klimop, sector: po}', 'calendar:', '  holidays: {region: noord}'),
    },
    {
      name: 'a school that ignores school holidays',
      yaml: yaml('version: 1', 'organisation: {name: De Klimop, sector: vo}', 'calendar:', '  holidays: {school: ignore}'),
    },
    { name: 'a university', yaml: yaml('version: 1', 'organisation: {name: Northbridge, sector: hbo}') },
  ],
  invalid: [
    {
      name: 'a primary school without region',
      yaml: yaml('version: 1', 'organisation:', '  name: De Klimop', '  sector: po'),
      errors: [{ line: 4, column: 11, message: /^The calendar does not know your school holidays\. Give calendar\.holidays\.region/ }],
    },
  ],
});

ruleTable('holiday-data', {
  valid: [
    {
      name: 'a school year the data covers',
      yaml: yaml('version: 1', 'period: {start: 2027-08-01, end: 2028-07-31}', 'calendar:', '  holidays: {region: midden}'),
    },
    {
      name: 'beyond the data, without school holidays',
      yaml: yaml('version: 1', 'period: {start: 2030-08-01, end: 2031-07-31}', 'calendar:', '  holidays: {school: ignore}'),
    },
  ],
  invalid: [
    {
      name: 'a school year after the data',
      yaml: yaml('version: 1', 'period: {start: 2030-08-01, end: 2031-07-31}', 'calendar:', '  holidays:', '    region: midden'),
      errors: [
        {
          line: 5,
          column: 13,
          message: /^The school holidays of region central are known until 25 August 2030, but the period runs to 31 July 2031/,
        },
      ],
    },
    {
      name: 'public holidays after 2040',
      yaml: yaml('version: 1', 'period: {start: 2040-08-01, end: 2041-07-31}', 'calendar:', '  holidays: {school: ignore}'),
      errors: [{ line: 2, column: 9, message: /^Public holidays are known from 1 January 2020 to 31 December 2040/ }],
    },
  ],
});

ruleTable('calendar-blackout', {
  valid: [
    {
      name: 'a holiday greeting on a public holiday the calendar marks',
      yaml: yaml(...head, '  holidays: {public: mark}', '  items:', '    - {date: 2027-04-27, title: Fijne Koningsdag!, channel: ig}'),
    },
  ],
  invalid: [
    {
      name: 'items on a public holiday and in a school holiday the calendar skips, named',
      yaml: yaml(
        ...head,
        '  holidays: {region: midden}',
        '  items:',
        '    - {date: 2027-04-27, title: Fijne Koningsdag!, channel: ig}',
        '    - {date: 2026-12-29, title: Terugblik, channel: ig}',
      ),
      errors: [
        {
          line: 8,
          column: 14,
          message:
            /^The post on 27 April 2027 falls on King's Day; the calendar plans no posts on public holidays\. Move it, or if you post then on purpose, let the calendar only mark these days \(calendar\.holidays\.public: mark\)\./,
        },
        {
          line: 9,
          column: 14,
          message: /^The post on 29 December 2026 falls on the Christmas holiday; the calendar plans no posts in the school holidays\./,
        },
      ],
    },
    {
      name: 'a key date in a blackout, and a blackout and a day off that end before they start',
      yaml: yaml(
        ...head,
        '  holidays:',
        '    local:',
        '      - {from: 2027-02-12, to: 2027-02-11, name: Studiedag}',
        '  blackout:',
        '    - {from: 2027-07-19, to: 2027-08-08, reason: Zomersluiting}',
        '    - {from: 2026-12-31, to: 2026-12-20}',
        '  key_dates:',
        '    - {date: 2027-07-20, title: Uitslagen}',
      ),
      errors: [
        {
          line: 8,
          column: 32,
          message: /^This period ends \(11 February 2027\) before it starts \(12 February 2027\), so it blocks no day\./,
        },
        { line: 11, column: 30, message: /^This period ends \(20 December 2026\) before it starts/ },
        { line: 13, column: 14, message: /^The key date "Uitslagen" on 20 July 2027 falls in a blackout period \(Zomersluiting\)/ },
      ],
    },
  ],
});

ruleTable('calendar-in-period', {
  valid: [
    {
      name: 'ids of their own',
      yaml: yaml(
        ...head,
        '  key_dates:',
        '    - {id: open, date: 2026-11-21, title: Open dag}',
        '  items:',
        '    - {id: open, date: 2026-11-20, title: Morgen open dag, channel: ig}',
      ),
    },
  ],
  invalid: [
    {
      name: 'two items with one id',
      yaml: yaml(
        ...head,
        '  items:',
        '    - {id: promo, date: 2026-11-20, title: Een, channel: ig}',
        '    - {id: promo, date: 2026-11-27, title: Twee, channel: ig}',
      ),
      errors: [{ line: 8, column: 12, message: /^The id "promo" is given twice in the calendar/ }],
    },
  ],
});

ruleTable('calendar-slots', {
  valid: [
    {
      name: 'a cadence its slots can hold, and a reminder after the announcement',
      yaml: yaml(
        'version: 1',
        'period: {start: 2026-09-07, end: 2026-10-04}',
        'channels:',
        '  ig: {platform: instagram, slots: {days: [mon, wed, fri], times: ["12:15"]}}',
        'content:',
        '  cadence:',
        '    - {channel: ig, per_week: 3}',
        'calendar:',
        '  holidays: {public: ignore}',
        '  run_up: {announce: 14, remind: 2, on_the_day: true}',
      ),
    },
  ],
  invalid: [
    {
      name: 'three posts a week in two slots, two items at one time, a reminder before the announcement',
      yaml: yaml(
        'version: 1',
        'period: {start: 2026-09-07, end: 2026-10-04}',
        'channels:',
        '  ig: {platform: instagram, slots: {days: [tue, thu], times: ["12:15"]}}',
        'content:',
        '  cadence:',
        '    - {channel: ig, per_week: 3}',
        'calendar:',
        '  holidays: {public: ignore}',
        '  run_up: {announce: 2, remind: 5}',
        '  items:',
        '    - {date: 2026-09-09, time: "10:00", channel: ig, title: Eén}',
        '    - {date: 2026-09-09, time: "10:00", channel: ig, title: Twee}',
      ),
      errors: [
        {
          line: 7,
          column: 31,
          message:
            /^Instagram \(ig\): in 4 weeks without holidays, up to 1 post a week does not fit the days and times the channel posts at \(first in the week of 7 September 2026\)\./,
        },
        { line: 10, column: 33, message: /^The reminder \(5 days before\) does not come after the announcement \(2 days before\)/ },
        { line: 13, column: 14, message: /^9 September 2026 has two posts on Instagram \(ig\) at 10:00: move one of them\.$/ },
      ],
    },
    {
      name: 'a key date too early in the period for its announcement',
      yaml: yaml(
        'version: 1',
        'period: {start: 2026-09-07, end: 2026-10-04}',
        'channels:',
        '  instagram: {platform: instagram, slots: {days: [mon, wed, fri], times: ["12:15"]}}',
        'content:',
        '  cadence:',
        '    - {channel: instagram, per_week: 3}',
        'calendar:',
        '  holidays: {public: ignore}',
        '  run_up: {announce: 14, remind: 2, on_the_day: true}',
        '  key_dates:',
        '    - {date: 2026-09-12, title: Open dag, channels: [instagram]}',
      ),
      errors: [
        {
          line: 12,
          column: 14,
          message:
            /^The calendar finds no day for the announcement of "Open dag" on Instagram: it falls before the period, in a holiday or blackout, or on no posting day\. Move the date, or change its run-up\.$/,
        },
      ],
    },
    {
      name: 'a daily maximum below the cadence: one finding, at the maximum',
      yaml: yaml(
        'version: 1',
        'period: {start: 2026-09-07, end: 2026-09-20}',
        'channels:',
        '  fb: {platform: facebook, slots: {days: [mon, tue, wed, thu, fri], times: ["08:30"]}}',
        '  ig: {platform: instagram, slots: {days: [mon, tue, wed, thu, fri], times: ["12:15"]}}',
        'content:',
        '  cadence:',
        '    - {channel: fb, per_week: 5}',
        '    - {channel: ig, per_week: 5}',
        'calendar:',
        '  holidays: {public: ignore}',
        '  max_posts_per_day: 1',
      ),
      errors: [
        {
          line: 12,
          column: 22,
          message:
            /^In 2 weeks without holidays, 10 posts of the cadence are left out: the calendar plans at most 1 post a day \(first in the week of 7 September 2026\)\. Raise calendar\.max_posts_per_day, or plan fewer posts a week\.$/,
        },
      ],
    },
  ],
});
