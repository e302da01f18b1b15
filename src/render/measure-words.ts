// How a goal's measurement is said in the reader's language: each language's words are part
// of its catalogue (src/i18n/<language>/measure.ts).
import type { Language } from '../model/strategy.js';
import { words } from '../i18n/words.js';
import { CATALOGUES } from '../i18n/catalogues.js';
import type { MeasureWords } from '../i18n/measure-words.js';

export type { ForecastText, MeasureWords, Standing } from '../i18n/measure-words.js';

export function measureWords(language: Language): MeasureWords {
  return CATALOGUES[language].measure(words(language));
}
