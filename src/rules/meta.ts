// Findings that come from reading the file rather than from a rule of the method: always
// errors, and not switched off. Their messages are the reader's (src/i18n/messages.ts); their
// descriptions and rationales are in the catalogues with the rules'.
import type { RuleDocs } from './types.js';

export interface MetaRule {
  id: 'yaml-syntax' | 'schema' | 'limits' | 'checks';
  docs: RuleDocs;
}

export const META_RULES: readonly MetaRule[] = [
  { id: 'yaml-syntax', docs: { example: 'version: 1\norganisation:\n  name: ROC Voorbeeld\n  name: ROC Zuid\n' } },
  { id: 'schema', docs: { example: 'version: 1\ngoals:\n  grow:\n    statement: Meer volgers\n    deadlin: 2027-06-30\n' } },
  { id: 'limits', docs: { example: '' } },
  { id: 'checks', docs: { example: 'version: 1\nchecks:\n  two-admin: error\n' } },
];
