// One catalogue per language, in src/i18n/<language>/: every text the tool writes, keyed by
// id. The English catalogue's keys and data types are the ones every language has, so a
// catalogue that misses a key does not compile;
// adding a language is adding its catalogue to CATALOGUES (./catalogues.ts) and to the
// schema's `language`.
import type { Lexicon } from './lexicon.js';
import type { MeasureWordsOf } from './measure-words.js';
import type { Labels } from './en/labels-type.js';
import type { messages } from './en/messages.js';
import type { wizard } from './en/wizard.js';
import type { ChangeWords } from './en/changes.js';
import type { commandLine } from './en/command-line.js';
import type { RuleTexts, ruleDocs } from './en/rules.js';
import type { blockQuestions } from './en/questions-blocks.js';
import type { essentialQuestions } from './en/questions-essentials.js';

/** The wizard's questions and their texts, keyed by their English. */
export type Questions = typeof blockQuestions & typeof essentialQuestions;
export type QuestionText = keyof Questions;

export interface Catalogue {
  /** Labels of the schema's values, nouns with their plurals, fields, and how numbers, lists and dates are written. */
  lexicon: Lexicon;
  /** What the reader says about a file, errors that stop a command, and the lines that sum a run up. */
  messages: typeof messages;
  /** The headings and labels of the rendered documents. */
  labels: Labels;
  /** A goal's measurement: its course, standing and forecast. */
  measure: MeasureWordsOf;
  /** The wizard's own words, and its summary before it writes. */
  wizard: typeof wizard;
  /** The changes between two versions of a strategy. */
  changes: ChangeWords;
  /** The help of the command line, and commander's words and errors. */
  commandLine: typeof commandLine;
  /** Each rule's description, rationale and messages, by rule id. */
  rules: RuleTexts;
  /** The headings of the rules' documentation. */
  ruleDocs: typeof ruleDocs;
  /** The wizard's questions, choices, hints and warnings. */
  questions: Questions;
}

/** Every part of a catalogue; the compiler holds this list to the interface. */
const PARTS: Record<keyof Catalogue, true> = {
  lexicon: true,
  messages: true,
  labels: true,
  measure: true,
  wizard: true,
  changes: true,
  commandLine: true,
  rules: true,
  ruleDocs: true,
  questions: true,
};

/**
 * A language's catalogue whose parts are gathered when first read. The words of a part
 * (./words.ts) read the lexicon through ./catalogues.ts, so a language's module may still be
 * loading when one of its parts loads; gathering them later keeps any import order working.
 */
export function lazyCatalogue(parts: () => Catalogue): Catalogue {
  let made: Catalogue | undefined;
  const part = <K extends keyof Catalogue>(key: K): Catalogue[K] => {
    made ??= parts();
    return made[key];
  };
  return Object.defineProperties(
    {},
    Object.fromEntries(Object.keys(PARTS).map((key) => [key, { get: () => part(key as keyof Catalogue), enumerable: true }])),
  ) as Catalogue;
}

/**
 * The keys a catalogue lacks that the reference has, as dotted paths, for catalogues read at
 * run time (a catalogue written in TypeScript does not compile without them).
 */
export function missingKeys(reference: unknown, candidate: unknown, path = ''): string[] {
  if (reference === null || typeof reference !== 'object' || Array.isArray(reference)) return [];
  if (candidate === null || typeof candidate !== 'object') return [path || '(all)'];
  return Object.entries(reference).flatMap(([key, value]) => {
    const at = path ? `${path}.${key}` : key;
    return Object.hasOwn(candidate, key) ? missingKeys(value, (candidate as Record<string, unknown>)[key], at) : [at];
  });
}
