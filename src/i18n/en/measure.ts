// How a goal stands, in English: its course in a few words and in sentences.
import type { MeasureWordsOf } from '../measure-words.js';

const KINDS = { level: 'a level', total: 'a total within the period', rate: 'a rate', count: 'a count per period' } as const;

export const measureWords: MeasureWordsOf = (w) => {
  return {
    status: (s, date) =>
      s.kind === 'reached'
        ? 'target reached'
        : s.kind === 'on-course'
          ? 'on schedule'
          : s.kind === 'behind'
            ? 'behind schedule'
            : s.kind === 'missed'
              ? 'not reached'
              : s.reason === 'stale'
                ? `unknown since ${date(s.since!)}`
                : s.reason === 'no-measurements'
                  ? 'not measured yet'
                  : s.reason === 'none-by-deadline'
                    ? 'unknown: no measurement by the deadline'
                    : s.reason === 'too-few'
                      ? 'too early to say (too few measurements)'
                      : s.reason === 'not-started'
                        ? 'period not started yet'
                        : s.reason === 'no-deadline'
                          ? 'cannot say (no deadline)'
                          : s.reason === 'no-target'
                            ? 'cannot say (no target)'
                            : 'not calculated',
    standing: (p) =>
      `As of ${p.date}: ${p.value}` +
      (p.reached
        ? `; the target of ${p.target} is reached.`
        : p.worse
          ? `, ${p.worse.increase ? 'below' : 'above'} the starting point of ${p.worse.start}.`
          : p.ofTarget !== null
            ? `, ${w.percent(Math.round(p.ofTarget * 100))} of the target of ${p.target}.`
            : p.change?.points
              ? `, ${p.change.points.done} of the ${p.change.points.way} percentage points of the ${p.change.increase ? 'improvement' : 'reduction'} aimed at (from ${p.change.start} to ${p.target}).`
              : p.change
                ? `, ${w.percent(Math.round(p.change.share * 100))} of the ${p.change.increase ? 'growth' : 'reduction'} aimed at (from ${p.change.start} to ${p.target}).`
                : '.'),
    forecast: (p) =>
      p.reaches && p.bounded
        ? `At this pace, the target of ${p.target} is reached ${p.reachedIn ? `in ${p.reachedIn}, ` : ''}before the deadline of ${p.deadline}.`
        : p.reaches
          ? `Expected on ${p.deadline}: about ${p.value}. At this pace, the target of ${p.target} is reached${p.reachedIn ? ` in ${p.reachedIn}` : ''}.`
          : `Expected on ${p.deadline}: about ${p.value}, ${p.shortfall} ${p.increase ? 'less' : 'more'} than the target of ${p.target}.`,
    basis: (p) =>
      `This forecast follows the straight line that best fits ${p.start === 'baseline' ? 'the baseline and ' : p.start === 'zero' ? 'the starting point (zero) and ' : ''}${w.count(p.count, 'reading')} from ${p.from} to ${p.to}: a first indication, not a promise.`,
    missed: (p) =>
      `The deadline (${p.deadline}) has passed; the last figure before it was ${p.value}: the target of ${p.target} was not reached.`,
    reachedAt: (p) => `On ${p.date} it stood at ${p.value}: the target of ${p.target} was reached then.`,
    noneByDeadline: (p) =>
      `There is no measurement from before the deadline (${p.deadline}): whether the target was reached cannot be said.`,
    stale: (p) => `The latest measurement is from ${p.since}: too old to say anything about the course. Add the measurements since.`,
    tooFew: 'A forecast needs at least two measurements.',
    problem: (problem, p) =>
      problem === 'no-kpi'
        ? 'No KPI measures this goal yet.'
        : problem === 'ambiguous'
          ? 'Which KPI measures this goal has not been recorded; their figures are shown below, each on its own.'
          : problem === 'unknown-kpi' || problem === 'other-goal'
            ? 'The KPI named to measure this goal does not belong to it, so progress is not calculated.'
            : problem === 'kind-unknown'
              ? 'The KPI does not say whether a measurement is the count of one period or the total so far, so progress is not calculated.'
              : problem === 'kind-mismatch'
                ? `The KPI measures ${KINDS[p.kpiKind!]}, the goal is ${KINDS[p.goalKind!]}, so progress is not calculated.`
                : problem === 'unit-mismatch'
                  ? `The KPI measures in ${w.quote(p.kpiUnit)}, the goal in ${w.quote(p.goalUnit)}, so progress is not calculated.`
                  : problem === 'percent-count'
                    ? 'Percentages do not add up, so progress is not calculated.'
                    : problem === 'percent-range'
                      ? 'The starting point or the target lies outside 0 to 100%, so progress is not calculated.'
                      : 'Every measurement lies far below the baseline: probably counts per month rather than a level, so progress is not calculated.',
    figure: (p) =>
      p.value === null ? 'not measured yet' : `${p.value} (${[p.date, p.target ? `target ${p.target}` : null].filter(Boolean).join('; ')})`,
    withTotal: (value, total) => `${value} (${total} in all)`,
    points: (count, one) => `${count} ${one ? 'percentage point' : 'percentage points'}`,
  };
};
