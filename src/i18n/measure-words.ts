// What every language says about a goal's measurement (./<language>/measure.ts): its course in
// a few words for tables, and in sentences a board can put its name under. The figures come
// from src/core/measures; a language only words them, and says nothing the model has not
// established.
import type { GoalKind, KpiKind, Mismatch } from '../core/measures/goal.js';
import type { Status } from '../core/measures/assess.js';
import type { Words } from './words.js';

export type Problem = Mismatch['problem'] | 'no-kpi' | 'ambiguous' | 'unknown-kpi' | 'other-goal';

/** Where a goal stands: a total against its target, a level or a rate as the share of the change it aims at. */
export interface Standing {
  date: string;
  value: string;
  reached: boolean;
  target: string;
  /** Worse than where it started, if it is: below the baseline of a goal that raises it, above that of one that lowers it. */
  worse: { start: string; increase: boolean } | null;
  /** For a total: the share of the target counted so far. */
  ofTarget: number | null;
  /** For a level or a rate: the share of the change made, from `start` to the target (in percentage points for a percentage). */
  change: { share: number; start: string; increase: boolean; points: { done: string; way: string } | null } | null;
}

export interface ForecastText {
  deadline: string;
  value: string;
  reaches: boolean;
  /** In the goal's unit, or in percentage points for a percentage. */
  shortfall: string;
  target: string;
  increase: boolean;
  /** The line goes past what the figure can be (100%): its value is not said, only when it reaches the target. */
  bounded: boolean;
  /** The month in which the line reaches the target ("januari 2027"). */
  reachedIn: string | null;
}

export interface MeasureWords {
  /** The course in a few words: "op schema", "onbekend sinds 1 jul 2027". */
  status(status: Status, date: (iso: string) => string): string;
  standing(p: Standing): string;
  forecast(p: ForecastText): string;
  basis(p: { count: number; from: string; to: string; start: 'baseline' | 'zero' | null }): string;
  missed(p: { deadline: string; value: string; target: string }): string;
  reachedAt(p: { date: string; value: string; target: string }): string;
  noneByDeadline(p: { deadline: string }): string;
  stale(p: { since: string }): string;
  tooFew: string;
  problem(problem: Problem, p: { goalKind?: GoalKind; kpiKind?: KpiKind; goalUnit?: string; kpiUnit?: string }): string;
  /** "27.123 accounts (31 okt 2026; streefwaarde 30.000 accounts)" */
  figure(p: { value: string | null; date: string | null; target: string | null }): string;
  /** A count of one period beside the total so far: "9 (samen 23)". */
  withTotal(value: string, total: string): string;
  points(count: string, one: boolean): string;
}

export type MeasureWordsOf = (w: Words) => MeasureWords;
