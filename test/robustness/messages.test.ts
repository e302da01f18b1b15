// Every user-facing text, in both languages: none missing, none empty, none left in the
// other language. Messages, rule texts, the vocabulary and the wizard's questions.
import { CATALOGUES } from '../../src/i18n/catalogues.js';
import { describe, expect, it } from 'vitest';
import { messageIds, translator } from '../../src/i18n/messages.js';
import type { MessageId } from '../../src/i18n/messages.js';
import { LEXICONS, VOCABULARY } from '../../src/i18n/vocabulary.js';
import { RULES } from '../../src/rules/registry.js';
import { META_RULES } from '../../src/rules/meta.js';
import { words } from '../../src/i18n/words.js';
import { CATALOGUE } from '../../src/wizard/catalogue.js';
import { LABEL_KEYS, labels } from '../../src/render/labels.js';

/** Data of the right kind for any message field; text fields read "X". */
const SAMPLES: Record<string, unknown> = {
  type: Object.assign(['string'], { toString: () => 'string' }),
  expected: Object.assign(['string'], { toString: () => 'string' }),
  actual: { type: 'string', text: 'X' },
  fields: ['metric', 'deadline'],
  parts: ['webcare.owner', 'webcare.workflow.approve'],
  kind: 'channel',
  platform: 'youtube',
  platforms: ['facebook', 'tiktok'],
  format: 'short-video',
  fits: ['video', 'live'],
  days: ['mon', 'wed'],
  publicHoliday: 'kings-day',
  schoolHoliday: 'autumn',
  region: 'midden',
  block: 'goals',
  section: 'content',
  frequency: 'monthly',
  direction: 'decrease',
  steps: [
    { step: 'detect', hours: 4 },
    { step: 'respond', hours: 24 },
  ],
  staffed: 'ma-vr 08:30-17:00',
  goalKind: 'total',
  kpiKind: 'count',
  readings: ['2026-02-03', '2026-03-02'],
  stages: ['announce', 'remind'],
  reason: 'missing',
  firstRow: { line: 2, value: '25/02/2027' },
  secondRow: { line: 3, value: '02/26/2027' },
};
const NUMBERS = [
  'count',
  'limit',
  'depth',
  'bytes',
  'share',
  'min',
  'files',
  'error',
  'warning',
  'info',
  'needed',
  'available',
  'hours',
  'channels',
  'communities',
  'allowed',
  'value',
  'perWeek',
  'points',
  'forecast',
  'short',
  'target',
  'baseline',
  'computed',
  'total',
  'promised',
  'work',
  'makers',
  'members',
  'posting',
  'webcare',
  'monitoring',
  'overdue',
  'errors',
  'warnings',
  'highest',
  'missed',
  'weeks',
  'maximum',
  'posts',
  'slots',
  'announce',
  'remind',
  'most',
];
const anything = new Proxy(
  {},
  {
    get: (_, key) => {
      if (typeof key !== 'string') return undefined;
      // Some names are counts in one message and lists in another: this value is both.
      if (NUMBERS.includes(key)) return Object.assign(['X'], { toString: () => '3', valueOf: () => 3 });
      if (key in SAMPLES) return SAMPLES[key];
      return Object.assign(['X'], { toString: () => 'X' });
    },
  },
);

const render = (id: MessageId, language: 'en' | 'nl'): string =>
  (translator(language) as (id: MessageId, p: unknown) => string)(id, anything);

/** Document labels that are the same word in Dutch. */
const LABELS_ALIKE: string[] = [
  'organisation.sector', // Sector
  'organisation.website', // Website
  'baseline.platform', // Platform
  'baseline.handle', // Account
  'goals.deadline', // Deadline
  'audiences.persona', // Persona
  'channels.platform',
  'content.title', // Content
  'content.per-week', // Per week
  'task.webcare', // Webcare
  'webcare.title',
  'guidelines.protocol', // Protocol
  'benchmark.title', // Benchmark
  'control.kpi', // KPI
  'team.training', // Training
  'privacy.per-platform', // platform
  'summary.status', // Status
  'summary.deadline', // deadline
  'summary.team', // Team
  'communities.community', // Community
  'calendar.week', // Week
  'calendar.link', // Link
  'calendar.hashtags', // Hashtags
  'calendar.status', // Status
  'none', // –
];

/** Texts the two languages may share: a line of symbols, names and ids. */
const SAME_IN_BOTH = new Set<string>(['yaml.syntax']);

describe('the message table', () => {
  it.each(messageIds)('%s renders in English and Dutch', (id) => {
    const en = render(id, 'en');
    const nl = render(id, 'nl');
    for (const text of [en, nl]) {
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text).not.toMatch(/undefined|\[object Object\]|NaN/);
    }
    if (!SAME_IN_BOTH.has(id)) expect(nl).not.toBe(en);
  });

  it('has an error code for everything a user can fix, saying what to do next', () => {
    const errors = messageIds.filter((id) => id.startsWith('error.'));
    expect(errors.length).toBeGreaterThan(20);
    const withAdvice = errors.filter((id) =>
      /Use|use|Run|run|Check|check|Write|write|Give|give|fix|Fix|Move|Save|report|Nothing|Formats|Blocks|Examples|Outputs|Rules|Copy|copy/.test(
        render(id, 'en'),
      ),
    );
    expect(withAdvice).toEqual(errors);
  });
});

describe('the rules’ own texts', () => {
  const texts = (language: 'nl' | 'en', id: string) => CATALOGUES[language].rules[id as keyof typeof CATALOGUES.en.rules];
  it.each(RULES.map((rule) => [rule.id] as const))('%s: description, documentation and every message in both languages', (id) => {
    const [en, nl] = [texts('en', id), texts('nl', id)];
    for (const key of ['description', 'rationale'] as const) {
      expect(en[key].length).toBeGreaterThan(10);
      expect(nl[key].length).toBeGreaterThan(10);
      expect(nl[key]).not.toBe(en[key]);
    }
    expect(Object.keys(en.messages).length).toBeGreaterThan(0);
    expect(Object.keys(nl.messages)).toEqual(Object.keys(en.messages));
    for (const [messageId, message] of Object.entries(en.messages) as [string, (data: unknown, w: unknown) => string][]) {
      const english = message(anything, words('en'));
      const dutch = (nl.messages as Record<string, (data: unknown, w: unknown) => string>)[messageId]!(anything, words('nl'));
      expect(english).not.toMatch(/undefined|\[object Object\]|NaN/);
      expect(dutch).not.toMatch(/undefined|\[object Object\]|NaN/);
      expect(dutch).not.toBe(english);
    }
  });

  it.each(META_RULES.map((rule) => [rule.id] as const))('%s: description and documentation in both languages', (id) => {
    for (const key of ['description', 'rationale'] as const) expect(texts('nl', id)[key]).not.toBe(texts('en', id)[key]);
  });
});

describe('the vocabulary', () => {
  it('labels every schema value, noun and field in both languages, none empty', () => {
    for (const language of ['nl', 'en'] as const) {
      for (const table of Object.values(VOCABULARY[language]))
        for (const label of Object.values(table)) expect(String(label).trim()).not.toBe('');
      for (const noun of Object.values(LEXICONS[language].nouns)) expect(noun.one && noun.other).toBeTruthy();
      for (const field of Object.values(LEXICONS[language].fields)) expect(field.trim()).not.toBe('');
    }
    expect(Object.keys(VOCABULARY.nl.format)).toEqual(Object.keys(VOCABULARY.en.format));
  });

  it('has every label of the documents in both languages', () => {
    const en = labels('en');
    const nl = labels('nl');
    const same = LABEL_KEYS.filter((key) => nl.label(key) === en.label(key));
    for (const key of LABEL_KEYS) expect(nl.label(key).trim(), key).not.toBe('');
    // Words Dutch shares with English; any other label left in English is a missing translation.
    expect(same).toEqual(LABELS_ALIKE);
  });

  it('asks every question of the wizard in both languages', () => {
    for (const block of CATALOGUE) {
      const questions = [
        ...block.questions,
        ...block.collections.flatMap((collection) => [collection.name, ...collection.questions].filter((q) => q !== undefined)),
      ];
      for (const texts of [block.title, block.intro, ...questions.map((q) => q.prompt)]) {
        expect(texts.nl.trim(), JSON.stringify(texts)).not.toBe('');
        expect(texts.en.trim(), JSON.stringify(texts)).not.toBe('');
      }
    }
  });
});
