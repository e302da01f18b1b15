// Keep course: from the measurements so far, a straight line to the deadline says whether a
// goal will be reached, in time to adjust when it will not.
import { defineRule, message } from './types.js';
import { entries, items, pointer } from './util.js';
import { targetOf } from './goal-target.js';
import type { Strategy } from '../model/strategy.js';

const DAY = 86_400_000;

export interface Forecast {
  /** The value the line reaches at the deadline. */
  value: number;
  target: number;
  points: number;
  increase: boolean;
}

/**
 * A linear forecast (least squares) of a goal at its deadline from its KPIs' measurements up
 * to `today`, with the baseline at the start of the period (a total starts at zero). Null
 * without a target, a deadline or two points.
 */
export function forecast(strategy: Strategy, goalId: string, today: string): Forecast | null {
  const goal = strategy.goals?.[goalId];
  const period = strategy.period;
  const target = goal ? targetOf(goal) : undefined;
  if (!goal || !period || target === undefined || !goal.deadline) return null;
  const kpis = new Set(entries(strategy.control?.kpis).filter(([, kpi]) => kpi.goal === goalId).map(([id]) => id));
  const points: [number, number][] = [];
  const start = goal.kind === 'total' ? 0 : goal.baseline;
  if (start !== undefined) points.push([Date.parse(period.start) / DAY, start]);
  for (const [, measurement] of items(strategy.control?.measurements)) {
    if (kpis.has(measurement.kpi) && measurement.date <= today && measurement.date >= period.start) points.push([Date.parse(measurement.date) / DAY, measurement.value]);
  }
  if (points.length < 2) return null;
  const n = points.length;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  const sxx = points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  if (sxx === 0) return null;
  const slope = points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0) / sxx;
  const value = meanY + slope * (Date.parse(goal.deadline) / DAY - meanX);
  const from = goal.baseline ?? start ?? 0;
  const increase = goal.direction ? goal.direction === 'increase' : target >= from;
  return { value, target, points: n, increase };
}

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
      en: 'Keep course: measure, evaluate, and adjust when behind. Once two thirds (`min_elapsed`) of the time to a goal’s deadline have passed (earlier, seasonal figures such as applications mislead), the rule draws a straight line through the baseline at the start of the period (zero for a total counted within the period) and the KPIs’ measurements so far, and warns when that line misses the target at the deadline by more than 10% of the way (`tolerance`): far behind, not a little. The forecast is linear: a simple first signal, not a prediction.',
      nl: 'Koers houden: meten, evalueren en bijsturen als je achterloopt. Zodra twee derde (`min_elapsed`) van de tijd tot de deadline van een doel voorbij is (eerder misleiden seizoenscijfers zoals aanmeldingen), trekt de regel een rechte lijn door de nulmeting aan het begin van de periode (nul bij een totaal dat binnen de periode wordt geteld) en de metingen van de KPI’s tot nu toe, en waarschuwt als die lijn de streefwaarde op de deadline met meer dan 10% van de afstand mist (`tolerance`): ver achter, niet een beetje. De voorspelling is een rechte lijn: een eerste signaal, geen belofte.',
    },
    sources: ['social', 'epale'],
    example:
      'version: 1\nperiod: {start: 2026-08-01, end: 2027-07-31}\ngoals:\n  meer-volgers: {statement: Meer volgers, baseline: 1000, target: 1600, deadline: 2027-07-01}\ncontrol:\n  kpis:\n    volgers: {goal: meer-volgers, frequency: monthly}\n  measurements:\n    - {kpi: volgers, date: 2026-11-01, value: 1050}\n    - {kpi: volgers, date: 2026-12-01, value: 1070}\n',
  },
  messages: {
    behind: message<{ goal: string; forecast: number; target: number; deadline: string; short: number; points: number }>(
      (p, w) => `At the pace so far (a straight line through ${w.count(p.points, 'measurement')}), goal ${w.quote(p.goal)} reaches about ${w.number(p.forecast)} by ${w.date(p.deadline)}, while its target is ${w.number(p.target)}: about ${w.number(p.short)} behind. Adjust course now: more effort, another approach, or a target that is realistic.`,
      (p, w) => `In het tempo tot nu toe (een rechte lijn door ${w.count(p.points, 'measurement')}) komt doel ${w.quote(p.goal)} op ${w.date(p.deadline)} uit op ongeveer ${w.number(p.forecast)}, terwijl de streefwaarde ${w.number(p.target)} is: een achterstand van ongeveer ${w.number(p.short)}. Stuur nu bij: meer inzet, een andere aanpak of een haalbare streefwaarde.`,
    ),
  },
  check({ strategy, today, options, report }) {
    const period = strategy.period;
    if (!today || !period) return;
    for (const [id, goal] of entries(strategy.goals)) {
      if (!goal.deadline || today >= goal.deadline || today < period.start) continue;
      const elapsed = (Date.parse(today) - Date.parse(period.start)) / (Date.parse(goal.deadline) - Date.parse(period.start));
      if (!(elapsed >= options.min_elapsed)) continue;
      const result = forecast(strategy, id, today);
      if (!result) continue;
      const from = goal.kind === 'total' ? 0 : (goal.baseline ?? 0);
      const way = Math.abs(result.target - from) || Math.abs(result.target) || 1;
      const short = result.increase ? result.target - result.value : result.value - result.target;
      if (short <= options.tolerance * way) continue;
      // A forecast is rough: whole numbers from a hundred up, one decimal below.
      const round = (value: number): number => (Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 10) / 10);
      report({
        pointer: pointer('goals', id, goal.target !== undefined ? 'target' : 'target_change'),
        messageId: 'behind',
        data: { goal: id, forecast: round(result.value), target: round(result.target), deadline: goal.deadline, short: round(short), points: result.points },
      });
    }
  },
});
