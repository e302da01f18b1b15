// The questions of the blocks implementation, benchmark, control, in the method's order.
import { q } from '../question-types.js';
import type { Block } from '../question-types.js';
import { list, FREQUENCY_LABELS, blockTitle, members, goals, offer } from './shared.js';

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
        key: 'webcare.response_time_hours',
        kind: 'number',
        prompt: q('Within how many hours does every message get an answer?'),
        default: () => 24,
      },
      {
        key: 'webcare.workflow.detect.by',
        kind: 'multiselect',
        prompt: q('Who detects messages and mentions?'),
        ...offer(members),
      },
      {
        key: 'webcare.workflow.respond.by',
        kind: 'multiselect',
        prompt: q('Who writes the answer?'),
        ...offer(members),
      },
      {
        key: 'webcare.workflow.approve.by',
        kind: 'multiselect',
        prompt: q('Who approves sensitive answers and posts?'),
        ...offer(members),
      },
      {
        key: 'webcare.workflow.publish.by',
        kind: 'multiselect',
        prompt: q('Who publishes the answers and posts?'),
        ...offer(members),
      },
      { key: 'webcare.escalation', kind: 'text', prompt: q('When and to whom do you escalate?') },
      {
        key: 'crisis.plan',
        kind: 'longtext',
        prompt: q('What happens in a crisis, step by step?'),
      },
      { key: 'crisis.spokesperson', kind: 'text', prompt: q('Who is the spokesperson?') },
      {
        key: 'guidelines.protocol',
        kind: 'text',
        prompt: q('Where is the social-media protocol?'),
      },
      { key: 'guidelines.style_guide', kind: 'text', prompt: q('Style guide and tone of voice') },
      {
        key: 'privacy.consent',
        kind: 'text',
        prompt: q('How do you ask and record consent for photos and videos?'),
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
        ],
      },
    ],
  },
];
