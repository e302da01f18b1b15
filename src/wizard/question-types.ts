// The shape of the wizard's questions: what a question, a collection and a block record, and
// the context a question's choices and defaults are made from.
import type { Language, Strategy } from '../model/strategy.js';
import type { BlockId, NounId } from '../i18n/vocabulary.js';

export interface Bi {
  nl: string;
  en: string;
}

export const bi = (nl: string, en: string): Bi => ({ nl, en });

export type Kind = 'text' | 'longtext' | 'number' | 'integer' | 'date' | 'time' | 'select' | 'multiselect' | 'confirm' | 'list';

export interface Context {
  strategy: Partial<Strategy>;
  language: Language;
  /** The collection entry being filled in, if any. */
  entry?: Record<string, unknown>;
  /** Today in the strategy's time zone, from the command's clock. */
  today: () => string;
}

export interface ChoiceItem {
  value: string;
  label: Bi | string;
}

export interface Question {
  /** Where the answer goes: dotted, relative to the block (or to the collection entry). */
  key: string;
  kind: Kind;
  prompt: Bi;
  help?: Bi;
  required?: boolean;
  choices?: readonly ChoiceItem[] | ((context: Context) => ChoiceItem[]);
  default?: (context: Context) => unknown;
  when?: (context: Context) => boolean;
  /**
   * The answer is kept elsewhere: ids of entries in another collection whose `field` lists
   * this entry (an audience says which goals are about it; the goals record it).
   */
  link?: { collection: string; field: string };
  /** A select whose values are numbers written as text. */
  numeric?: boolean;
  /** A method warning to show as soon as the answer is given (e.g. a format the platform lacks). */
  warn?: (value: unknown, context: Context) => Bi | undefined;
}

export interface Collection {
  /** Dotted path of the map (keyed by id) or list in the strategy. */
  path: string;
  shape: 'map' | 'list';
  noun: NounId;
  /** For maps: the question whose answer names the entry; the id is derived from it. */
  name?: Question;
  /** Names to pick from before typing one (the eight typical audiences, say). */
  suggestions?: readonly Bi[];
  /** "Add another?" defaults to yes: a revisit is usually to add one (a new review). */
  addDefault?: boolean;
  questions: Question[];
}

export interface Block {
  id: BlockId;
  title: Bi;
  intro: Bi;
  optional?: boolean;
  /** Asked only when named (`init --block review`), not on the walk through the method. */
  onRequest?: boolean;
  questions: Question[];
  collections: Collection[];
}
