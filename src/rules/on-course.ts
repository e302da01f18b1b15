// Keep course: from the measurements so far, a straight line to the deadline says whether a
// goal will be reached, in time to adjust when it will not.
import { defineRule, message } from './types.js';
import { entries, pointer } from './util.js';
import { assessGoal } from '../core/measures/assess.js';

export default defineRule({
  id: 'on-course',
  severity: 'warning',
  options: { min_elapsed: 0.67, tolerance: 0.1 },
  description: {
    en: 'At the pace of the measurements so far, each goal reaches its target by its deadline.',
    nl: 'In het tempo van de metingen tot nu toe haalt elk doel zijn streefwaarde op de deadline.',
  },
  docs: {
    rationale: {
      en: 'Keep course: measure, evaluate, and adjust when behind. Once two thirds (`min_elapsed`) of the time to a goal’s deadline have passed (earlier, seasonal figures such as applications mislead), the rule draws a straight line through the baseline at the start of the period (zero for a total counted within the period) and the figures so far of the KPI that measures the goal, and warns when that line misses the target at the deadline by more than 10% of the way (`tolerance`): far behind, not a little. The forecast is linear: a simple first signal, not a prediction.',
      nl: 'Koers houden: meten, evalueren en bijsturen als je achterloopt. Zodra twee derde (`min_elapsed`) van de tijd tot de deadline van een doel voorbij is (eerder misleiden seizoenscijfers zoals aanmeldingen), trekt de regel een rechte lijn door de nulmeting aan het begin van de periode (nul bij een totaal dat binnen de periode wordt geteld) en de metingen tot nu toe van de KPI die het doel meet, en waarschuwt als die lijn de streefwaarde op de deadline met meer dan 10% van de afstand mist (`tolerance`): ver achter, niet een beetje. De voorspelling is een rechte lijn: een eerste signaal, geen belofte.',
    },
    sources: ['social', 'epale'],
    example:
      'version: 1\nperiod: {start: 2026-08-01, end: 2027-07-31}\ngoals:\n  meer-volgers: {statement: Meer volgers, baseline: 1000, target: 1600, deadline: 2027-07-01}\ncontrol:\n  kpis:\n    volgers: {goal: meer-volgers, frequency: monthly}\n  measurements:\n    - {kpi: volgers, date: 2026-11-01, value: 1050}\n    - {kpi: volgers, date: 2026-12-01, value: 1070}\n',
  },
  messages: {
    behind: message<{ goal: string; forecast: number; target: number; deadline: string; short: number; points: number }>(
      (p, w) =>
        `At the pace so far (the straight line that best fits ${w.count(p.points, 'reading')}), goal ${w.quote(p.goal)} reaches about ${w.number(p.forecast)} by ${w.date(p.deadline)}, while its target is ${w.number(p.target)}: about ${w.number(p.short)} behind. Adjust course now: more effort, another approach, or a target that is realistic.`,
      (p, w) =>
        `In het tempo tot nu toe (de rechte lijn die het best past bij ${w.count(p.points, 'reading')}) komt doel ${w.quote(p.goal)} op ${w.date(p.deadline)} uit op ongeveer ${w.number(p.forecast)}, terwijl de streefwaarde ${w.number(p.target)} is: een achterstand van ongeveer ${w.number(p.short)}. Stuur nu bij: meer inzet, een andere aanpak of een haalbare streefwaarde.`,
    ),
  },
  check({ strategy, today, options, report }) {
    const period = strategy.period;
    if (!today || !period) return;
    for (const [id, goal] of entries(strategy.goals)) {
      if (!goal.deadline || today >= goal.deadline || today < period.start) continue;
      const measure = assessGoal(strategy, id, today);
      if (measure?.status.kind !== 'behind' || measure.elapsed === null || measure.elapsed < options.min_elapsed) continue;
      const { forecast } = measure.status;
      const way = Math.abs(measure.target! - (measure.start ?? 0)) || Math.abs(measure.target!) || 1;
      if (forecast.shortfall <= options.tolerance * way) continue;
      report({
        pointer: pointer('goals', id, goal.target !== undefined ? 'target' : 'target_change'),
        messageId: 'behind',
        data: {
          goal: id,
          forecast: forecast.value,
          target: measure.target!,
          deadline: goal.deadline,
          short: forecast.shortfall,
          points: forecast.basis.measurements,
        },
      });
    }
  },
});
