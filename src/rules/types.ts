// The one shape every rule has, and what a rule gets to look at. A rule's texts live in its
// own file: its description, what the method says about it (for docs/rules/) and the messages
// of its findings, each in Dutch and English. A finding carries only a message id and data;
// the text is made at the edge, in the language of the run (src/rules/describe.ts).
import type { SourceId } from './sources.js';
import type { Severity } from '../model/finding.js';
import type { Language, Strategy } from '../model/strategy.js';
import type { Words } from '../i18n/words.js';

export type RuleOptions = Record<string, number | string | boolean>;
export type Level = Severity | 'off';

/** One text in both languages, made from a finding's data with the language's words. */
export interface Message<Data> {
  en: (data: Data, w: Words) => string;
  nl: (data: Data, w: Words) => string;
}

/** A message whose data type is taken from the English text. */
export function message<Data>(en: (data: Data, w: Words) => string, nl: (data: Data, w: Words) => string): Message<Data> {
  return { en, nl };
}

// Each message has a data type of its own; `any` lets a table hold them side by side.
// biome-ignore lint/suspicious/noExplicitAny: the data types differ per message, DataOf recovers each
export type Messages = Record<string, Message<any>>;

export type DataOf<M extends Messages, K extends keyof M> = M[K] extends Message<infer Data> ? Data : never;

/** For `docs/rules/<id>.md`: why the method asks this, and a strategy that breaks the rule. */
export interface RuleDocs {
  rationale: Record<Language, string>;
  /** A small strategy (YAML) the rule reports on. */
  example: string;
  /** Where the method's advice comes from (see src/rules/sources.ts). */
  sources?: readonly SourceId[];
}

export interface Rule<Options extends RuleOptions = RuleOptions, M extends Messages = Messages> {
  id: string;
  /** Proposed by the method; `checks:` or `--rule` can change it. */
  severity: Level;
  /** Defaults for the rule's options; their types are the types users must give. */
  options: Options;
  /** One line, for `strategy rules`, SARIF and the documentation. */
  description: Record<Language, string>;
  docs: RuleDocs;
  messages: M;
  check(context: RuleContext<Options, M>): void;
}

/** Ids defined in the strategy, including entries the rules skip because they broke the schema. */
export interface DefinedIds {
  audience: ReadonlySet<string>;
  channel: ReadonlySet<string>;
  goal: ReadonlySet<string>;
  pillar: ReadonlySet<string>;
  member: ReadonlySet<string>;
  kpi: ReadonlySet<string>;
  /** The file's top-level sections, also those the rules skip because they broke the schema. */
  sections: ReadonlySet<string>;
}

export type IdKind = Exclude<keyof DefinedIds, 'sections'>;

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

export function defineRule<Options extends RuleOptions, M extends Messages>(rule: Rule<Options, M>): Rule<Options, M> {
  return rule;
}
