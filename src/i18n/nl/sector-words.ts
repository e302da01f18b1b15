// Hoe een organisatie van elke sector haar lerenden en haar leiding noemt, voor de meldingen
// die over hen gaan: een hogeschool heeft studenten, een basisschool leerlingen en een schoolleiding.
const LEARNERS: Record<string, string> = {
  po: 'leerlingen',
  vo: 'leerlingen',
  mbo: 'studenten',
  hbo: 'studenten',
  wo: 'studenten',
  'adult-education': 'cursisten',
};
const LEADERSHIP: Record<string, string> = {
  po: 'de schoolleiding',
  vo: 'de schoolleiding',
};

export const learners = (sector: string | undefined): string => LEARNERS[sector ?? ''] ?? 'deelnemers';
export const leadership = (sector: string | undefined): string => LEADERSHIP[sector ?? ''] ?? 'de directie';
