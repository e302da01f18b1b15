// The questions of the blocks implementation, benchmark, control, in the method's order.
import { bi } from '../question-types.js';
import type { Block } from '../question-types.js';
import { list, FREQUENCY_LABELS, blockTitle, members, goals, offer } from './shared.js';

export const BLOCKS: readonly Block[] = [
  {
    id: 'implementation',
    title: blockTitle('implementation'),
    intro: bi(
      'Wie is eindverantwoordelijk, wie doet de drie kerntaken (contentbeheer, webcare, accountbeheer), en hoe gaan jullie om met vragen, kritiek en crises?',
      'Who is accountable, who does the three core tasks (content management, webcare, administration), and how do you handle questions, criticism and crises?',
    ),
    questions: [
      { key: 'team.owner', kind: 'select', prompt: bi('Wie is eindverantwoordelijk?', 'Who is accountable?'), ...offer(members) },
      {
        key: 'team.tasks.content_management',
        kind: 'multiselect',
        prompt: bi('Contentbeheer: wie plant, maakt en plaatst?', 'Content management: who plans, makes and publishes?'),
        ...offer(members),
      },
      {
        key: 'team.tasks.webcare',
        kind: 'multiselect',
        prompt: bi(
          'Webcare: wie houdt vragen en reacties bij en antwoordt?',
          'Webcare: who keeps track of questions and reactions and answers them?',
        ),
        ...offer(members),
      },
      {
        key: 'team.tasks.administration',
        kind: 'multiselect',
        prompt: bi('Accountbeheer: wie regelt accounts en toegang?', 'Administration: who manages accounts and access?'),
        ...offer(members),
      },
      {
        key: 'webcare.owner',
        kind: 'select',
        prompt: bi('Wie is verantwoordelijk voor webcare?', 'Who is responsible for webcare?'),
        ...offer(members),
      },
      {
        key: 'webcare.response_time_hours',
        kind: 'number',
        prompt: bi('Binnen hoeveel uur krijgt elk bericht antwoord?', 'Within how many hours does every message get an answer?'),
        default: () => 24,
      },
      {
        key: 'webcare.workflow.detect.by',
        kind: 'multiselect',
        prompt: bi('Wie signaleert berichten en vermeldingen?', 'Who detects messages and mentions?'),
        ...offer(members),
      },
      {
        key: 'webcare.workflow.respond.by',
        kind: 'multiselect',
        prompt: bi('Wie schrijft het antwoord?', 'Who writes the answer?'),
        ...offer(members),
      },
      {
        key: 'webcare.workflow.approve.by',
        kind: 'multiselect',
        prompt: bi('Wie keurt gevoelige antwoorden en berichten goed?', 'Who approves sensitive answers and posts?'),
        ...offer(members),
      },
      {
        key: 'webcare.workflow.publish.by',
        kind: 'multiselect',
        prompt: bi('Wie plaatst de antwoorden en berichten?', 'Who publishes the answers and posts?'),
        ...offer(members),
      },
      { key: 'webcare.escalation', kind: 'text', prompt: bi('Wanneer en naar wie escaleren jullie?', 'When and to whom do you escalate?') },
      {
        key: 'crisis.plan',
        kind: 'longtext',
        prompt: bi('Wat gebeurt er bij een crisis, stap voor stap?', 'What happens in a crisis, step by step?'),
      },
      { key: 'crisis.spokesperson', kind: 'text', prompt: bi('Wie is woordvoerder?', 'Who is the spokesperson?') },
      {
        key: 'guidelines.protocol',
        kind: 'text',
        prompt: bi('Waar staat het socialemediaprotocol?', 'Where is the social-media protocol?'),
      },
      { key: 'guidelines.style_guide', kind: 'text', prompt: bi('Stijlgids en toon', 'Style guide and tone of voice') },
      {
        key: 'privacy.consent',
        kind: 'text',
        prompt: bi(
          'Hoe vragen en registreren jullie toestemming voor foto’s en video’s?',
          'How do you ask and record consent for photos and videos?',
        ),
      },
    ],
    collections: [],
  },
  {
    id: 'benchmark',
    title: blockTitle('benchmark'),
    intro: bi(
      'Wat doen vergelijkbare organisaties goed, en welke fouten willen jullie vermijden?',
      'What do comparable organisations do well, and which mistakes do you want to avoid?',
    ),
    questions: [],
    collections: [
      {
        path: 'benchmark',
        shape: 'list',
        noun: 'benchmark',
        questions: [
          { key: 'organisation', kind: 'text', required: true, prompt: bi('Organisatie', 'Organisation') },
          {
            key: 'strengths',
            kind: 'list',
            prompt: bi('Wat doen ze goed (gescheiden door komma’s)?', 'What do they do well (comma-separated)?'),
          },
          {
            key: 'avoid',
            kind: 'list',
            prompt: bi('Wat willen jullie vermijden (gescheiden door komma’s)?', 'What do you want to avoid (comma-separated)?'),
          },
        ],
      },
    ],
  },
  {
    id: 'control',
    title: blockTitle('control'),
    intro: bi(
      'Meet de resultaten, evalueer ze en stuur bij waar nodig. Geef elk doel minstens één KPI.',
      'Measure the results, evaluate them and adjust course where needed. Give every goal at least one KPI.',
    ),
    questions: [
      {
        key: 'control.reporting.cadence',
        kind: 'select',
        prompt: bi('Hoe vaak rapporteren jullie?', 'How often do you report?'),
        choices: list(['weekly', 'monthly', 'quarterly', 'yearly'], FREQUENCY_LABELS),
        default: () => 'monthly',
      },
      { key: 'control.reporting.audience', kind: 'text', prompt: bi('Aan wie?', 'To whom?') },
      {
        key: 'control.tools',
        kind: 'list',
        prompt: bi('Met welke hulpmiddelen meten jullie (gescheiden door komma’s)?', 'Which tools do you measure with (comma-separated)?'),
      },
    ],
    collections: [
      {
        path: 'control.kpis',
        shape: 'map',
        noun: 'kpi',
        name: { key: 'metric', kind: 'text', required: true, prompt: bi('Wat wordt gemeten?', 'What is measured?') },
        questions: [
          {
            key: 'goal',
            kind: 'select',
            required: true,
            prompt: bi('Welk doel meet deze KPI?', 'Which goal does this KPI measure?'),
            choices: goals,
          },
          { key: 'source', kind: 'text', prompt: bi('Bron van het cijfer', 'Source of the figure') },
          {
            key: 'frequency',
            kind: 'select',
            prompt: bi('Hoe vaak meten jullie deze KPI?', 'How often do you measure this KPI?'),
            choices: list(['weekly', 'monthly', 'quarterly'], FREQUENCY_LABELS),
            default: () => 'monthly',
          },
        ],
      },
    ],
  },
];
