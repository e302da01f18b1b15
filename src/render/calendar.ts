// The content calendar in the reader's language: the core plans the entries, this names the
// days off (Koningsdag, Herfstvakantie) the way the reader knows them.
import { buildCalendar as plannedEntries } from '../core/calendar.js';
import type { CalendarEntry, CalendarFilter } from '../core/calendar.js';
import type { Language, Strategy } from '../model/strategy.js';
import { dayOffName } from './day-off-names.js';

export type { CalendarEntry, CalendarFilter, EntryKind } from '../core/calendar.js';
export { uidDomain } from '../core/calendar.js';

export function buildCalendar(strategy: Strategy, filter: CalendarFilter = {}, language: Language = 'nl'): CalendarEntry[] {
  return plannedEntries(strategy, filter, (off) => dayOffName(off, language));
}
