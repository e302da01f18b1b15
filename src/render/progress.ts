// How far a goal is, told honestly: a level or a rate from its baseline towards its target, a
// total counted within the period from zero, each against the share of the time gone by at
// its latest measurement, so the board reads "op koers", "achter" or "voor" and a forecast.
// Measured from the file alone (the latest measurement, not today), so a render stays the same.
import type { Goal, Strategy } from '../model/strategy.js';
import { targetOf } from '../rules/goal-target.js';
import { forecast } from '../rules/on-course.js';

export type Course = 'on-track' | 'behind' | 'ahead';

export interface Progress {
  /** Where the goal starts: the baseline, or zero for a total within the period. */
  start: number;
  target: number;
  /** The goal's measurements (of all its KPIs), oldest first. */
  series: { date: string; value: number }[];
  latest: { date: string; value: number } | null;
  /** Share of the way from start to target covered by the latest measurement (0–1 and beyond). */
  share: number | null;
  /** Share of the time from the period's start to the deadline gone by at the latest measurement. */
  elapsed: number | null;
  course: Course | null;
  /** The linear forecast at the deadline from the measurements so far. */
  forecast: number | null;
}

/** A short name for a goal: its own, else its metric, else the first words of its statement. */
export function goalDisplayName(goal: Goal): string {
  if (goal.name?.trim()) return goal.name.trim();
  if (goal.metric?.trim()) return goal.metric.trim();
  const clause = goal.statement.split(/[,:;.]\s/)[0]!.trim().replace(/[.!?]+$/, '');
  const words = clause.split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : clause;
}

/** The margin around the expected share within which a goal is on track. */
const MARGIN = 0.1;

export function progressOf(strategy: Strategy, id: string): Progress | null {
  const goal = strategy.goals?.[id];
  const exact = goal ? targetOf(goal) : undefined;
  if (!goal || exact === undefined) return null;
  const target = Math.round(exact * 100) / 100;
  const start = goal.kind === 'total' ? 0 : (goal.baseline ?? 0);
  const kpis = new Set(Object.entries(strategy.control?.kpis ?? {}).filter(([, kpi]) => kpi?.goal === id).map(([kpi]) => kpi));
  const series = (strategy.control?.measurements ?? [])
    .filter((m): m is NonNullable<typeof m> => Boolean(m) && kpis.has(m!.kpi))
    .map((m) => ({ date: m.date, value: m.value }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const last = series[series.length - 1];
  const latest = last ? { date: last.date, value: last.value } : null;
  const share = latest && target !== start ? (latest.value - start) / (target - start) : null;
  const period = strategy.period;
  const elapsed =
    latest && period && goal.deadline && goal.deadline > period.start
      ? Math.max(0, Math.min(1, (Date.parse(latest.date) - Date.parse(period.start)) / (Date.parse(goal.deadline) - Date.parse(period.start))))
      : null;
  const course: Course | null = share === null || elapsed === null ? null : share >= elapsed + MARGIN ? 'ahead' : share < elapsed - MARGIN ? 'behind' : 'on-track';
  const predicted = latest ? forecast(strategy, id, latest.date) : null;
  return { start, target, series, latest, share, elapsed, course, forecast: predicted ? predicted.value : null };
}
