// The rules as tools and people see them: id, default severity, one line, documentation.
import type { RuleInfo } from '../formatters/index.js';
import type { Translate } from '../i18n/messages.js';
import { RULES, docsUrl } from './registry.js';

/** Findings that come from reading the file rather than from a rule of the method. */
const META_RULES = ['yaml-syntax', 'schema', 'limits', 'checks'] as const;

export function ruleCatalogue(t: Translate): RuleInfo[] {
  const meta: RuleInfo[] = META_RULES.map((id) => ({ id, severity: 'error', description: t(`rule.${id}`), helpUri: docsUrl(id) }));
  return [
    ...meta,
    ...RULES.map((rule) => ({ id: rule.id, severity: rule.severity, description: t(`rule.${rule.id}` as 'rule.schema'), helpUri: docsUrl(rule.id) })),
  ];
}
