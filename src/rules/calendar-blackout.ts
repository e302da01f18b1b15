import { defineRule } from './types.js';
import { items, pointer } from './util.js';
import { daysOff } from '../core/holidays.js';

export default defineRule({
  id: 'calendar-blackout',
  severity: 'warning',
  options: {},
  docs: {
    example:
      'version: 1\ncalendar:\n  blackout:\n    - {from: 2027-07-17, to: 2027-08-29, reason: Zomervakantie}\n  items:\n    - {date: 2027-07-20, title: Uitslagen, channel: instagram}\n',
  },
  check({ strategy, report }) {
    const keyDates = items(strategy.calendar?.key_dates);
    // A period that ends before it starts blocks nothing: say so instead of planning posts in it.
    for (const [index, period] of items(strategy.calendar?.blackout)) {
      if (period.to < period.from)
        report({
          pointer: pointer('calendar', 'blackout', index, 'to'),
          messageId: 'reversed',
          data: { from: period.from, to: period.to },
        });
    }
    for (const [index, day] of items(strategy.calendar?.holidays?.local)) {
      if (day.to < day.from)
        report({
          pointer: pointer('calendar', 'holidays', 'local', index, 'to'),
          messageId: 'reversed',
          data: { from: day.from, to: day.to },
        });
    }
    // Sorted by start, so each item is placed with a binary search: linear in items. ISO dates
    // sort as plain strings (localeCompare would load ICU's collator: milliseconds at start-up).
    const blackouts = items(strategy.calendar?.blackout)
      .map(([, period]) => period)
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    const latestEnd: string[] = [];
    for (const period of blackouts)
      latestEnd.push(latestEnd.length > 0 && latestEnd[latestEnd.length - 1]! > period.to ? latestEnd[latestEnd.length - 1]! : period.to);
    for (const [index, item] of items(strategy.calendar?.items)) {
      if (item.status === 'cancelled') continue;
      const hit = blackouts.length > 0 ? containing(blackouts, latestEnd, item.date) : undefined;
      if (hit)
        report({
          pointer: pointer('calendar', 'items', index, 'date'),
          messageId: 'inside',
          data: { date: item.date, ...(hit.reason ? { reason: hit.reason } : {}) },
        });
    }
    // Items on a holiday the calendar skips, by the holiday's name.
    const period = strategy.period;
    const dated = items(strategy.calendar?.items).filter(([, item]) => item.status !== 'cancelled');
    if (dated.length > 0) {
      const dates = dated.map(([, item]) => item.date).sort();
      const from = period && period.start < dates[0]! ? period.start : dates[0]!;
      const to = dates[dates.length - 1]!;
      const offs = daysOff(strategy, from, to);
      const holidays = offs.filter((off) => off.skip && off.kind !== 'blackout');
      const remembrance = new Set(offs.filter((off) => off.kind === 'remembrance').map((off) => off.from));
      for (const [index, item] of dated) {
        if (blackouts.length > 0 && containing(blackouts, latestEnd, item.date)) continue;
        const hits = holidays.filter((off) => off.from <= item.date && off.to >= item.date);
        // King's Day in the May holiday is named as King's Day.
        const hit = hits.find((off) => off.kind === 'public') ?? hits[0];
        if (hit)
          report({
            pointer: pointer('calendar', 'items', index, 'date'),
            messageId: 'holiday',
            data: { date: item.date, kind: hit.kind, id: hit.id, name: hit.name },
          });
        else if (remembrance.has(item.date) && item.time && item.time >= '18:00')
          report({
            pointer: pointer('calendar', 'items', index, 'time'),
            messageId: 'remembrance',
            data: { date: item.date, time: item.time },
          });
      }
    }
    if (blackouts.length === 0) return;
    for (const [index, keyDate] of keyDates) {
      const hit = containing(blackouts, latestEnd, keyDate.date);
      if (hit)
        report({
          pointer: pointer('calendar', 'key_dates', index, 'date'),
          messageId: 'key-date-inside',
          data: { date: keyDate.date, title: keyDate.title, ...(hit.reason ? { reason: hit.reason } : {}) },
        });
    }
  },
});

/** The blackout period containing `date`, if any. */
function containing<T extends { from: string; to: string }>(
  sorted: readonly T[],
  latestEnd: readonly string[],
  date: string,
): T | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.from <= date) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Periods starting on or before `date`; the latest end among them says whether one covers it.
  if (last < 0 || latestEnd[last]! < date) return undefined;
  for (let i = last; i >= 0; i--) if (sorted[i]!.to >= date) return sorted[i];
  return undefined;
}
