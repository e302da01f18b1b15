// What a goal aims at, read from the file alone: its target (absolute or relative to the
// baseline), which way it goes, and the KPI whose figures say how far it is.
import type { Goal, Kpi, Strategy } from '../../model/strategy.js';
import { own } from '../../util/own.js';
import { figureOf, LEVEL_FIGURES, RATE_FIGURES } from '../figures.js';

/** The target a goal aims at: `target`, or the baseline changed by `target_change`. */
export function targetOf(goal: Goal): number | undefined {
  if (goal.target !== undefined) return goal.target;
  const change = goal.target_change;
  if (!change || goal.baseline === undefined) return undefined;
  if (change.percent !== undefined) return goal.baseline * (1 + change.percent / 100);
  return change.amount !== undefined ? goal.baseline + change.amount : undefined;
}

export type GoalKind = 'level' | 'total' | 'rate';
export type KpiKind = 'level' | 'count' | 'rate';

export const goalKind = (goal: Goal): GoalKind => goal.kind ?? 'level';

/** Where a goal starts: the baseline of a level or a rate, zero for a total counted within the period. */
export function startOf(goal: Goal): number | undefined {
  return goalKind(goal) === 'total' ? 0 : goal.baseline;
}

/** Whether the goal raises its metric: as it says, else from where it starts towards its target. */
export function increases(goal: Goal): boolean {
  if (goal.direction) return goal.direction === 'increase';
  // A total counts up from zero, whatever last period's total was.
  if (goalKind(goal) === 'total') return true;
  const target = targetOf(goal);
  const from = goal.baseline;
  return target === undefined || from === undefined || target >= from;
}

/** A unit that is a percentage: "%", "procent", "percent". */
export const isPercent = (unit: string | null | undefined): boolean =>
  ['%', 'procent', 'percent', 'percentage'].includes((unit ?? '').trim().toLocaleLowerCase('nl'));

/** Whether the file settles which KPI measures a goal. */
export const isMeasured = (m: Measuring): m is { kpi: string; explicit: boolean } => !('problem' in m);

/** A short name for a goal: its own, else its metric, else the first words of its statement. */
export function goalDisplayName(goal: Goal): string {
  if (goal.name?.trim()) return goal.name.trim();
  // Made from the metric or the statement, a name starts with a capital as a heading does.
  if (goal.metric?.trim()) return capitalFirst(goal.metric.trim());
  const clause = goal.statement
    .split(/[,:;.]\s/)[0]!
    .trim()
    .replace(/[.!?]+$/, '');
  const words = clause.split(/\s+/);
  return capitalFirst(words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : clause);
}

const capitalFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const FROM_AGGREGATE: Record<string, KpiKind> = { sum: 'count', last: 'level', mean: 'rate' };

/**
 * How `measure import` makes one figure of a period's rows for a KPI: its `import.aggregate`,
 * else what its `kind` says (a level is the last day's, a rate the mean, a count the sum), else
 * what its column's figure is (followers stand on a day; an engagement rate is a mean), else
 * the sum. The measurement model reads a KPI's kind from the same answer.
 */
export function importAggregate(kpi: Kpi): 'sum' | 'last' | 'mean' {
  if (kpi.import?.aggregate) return kpi.import.aggregate;
  if (kpi.kind) return kpi.kind === 'level' ? 'last' : kpi.kind === 'rate' ? 'mean' : 'sum';
  const figure = figureOf(kpi.import?.column ?? '') ?? '';
  return LEVEL_FIGURES.has(figure) ? 'last' : RATE_FIGURES.has(figure) ? 'mean' : 'sum';
}

/**
 * What one measurement of a KPI is. Stated (`kind`), else told by how its import adds up a
 * period's rows, else the kind of the goal it measures where that settles it: a total may be
 * counted per period or kept as a running total, so a total's KPI must say which.
 */
export function kpiKind(kpi: Kpi, goal: Goal | undefined): { kind: KpiKind | null; stated: boolean } {
  if (kpi.kind) return { kind: kpi.kind, stated: true };
  if (kpi.import) return { kind: FROM_AGGREGATE[importAggregate(kpi)] ?? null, stated: true };
  const of = goal ? goalKind(goal) : undefined;
  return { kind: of === 'level' || of === 'rate' ? of : null, stated: false };
}

/** A unit as people write it: "%", " Volgers " and "volgers" are the same unit. */
export const sameUnit = (a: string, b: string): boolean => a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

/** The unit of a KPI's figures: its own, else its goal's. */
export function kpiUnit(kpi: Kpi, goal: Goal | undefined): string | null {
  return kpi.unit?.trim() || goal?.unit?.trim() || null;
}

export type Measuring =
  | { kpi: string; explicit: boolean }
  | { problem: 'no-kpi' }
  | { problem: 'ambiguous'; kpis: string[] }
  | { problem: 'unknown-kpi'; kpi: string }
  | { problem: 'other-goal'; kpi: string; of: string };

/** The KPIs linked to a goal, in the order of the file. */
export function kpisOf(strategy: Strategy, goalId: string): string[] {
  return Object.entries(strategy.control?.kpis ?? {})
    .filter(([, kpi]) => kpi?.goal === goalId)
    .map(([id]) => id);
}

/** The KPI that measures a goal: the one it names (`measured_by`), else its only KPI. */
export function measuringKpi(strategy: Strategy, goalId: string): Measuring {
  const goal = own(strategy.goals, goalId);
  const named = goal?.measured_by;
  if (named !== undefined) {
    const kpi = own(strategy.control?.kpis, named);
    if (!kpi) return { problem: 'unknown-kpi', kpi: named };
    if (kpi.goal !== goalId) return { problem: 'other-goal', kpi: named, of: kpi.goal };
    return { kpi: named, explicit: true };
  }
  const linked = kpisOf(strategy, goalId);
  if (linked.length === 0) return { problem: 'no-kpi' };
  if (linked.length > 1) return { problem: 'ambiguous', kpis: linked };
  return { kpi: linked[0]!, explicit: false };
}

/** Which KPI kinds can say how far a goal of each kind is; a running total is a level of a total. */
const FITS: Record<GoalKind, readonly KpiKind[]> = { level: ['level'], total: ['count', 'level'], rate: ['rate'] };

export type Mismatch =
  | { problem: 'kind-unknown' }
  | { problem: 'kind-mismatch'; goalKind: GoalKind; kpiKind: KpiKind }
  | { problem: 'unit-mismatch'; goalUnit: string; kpiUnit: string }
  | { problem: 'percent-count' }
  | { problem: 'percent-range'; value: number }
  | { problem: 'looks-like-count'; baseline: number; highest: number };

/**
 * Why a goal's figures cannot be compared with its target, if they cannot: a KPI of another
 * kind or unit, or a percentage that is counted up or lies outside 0–100.
 */
export function mismatchOf(goal: Goal, kpi: Kpi): Mismatch | null {
  const { kind } = kpiKind(kpi, goal);
  const of = goalKind(goal);
  if (kind === null) return { problem: 'kind-unknown' };
  if (!FITS[of].includes(kind)) return { problem: 'kind-mismatch', goalKind: of, kpiKind: kind };
  if (goal.unit?.trim() && kpi.unit?.trim() && !sameUnit(goal.unit, kpi.unit) && !(isPercent(goal.unit) && isPercent(kpi.unit)))
    return { problem: 'unit-mismatch', goalUnit: goal.unit.trim(), kpiUnit: kpi.unit.trim() };
  const percent = isPercent(goal.unit);
  if (percent && (of === 'total' || kind === 'count')) return { problem: 'percent-count' };
  if (percent) {
    const outside = [goal.baseline, targetOf(goal)].find((value) => value !== undefined && (value < 0 || value > 100));
    if (outside !== undefined) return { problem: 'percent-range', value: outside };
  }
  return null;
}

/**
 * A level whose every figure lies below half its baseline, from a KPI that does not say what
 * it counts, is most likely a count read as a level (9 applications this month against 110
 * last year): its figures would print as a steep fall.
 */
export function looksLikeCount(goal: Goal, kpi: Kpi, values: readonly number[]): Mismatch | null {
  if (kpiKind(kpi, goal).stated || goalKind(goal) !== 'level' || goal.kind || !increases(goal)) return null;
  const baseline = goal.baseline;
  if (baseline === undefined || baseline <= 0 || values.length === 0) return null;
  const highest = Math.max(...values);
  return highest < baseline / 2 ? { problem: 'looks-like-count', baseline, highest } : null;
}
