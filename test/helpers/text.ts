// Findings carry ids and data; tests read them as a user would, as text in one language.
import type { Finding } from '../../src/model/finding.js';
import type { Language } from '../../src/model/strategy.js';
import { describeFinding } from '../../src/rules/describe.js';

export const text = (finding: Pick<Finding, 'ruleId' | 'messageId' | 'data'>, language: Language = 'en'): string =>
  describeFinding(finding, language);

/** The findings with their text, as `message`. */
export const withText = <F extends Finding>(findings: readonly F[], language: Language = 'en'): (F & { message: string })[] =>
  findings.map((finding) => ({ ...finding, message: text(finding, language) }));
