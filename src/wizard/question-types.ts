// The shape of the wizard's questions: what a question, a collection and a block record, and
// the context a question's choices and defaults are made from.
import { LANGUAGES } from '../model/strategy.js';
import type { Language, Strategy } from '../model/strategy.js';
import type { BlockId, NounId } from '../i18n/vocabulary.js';
import { CATALOGUES } from '../i18n/catalogues.js';
import type { QuestionText } from '../i18n/catalogue.js';

/** A text of the wizard in every language, read from the catalogues when asked for. */
export type Bi = Readonly<Record<Language, string>>;

/** A text made for each language by `make`, when that language is asked for. */
export function byLanguage(make: (language: Language) => string): Bi {
  return Object.defineProperties(
    {},
    Object.fromEntries(LANGUAGES.map((language) => [language, { get: () => make(language), enumerable: true }])),
  ) as Bi;
}

/** One of the wizard's texts (keyed by its English, as in the catalogues), with `{name}` filled in. */
export function q(text: QuestionText, values: Readonly<Record<string, string | number>> = {}): Bi {
  return byLanguage((language) =>
    CATALOGUES[language].questions[text].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? '')),
  );
}

export type Kind = 'text' | 'longtext' | 'number' | 'integer' | 'date' | 'time' | 'select' | 'multiselect' | 'confirm' | 'list';

export interface Context {
  strategy: Partial<Strategy>;
  language: Language;
  /** The collection entry being filled in, if any, and its id (or index in a list). */
  entry?: Record<string, unknown>;
  entryId?: string;
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
  /** Names to pick from before typing one (the typical audiences of the sector, say). */
  suggestions?: readonly Bi[] | ((context: Context) => readonly Bi[]);
  /** "Add another?" defaults to yes: a revisit is usually to add one (a new review). */
  addDefault?: boolean;
  /** "Add one?" defaults to no: most organisations have none (days off of their own). */
  rare?: boolean;
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
