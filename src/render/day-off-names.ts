// A day off as the reader knows it, in the reader's language: Koningsdag, Herfstvakantie, or
// the strategy's own name for a day off or a blackout.
import type { DayOff } from '../core/holidays.js';
import type { Language } from '../model/strategy.js';
import { VOCABULARY } from '../i18n/vocabulary.js';

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function dayOffName(off: DayOff, language: Language): string {
  const vocabulary = VOCABULARY[language];
  if (off.name) return off.name;
  if (off.kind === 'public' || off.kind === 'remembrance')
    return vocabulary.publicHoliday[off.id as keyof typeof vocabulary.publicHoliday] ?? off.id;
  if (off.kind === 'school' && off.id) return capital(vocabulary.schoolHoliday[off.id as keyof typeof vocabulary.schoolHoliday] ?? off.id);
  return '';
}
