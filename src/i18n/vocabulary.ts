// The one vocabulary of the tool, by language: each language's lexicon (./<language>/lexicon.ts,
// part of its catalogue) is typed by the English one, so a label, noun or field missing in a
// language does not compile. The wizard, the findings, the documents and the calendar all read
// from here.
import { LANGUAGES } from '../model/strategy.js';
import type { Language } from '../model/strategy.js';
import { CATALOGUES } from './catalogues.js';
import type { Lexicon, Vocabulary } from './lexicon.js';

export { BLOCK_IDS } from './lexicon.js';
export type { BlockId, FieldId, NounId, PublicHoliday, ValueKind, ValueOf } from './lexicon.js';

/** Each language's part of its catalogue, looked up when it is read (the catalogues load after this module). */
function byLanguage<T>(part: (language: Language) => T): Record<Language, T> {
  return Object.defineProperties(
    {},
    Object.fromEntries(LANGUAGES.map((language) => [language, { get: () => part(language), enumerable: true }])),
  ) as Record<Language, T>;
}

export const LEXICONS: Record<Language, Lexicon> = byLanguage((language) => CATALOGUES[language].lexicon);
export const VOCABULARY: Record<Language, Vocabulary> = byLanguage((language) => CATALOGUES[language].lexicon.vocabulary);
