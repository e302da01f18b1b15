// A finding's text, made from its message id and data in the language of the run: the
// rule's own message, or the reader's (yaml-syntax, schema, limits, checks).
import type { Finding } from '../model/finding.js';
import type { Language } from '../model/strategy.js';
import { CATALOGUES } from '../i18n/catalogues.js';
import { isMessageId, translator } from '../i18n/messages.js';
import { words } from '../i18n/words.js';
import type { Messages } from './types.js';

export function describeFinding(finding: Pick<Finding, 'ruleId' | 'messageId' | 'data'>, language: Language): string {
  const texts = CATALOGUES[language].rules;
  const messages: Messages | undefined = Object.hasOwn(texts, finding.ruleId)
    ? texts[finding.ruleId as keyof typeof texts].messages
    : undefined;
  const message = messages && Object.hasOwn(messages, finding.messageId) ? messages[finding.messageId] : undefined;
  if (message) return message(finding.data, words(language));
  if (isMessageId(finding.messageId))
    return (translator(language) as (id: string, data: unknown) => string)(finding.messageId, finding.data);
  throw new Error(`no text for finding ${finding.ruleId}/${finding.messageId}`);
}

/** A rule's one-line description, for `strategy rules`, SARIF and the documentation. */
export function ruleDescription(id: string, language: Language): string {
  const texts = CATALOGUES[language].rules;
  return Object.hasOwn(texts, id) ? texts[id as keyof typeof texts].description : id;
}

/** Why the method asks what the rule checks, for docs/rules/. */
export function ruleRationale(id: string, language: Language): string {
  const texts = CATALOGUES[language].rules;
  return Object.hasOwn(texts, id) ? texts[id as keyof typeof texts].rationale : '';
}
