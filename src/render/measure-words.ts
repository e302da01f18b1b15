// How a goal's measurement is said, in each language: its course in a few words for tables, and
// in sentences a board can put its name under. The figures come from src/core/measures; this
// file only words them, and says nothing the model has not established.
import type { Language } from '../model/strategy.js';
import type { GoalKind, KpiKind, Mismatch } from '../core/measures/goal.js';
import type { Status } from '../core/measures/assess.js';
import { words } from '../i18n/words.js';
import type { Words } from '../i18n/words.js';

type Problem = Mismatch['problem'] | 'no-kpi' | 'ambiguous' | 'unknown-kpi' | 'other-goal';

export interface MeasureWords {
  /** The course in a few words: "op koers", "onbekend sinds 1 jul 2027". */
  status(status: Status, date: (iso: string) => string): string;
  /** "Stand per 1 mrt 2027: 30 aanmeldingen, 19% van de weg naar de streefwaarde." */
  /** `start` is null for a total, counted from zero. */
  standing(p: { date: string; value: string; share: number | null; below: string | null; reached: boolean; start: string | null; target: string }): string;
  /** `shortfall` in the goal's unit; for a percentage, `points` is the shortfall in percentage points. */
  forecast(p: { deadline: string; value: string; reaches: boolean; shortfall: string; points: number | null; target: string; increase: boolean }): string;
  basis(p: { count: number; baseline: boolean; from: string; to: string }): string;
  missed(p: { deadline: string; value: string; target: string }): string;
  stale(p: { since: string }): string;
  tooFew: string;
  problem(problem: Problem, p: { goalKind?: GoalKind; kpiKind?: KpiKind; goalUnit?: string; kpiUnit?: string }): string;
  supporting: string;
  /** "27.123 (1 mrt 2027; streefwaarde 30.000)" */
  figure(p: { value: string | null; date: string | null; target: string | null }): string;
}

const KINDS = {
  nl: { level: 'een stand', total: 'een totaal binnen de periode', rate: 'een percentage of snelheid', count: 'een telling per periode' },
  en: { level: 'a level', total: 'a total within the period', rate: 'a rate', count: 'a count per period' },
} as const;

function nl(w: Words): MeasureWords {
  return {
    status: (s, date) =>
      s.kind === 'reached' ? 'streefwaarde gehaald'
      : s.kind === 'on-course' ? 'op koers'
      : s.kind === 'behind' ? 'achter op schema'
      : s.kind === 'missed' ? 'niet gehaald'
      : s.reason === 'stale' ? `onbekend sinds ${date(s.since!)}`
      : s.reason === 'no-measurements' ? 'nog niet gemeten'
      : s.reason === 'too-few' ? 'nog onbekend: te weinig metingen'
      : s.reason === 'not-started' ? 'periode nog niet begonnen'
      : s.reason === 'no-deadline' ? 'onbekend: geen deadline'
      : s.reason === 'no-target' ? 'onbekend: geen streefwaarde'
      : 'niet berekend',
    standing: (p) =>
      `Stand per ${p.date}: ${p.value}` +
      (p.reached ? `; de streefwaarde van ${p.target} is gehaald.`
        : p.below ? `, onder het beginpunt van ${p.below}.`
        : p.share !== null && p.start === null ? ` (${w.percent(Math.round(p.share * 100))} van de streefwaarde van ${p.target}).`
        : p.share !== null ? ` (${w.percent(Math.round(p.share * 100))} van de weg van ${p.start} naar ${p.target}).`
        : '.'),
    forecast: (p) =>
      p.reaches
        ? `Verwachting op ${p.deadline}: ongeveer ${p.value}; in dit tempo wordt de streefwaarde van ${p.target} gehaald.`
        : `Verwachting op ${p.deadline}: ongeveer ${p.value}, ${p.points === null ? p.shortfall : `${w.number(p.points)} ${p.points === 1 ? 'procentpunt' : 'procentpunten'}`} ${p.increase ? 'te weinig' : 'te veel'} voor de streefwaarde van ${p.target}.`,
    basis: (p) => `Een rechte lijn door ${p.baseline ? 'het beginpunt en ' : ''}${w.count(p.count, 'reading')} van ${p.from} tot en met ${p.to}: een eerste signaal, geen belofte.`,
    missed: (p) => `De deadline (${p.deadline}) is voorbij; de laatste stand ervoor was ${p.value}: de streefwaarde van ${p.target} is niet gehaald.`,
    stale: (p) => `De laatste meting is van ${p.since}: te oud om iets over de koers te zeggen. Vul de metingen aan.`,
    tooFew: 'Voor een verwachting zijn minstens twee metingen nodig.',
    problem: (problem, p) =>
      problem === 'no-kpi' ? 'Er is nog geen KPI die dit doel meet.'
      : problem === 'ambiguous' ? 'Welke KPI dit doel meet, is nog niet vastgelegd; de cijfers staan hieronder elk op zichzelf.'
      : problem === 'unknown-kpi' || problem === 'other-goal' ? 'De KPI die dit doel zou meten, hoort niet bij dit doel; de voortgang is daarom niet berekend.'
      : problem === 'kind-unknown' ? 'De KPI zegt niet of een meting de telling van één periode is of het totaal tot nu toe; de voortgang is daarom niet berekend.'
      : problem === 'kind-mismatch' ? `De KPI meet ${KINDS.nl[p.kpiKind!]}, het doel is ${KINDS.nl[p.goalKind!]}; de voortgang is daarom niet berekend.`
      : problem === 'unit-mismatch' ? `De KPI meet in ${w.quote(p.kpiUnit)}, het doel in ${w.quote(p.goalUnit)}; de voortgang is daarom niet berekend.`
      : problem === 'percent-count' ? 'Percentages kun je niet optellen; de voortgang is daarom niet berekend.'
      : problem === 'percent-range' ? 'Het beginpunt of de streefwaarde ligt buiten 0 tot 100%; de voortgang is daarom niet berekend.'
      : 'Alle metingen liggen ver onder de nulmeting: waarschijnlijk tellingen per maand en geen stand. De voortgang is daarom niet berekend.',
    supporting: 'Ondersteunende cijfers',
    figure: (p) => (p.value === null ? 'nog niet gemeten' : `${p.value} (${[p.date, p.target ? `streefwaarde ${p.target}` : null].filter(Boolean).join('; ')})`),
  };
}

function en(w: Words): MeasureWords {
  return {
    status: (s, date) =>
      s.kind === 'reached' ? 'target reached'
      : s.kind === 'on-course' ? 'on course'
      : s.kind === 'behind' ? 'behind schedule'
      : s.kind === 'missed' ? 'not reached'
      : s.reason === 'stale' ? `unknown since ${date(s.since!)}`
      : s.reason === 'no-measurements' ? 'not measured yet'
      : s.reason === 'too-few' ? 'not known yet: too few measurements'
      : s.reason === 'not-started' ? 'period not started yet'
      : s.reason === 'no-deadline' ? 'unknown: no deadline'
      : s.reason === 'no-target' ? 'unknown: no target'
      : 'not calculated',
    standing: (p) =>
      `As of ${p.date}: ${p.value}` +
      (p.reached ? `; the target of ${p.target} is reached.`
        : p.below ? `, below the starting point of ${p.below}.`
        : p.share !== null && p.start === null ? ` (${w.percent(Math.round(p.share * 100))} of the target of ${p.target}).`
        : p.share !== null ? ` (${w.percent(Math.round(p.share * 100))} of the way from ${p.start} to ${p.target}).`
        : '.'),
    forecast: (p) =>
      p.reaches
        ? `Forecast for ${p.deadline}: about ${p.value}; at this pace the target of ${p.target} is reached.`
        : `Forecast for ${p.deadline}: about ${p.value}, ${p.points === null ? p.shortfall : `${w.number(p.points)} ${p.points === 1 ? 'percentage point' : 'percentage points'}`} ${p.increase ? 'short of' : 'above'} the target of ${p.target}.`,
    basis: (p) => `A straight line through ${p.baseline ? 'the starting point and ' : ''}${w.count(p.count, 'reading')} from ${p.from} to ${p.to}: a first signal, not a promise.`,
    missed: (p) => `The deadline (${p.deadline}) has passed; the last figure before it was ${p.value}: the target of ${p.target} was not reached.`,
    stale: (p) => `The latest measurement is from ${p.since}: too old to say anything about the course. Add the measurements since.`,
    tooFew: 'A forecast needs at least two measurements.',
    problem: (problem, p) =>
      problem === 'no-kpi' ? 'No KPI measures this goal yet.'
      : problem === 'ambiguous' ? 'Which KPI measures this goal has not been recorded; their figures are shown below, each on its own.'
      : problem === 'unknown-kpi' || problem === 'other-goal' ? 'The KPI named to measure this goal does not belong to it, so progress is not calculated.'
      : problem === 'kind-unknown' ? 'The KPI does not say whether a measurement is the count of one period or the total so far, so progress is not calculated.'
      : problem === 'kind-mismatch' ? `The KPI measures ${KINDS.en[p.kpiKind!]}, the goal is ${KINDS.en[p.goalKind!]}, so progress is not calculated.`
      : problem === 'unit-mismatch' ? `The KPI measures in ${w.quote(p.kpiUnit)}, the goal in ${w.quote(p.goalUnit)}, so progress is not calculated.`
      : problem === 'percent-count' ? 'Percentages do not add up, so progress is not calculated.'
      : problem === 'percent-range' ? 'The starting point or the target lies outside 0 to 100%, so progress is not calculated.'
      : 'Every measurement lies far below the baseline: probably counts per month rather than a level, so progress is not calculated.',
    supporting: 'Supporting figures',
    figure: (p) => (p.value === null ? 'not measured yet' : `${p.value} (${[p.date, p.target ? `target ${p.target}` : null].filter(Boolean).join('; ')})`),
  };
}

const MAKERS: Record<Language, (w: Words) => MeasureWords> = { nl, en };

export function measureWords(language: Language): MeasureWords {
  return MAKERS[language](words(language));
}
