import { defineRule, message } from './types.js';
import { items, pointer } from './util.js';

export default defineRule({
  id: 'calendar-in-period',
  severity: 'error',
  options: {},
  description: {
    en: 'Calendar items and key dates fall inside the period, and every calendar item names its channel.',
    nl: 'Kalenderitems en belangrijke datums vallen binnen de periode, en bij elk kalenderitem staat het kanaal.',
  },
  docs: {
    rationale: {
      en: 'Calendar items and key dates fall inside the strategy `period`, and every calendar item names the `channel` it is posted on. (Whether that channel exists is checked by `references`.)',
      nl: 'Kalenderitems en belangrijke datums vallen binnen de periode van de strategie (`period`), en bij elk kalenderitem staat op welk kanaal het verschijnt (`channel`). (Of dat kanaal bestaat, toetst `references`.)',
    },
    example:
      'version: 1\nperiod: {start: 2026-08-01, end: 2027-07-31}\ncalendar:\n  key_dates:\n    - {date: 2027-09-15, title: Open dag}\n',
  },
  messages: {
    'duplicate-id': message<{ id: string }>(
      (p, w) => `The id ${w.quote(p.id)} is given twice in the calendar: calendar apps would mix up the two events. Give each its own id.`,
      (p, w) =>
        `Het kenmerk ${w.quote(p.id)} staat twee keer in de kalender: agenda-apps halen de twee afspraken dan door elkaar. Geef elk een eigen kenmerk.`,
    ),
    outside: message<{ date: string; start: string; end: string }>(
      (p, w) => `The date ${w.date(p.date)} lies outside the strategy period (${w.date(p.start)} to ${w.date(p.end)}).`,
      (p, w) => `De datum ${w.date(p.date)} valt buiten de periode van de strategie (${w.date(p.start)} tot en met ${w.date(p.end)}).`,
    ),
    'no-channel': message<{ title: string }>(
      (p, w) => `Calendar item ${w.quote(p.title)} names no channel; fill in the channel it is posted on.`,
      (p, w) => `Bij kalenderitem ${w.quote(p.title)} staat geen kanaal; vul in op welk kanaal het verschijnt.`,
    ),
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
