// How a goal's measurement is said in the reader's language: each language's words are in
// src/i18n/<language>/measure.ts; this file picks them.
import type { Language } from '../model/strategy.js';
import { words } from '../i18n/words.js';
import type { MeasureWords, MeasureWordsOf } from '../i18n/measure-words.js';
import { measureWords as en } from '../i18n/en/measure.js';
import { measureWords as nl } from '../i18n/nl/measure.js';

export type { ForecastText, MeasureWords, Standing } from '../i18n/measure-words.js';

const MAKERS: Record<Language, MeasureWordsOf> = { nl, en };

export function measureWords(language: Language): MeasureWords {
  return MAKERS[language](words(language));
}
