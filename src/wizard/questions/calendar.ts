// The questions of the blocks calendar, extras, review, in the method's order.
import { reviewQuarter } from '../../review/period.js';
import { bi } from '../question-types.js';
import type { Block } from '../question-types.js';
import { blockTitle, channels, offer } from './shared.js';

export const BLOCKS: readonly Block[] = [
  {
    id: 'calendar',
    title: blockTitle('calendar'),
    intro: bi(
      'Leg belangrijke datums vast (open dagen, aanmelddeadlines) en stilteperiodes: periodes zonder berichten, zoals schoolvakanties.',
      'Key dates (open days, enrolment deadlines) and blackout periods such as school holidays.',
    ),
    questions: [
      {
        key: 'calendar.run_up.announce',
        kind: 'integer',
        prompt: bi(
          'Hoeveel dagen voor een belangrijke datum kondigen jullie die aan? (0 = niet)',
          'How many days before a key date do you announce it? (0 = not)',
        ),
        default: () => 14,
      },
      {
        key: 'calendar.run_up.remind',
        kind: 'integer',
        prompt: bi(
          'En hoeveel dagen ervoor volgt een herinnering? (0 = geen)',
          'And how many days before does a reminder follow? (0 = none)',
        ),
        default: () => 2,
      },
      {
        key: 'calendar.run_up.on_the_day',
        kind: 'confirm',
        prompt: bi('Posten jullie ook op de dag zelf?', 'Do you also post on the day itself?'),
        default: () => true,
      },
      {
        key: 'calendar.max_posts_per_day',
        kind: 'integer',
        prompt: bi(
          'Hoeveel berichten per dag kan het team hoogstens maken? (leeg: wat de uren toelaten)',
          'How many posts a day can the team make at most? (empty: what the hours allow)',
        ),
      },
    ],
    collections: [
      {
        path: 'calendar.key_dates',
        shape: 'list',
        noun: 'key-date',
        questions: [
          { key: 'date', kind: 'date', required: true, prompt: bi('Datum (JJJJ-MM-DD)', 'Date (YYYY-MM-DD)') },
          { key: 'title', kind: 'text', required: true, prompt: bi('Wat gebeurt er?', 'What happens?') },
          {
            key: 'channels',
            kind: 'multiselect',
            prompt: bi('Op welke kanalen besteden jullie er aandacht aan?', 'On which channels do you cover it?'),
            ...offer(channels),
          },
        ],
      },
      {
        path: 'calendar.blackout',
        shape: 'list',
        noun: 'blackout',
        questions: [
          { key: 'from', kind: 'date', required: true, prompt: bi('Eerste dag (JJJJ-MM-DD)', 'First day (YYYY-MM-DD)') },
          { key: 'to', kind: 'date', required: true, prompt: bi('Laatste dag (JJJJ-MM-DD)', 'Last day (YYYY-MM-DD)') },
          { key: 'reason', kind: 'text', prompt: bi('Reden', 'Reason') },
        ],
      },
    ],
  },
  {
    id: 'extras',
    title: blockTitle('extras'),
    intro: bi(
      'Optioneel: community’s waar jullie aan deelnemen, kosten en baten, en een terugblik (roos, doorn, knop).',
      'Optional: communities you take part in, costs and benefits, and a look back (rose, thorn, bud).',
    ),
    optional: true,
    questions: [
      { key: 'costs.summary', kind: 'text', prompt: bi('Kosten en baten in een paar zinnen', 'Costs and benefits in a few sentences') },
      { key: 'reflection.rose', kind: 'text', prompt: bi('Roos: een hoogtepunt', 'Rose: a high point') },
      { key: 'reflection.thorn', kind: 'text', prompt: bi('Doorn: wat was lastig?', 'Thorn: what was hard?') },
      { key: 'reflection.bud', kind: 'text', prompt: bi('Knop: een nieuw idee', 'Bud: a new idea') },
    ],
    collections: [
      {
        path: 'communities',
        shape: 'list',
        noun: 'community',
        questions: [
          { key: 'name', kind: 'text', required: true, prompt: bi('Naam van de community', 'Name of the community') },
          { key: 'members', kind: 'integer', prompt: bi('Aantal leden', 'Number of members') },
          {
            key: 'active_share',
            kind: 'number',
            prompt: bi('Aandeel actieve leden (tussen 0 en 1; 0,2 = 20%)', 'Share of active members (between 0 and 1; 0.2 = 20%)'),
          },
        ],
      },
    ],
  },
  {
    id: 'review',
    title: blockTitle('review'),
    intro: bi(
      'Blik met het team terug op de afgelopen periode (meestal een kwartaal): wat ging goed (roos), wat was lastig (doorn), wat gaan jullie proberen (knop), en wat besluiten jullie? Het verslag met de cijfers maak je met strategy review.',
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
            prompt: bi('Datum van de terugblik (JJJJ-MM-DD)', 'Date of the review (YYYY-MM-DD)'),
            default: (c) => c.today(),
          },
          {
            key: 'period',
            kind: 'text',
            required: true,
            prompt: bi(
              'Over welke periode? Een kwartaal (2026-Q4), een maand (2026-11) of twee datums (2026-09-01/2026-11-15)',
              'Which period? A quarter (2026-Q4), a month (2026-11) or two dates (2026-09-01/2026-11-15)',
            ),
            default: (c) => reviewQuarter(typeof c.entry?.date === 'string' ? c.entry.date : c.today()).label,
          },
          { key: 'by', kind: 'list', prompt: bi('Wie deden er mee? (gescheiden door komma’s)', 'Who took part? (comma-separated)') },
          { key: 'rose', kind: 'longtext', prompt: bi('Roos: wat ging goed?', 'Rose: what went well?') },
          { key: 'thorn', kind: 'longtext', prompt: bi('Doorn: wat was lastig of ging mis?', 'Thorn: what was hard or went wrong?') },
          { key: 'bud', kind: 'longtext', prompt: bi('Knop: welk idee gaan jullie proberen?', 'Bud: which idea will you try next?') },
          {
            key: 'decisions',
            kind: 'list',
            prompt: bi(
              'Besluiten: wat veranderen jullie aan doelen, kanalen, content of team? (gescheiden door puntkomma’s)',
              'Decisions: what do you change in goals, channels, content or the team? (separated by semicolons)',
            ),
          },
        ],
      },
    ],
  },
];
