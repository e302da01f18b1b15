// A finding's text, made from its message id and data in the language of the run: the
// rule's own message, or the reader's (yaml-syntax, schema, limits, checks).
import type { Finding } from '../model/finding.js';
import type { Language } from '../model/strategy.js';
import { isMessageId, translator } from '../i18n/messages.js';
import { words } from '../i18n/words.js';
import { findRule } from './registry.js';

export function describeFinding(finding: Pick<Finding, 'ruleId' | 'messageId' | 'data'>, language: Language): string {
  const message = findRule(finding.ruleId)?.messages[finding.messageId];
  if (message) return message[language](finding.data, words(language));
  if (isMessageId(finding.messageId))
    return (translator(language) as (id: string, data: unknown) => string)(finding.messageId, finding.data);
  throw new Error(`no text for finding ${finding.ruleId}/${finding.messageId}`);
}
