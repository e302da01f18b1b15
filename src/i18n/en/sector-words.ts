// How an organisation of each sector names its learners and its leadership, for the findings
// that speak of them: a hogeschool has students, a primary school pupils and a school leadership.
import { lexicon } from './lexicon.js';

const LEADERSHIP: Record<string, string> = {
  po: 'the school’s leadership',
  vo: 'the school’s leadership',
};

const BOARD: Record<string, string> = {
  po: 'the school board',
  vo: 'the school board',
  mbo: 'the executive board',
  hbo: 'the executive board',
  wo: 'the executive board',
};

/** The board an organisation of `sector` answers to: a school board, an executive board. */
export const board = (sector: string | undefined): string => BOARD[sector ?? ''] ?? 'the board';
/** Whom a team asks for advice: the school board, or the institution's own central office. */
export const adviser = (sector: string | undefined): string =>
  sector === 'po' || sector === 'vo'
    ? 'an adviser of the school board'
    : sector === 'mbo' || sector === 'hbo' || sector === 'wo'
      ? 'the central communications office'
      : 'an adviser of the board';
/** "pupils", "students", "learners": those an organisation of `sector` teaches. */
export const learners = (sector: string | undefined): string =>
  (lexicon.vocabulary.learners as Record<string, string>)[sector ?? ''] ?? lexicon.vocabulary.learners.other;
/** Who leads an organisation of `sector`, after "the board or". */
export const leadership = (sector: string | undefined): string => LEADERSHIP[sector ?? ''] ?? 'the management';
