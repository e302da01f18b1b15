// The one vocabulary of the tool, by language: each language's lexicon (./<language>/lexicon.ts)
// is typed by the English one, so a label, noun or field missing in a language does not
// compile. The wizard, the findings, the documents and the calendar all read from here.
import type { Language } from '../model/strategy.js';
import { lexicon as en } from './en/lexicon.js';
import { lexicon as nl } from './nl/lexicon.js';
import type { Lexicon, Vocabulary } from './lexicon.js';

export { BLOCK_IDS } from './lexicon.js';
export type { BlockId, PublicHoliday, ValueKind, ValueOf } from './lexicon.js';

export const LEXICONS: Record<Language, Lexicon> = { nl, en };
export const VOCABULARY: Record<Language, Vocabulary> = { nl: nl.vocabulary, en: en.vocabulary };

export type { FieldId, NounId } from './lexicon.js';
