// How a goal's measurement is said, in each language: its course in a few words for tables, and
// in sentences a board can put its name under. The figures come from src/core/measures; this
// file only words them, and says nothing the model has not established.
import type { Language } from '../model/strategy.js';
import type { GoalKind, KpiKind, Mismatch } from '../core/measures/goal.js';
import type { Status } from '../core/measures/assess.js';
import { words } from '../i18n/words.js';
import type { Words } from '../i18n/words.js';

type Problem = Mismatch['problem'] | 'no-kpi' | 'ambiguous' | 'unknown-kpi' | 'other-goal';

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

const KINDS = {
  nl: { level: 'een stand', total: 'een totaal binnen de periode', rate: 'een percentage of snelheid', count: 'een telling per periode' },
  en: { level: 'a level', total: 'a total within the period', rate: 'a rate', count: 'a count per period' },
} as const;

function nl(w: Words): MeasureWords {
  return {
    status: (s, date) =>
      s.kind === 'reached'
        ? 'streefwaarde gehaald'
        : s.kind === 'on-course'
          ? 'op schema'
          : s.kind === 'behind'
            ? 'achter op schema'
            : s.kind === 'missed'
              ? 'niet gehaald'
              : s.reason === 'stale'
                ? `onbekend sinds ${date(s.since!)}`
                : s.reason === 'no-measurements'
                  ? 'nog niet gemeten'
                  : s.reason === 'none-by-deadline'
                    ? 'onbekend: geen meting vóór de deadline'
                    : s.reason === 'too-few'
                      ? 'nog niet te zeggen (te weinig metingen)'
                      : s.reason === 'not-started'
                        ? 'periode nog niet begonnen'
                        : s.reason === 'no-deadline'
                          ? 'niet te zeggen (geen deadline)'
                          : s.reason === 'no-target'
                            ? 'niet te zeggen (geen streefwaarde)'
                            : 'niet berekend',
    standing: (p) =>
      `Stand per ${p.date}: ${p.value}` +
      (p.reached
        ? `; de streefwaarde van ${p.target} is gehaald.`
        : p.worse
          ? `, ${p.worse.increase ? 'onder' : 'boven'} het beginpunt van ${p.worse.start}.`
          : p.ofTarget !== null
            ? `, ${w.percent(Math.round(p.ofTarget * 100))} van de streefwaarde van ${p.target}.`
            : p.change?.points
              ? `, ${p.change.points.done} van de ${p.change.points.way} procentpunten van de beoogde ${p.change.increase ? 'verbetering' : 'daling'} (van ${p.change.start} naar ${p.target}).`
              : p.change
                ? `, ${w.percent(Math.round(p.change.share * 100))} van de beoogde ${p.change.increase ? 'groei' : 'daling'} (van ${p.change.start} naar ${p.target}).`
                : '.'),
    forecast: (p) =>
      p.reaches && p.bounded
        ? `Als dit tempo aanhoudt, wordt de streefwaarde van ${p.target} ${p.reachedIn ? `in ${p.reachedIn} ` : ''}gehaald, vóór de deadline van ${p.deadline}.`
        : p.reaches
          ? `Verwachte stand op ${p.deadline}: ongeveer ${p.value}. Als dit tempo aanhoudt, wordt de streefwaarde van ${p.target}${p.reachedIn ? ` in ${p.reachedIn}` : ''} gehaald.`
          : `Verwachte stand op ${p.deadline}: ongeveer ${p.value}, ${p.shortfall} ${p.increase ? 'minder' : 'meer'} dan de streefwaarde van ${p.target}.`,
    basis: (p) =>
      `Deze verwachting volgt de rechte lijn die het best past bij ${p.start === 'baseline' ? 'de nulmeting en ' : p.start === 'zero' ? 'het beginpunt (nul) en ' : ''}${w.count(p.count, 'reading')} van ${p.from} tot en met ${p.to}: een eerste aanwijzing, geen toezegging.`,
    missed: (p) =>
      `De deadline (${p.deadline}) is voorbij; de laatste stand ervoor was ${p.value}: de streefwaarde van ${p.target} is niet gehaald.`,
    reachedAt: (p) => `Op ${p.date} stond het op ${p.value}: de streefwaarde van ${p.target} was toen gehaald.`,
    noneByDeadline: (p) => `Er is geen meting van vóór de deadline (${p.deadline}): of de streefwaarde gehaald is, is niet te zeggen.`,
    stale: (p) => `De laatste meting is van ${p.since}: te oud om iets over de koers te zeggen. Vul de metingen aan.`,
    tooFew: 'Voor een verwachting zijn minstens twee metingen nodig.',
    problem: (problem, p) =>
      problem === 'no-kpi'
        ? 'Er is nog geen KPI die dit doel meet.'
        : problem === 'ambiguous'
          ? 'Welke KPI dit doel meet, is nog niet vastgelegd; de cijfers staan hieronder elk op zichzelf.'
          : problem === 'unknown-kpi' || problem === 'other-goal'
            ? 'De KPI die dit doel zou meten, hoort niet bij dit doel; de voortgang is daarom niet berekend.'
            : problem === 'kind-unknown'
              ? 'De KPI zegt niet of een meting de telling van één periode is of het totaal tot nu toe; de voortgang is daarom niet berekend.'
              : problem === 'kind-mismatch'
                ? `De KPI meet ${KINDS.nl[p.kpiKind!]}, het doel is ${KINDS.nl[p.goalKind!]}; de voortgang is daarom niet berekend.`
                : problem === 'unit-mismatch'
                  ? `De KPI meet in ${w.quote(p.kpiUnit)}, het doel in ${w.quote(p.goalUnit)}; de voortgang is daarom niet berekend.`
                  : problem === 'percent-count'
                    ? 'Percentages kun je niet optellen; de voortgang is daarom niet berekend.'
                    : problem === 'percent-range'
                      ? 'Het beginpunt of de streefwaarde ligt buiten 0 tot 100%; de voortgang is daarom niet berekend.'
                      : 'Alle metingen liggen ver onder de nulmeting: waarschijnlijk tellingen per maand en geen stand. De voortgang is daarom niet berekend.',
    figure: (p) =>
      p.value === null
        ? 'nog niet gemeten'
        : `${p.value} (${[p.date, p.target ? `streefwaarde ${p.target}` : null].filter(Boolean).join('; ')})`,
    withTotal: (value, total) => `${value} (samen ${total})`,
    points: (count, one) => `${count} ${one ? 'procentpunt' : 'procentpunten'}`,
  };
}

function en(w: Words): MeasureWords {
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
                ? `The KPI measures ${KINDS.en[p.kpiKind!]}, the goal is ${KINDS.en[p.goalKind!]}, so progress is not calculated.`
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
}

const MAKERS: Record<Language, (w: Words) => MeasureWords> = { nl, en };

export function measureWords(language: Language): MeasureWords {
  return MAKERS[language](words(language));
}
