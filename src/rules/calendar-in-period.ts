import { defineRule } from './types.js';
import { items, pointer } from './util.js';

export default defineRule({
  id: 'calendar-in-period',
  severity: 'error',
  options: {},
  check({ strategy, t, report }) {
    const period = strategy.period;
    const dated = [
      ...items(strategy.calendar?.items).map(([index, item]) => ({ date: item.date, path: ['calendar', 'items', index] as const })),
      ...items(strategy.calendar?.key_dates).map(([index, date]) => ({ date: date.date, path: ['calendar', 'key_dates', index] as const })),
    ];
    if (period) {
      for (const { date, path } of dated) {
        if (date >= period.start && date <= period.end) continue;
        report({ pointer: pointer(...path, 'date'), message: t('calendar-in-period.outside', { date, start: period.start, end: period.end }) });
      }
    }
    for (const [index, item] of items(strategy.calendar?.items)) {
      if (!item.channel) report({ pointer: pointer('calendar', 'items', index), message: t('calendar-in-period.no-channel', { title: item.title }) });
    }
  },
});
