// The questions of the blocks implementation, benchmark, control, in the method's order.
import { q } from '../question-types.js';
import type { Block } from '../question-types.js';
import { DONT_KNOW, list, FREQUENCY_LABELS, blockTitle, members, goals, offer, sectorIs } from './shared.js';
import type { Context } from '../question-types.js';

/** Whether one person does all of webcare, so its workflow is not asked. */
const sharedWebcare = (c: Context): boolean => c.strategy.webcare?.one_person !== true;

export const BLOCKS: readonly Block[] = [
  {
    id: 'implementation',
    title: blockTitle('implementation'),
    intro: q(
      'Who is accountable, who does the three core tasks (content management, webcare, administration), and how do you handle questions, criticism and crises?',
    ),
    questions: [
      { key: 'team.owner', kind: 'select', prompt: q('Who is accountable?'), ...offer(members) },
      {
        key: 'team.sponsor',
        kind: 'text',
        prompt: q('Which board member or head backs the strategy and makes room for it? (name or role)'),
      },
      {
        key: 'team.training',
        kind: 'text',
        prompt: q('How are the people who post trained and supported?'),
      },
      {
        key: 'team.outside_help',
        kind: 'text',
        prompt: q('Whom do you call in from outside when time or skills fall short? (a trainer, an agency, an adviser)'),
      },
      {
        key: 'team.tasks.content_management',
        kind: 'multiselect',
        prompt: q('Content management: who plans, makes and publishes?'),
        ...offer(members),
      },
      {
        key: 'team.tasks.webcare',
        kind: 'multiselect',
        prompt: q('Webcare: who keeps track of questions and reactions and answers them?'),
        ...offer(members),
      },
      {
        key: 'team.tasks.administration',
        kind: 'multiselect',
        prompt: q('Administration: who manages accounts and access?'),
        ...offer(members),
      },
      {
        key: 'webcare.owner',
        kind: 'select',
        prompt: q('Who is responsible for webcare?'),
        ...offer(members),
      },
      {
        key: 'webcare.one_person',
        kind: 'confirm',
        prompt: q('Does one person do all of webcare alone (a small school where the head answers directly)?'),
      },
      {
        key: 'webcare.response_time_hours',
        kind: 'number',
        prompt: q('Within how many hours does every message get an answer?'),
        default: () => 24,
      },
      {
        key: 'webcare.workflow.detect.by',
        kind: 'multiselect',
        when: (c) => sharedWebcare(c) && members(c).length > 0,
        prompt: q('Who detects messages and mentions?'),
        choices: members,
      },
      {
        key: 'webcare.workflow.respond.by',
        kind: 'multiselect',
        when: (c) => sharedWebcare(c) && members(c).length > 0,
        prompt: q('Who writes the answer?'),
        choices: members,
      },
      {
        key: 'webcare.workflow.approve.by',
        kind: 'multiselect',
        when: (c) => sharedWebcare(c) && members(c).length > 0,
        prompt: q('Who approves sensitive answers and posts?'),
        choices: members,
      },
      {
        key: 'webcare.workflow.publish.by',
        kind: 'multiselect',
        when: (c) => sharedWebcare(c) && members(c).length > 0,
        prompt: q('Who publishes the answers and posts?'),
        choices: members,
      },
      { key: 'webcare.escalation', kind: 'text', prompt: q('When and to whom do you escalate?') },
      { key: 'webcare.hours', kind: 'text', prompt: q('When is webcare staffed? (school days 8:00–17:00, say)') },
      {
        key: 'webcare.coverage',
        kind: 'text',
        prompt: q('Who reads along in the evenings, at weekends and in holidays? (or: nobody, and the auto-reply says so)'),
      },
      {
        key: 'webcare.auto_reply',
        kind: 'text',
        prompt: q('What does the automatic answer outside those hours say? (empty if there is none)'),
      },
      {
        key: 'webcare.listening',
        kind: 'text',
        prompt: q(
          'How often and how do you look for messages and mentions? (three times a working day, with the platforms’ notifications)',
        ),
      },
      { key: 'webcare.hours_per_week', kind: 'number', prompt: q('How many hours a week does webcare take, everyone together?') },
      {
        key: 'crisis.plan',
        kind: 'longtext',
        prompt: q('What happens in a crisis, step by step?'),
      },
      { key: 'crisis.spokesperson', kind: 'text', prompt: q('Who is the spokesperson?') },
      {
        key: 'crisis.hacked_account',
        kind: 'text',
        prompt: q('What do you do when an account is taken over? (who recovers it, who warns the followers)'),
      },
      {
        key: 'guidelines.protocol',
        kind: 'text',
        prompt: q('Where is the social-media protocol?'),
      },
      { key: 'guidelines.style_guide', kind: 'text', prompt: q('Style guide and tone of voice') },
      {
        key: 'guidelines.learning',
        kind: 'text',
        prompt: q('How do you try things out in the first weeks, and how do you handle mistakes?'),
      },
      {
        key: 'guidelines.ambassadors',
        kind: 'text',
        prompt: q(
          'Guidelines for students, alumni or staff who post for you as ambassadors (what they post, how you support and credit them)',
        ),
        when: sectorIs('vo', 'mbo', 'hbo', 'wo', 'adult-education'),
      },
      {
        key: 'guidelines.media_literacy',
        kind: 'text',
        prompt: q('How do pupils learn to use social media well? (lessons, a mentor hour, a project)'),
        when: sectorIs('po', 'vo', 'mbo'),
      },
      {
        key: 'guidelines.parents',
        kind: 'text',
        prompt: q(
          'How do parents and pupils learn what the school does online, and why? (an information evening, a letter, the school guide)',
        ),
        when: sectorIs('po', 'vo', 'mbo'),
      },
      {
        key: 'privacy.minors',
        kind: 'confirm',
        prompt: q('Do recognisable people under 18 appear in your posts? (young visitors at an open day, children at an event)'),
        when: (c) => !sectorIs('po', 'vo', 'mbo')(c),
      },
      {
        key: 'privacy.consent',
        kind: 'text',
        prompt: q('How do you ask and record consent for photos and videos?'),
      },
      {
        key: 'privacy.consent_per',
        kind: 'multiselect',
        prompt: q('What is consent asked for separately?'),
        choices: [
          { value: 'purpose', label: q('per purpose (website, social media, brochure)') },
          { value: 'platform', label: q('per platform') },
        ],
      },
      { key: 'privacy.register', kind: 'text', prompt: q('Who keeps the record of consent, and where?') },
      {
        key: 'privacy.withdrawal',
        kind: 'text',
        prompt: q('What happens when consent is withdrawn? (which posts are removed, by whom, how fast)'),
      },
      {
        key: 'privacy.reconsent_at_16',
        kind: 'confirm',
        prompt: q('Do pupils give consent themselves once they turn 16?'),
        when: sectorIs('vo', 'mbo'),
      },
    ],
    collections: [],
  },
  {
    id: 'benchmark',
    title: blockTitle('benchmark'),
    intro: q('What do comparable organisations do well, and which mistakes do you want to avoid?'),
    questions: [],
    collections: [
      {
        path: 'benchmark',
        shape: 'list',
        noun: 'benchmark',
        questions: [
          { key: 'organisation', kind: 'text', required: true, prompt: q('Organisation') },
          {
            key: 'strengths',
            kind: 'list',
            prompt: q('What do they do well (comma-separated)?'),
          },
          {
            key: 'avoid',
            kind: 'list',
            prompt: q('What do you want to avoid (comma-separated)?'),
          },
        ],
      },
    ],
  },
  {
    id: 'control',
    title: blockTitle('control'),
    intro: q('Measure the results, evaluate them and adjust course where needed. Give every goal at least one KPI.'),
    questions: [
      {
        key: 'control.reporting.cadence',
        kind: 'select',
        prompt: q('How often do you report?'),
        choices: list(['weekly', 'monthly', 'quarterly', 'yearly'], FREQUENCY_LABELS),
        default: () => 'monthly',
      },
      { key: 'control.reporting.audience', kind: 'text', prompt: q('To whom?') },
      {
        key: 'control.hours_per_week',
        kind: 'number',
        prompt: q('How many hours a week do measuring and reporting take?'),
      },
      {
        key: 'control.tools',
        kind: 'list',
        prompt: q('Which tools do you measure with (comma-separated)?'),
      },
    ],
    collections: [
      {
        path: 'control.kpis',
        shape: 'map',
        noun: 'kpi',
        name: { key: 'metric', kind: 'text', required: true, prompt: q('What is measured?') },
        questions: [
          {
            key: 'goal',
            kind: 'select',
            required: true,
            prompt: q('Which goal does this KPI measure?'),
            choices: goals,
          },
          { key: 'source', kind: 'text', prompt: q('Source of the figure') },
          {
            key: 'frequency',
            kind: 'select',
            prompt: q('How often do you measure this KPI?'),
            choices: list(['weekly', 'monthly', 'quarterly'], FREQUENCY_LABELS),
            default: () => 'monthly',
          },
          {
            key: 'kind',
            kind: 'select',
            prompt: q('What is one figure of this KPI?'),
            choices: [
              { value: 'level', label: q('a level on its date (followers)') },
              { value: 'count', label: q('a count of what happened in its period (applications this month)') },
              { value: 'rate', label: q('a rate (a share or a speed)') },
              DONT_KNOW,
            ],
            default: () => '',
          },
          { key: 'unit', kind: 'text', prompt: q('Unit of the figures (empty: the goal’s unit)') },
          {
            key: 'target',
            kind: 'number',
            prompt: q('Its own target, for a figure that supports the goal (reach a month, say; empty if none)'),
          },
        ],
      },
    ],
  },
];
