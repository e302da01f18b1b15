// The rules as tools and people see them: id, default severity, one line, documentation.
import type { RuleInfo } from '../formatters/index.js';
import type { Language } from '../model/strategy.js';
import { META_RULES } from './meta.js';
import { RULES, docsUrl } from './registry.js';

export function ruleCatalogue(language: Language): RuleInfo[] {
  return [
    ...META_RULES.map((rule) => ({ id: rule.id, severity: 'error' as const, description: rule.description[language], helpUri: docsUrl(rule.id) })),
    ...RULES.map((rule) => ({ id: rule.id, severity: rule.severity, description: rule.description[language], helpUri: docsUrl(rule.id) })),
  ];
}
