// The period of the strategy runs forward: a last day before the first leaves no time for
// goals, posts or a calendar.
import { defineRule, message } from './types.js';
import { pointer } from './util.js';

export default defineRule({
  id: 'period-order',
  severity: 'error',
  options: {},
  description: {
    en: 'The period ends after it starts.',
    nl: 'De periode eindigt na de eerste dag.',
  },
  docs: {
    rationale: {
      en: 'The strategy’s `period` runs from `start` to `end`. A period that ends before it starts leaves no time for the goals, and the calendar stays empty.',
      nl: 'De periode van de strategie (`period`) loopt van `start` tot en met `end`. Een periode die eindigt voordat ze begint, laat geen tijd voor de doelen, en de kalender blijft leeg.',
    },
    example: 'version: 1\nperiod:\n  start: 2026-09-01\n  end: 2026-08-01\n',
  },
  messages: {
    reversed: message<{ start: string; end: string }>(
      (p, w) =>
        `The period ends (${w.date(p.end)}) before it starts (${w.date(p.start)}). Check the two dates: a school year runs from August or September to July.`,
      (p, w) =>
        `De periode eindigt (${w.date(p.end)}) voordat ze begint (${w.date(p.start)}). Controleer de twee datums: een schooljaar loopt van augustus of september tot en met juli.`,
    ),
  },
  check({ strategy, report }) {
    const period = strategy.period;
    if (period && period.end < period.start)
      report({ pointer: pointer('period', 'end'), messageId: 'reversed', data: { start: period.start, end: period.end } });
  },
});
