// One catalogue per language: the Dutch one has every key of the English one, and a language
// added with a catalogue that misses a key is refused, by the compiler and at run time.
import { describe, expect, it, vi } from 'vitest';
import type { Catalogue } from '../../src/i18n/catalogue.js';
import { missingKeys } from '../../src/i18n/catalogue.js';
import { CATALOGUES } from '../../src/i18n/catalogues.js';
import { catalogue as en } from '../../src/i18n/en/index.js';

describe('the catalogues', () => {
  it('has every key of the English catalogue in the Dutch one', () => {
    // A noun's own grammar is its language's: English marks "an", Dutch gives the article.
    const grammar = /^lexicon\.nouns\.[\w-]+\.an$/;
    expect(missingKeys(CATALOGUES.en, CATALOGUES.nl).filter((path) => !grammar.test(path))).toEqual([]);
  });

  it('refuses a new language’s catalogue that misses a key, naming it', () => {
    const { 'goals.title': _dropped, ...labels } = en.labels;
    const { channel: _noun, ...nouns } = en.lexicon.nouns;
    // @ts-expect-error a catalogue without a document label does not compile
    const stub: Catalogue = { ...en, labels, lexicon: { ...en.lexicon, nouns } };
    expect(missingKeys(en, stub)).toEqual(['lexicon.nouns.channel', 'labels.goals.title']);
  });

  it('refuses a new language’s catalogue without a rule’s message or a wizard question, naming them', () => {
    const twoAdmins = en.rules['two-admins'];
    const { 'too-few': _message, ...messages } = twoAdmins.messages;
    const { 'Which formats do you post on this channel?': _question, ...questions } = en.questions;
    // @ts-expect-error a catalogue without a finding's message does not compile
    const withoutMessage: Catalogue = { ...en, rules: { ...en.rules, 'two-admins': { ...twoAdmins, messages } } };
    // @ts-expect-error a catalogue without one of the wizard's questions does not compile
    const withoutQuestion: Catalogue = { ...en, questions };
    expect(missingKeys(en, withoutMessage)).toEqual(['rules.two-admins.messages.too-few']);
    expect(missingKeys(en, withoutQuestion)).toEqual(['questions.Which formats do you post on this channel?']);
  });

  it('takes a new language’s catalogue with every key', () => {
    const stub: Catalogue = { ...en, labels: { ...en.labels, 'goals.title': 'Doelen (stub)' } };
    expect(missingKeys(en, stub)).toEqual([]);
  });
});

describe('the catalogues’ modules', () => {
  const first: Record<string, () => Promise<Record<string, unknown>>> = {
    'en/index': () => import('../../src/i18n/en/index.js'),
    'nl/index': () => import('../../src/i18n/nl/index.js'),
    'en/wizard': () => import('../../src/i18n/en/wizard.js'),
    'nl/wizard': () => import('../../src/i18n/nl/wizard.js'),
    words: () => import('../../src/i18n/words.js'),
    vocabulary: () => import('../../src/i18n/vocabulary.js'),
    catalogues: () => import('../../src/i18n/catalogues.js'),
  };
  it.each(Object.keys(first))('load when %s is the first of them imported', async (name) => {
    vi.resetModules();
    const module = await first[name]!();
    expect(Object.keys(module).length).toBeGreaterThan(0);
    const { CATALOGUES: fresh } = await import('../../src/i18n/catalogues.js');
    expect(fresh.nl.wizard.kinds.date).toBe('datum');
  });
});
