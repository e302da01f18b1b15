// Hoe een organisatie van elke sector haar lerenden en haar leiding noemt, voor de meldingen
// die over hen gaan: een hogeschool heeft studenten, een basisschool leerlingen en een schoolleiding.
import { lexicon } from './lexicon.js';

const LEADERSHIP: Record<string, string> = {
  po: 'de schoolleiding',
  vo: 'de schoolleiding',
};

const BOARD: Record<string, string> = {
  po: 'het schoolbestuur',
  vo: 'het schoolbestuur',
  mbo: 'het college van bestuur',
  hbo: 'het college van bestuur',
  wo: 'het college van bestuur',
};

export const board = (sector: string | undefined): string => BOARD[sector ?? ''] ?? 'het bestuur';
/** Wie een team van buiten om raad vraagt: het schoolbestuur, of de eigen centrale dienst. */
export const adviser = (sector: string | undefined): string =>
  sector === 'po' || sector === 'vo'
    ? 'een adviseur van het schoolbestuur'
    : sector === 'mbo' || sector === 'hbo' || sector === 'wo'
      ? 'de centrale afdeling communicatie'
      : 'een adviseur van het bestuur';
export const learners = (sector: string | undefined): string =>
  (lexicon.vocabulary.learners as Record<string, string>)[sector ?? ''] ?? lexicon.vocabulary.learners.other;
export const leadership = (sector: string | undefined): string => LEADERSHIP[sector ?? ''] ?? 'de directie';
