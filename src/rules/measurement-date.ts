// A measurement is of a day that has been: one dated after the day of the check, or far from
// the strategy's period (0000-01-01, 9999-12-31), is a typing error that would print as the
// current figure.
import { defineRule, message } from './types.js';
import { items, pointer } from './util.js';
import { addDays } from '../core/intervals.js';

export default defineRule({
  id: 'measurement-date',
  severity: 'error',
  options: { margin_days: 366 },
  description: {
    en: 'Every measurement is dated on a day that has been, near the strategy’s period.',
    nl: 'Elke meting heeft een datum die al geweest is en bij de periode van de strategie hoort.',
  },
  docs: {
    rationale: {
      en: 'Progress and forecasts are drawn from the measurements: a measurement dated after the day of the check (`strategy check --date` or `SOURCE_DATE_EPOCH` sets another day) cannot have been taken yet and would be shown as the current figure. A date more than a year (`margin_days`) before the period starts or after it ends is a typing error; a baseline from before the period belongs in the goal’s `baseline`.',
      nl: 'Voortgang en verwachtingen komen uit de metingen: een meting met een datum na de dag van de controle (`strategy check --date` of `SOURCE_DATE_EPOCH` kiest een andere dag) kan nog niet gedaan zijn en zou als actuele stand worden getoond. Een datum meer dan een jaar (`margin_days`) voor het begin of na het einde van de periode is een tikfout; een beginwaarde van voor de periode hoort in de nulmeting (`baseline`) van het doel.',
    },
    example:
      'version: 1\nperiod: {start: 2026-08-01, end: 2027-07-31}\ncontrol:\n  measurements:\n    - {kpi: volgers, date: 9999-12-31, value: 1200}\n',
    sources: ['epale'],
  },
  messages: {
    future: message<{ date: string; today: string }>(
      (p, w) =>
        `This measurement is dated ${w.date(p.date)}, after the day of the check (${w.date(p.today)}): a figure cannot be measured before its day. Correct the date.`,
      (p, w) =>
        `Deze meting heeft als datum ${w.date(p.date)}, na de dag van de controle (${w.date(p.today)}): een cijfer kan niet gemeten zijn voordat die dag er is. Verbeter de datum.`,
    ),
    'far-outside': message<{ date: string; start: string; end: string }>(
      (p, w) =>
        `This measurement is dated ${w.date(p.date)}, far outside the strategy's period (${w.date(p.start)} to ${w.date(p.end)}). Correct the date; a figure from before the period belongs in the goal's baseline.`,
      (p, w) =>
        `Deze meting heeft als datum ${w.date(p.date)}, ver buiten de periode van de strategie (${w.date(p.start)} tot en met ${w.date(p.end)}). Verbeter de datum; een cijfer van voor de periode hoort in de nulmeting van het doel.`,
    ),
  },
  check({ strategy, today, options, report }) {
    const period = strategy.period;
    for (const [index, m] of items(strategy.control?.measurements)) {
      const at = pointer('control', 'measurements', index, 'date');
      if (today && m.date > today) {
        report({ pointer: at, messageId: 'future', data: { date: m.date, today } });
      } else if (
        period &&
        period.start <= period.end &&
        (m.date < addDays(period.start, -options.margin_days) || m.date > addDays(period.end, options.margin_days))
      ) {
        report({ pointer: at, messageId: 'far-outside', data: { date: m.date, start: period.start, end: period.end } });
      }
    }
  },
});
