// How far a goal is on a given day, from the figures of the one KPI that measures it: where it
// stands, whether it is reached, and where a straight line through the figures so far points at
// the deadline. Every output that speaks of a goal's progress reads it from here, so a course
// never contradicts its forecast and a figure means the same in the document, the review, the
// board's overview and the pull-request report.
import type { Goal, Strategy } from '../../model/strategy.js';
import { own } from '../../util/own.js';
import { nextMeasurement } from '../intervals.js';
import type { GoalKind, KpiKind, Measuring, Mismatch } from './goal.js';
import {
  goalKind,
  increases,
  isMeasured,
  isPercent,
  kpiKind,
  kpisOf,
  kpiUnit,
  looksLikeCount,
  measuringKpi,
  mismatchOf,
  startOf,
  targetOf,
} from './goal.js';

const DAY = 86_400_000;

export interface Point {
  date: string;
  value: number;
}

export interface Forecast {
  /** Where the line stands at the deadline, rounded as people read it (see `decimalsFor`). */
  value: number;
  reaches: boolean;
  /** How far the line stays from the target: more than zero whenever it does not reach it. */
  shortfall: number;
  deadline: string;
  /** Held at what the figure can be (0, 100%, what is already counted): the line itself goes further. */
  bounded: boolean;
  /** The day the line reaches the target, when it does so by the deadline and after the latest figure. */
  reachedBy: string | null;
  /** What the line rests on: the number of measurements, their first and last date, and whether the baseline is one of its points. */
  basis: { measurements: number; from: string; to: string; baseline: boolean };
}

export type UnknownReason =
  | 'problem'
  | 'no-target'
  | 'no-deadline'
  | 'not-started'
  | 'no-measurements'
  | 'none-by-deadline'
  | 'too-few'
  | 'stale';

export type Status =
  | { kind: 'reached'; date: string; value: number }
  | { kind: 'on-course'; forecast: Forecast }
  | { kind: 'behind'; forecast: Forecast }
  | { kind: 'missed'; deadline: string; value: number }
  | { kind: 'unknown'; reason: UnknownReason; since?: string };

/** A KPI linked to a goal that does not measure it (or cannot, as it stands): shown on its own, in its own unit. */
export interface SupportingFigure {
  kpi: string;
  kind: KpiKind | null;
  unit: string | null;
  target: number | null;
  series: Point[];
  latest: Point | null;
}

export interface GoalMeasure {
  goal: string;
  /** The day the goal is measured on: figures after it do not count. */
  asOf: string;
  measuring: Measuring;
  mismatch: Mismatch | null;
  kind: GoalKind;
  unit: string | null;
  /** The baseline, or zero for a total counted within the period. */
  start: number | null;
  target: number | null;
  deadline: string | null;
  increase: boolean;
  /** The goal's figures up to `asOf`, oldest first; for a KPI that counts per period, the running total. */
  series: Point[];
  /** Whether the measuring KPI counts per period, so that `series` is its running total. */
  counted: boolean;
  latest: Point | null;
  /** Share of the way from start to target covered by the latest figure; below 0 or above 1 when it is. */
  share: number | null;
  /** Share of the time from the period's start to the deadline gone by on `asOf` (0–1). */
  elapsed: number | null;
  status: Status;
  supporting: SupportingFigure[];
}

/**
 * The decimals a goal's figures are read with, from the size of what it aims at: none from a
 * hundred up, one from ten, two from one, and below that enough to show two significant digits
 * (a click rate of 0,004).
 */
export function decimalsFor(scale: number): number {
  const size = Math.abs(scale);
  if (!Number.isFinite(size) || size >= 100) return 0;
  if (size >= 10) return 1;
  if (size >= 1 || size === 0) return 2;
  return Math.min(10, Math.ceil(-Math.log10(size)) + 1);
}

/** A figure rounded to `decimals` (see `decimalsFor`), never to minus zero. */
export function roundFigure(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * A KPI's measurements up to `until` (and from `from`), oldest first. Two on one day are added
 * up for a count (two open days on one date); for a level or a rate the later in the file counts.
 */
export function measurementsOf(strategy: Strategy, kpi: string, until: string, from?: string, add = false): Point[] {
  const byDate = new Map<string, number>();
  for (const m of strategy.control?.measurements ?? []) {
    if (!m || m.kpi !== kpi || m.date > until || (from !== undefined && m.date < from) || !Number.isFinite(m.value)) continue;
    byDate.set(m.date, add ? (byDate.get(m.date) ?? 0) + m.value : m.value);
  }
  return [...byDate].map(([date, value]) => ({ date, value })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const runningTotal = (points: readonly Point[]): Point[] => {
  let sum = 0;
  return points.map((p) => ({ date: p.date, value: (sum += p.value) }));
};

const meets = (value: number, target: number, increase: boolean): boolean => (increase ? value >= target : value <= target);

/** Whether the figure of `date` is too old on `day` to say where a goal stands: the next one is late by the KPI's frequency (monthly without one). */
function tooOld(strategy: Strategy, measuring: Measuring, date: string, day: string): boolean {
  const frequency = isMeasured(measuring) ? own(strategy.control?.kpis, measuring.kpi)?.frequency : undefined;
  return nextMeasurement(frequency ?? 'monthly', date, day).late;
}

const daysFrom = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / DAY;

/** A goal measured on `asOf` (YYYY-MM-DD). Null for an id the strategy does not have. */
export function assessGoal(strategy: Strategy, goalId: string, asOf: string): GoalMeasure | null {
  const goal = own(strategy.goals, goalId);
  if (!goal) return null;
  const period = strategy.period;
  const measuring = measuringKpi(strategy, goalId);
  const kpi = isMeasured(measuring) ? own(strategy.control?.kpis, measuring.kpi) : undefined;
  const until = period?.end && period.end < asOf ? period.end : asOf;
  const counted = kpi ? kpiKind(kpi, goal).kind === 'count' : false;
  const figures = kpi && isMeasured(measuring) ? measurementsOf(strategy, measuring.kpi, until, period?.start, counted) : [];
  const mismatch = kpi
    ? (mismatchOf(goal, kpi) ??
      looksLikeCount(
        goal,
        kpi,
        figures.map((p) => p.value),
      ))
    : null;
  const exact = targetOf(goal);
  const target = exact === undefined ? null : Math.round(exact * 100) / 100;
  const start = startOf(goal) ?? null;
  const increase = increases(goal);
  const raw = mismatch ? [] : figures;
  const series = counted ? runningTotal(raw) : raw;
  const latest = series[series.length - 1] ?? null;
  // A total that must stay below a ceiling has no share of a way to go.
  const share =
    latest && target !== null && start !== null && target !== start && !(goalKind(goal) === 'total' && !increase)
      ? (latest.value - start) / (target - start)
      : null;
  const elapsed =
    period && goal.deadline && goal.deadline > period.start
      ? Math.max(0, Math.min(1, daysFrom(period.start, asOf) / daysFrom(period.start, goal.deadline)))
      : null;
  const supporting = kpisOf(strategy, goalId)
    .filter((id) => !isMeasured(measuring) || mismatch !== null || id !== measuring.kpi)
    .map((id) => supportingFigure(strategy, id, goal, isMeasured(measuring) && id === measuring.kpi, until, period?.start));
  const base = {
    goal: goalId,
    asOf,
    measuring,
    mismatch,
    kind: goalKind(goal),
    unit: goal.unit?.trim() || null,
    start,
    target,
    deadline: goal.deadline ?? null,
    increase,
    series,
    counted,
    latest,
    share,
    elapsed,
    supporting,
  };
  return { ...base, status: statusOf(strategy, goal, base) };
}

/** A KPI on its own. The one that measures the goal shares its unit and kind; any other has its own or none. */
function supportingFigure(
  strategy: Strategy,
  id: string,
  goal: Goal,
  measures: boolean,
  until: string,
  from: string | undefined,
): SupportingFigure {
  const kpi = own(strategy.control?.kpis, id)!;
  const series = measurementsOf(strategy, id, until, from);
  const unit = measures ? kpiUnit(kpi, goal) : kpi.unit?.trim() || null;
  return {
    kpi: id,
    kind: kpiKind(kpi, measures ? goal : undefined).kind,
    unit,
    target: kpi.target ?? null,
    series,
    latest: series[series.length - 1] ?? null,
  };
}

type Base = Omit<GoalMeasure, 'status'>;

function statusOf(strategy: Strategy, goal: Goal, m: Base): Status {
  const period = strategy.period;
  if (!isMeasured(m.measuring) || m.mismatch) return { kind: 'unknown', reason: 'problem' };
  if (m.target === null) return { kind: 'unknown', reason: 'no-target' };
  if (period && m.asOf < period.start) return { kind: 'unknown', reason: 'not-started' };
  if (!m.latest) return { kind: 'unknown', reason: 'no-measurements' };
  const deadline = goal.deadline;
  if (deadline && m.asOf > deadline) {
    const atDeadline = [...m.series].reverse().find((p) => p.date <= deadline);
    if (!atDeadline) return { kind: 'unknown', reason: 'none-by-deadline' };
    if (meets(atDeadline.value, m.target, m.increase)) return { kind: 'reached', date: atDeadline.date, value: atDeadline.value };
    if (tooOld(strategy, m.measuring, atDeadline.date, deadline)) return { kind: 'unknown', reason: 'stale', since: atDeadline.date };
    return { kind: 'missed', deadline, value: atDeadline.value };
  }
  // A total kept under a ceiling is only known to stay under it once the deadline has passed.
  const ceiling = m.kind === 'total' && !m.increase;
  if (!ceiling && meets(m.latest.value, m.target, m.increase) && m.latest.value !== m.start)
    return { kind: 'reached', date: m.latest.date, value: m.latest.value };
  if (tooOld(strategy, m.measuring, m.latest.date, m.asOf)) return { kind: 'unknown', reason: 'stale', since: m.latest.date };
  if (!deadline) return { kind: 'unknown', reason: 'no-deadline' };
  const forecast = forecastOf(m, period?.start, deadline);
  if (!forecast) return { kind: 'unknown', reason: 'too-few' };
  return forecast.reaches ? { kind: 'on-course', forecast } : { kind: 'behind', forecast };
}

/**
 * A straight line (least squares) through the baseline at the start of the period and the
 * figures so far, read at the deadline. Only from two figures at least, and never beyond what
 * the figure can be: below zero, a percentage past 100, a running total below what is already
 * counted.
 */
function forecastOf(m: Base, periodStart: string | undefined, deadline: string): Forecast | null {
  const points: [number, number][] = [];
  const withBaseline = m.start !== null && periodStart !== undefined && (m.series[0]?.date ?? '') > periodStart;
  if (withBaseline) points.push([Date.parse(periodStart!) / DAY, m.start!]);
  for (const p of m.series) points.push([Date.parse(p.date) / DAY, p.value]);
  if (m.series.length < 2) return null;
  const n = points.length;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  const sxx = points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  if (sxx === 0) return null;
  const slope = points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0) / sxx;
  const line = meanY + slope * (Date.parse(deadline) / DAY - meanX);
  let value = line;
  if (points.every(([, y]) => y >= 0)) value = Math.max(0, value);
  if (isPercent(m.unit)) value = Math.min(100, Math.max(0, value));
  // A running total never falls.
  if (m.kind === 'total' && m.latest) value = Math.max(value, m.latest.value);
  const rising = m.increase ? slope > 0 : slope < 0;
  const crossing = rising ? meanX + (m.target! - meanY) / slope : Number.NaN;
  // The month the line reaches the target, when that lies ahead: a line that "reached" it in the past while the figures have not says nothing.
  const reachedBy =
    rising && crossing > Date.parse(m.asOf) / DAY && crossing <= Date.parse(deadline) / DAY
      ? new Date(crossing * DAY).toISOString().slice(0, 10)
      : null;
  // Whole figures (applications, volunteers) are forecast as whole numbers; others as precisely as the goal's size asks.
  const whole = Number.isInteger(m.target) && points.every(([, y]) => Number.isInteger(y));
  const decimals = decimalsFor(Math.max(Math.abs(m.target!), Math.abs(m.start ?? 0)));
  const round = (v: number): number => (whole ? Math.round(v) : roundFigure(v, decimals));
  const rounded = round(value);
  const shortfall = round(Math.abs(m.target! - rounded));
  const reaches = meets(rounded, m.target!, m.increase) || shortfall === 0;
  return {
    value: rounded,
    reaches,
    shortfall: reaches ? 0 : shortfall,
    deadline,
    bounded: value !== line,
    reachedBy: reaches ? reachedBy : null,
    basis: { measurements: m.series.length, from: m.series[0]!.date, to: m.series[m.series.length - 1]!.date, baseline: withBaseline },
  };
}

/**
 * Since which measurement a goal that is behind schedule on `asOf` has been behind without a
 * break: its status is read again as on each earlier day a figure came in, back to the first
 * day it was not behind. Undefined when it is not behind on `asOf`.
 */
export function behindSince(strategy: Strategy, goalId: string, asOf: string): string | undefined {
  const now = assessGoal(strategy, goalId, asOf);
  if (now?.status.kind !== 'behind') return undefined;
  let since: string | undefined;
  for (const point of [...now.series].reverse()) {
    if (assessGoal(strategy, goalId, point.date)?.status.kind !== 'behind') break;
    since = point.date;
  }
  return since;
}
