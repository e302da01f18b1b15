// The one shape every rule has, and what a rule gets to look at.
import type { Severity } from '../model/finding.js';
import type { Language, Strategy } from '../model/strategy.js';
import type { Translate } from '../i18n/messages.js';

export type RuleOptions = Record<string, number | string | boolean>;
export type Level = Severity | 'off';

export interface Rule<Options extends RuleOptions = RuleOptions> {
  id: string;
  /** Proposed by the method (see docs/rules/<id>.md); `checks:` or `--rule` can change it. */
  severity: Level;
  /** Defaults for the rule's options; their types are the types users must give. */
  options: Options;
  check(context: RuleContext<Options>): void;
}

/** Ids defined in the strategy, including entries the rules skip because they broke the schema. */
export interface DefinedIds {
  audience: ReadonlySet<string>;
  channel: ReadonlySet<string>;
  goal: ReadonlySet<string>;
  pillar: ReadonlySet<string>;
  member: ReadonlySet<string>;
  kpi: ReadonlySet<string>;
}

export type IdKind = keyof DefinedIds;

export interface Report {
  /** JSON pointer of the node the finding is about. */
  pointer: string;
  message: string;
  /** `key` points at the entry's name (`grow-followers:`), `value` (default) at its value. */
  at?: 'key' | 'value';
}

export interface RuleContext<Options extends RuleOptions = RuleOptions> {
  /** The strategy, without the entries that failed the schema. */
  strategy: Strategy;
  ids: DefinedIds;
  options: Options;
  language: Language;
  t: Translate;
  report(report: Report): void;
}

export function defineRule<Options extends RuleOptions>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
