// Every user-facing message, in both languages: none missing, none empty, none left in the
// other language.
import { describe, expect, it } from 'vitest';
import { messageIds, translator } from '../../src/i18n/messages.js';
import type { MessageId } from '../../src/i18n/messages.js';

/** Parameters for any message: every field reads as "X", and lists of it as "X". */
const anything = new Proxy({}, { get: (_, key) => (key === 'count' || key === 'limit' || key === 'depth' || key === 'value' ? 3 : Object.assign(['X'], { toString: () => 'X' })) });

describe('the message table', () => {
  it.each(messageIds)('%s renders in English and Dutch', (id) => {
    const render = (language: 'en' | 'nl') => (translator(language) as (id: MessageId, p: unknown) => string)(id, anything);
    const en = render('en');
    const nl = render('nl');
    expect(en.trim().length).toBeGreaterThan(0);
    expect(nl.trim().length).toBeGreaterThan(0);
    expect(en).not.toMatch(/undefined|\[object Object\]/);
    expect(nl).not.toMatch(/undefined|\[object Object\]/);
  });

  it('has an error code for everything a user can fix, saying what to do next', () => {
    const errors = messageIds.filter((id) => id.startsWith('error.'));
    expect(errors.length).toBeGreaterThan(20);
    const t = translator('en');
    const withAdvice = errors.filter((id) => /Use|use|Run|run|Check|check|Write|write|Give|give|fix|Fix|Move|Save|report|Nothing|Formats|Blocks|Examples|Outputs|Rules/.test((t as (id: MessageId, p: unknown) => string)(id, anything)));
    expect(withAdvice).toEqual(errors);
  });
});
