// Evaluate and follow up: a strategy is reviewed with the team as often as its results are
// reported, and no more often than once a quarter. Needs the day of the check.
import { defineRule, message } from './types.js';
import { items, pointer } from './util.js';
import type { Frequency } from '../model/strategy.js';
import { addDays, daysBetween as days, FREQUENCIES as ORDER, INTERVAL } from '../core/intervals.js';

/** A review of a quarter or a year is held within a month of its end. */
const graceOf = (cadence: Frequency): number => Math.max(INTERVAL[cadence].grace, cadence === 'quarterly' || cadence === 'yearly' ? 31 : 0);

export default defineRule({
  id: 'review-due',
  severity: 'warning',
  options: { min_interval: 'quarterly' as Frequency },
  description: {
    en: 'The strategy is reviewed (rose, thorn, bud and decisions in `reviews`) as often as results are reported, at least once a quarter.',
    nl: 'De strategie wordt geëvalueerd (roos, doorn, knop en besluiten in `reviews`) zo vaak als de resultaten worden gerapporteerd, minstens eens per kwartaal.',
  },
  docs: {
    rationale: {
      en: 'Measuring is only half of control: results are evaluated with the team and followed up, and the course is adjusted when a goal is behind. The rule takes the reporting cadence (`control.reporting.cadence`), but no more often than once a quarter (`min_interval`), and warns when the latest review in `reviews` (or the start of the period, when there is none) is longer ago than that plus a grace of a month. `strategy review` writes the report to discuss; `strategy init --block review` records the debrief.',
      nl: 'Meten is maar de helft van bijsturen: de resultaten worden met het team geëvalueerd en opgevolgd, en de koers wordt aangepast als een doel achterloopt. De regel neemt de rapportagefrequentie (`control.reporting.cadence`), maar niet vaker dan eens per kwartaal (`min_interval`), en waarschuwt als de laatste evaluatie in `reviews` (of het begin van de periode, als er nog geen is) langer geleden is dan dat plus een maand speling. `strategy review` schrijft het verslag om te bespreken; `strategy init --block review` legt de evaluatie vast.',
    },
    example:
      'version: 1\nperiod: {start: 2026-01-01, end: 2026-12-31}\ncontrol:\n  reporting: {cadence: monthly, audience: de directie}\nreviews:\n  - {date: 2026-01-10, period: 2025-Q4, rose: Veel reacties op de open dag.}\n',
    sources: ['epale', 'social'],
  },
  messages: {
    late: message<{ last: string; period: string; due: string; cadence: Frequency }>(
      (p, w) =>
        `The last review (of ${p.period}) was held on ${w.date(p.last)}; with results reported ${w.value('frequency', p.cadence)}, the next was due by ${w.date(p.due)}. Run strategy review, discuss it with the team and record the debrief with strategy init --block review.`,
      (p, w) =>
        `De laatste evaluatie (over ${p.period}) was op ${w.date(p.last)}; met een ${w.value('frequency', p.cadence).replace(/^elk /, '')} verslag was de volgende uiterlijk ${w.date(p.due)} nodig. Maak het verslag met strategy review, bespreek het met het team en leg de evaluatie vast met strategy init --block review.`,
    ),
    none: message<{ start: string; due: string; cadence: Frequency }>(
      (p, w) =>
        `No review recorded since the period started on ${w.date(p.start)}; with results reported ${w.value('frequency', p.cadence)}, the first was due by ${w.date(p.due)}. Run strategy review, discuss it with the team and record the debrief with strategy init --block review.`,
      (p, w) =>
        `Sinds de periode op ${w.date(p.start)} begon, is er geen evaluatie vastgelegd; met een ${w.value('frequency', p.cadence).replace(/^elk /, '')} verslag was de eerste uiterlijk ${w.date(p.due)} nodig. Maak het verslag met strategy review, bespreek het met het team en leg de evaluatie vast met strategy init --block review.`,
    ),
  },
  check({ strategy, today, options, report }) {
    const period = strategy.period;
    const reported = strategy.control?.reporting?.cadence;
    if (!today || !period || !reported || today < period.start || period.start > period.end) return;
    const floor = ORDER.includes(options.min_interval) ? options.min_interval : 'quarterly';
    const cadence = ORDER.indexOf(reported) >= ORDER.indexOf(floor) ? reported : floor;
    const interval = INTERVAL[cadence].days;
    const grace = graceOf(cadence);
    // A review after the period's end still counts; none is due long after it.
    const lastDue = addDays(period.end, interval);
    const until = today < lastDue ? today : lastDue;
    let latest: { date: string; period: string; index: number } | undefined;
    for (const [index, review] of items(strategy.reviews)) {
      if (review.date > until) continue;
      if (!latest || review.date > latest.date) latest = { date: review.date, period: review.period, index };
    }
    const from = latest && latest.date > period.start ? latest.date : period.start;
    const due = addDays(from, interval + grace);
    if (days(due, until) <= 0) return;
    if (latest)
      report({
        pointer: pointer('reviews', latest.index, 'date'),
        messageId: 'late',
        data: { last: latest.date, period: latest.period, due, cadence: reported },
      });
    else
      report({
        pointer: pointer('control', 'reporting', 'cadence'),
        messageId: 'none',
        data: { start: period.start, due, cadence: reported },
      });
  },
});
