// Keep course: a KPI is measured as often as it says, so that the strategy can be adjusted in
// time. Needs the day of the check.
import { defineRule, message } from './types.js';
import { entries, items, pointer } from './util.js';
import type { Frequency } from '../model/strategy.js';
import { addDays, daysBetween as days, INTERVAL, nextMeasurement } from '../core/intervals.js';

export default defineRule({
  id: 'measurements-current',
  severity: 'warning',
  options: {},
  description: {
    en: 'Each KPI has a measurement as recent as its frequency says.',
    nl: 'Elke KPI heeft een meting die zo recent is als de meetfrequentie zegt.',
  },
  docs: {
    rationale: {
      en: 'Results are measured, evaluated and followed up: only a strategy that is measured can keep course and adjust in time. For each KPI with a `frequency`, the rule looks at its latest measurement in `control.measurements` on the day of the check (`strategy check --date` sets another day) and warns when the next one is overdue: a month and a week for a monthly KPI, and so on. Before the period starts nothing is due.',
      nl: 'Resultaten worden gemeten, geëvalueerd en opgevolgd: alleen een strategie die gemeten wordt, kan koers houden en op tijd bijsturen. Voor elke KPI met een meetfrequentie (`frequency`) kijkt de regel naar de laatste meting in `control.measurements` op de dag van de controle (`strategy check --date` kiest een andere dag) en waarschuwt als de volgende te laat is: een maand en een week bij een maandelijkse KPI, enzovoort. Voordat de periode begint, is er niets te laat.',
    },
    example:
      'version: 1\nperiod: {start: 2026-08-01, end: 2027-07-31}\ncontrol:\n  kpis:\n    volgers: {goal: meer-volgers, metric: volgers op Instagram, frequency: monthly}\n  measurements:\n    - {kpi: volgers, date: 2026-08-01, value: 1200}\n',
    sources: ['epale', 'social'],
  },
  messages: {
    late: message<{ kpi: string; frequency: Frequency; last: string; due: string; overdue: number }>(
      (p, w) =>
        `KPI ${w.quote(p.kpi)} is measured ${w.value('frequency', p.frequency)}, but was last measured on ${w.date(p.last)}: the next measurement was due on ${w.date(p.due)}, ${w.count(p.overdue, 'day')} ago. Add the measurements since, so you can adjust course in time.`,
      (p, w) =>
        `De KPI ${w.quote(p.kpi)} moet ${w.value('frequency', p.frequency)} gemeten worden, maar de laatste meting is van ${w.date(p.last)}. De volgende was op ${w.date(p.due)} nodig, ${w.count(p.overdue, 'day')} geleden. Vul de metingen sindsdien aan, zodat je op tijd kunt bijsturen.`,
    ),
    none: message<{ kpi: string; frequency: Frequency; start: string; overdue: number }>(
      (p, w) =>
        `KPI ${w.quote(p.kpi)} is measured ${w.value('frequency', p.frequency)}, but has no measurement since the period started on ${w.date(p.start)}; the first is ${w.count(p.overdue, 'day')} overdue.`,
      (p, w) =>
        `De KPI ${w.quote(p.kpi)} moet ${w.value('frequency', p.frequency)} gemeten worden, maar sinds de periode op ${w.date(p.start)} begon, is er nog geen meting ingevuld; de eerste is ${w.count(p.overdue, 'day')} te laat.`,
    ),
  },
  check({ strategy, today, report }) {
    const period = strategy.period;
    if (!today || !period || today < period.start || period.start > period.end) return;
    const until = today < period.end ? today : period.end;
    const latest = new Map<string, string>();
    for (const [, measurement] of items(strategy.control?.measurements)) {
      if (measurement.date > until) continue;
      const before = latest.get(measurement.kpi);
      if (!before || measurement.date > before) latest.set(measurement.kpi, measurement.date);
    }
    for (const [id, kpi] of entries(strategy.control?.kpis)) {
      if (!kpi.frequency) continue;
      const { days: interval, grace } = INTERVAL[kpi.frequency];
      const name = kpi.metric ?? id;
      const last = latest.get(id);
      if (!last || last < period.start) {
        const due = addDays(period.start, interval);
        const late = days(due, until);
        if (late > grace)
          report({
            pointer: pointer('control', 'kpis', id),
            at: 'key',
            messageId: 'none',
            data: { kpi: name, frequency: kpi.frequency, start: period.start, overdue: late },
          });
        continue;
      }
      const next = nextMeasurement(kpi.frequency, last, until);
      if (next.late)
        report({
          pointer: pointer('control', 'kpis', id, 'frequency'),
          messageId: 'late',
          data: { kpi: name, frequency: kpi.frequency, last, due: next.due, overdue: next.overdue },
        });
    }
  },
});
