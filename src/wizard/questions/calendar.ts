// The questions of the blocks calendar, extras, review, in the method's order.
import { reviewQuarter } from '../../core/review-period.js';
import { q } from '../question-types.js';
import type { Block } from '../question-types.js';
import { blockTitle, channels, labelsOf, list, members, offer } from './shared.js';

/** What the calendar does with a kind of day off. */
const HOLIDAY_MODES = [
  { value: 'skip', label: q('no posts then') },
  { value: 'mark', label: q('show them, and post as planned') },
  { value: 'ignore', label: q('leave them out of the calendar') },
];

export const BLOCKS: readonly Block[] = [
  {
    id: 'calendar',
    title: blockTitle('calendar'),
    intro: q('Key dates (open days, enrolment deadlines) and blackout periods such as school holidays.'),
    questions: [
      {
        key: 'calendar.run_up.announce',
        kind: 'integer',
        prompt: q('How many days before a key date do you announce it? (0 = not)'),
        default: () => 14,
      },
      {
        key: 'calendar.run_up.remind',
        kind: 'integer',
        prompt: q('And how many days before does a reminder follow? (0 = none)'),
        default: () => 2,
      },
      {
        key: 'calendar.run_up.on_the_day',
        kind: 'confirm',
        prompt: q('Do you also post on the day itself?'),
        default: () => true,
      },
      {
        key: 'calendar.holidays.region',
        kind: 'select',
        prompt: q('Which region are the school holidays in?'),
        choices: list(['noord', 'midden', 'zuid'], labelsOf('region')),
        when: (c) => ['po', 'vo', 'mbo'].includes(String(c.strategy.organisation?.sector ?? '')),
      },
      {
        key: 'calendar.holidays.school',
        kind: 'select',
        prompt: q('The school holidays of the region:'),
        choices: HOLIDAY_MODES,
        default: () => 'skip',
        when: (c) => c.strategy.calendar?.holidays?.region !== undefined,
      },
      {
        key: 'calendar.holidays.public',
        kind: 'select',
        prompt: q('Public holidays (King’s Day, Christmas):'),
        choices: HOLIDAY_MODES,
        default: () => 'skip',
      },
      {
        key: 'calendar.max_posts_per_day',
        kind: 'integer',
        prompt: q('How many posts a day can the team make at most? (empty: what the hours allow)'),
      },
    ],
    collections: [
      {
        path: 'calendar.key_dates',
        shape: 'list',
        noun: 'key-date',
        questions: [
          { key: 'date', kind: 'date', required: true, prompt: q('Date (YYYY-MM-DD)') },
          { key: 'title', kind: 'text', required: true, prompt: q('What happens?') },
          {
            key: 'channels',
            kind: 'multiselect',
            prompt: q('On which channels do you cover it?'),
            ...offer(channels),
          },
        ],
      },
      {
        path: 'calendar.holidays.local',
        shape: 'list',
        noun: 'day-off',
        rare: true,
        questions: [
          { key: 'name', kind: 'text', required: true, prompt: q('Name of the day or days off (a study day, say)') },
          { key: 'from', kind: 'date', required: true, prompt: q('First day (YYYY-MM-DD)') },
          { key: 'to', kind: 'date', prompt: q('Last day (YYYY-MM-DD; empty for one day)') },
        ],
      },
      {
        path: 'calendar.blackout',
        shape: 'list',
        noun: 'blackout',
        questions: [
          { key: 'from', kind: 'date', required: true, prompt: q('First day (YYYY-MM-DD)') },
          { key: 'to', kind: 'date', required: true, prompt: q('Last day (YYYY-MM-DD)') },
          { key: 'reason', kind: 'text', prompt: q('Reason') },
        ],
      },
    ],
  },
  {
    id: 'extras',
    title: blockTitle('extras'),
    intro: q('Optional: communities you take part in, costs and benefits, and a look back (rose, thorn, bud).'),
    optional: true,
    questions: [
      { key: 'costs.summary', kind: 'text', prompt: q('Costs and benefits in a few sentences') },
      { key: 'reflection.rose', kind: 'text', prompt: q('Rose: a high point') },
      { key: 'reflection.thorn', kind: 'text', prompt: q('Thorn: what was hard?') },
      { key: 'reflection.bud', kind: 'text', prompt: q('Bud: a new idea') },
    ],
    collections: [
      {
        path: 'communities',
        shape: 'list',
        noun: 'community',
        questions: [
          { key: 'name', kind: 'text', required: true, prompt: q('Name of the community') },
          { key: 'members', kind: 'integer', prompt: q('Number of members') },
          {
            key: 'active_share',
            kind: 'number',
            prompt: q('Share of active members (between 0 and 1; 0.2 = 20%)'),
          },
          { key: 'owner', kind: 'select', prompt: q('Who takes part for you?'), ...offer(members) },
        ],
      },
    ],
  },
  {
    id: 'review',
    title: blockTitle('review'),
    intro: q(
      'Look back on the past period with the team (usually a quarter): what went well (rose), what was hard (thorn), what to try next (bud), and what you decide. strategy review writes the report with the figures.',
    ),
    questions: [],
    onRequest: true,
    collections: [
      {
        path: 'reviews',
        shape: 'list',
        noun: 'review',
        addDefault: true,
        questions: [
          {
            key: 'date',
            kind: 'date',
            required: true,
            prompt: q('Date of the review (YYYY-MM-DD)'),
            default: (c) => c.today(),
          },
          {
            key: 'period',
            kind: 'text',
            required: true,
            prompt: q('Which period? A quarter (2026-Q4), a month (2026-11) or two dates (2026-09-01/2026-11-15)'),
            default: (c) => reviewQuarter(typeof c.entry?.date === 'string' ? c.entry.date : c.today()).label,
          },
          { key: 'by', kind: 'list', prompt: q('Who took part? (comma-separated)') },
          { key: 'rose', kind: 'longtext', prompt: q('Rose: what went well?') },
          { key: 'thorn', kind: 'longtext', prompt: q('Thorn: what was hard or went wrong?') },
          { key: 'bud', kind: 'longtext', prompt: q('Bud: which idea will you try next?') },
          {
            key: 'decisions',
            kind: 'list',
            prompt: q('Decisions: what do you change in goals, channels, content or the team? (separated by semicolons)'),
          },
        ],
      },
    ],
  },
];
