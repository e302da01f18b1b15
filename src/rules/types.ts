// The one shape every rule has, and what a rule gets to look at. A rule's file holds what it
// checks; its texts (a description, what the method says about it for docs/rules/, and the
// messages of its findings) are in each language's catalogue under its id
// (src/i18n/<language>/rules-*.ts). A finding carries only a message id and data; the text is
// made at the edge, in the language of the run (src/rules/describe.ts).
import type { SourceId } from './sources.js';
import type { Severity } from '../model/finding.js';
import type { Strategy } from '../model/strategy.js';
import type { IdKind } from '../model/ids.js';
import type { RuleTexts } from '../i18n/en/rules.js';

export type { IdKind } from '../model/ids.js';
export type RuleOptions = Record<string, number | string | boolean>;
export type Level = Severity | 'off';

/** The ids of the rules of the method (the reader's own findings have theirs in ./meta.ts). */
export type RuleId = Exclude<keyof RuleTexts, 'yaml-syntax' | 'schema' | 'limits' | 'checks'>;

/** A rule's messages: each makes a text from a finding's data, with the language's words. */
export type MessagesOf<Id extends RuleId> = RuleTexts[Id]['messages'];

// Each message has a data type of its own; `any` lets a table hold them side by side.
// biome-ignore lint/suspicious/noExplicitAny: the data types differ per message, DataOf recovers each
export type Messages = Record<string, (data: any, ...words: any[]) => string>;

export type DataOf<M extends Messages, K extends keyof M> = Parameters<M[K]>[0];

/** For `docs/rules/<id>.md`: a strategy that breaks the rule, and where the advice comes from. */
export interface RuleDocs {
  /** A small strategy (YAML) the rule reports on. */
  example: string;
  /** Where the method's advice comes from (see src/rules/sources.ts). */
  sources?: readonly SourceId[];
}

export interface Rule<Options extends RuleOptions = RuleOptions, Id extends RuleId = RuleId> {
  id: Id;
  /** Proposed by the method; `checks:` or `--rule` can change it. */
  severity: Level;
  /** Defaults for the rule's options; their types are the types users must give. */
  options: Options;
  docs: RuleDocs;
  check(context: RuleContext<Options, MessagesOf<Id>>): void;
}

/** A rule of any id, as the registry holds it: its findings' data is known only to the rule. */
export type AnyRule = Omit<Rule, 'id' | 'check'> & { id: RuleId; check(context: RuleContext<RuleOptions, Messages>): void };

/** Ids defined in the strategy, including entries the rules skip because they broke the schema. */
export type DefinedIds = Record<IdKind, ReadonlySet<string>> & {
  /** The file's top-level sections, also those the rules skip because they broke the schema. */
  sections: ReadonlySet<string>;
};

export type Report<M extends Messages = Messages> = {
  [K in keyof M & string]: {
    /** JSON pointer of the node the finding is about. */
    pointer: string;
    /** `key` points at the entry's name (`grow-followers:`), `value` (default) at its value. */
    at?: 'key' | 'value';
    messageId: K;
    data: DataOf<M, K>;
  };
}[keyof M & string];

export interface RuleContext<Options extends RuleOptions = RuleOptions, M extends Messages = Messages> {
  /** The strategy, without the entries that failed the schema. */
  strategy: Strategy;
  ids: DefinedIds;
  options: Options;
  /** The day the check is for (YYYY-MM-DD), for rules about what is overdue; null when unknown. */
  today: string | null;
  report(report: Report<M>): void;
}

export function defineRule<Options extends RuleOptions, Id extends RuleId>(rule: Rule<Options, Id>): Rule<Options, Id> {
  return rule;
}
