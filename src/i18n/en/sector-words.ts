// How an organisation of each sector names its learners and its leadership, for the findings
// that speak of them: a hogeschool has students, a primary school pupils and a school leadership.
const LEARNERS: Record<string, string> = {
  po: 'pupils',
  vo: 'pupils',
  mbo: 'students',
  hbo: 'students',
  wo: 'students',
  'adult-education': 'learners',
};
const LEADERSHIP: Record<string, string> = {
  po: 'the school’s leadership',
  vo: 'the school’s leadership',
};

/** "pupils", "students", "learners": those an organisation of `sector` teaches. */
export const learners = (sector: string | undefined): string => LEARNERS[sector ?? ''] ?? 'participants';
/** Who leads an organisation of `sector`, after "the board or". */
export const leadership = (sector: string | undefined): string => LEADERSHIP[sector ?? ''] ?? 'the management';
