// A goal as the documents show it: what it aims at, and how far it is on the day of the render,
// worded from the one measurement model (src/core/measures) so the document, the review and
// the overview say the same thing.
import type { Goal, Language, Strategy } from '../model/strategy.js';
import { assessGoal } from '../core/measures/assess.js';
import type { GoalMeasure } from '../core/measures/assess.js';
import { decimalsFor } from '../core/measures/assess.js';
import { goalDisplayName, isPercent } from '../core/measures/goal.js';
import { formatNumber, words } from '../i18n/words.js';
import { shortDate } from './calendar-text.js';
import { labels } from './labels.js';
import { measureWords } from './measure-words.js';
import { own } from '../util/own.js';

/** "600 aanmeldingen", but "74%"; no unit, just the number. */
export function withUnit(value: number, unit: string | null, language: Language, digits = 2): string {
  const number = formatNumber(value, language, digits);
  return unit ? (unit === '%' ? `${number}%` : `${number} ${unit}`) : number;
}

export function goalView(
  strategy: Strategy,
  id: string,
  goal: Goal,
  language: Language,
  asOf: string,
  names: { member(id: string): string; audience(id: string): string },
) {
  const l = labels(language);
  const say = words(language);
  const mw = measureWords(language);
  const m = assessGoal(strategy, id, asOf)!;
  const cellDate = (iso: string | undefined | null): string | null => (iso ? shortDate(iso, language, true) : null);
  const num = (value: number | undefined | null): string | null =>
    value === undefined || value === null ? null : formatNumber(value, language);
  const value = (n: number): string => withUnit(n, m.unit, language, digitsFor(m));
  const start = goal.baseline === undefined ? null : bare(goal.baseline, m, language);
  const name = goalDisplayName(goal);
  const status = mw.status(m.status, (iso) => shortDate(iso, language, true));
  const sentences = progressSentences(m, language);
  const kpis = strategy.control?.kpis;
  const forecast = m.status.kind === 'on-course' || m.status.kind === 'behind' ? m.status.forecast : null;
  return {
    id,
    name,
    // A name made from the statement itself is not said twice.
    showName: Boolean(goal.name?.trim() || goal.metric?.trim()),
    statement: goal.statement,
    metric: goal.metric ?? null,
    // "55% → 90%", but "1.240 → 1.600 volgers".
    baseline: start,
    target: num(m.target),
    targetText: m.target === null ? null : value(m.target),
    change:
      goal.target_change?.percent !== undefined
        ? `${goal.target_change.percent >= 0 ? '+' : ''}${say.percent(goal.target_change.percent)}`
        : null,
    unit: m.unit,
    deadline: cellDate(goal.deadline),
    owner: goal.owner ? names.member(goal.owner) : null,
    audiences: (goal.audiences ?? []).filter((a): a is string => typeof a === 'string').map(names.audience),
    sustainUntil: cellDate(goal.sustain_until),
    // "420 (vorige periode) → 600 aanmeldingen": the unit once, after the target.
    previous: m.kind === 'total' && start !== null ? l.label('goals.previous', { value: start }) : null,
    latest: m.latest ? { date: cellDate(m.latest.date)!, value: num(m.latest.value)!, text: value(m.latest.value) } : null,
    /** Share of the way for the progress bar, within 0–1. */
    progress: m.share === null ? null : Math.max(0, Math.min(1, m.share)),
    course: status,
    /** The course and where the goal stands in one text, for templates made before the sentences. */
    courseText: [status, ...sentences.filter((sentence) => /^(Stand per|As of) /.test(sentence))].join('. '),
    /** The course in one line for the summary: the status and, where there is one, the forecast. */
    courseShort: !forecast
      ? status
      : forecast.bounded && forecast.reachedBy
        ? `${status}; ${l.label('course.target-in', { month: monthOf(forecast.reachedBy, language) })}`
        : `${status}; ${l.label('course.forecast', { forecast: value(forecast.value) })}`,
    /** What the document says about the goal's progress, in sentences. */
    sentences,
    forecast: forecast ? value(forecast.value) : null,
    supporting: m.supporting.map((s) => ({
      name: own(kpis, s.kpi)?.metric ?? s.kpi,
      text: mw.figure({
        value: s.latest ? withUnit(s.latest.value, s.unit, language) : null,
        date: cellDate(s.latest?.date),
        target: s.target === null ? null : withUnit(s.target, s.unit, language),
      }),
    })),
    chart: chartOf(m, name, strategy.period?.start, language),
    measure: m,
  };
}

/** "januari 2027": the month a line reaches its target, as precise as a straight line can say. */
function monthOf(iso: string, language: Language): string {
  return `${labels(language).month(Number(iso.slice(5, 7)) - 1)} ${iso.slice(0, 4)}`;
}

/** A goal's figure where its unit follows later: "55%" keeps its sign, "1.240" waits for "→ 1.600 volgers". */
function bare(n: number, m: GoalMeasure, language: Language): string {
  return isPercent(m.unit) ? withUnit(n, m.unit, language, digitsFor(m)) : formatNumber(n, language, digitsFor(m));
}

/** The decimals a goal's figures are shown with: at least two, more for a small figure (a click rate of 0,004). */
export function digitsFor(m: GoalMeasure): number {
  return Math.max(2, decimalsFor(Math.max(Math.abs(m.target ?? 0), Math.abs(m.start ?? 0))));
}

function progressSentences(m: GoalMeasure, language: Language): string[] {
  const mw = measureWords(language);
  const say = words(language);
  // In sentences, dates in words: "1 november 2026".
  const date = (iso: string): string => say.date(iso);
  const value = (n: number): string => withUnit(n, m.unit, language, digitsFor(m));
  const percent = isPercent(m.unit);
  const out: string[] = [];
  if ('problem' in m.measuring) out.push(mw.problem(m.measuring.problem, {}));
  else if (m.mismatch)
    out.push(
      mw.problem(
        m.mismatch.problem,
        m.mismatch.problem === 'kind-mismatch' ? m.mismatch : m.mismatch.problem === 'unit-mismatch' ? m.mismatch : {},
      ),
    );
  const target = m.target === null ? null : value(m.target);
  if (m.latest && target && m.target !== null) {
    const total = m.kind === 'total';
    // Worse than where it started: below the baseline of a goal that raises it, above that of one that lowers it.
    const worse = !total && m.start !== null && (m.increase ? m.latest.value < m.start : m.latest.value > m.start) ? value(m.start) : null;
    const meetsNow = !(total && !m.increase) && (m.increase ? m.latest.value >= m.target : m.latest.value <= m.target);
    const start = m.start;
    const change =
      !total && start !== null && m.share !== null
        ? {
            share: m.share,
            start: bare(start, m, language),
            increase: m.increase,
            points: percent
              ? {
                  done: formatNumber(Math.abs(m.latest.value - start), language, digitsFor(m)),
                  way: formatNumber(Math.abs(m.target - start), language, digitsFor(m)),
                }
              : null,
          }
        : null;
    out.push(
      mw.standing({
        date: date(m.latest.date),
        value: value(m.latest.value),
        reached: meetsNow,
        target,
        worse: worse ? { start: worse, increase: m.increase } : null,
        ofTarget: total && m.share !== null ? m.share : null,
        change,
      }),
    );
    // Reached by the deadline, though a later figure fell back.
    if (m.status.kind === 'reached' && m.status.date !== m.latest.date)
      out.push(mw.reachedAt({ date: date(m.status.date), value: value(m.status.value), target }));
  }
  const s = m.status;
  if ((s.kind === 'on-course' || s.kind === 'behind') && target) {
    const f = s.forecast;
    const shortfall = percent ? mw.points(formatNumber(f.shortfall, language, digitsFor(m)), f.shortfall === 1) : value(f.shortfall);
    out.push(
      mw.forecast({
        deadline: date(f.deadline),
        value: value(f.value),
        reaches: f.reaches,
        shortfall,
        target,
        increase: m.increase,
        bounded: f.bounded,
        reachedIn: f.reachedBy ? monthOf(f.reachedBy, language) : null,
      }),
    );
    out.push(
      mw.basis({
        count: f.basis.measurements,
        from: date(f.basis.from),
        to: date(f.basis.to),
        start: f.basis.baseline ? (m.kind === 'total' ? 'zero' : 'baseline') : null,
      }),
    );
  } else if (s.kind === 'missed' && target) {
    out.push(mw.missed({ deadline: date(s.deadline), value: value(s.value), target }));
  } else if (s.kind === 'unknown' && s.reason === 'stale') {
    out.push(mw.stale({ since: date(s.since!) }));
  } else if (s.kind === 'unknown' && s.reason === 'too-few') {
    out.push(mw.tooFew);
  } else if (s.kind === 'unknown' && s.reason === 'none-by-deadline' && m.deadline) {
    out.push(mw.noneByDeadline({ deadline: date(m.deadline) }));
  }
  return out;
}

function chartOf(m: GoalMeasure, title: string, periodStart: string | undefined, language: Language) {
  if (m.series.length === 0 || m.target === null) return null;
  const l = labels(language);
  const start = m.start ?? m.series[0]!.value;
  // The starting point stands on the period's first day, before the first figure.
  const points =
    m.start === null || !periodStart || periodStart >= m.series[0]!.date ? m.series : [{ date: periodStart, value: m.start }, ...m.series];
  const values = points.map((p) => p.value);
  const forecast = m.status.kind === 'on-course' || m.status.kind === 'behind' ? m.status.forecast : null;
  return {
    title,
    labels: points.map((p) => shortDate(p.date, language).replace(/\u00A0/g, ' ')),
    dates: points.map((p) => p.date),
    values,
    target: m.target,
    targetText: withUnit(m.target, m.unit, language),
    forecast: forecast
      ? { date: forecast.deadline, value: forecast.value, label: shortDate(forecast.deadline, language).replace(/\u00A0/g, ' ') }
      : null,
    max: Math.max(m.target, start, ...values),
    min: Math.min(0, m.target, start, ...values),
    legend: l.label('control.legend', { measured: l.label('control.measured'), target: l.label('control.target-line') }),
    // In a table the starting point is named: the baseline, or the start of a total counted from zero.
    rows: points.map((p, i) => ({
      label:
        i === 0 && points !== m.series
          ? l.label(m.kind === 'total' ? 'control.start' : 'goals.change').split(' ')[0]!
          : shortDate(p.date, language, true),
      value: formatNumber(p.value, language),
    })),
  };
}
