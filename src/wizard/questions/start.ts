// The questions of the blocks baseline, vision, goals, audiences, in the method's order.
import { q } from '../question-types.js';
import type { Block } from '../question-types.js';
import {
  DONT_KNOW,
  kpisOf,
  list,
  FORMATS,
  labelsOf,
  FORMAT_LABELS,
  blockTitle,
  platformChoices,
  members,
  goals,
  offer,
  typicalAudiences,
} from './shared.js';

export const BLOCKS: readonly Block[] = [
  {
    id: 'baseline',
    title: blockTitle('baseline'),
    intro: q(
      'First, where do you stand: how does your organisation use social media today? Everything that follows is measured against this.',
    ),
    questions: [
      {
        key: 'baseline.summary',
        kind: 'longtext',
        prompt: q('How do you use social media now, in a few sentences?'),
      },
      {
        key: 'baseline.formats',
        kind: 'multiselect',
        prompt: q('Which formats (photo, video, story …) do you use already?'),
        choices: list(FORMATS, FORMAT_LABELS),
      },
      {
        key: 'baseline.hours_per_week',
        kind: 'number',
        prompt: q('How many hours a week does it take now, everyone together?'),
      },
      {
        key: 'baseline.content_production',
        kind: 'text',
        prompt: q('How is content made today, and by whom?'),
      },
      {
        key: 'baseline.satisfaction',
        kind: 'select',
        numeric: true,
        prompt: q('How satisfied are you with the current situation?'),
        choices: [
          { value: '1', label: q('1 – very dissatisfied') },
          { value: '2', label: q('2 – dissatisfied') },
          { value: '3', label: q('3 – neutral') },
          { value: '4', label: q('4 – satisfied') },
          { value: '5', label: q('5 – very satisfied') },
        ],
      },
    ],
    collections: [
      {
        path: 'baseline.accounts',
        shape: 'list',
        noun: 'account',
        questions: [
          { key: 'platform', kind: 'select', prompt: q('Platform'), required: true, choices: platformChoices },
          { key: 'handle', kind: 'text', prompt: q('Account name') },
          { key: 'followers', kind: 'integer', prompt: q('Number of followers') },
          { key: 'posts_per_week', kind: 'number', prompt: q('Posts per week') },
          { key: 'active', kind: 'confirm', prompt: q('Is the account really active?') },
          {
            key: 'keep',
            kind: 'confirm',
            prompt: q('Will you keep this account under the new strategy?'),
          },
        ],
      },
    ],
  },
  {
    id: 'vision',
    title: blockTitle('vision'),
    intro: q(
      'What does social media contribute to your organisation’s core strategy, and who works on it? Social media is not a goal in itself.',
    ),
    questions: [
      { key: 'organisation.name', kind: 'text', required: true, prompt: q('Name of the organisation') },
      {
        key: 'organisation.sector',
        kind: 'select',
        required: true,
        prompt: q('Sector'),
        choices: list(['po', 'vo', 'mbo', 'hbo', 'wo', 'adult-education', 'other'], labelsOf('sector')),
      },
      {
        key: 'organisation.vision',
        kind: 'longtext',
        prompt: q('What does social media contribute to your core strategy?'),
        help: q('For example: show what studying with us is like, so prospective students can choose.'),
      },
      {
        key: 'organisation.website',
        kind: 'text',
        prompt: q('Address of the website (https://…), for the links in posts'),
      },
      {
        key: 'organisation.domains',
        kind: 'multiselect',
        prompt: q('In which domains do you use social media?'),
        choices: list(['communication', 'learning', 'professional-development'], labelsOf('domain')),
      },
      {
        key: 'period.start',
        kind: 'date',
        required: true,
        prompt: q('First day of the strategy period (YYYY-MM-DD)'),
      },
      {
        key: 'period.end',
        kind: 'date',
        required: true,
        prompt: q('Last day of the strategy period (YYYY-MM-DD)'),
      },
    ],
    collections: [
      {
        path: 'team.members',
        shape: 'map',
        noun: 'member',
        name: { key: 'name', kind: 'text', required: true, prompt: q('Name of the team member') },
        questions: [
          { key: 'role', kind: 'text', prompt: q('Role or job title') },
          { key: 'hours_per_week', kind: 'number', prompt: q('Hours per week for social media') },
        ],
      },
    ],
  },
  {
    id: 'goals',
    title: blockTitle('goals'),
    intro: q(
      'The most important step. Make every goal SMART. Vague: "we want more fans". SMART: "by the end of December the Facebook page has 10% more fans".',
    ),
    questions: [],
    collections: [
      {
        path: 'goals',
        shape: 'map',
        noun: 'goal',
        name: {
          key: 'statement',
          kind: 'text',
          required: true,
          prompt: q('The goal in one sentence'),
          help: q(
            'Specific, measurable, achievable, relevant, time-bound. Not "more fans" but "10% more fans on the Facebook page by the end of December".',
          ),
        },
        questions: [
          {
            key: 'metric',
            kind: 'text',
            prompt: q('What do you measure to know the goal is reached (metric)?'),
          },
          { key: 'baseline', kind: 'number', prompt: q('Value now (baseline)') },
          { key: 'target', kind: 'number', prompt: q('Target value') },
          {
            key: 'target_change.percent',
            kind: 'number',
            prompt: q('Or as a share more than the baseline, in % (10 for 10% more; negative for less)'),
            when: (c) => c.entry?.target === undefined && typeof c.entry?.baseline === 'number',
          },
          {
            key: 'kind',
            kind: 'select',
            prompt: q('What kind of figure is it?'),
            choices: [
              { value: 'level', label: q('a level that moves (followers)') },
              { value: 'total', label: q('a total counted within the period (applications this year)') },
              { value: 'rate', label: q('a rate (a share or a speed)') },
              DONT_KNOW,
            ],
            default: () => '',
          },
          {
            key: 'direction',
            kind: 'select',
            prompt: q('Should the figure go up or down?'),
            choices: [
              { value: 'increase', label: q('up (more followers)') },
              { value: 'decrease', label: q('down (fewer complaints, a shorter response time)') },
              DONT_KNOW,
            ],
            default: () => '',
          },
          { key: 'unit', kind: 'text', prompt: q('Unit (followers, registrations, %)') },
          { key: 'deadline', kind: 'date', prompt: q('Deadline (YYYY-MM-DD)') },
          {
            key: 'sustain_until',
            kind: 'date',
            prompt: q('Until when must the result hold once it is reached? (YYYY-MM-DD; empty if not)'),
          },
          {
            key: 'measured_by',
            kind: 'select',
            prompt: q('Which KPI says how far this goal is?'),
            choices: (c) => kpisOf(c),
            when: (c) => kpisOf(c).length > 1,
          },
          {
            key: 'owner',
            kind: 'select',
            prompt: q('Who is responsible for this goal?'),
            ...offer(members),
          },
        ],
      },
    ],
  },
  {
    id: 'audiences',
    title: blockTitle('audiences'),
    intro: q(
      'Whom do you want to reach, and where are they active already? Follow your audience: don’t try to pull it to your own platform.',
    ),
    questions: [],
    collections: [
      {
        path: 'audiences',
        shape: 'map',
        noun: 'audience',
        suggestions: (c) => typicalAudiences(c.strategy.organisation?.sector),
        name: { key: 'name', kind: 'text', required: true, prompt: q('Name of the audience') },
        questions: [
          {
            key: 'description',
            kind: 'text',
            prompt: q('Who are they and what do they need from you?'),
          },
          {
            key: 'goals',
            kind: 'multiselect',
            prompt: q('Which goals are aimed at this audience?'),
            choices: goals,
            when: (c) => goals(c).length > 0,
            link: { collection: 'goals', field: 'audiences' },
          },
          { key: 'persona.age', kind: 'text', prompt: q('Persona – age') },
          { key: 'persona.occupation', kind: 'text', prompt: q('Persona – occupation or study') },
          {
            key: 'persona.interests',
            kind: 'list',
            prompt: q('Persona – hobbies and interests (comma-separated)'),
          },
          {
            key: 'user_types',
            kind: 'multiselect',
            prompt: q('Which user types are in this audience?'),
            choices: list(['traditionalist', 'networker', 'gamer', 'producer'], {
              traditionalist: q('traditionalists (read along)'),
              networker: q('networkers (share and connect)'),
              gamer: q('gamers (play and compete)'),
              producer: q('producers (make content)'),
            }),
          },
          {
            key: 'multiplier',
            kind: 'confirm',
            prompt: q('Does this group spread your message in its own network (multiplier)?'),
          },
          {
            key: 'platforms',
            kind: 'multiselect',
            prompt: q('On which platforms is this audience active?'),
            choices: platformChoices,
          },
          {
            key: 'other_platforms',
            kind: 'list',
            prompt: q('Which other platforms are they on? (their names, comma-separated)'),
            when: (c) => Array.isArray(c.entry?.platforms) && c.entry.platforms.includes('other'),
          },
          { key: 'usage', kind: 'text', prompt: q('How do they use those platforms?') },
        ],
      },
    ],
  },
];
