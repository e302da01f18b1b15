// The rules as tools and people see them: id, default severity, one line, documentation.
import type { Language } from '../model/strategy.js';
import { ruleDescription } from './describe.js';
import { META_RULES } from './meta.js';
import { RULES, docsUrl } from './registry.js';

/** What a report says of a rule: its id, default severity, description and documentation. */
export interface RuleInfo {
  id: string;
  /** Default severity; `off` for rules that are off unless switched on. */
  severity: 'error' | 'warning' | 'info' | 'off';
  description: string;
  helpUri: string;
}

export function ruleCatalogue(language: Language): RuleInfo[] {
  return [
    ...META_RULES.map((rule) => ({ id: rule.id, severity: 'error' as const })),
    ...RULES.map((rule) => ({ id: rule.id, severity: rule.severity })),
  ].map(({ id, severity }) => ({ id, severity, description: ruleDescription(id, language), helpUri: docsUrl(id) }));
}
