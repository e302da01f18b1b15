import { defineRule } from './types.js';
import { items, pointer } from './util.js';

export default defineRule({
  id: 'calendar-in-period',
  severity: 'error',
  options: {},
  docs: {
    example:
      'version: 1\nperiod: {start: 2026-08-01, end: 2027-07-31}\ncalendar:\n  key_dates:\n    - {date: 2027-09-15, title: Open dag}\n',
  },
  check({ strategy, report }) {
    // An item's or key date's id names its calendar event: it must be one of a kind.
    const seen = new Set<string>();
    for (const [list, entries] of [
      ['items', strategy.calendar?.items ?? []],
      ['key_dates', strategy.calendar?.key_dates ?? []],
    ] as const) {
      for (const [index, entry] of entries.entries()) {
        const id = entry?.id;
        if (!id) continue;
        const key = `${list === 'items' ? 'item' : 'key'}-${id}`;
        if (seen.has(key)) report({ pointer: pointer('calendar', list, index, 'id'), messageId: 'duplicate-id', data: { id } });
        seen.add(key);
      }
    }
    const period = strategy.period;
    const dated = [
      ...items(strategy.calendar?.items).map(([index, item]) => ({ date: item.date, path: ['calendar', 'items', index] as const })),
      ...items(strategy.calendar?.key_dates).map(([index, date]) => ({ date: date.date, path: ['calendar', 'key_dates', index] as const })),
    ];
    if (period) {
      for (const { date, path } of dated) {
        if (date >= period.start && date <= period.end) continue;
        report({ pointer: pointer(...path, 'date'), messageId: 'outside', data: { date, start: period.start, end: period.end } });
      }
    }
    for (const [index, item] of items(strategy.calendar?.items)) {
      if (!item.channel) report({ pointer: pointer('calendar', 'items', index), messageId: 'no-channel', data: { title: item.title } });
    }
  },
});
