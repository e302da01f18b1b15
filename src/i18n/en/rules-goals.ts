// The rules' texts in English: goals, their KPIs and measurements, the period and the essentials. Each rule has a one-line
// description, the method's rationale (for docs/rules/) and the messages of its findings.
import type { Words } from '../words.js';
import type { FieldId } from '../vocabulary.js';
import type { GoalKind, KpiKind } from '../../core/measures/goal.js';
import type { Frequency } from '../../model/strategy.js';
import type { Section, Block, SmartField } from '../rule-data.js';

const GOAL_KIND: Record<GoalKind, string> = {
  level: 'a level (a value that stands, such as followers)',
  total: 'a total counted within the period',
  rate: 'a rate (a share or a speed)',
};

const KPI_KIND: Record<KpiKind, string> = { level: 'a level on its date', count: 'a count of what happened in its period', rate: 'a rate' };

export const goalsRules = {
  completeness: {
    description: 'Content, the three core tasks and control are filled in once there are channels.',
    rationale:
      'Once a strategy has channels it needs what keeps them going: content (pillars and a cadence), the three core tasks each with someone who does them (content management, webcare, administration), and control (KPIs and who gets the report how often). Each incomplete block is one finding that names what is missing.',
    messages: {
      missing: (p: { section: Section; parts: readonly FieldId[] }, w: Words): string =>
        `${{ content: 'Content still needs', tasks: 'The core tasks still need', control: 'Control still needs' }[p.section]} ${w.list(p.parts.map((field) => w.field(field)))}.`,
    },
  },
  essentials: {
    description: 'The strategy has a period, goals, audiences, channels and a team with an owner.',
    rationale:
      'The method builds each block on the one before: without goals there is nothing to measure, without audiences no reason for a channel, without an owner nobody who answers for it. A file with only a name is not yet a strategy. Each missing block is reported once; `strategy init` asks for all of them.',
    messages: {
      missing: (p: { block: Block }): string =>
        ({
          period: 'The strategy has no period yet: give its first and last day (a school year, for instance).',
          goals:
            'The strategy has no goals yet. Goals are the most important step: what should social media achieve, measurably and by when?',
          audiences: 'The strategy has no audiences yet: whom do you want to reach, and where are they active?',
          channels: 'The strategy has no channels yet: choose at least one, where your audiences are.',
          team: 'Nobody is responsible for the strategy yet: name the team and its owner.',
        })[p.block],
    },
  },
  'goal-kpi-clear': {
    description: 'It is clear which KPI measures each goal and what one of its measurements is.',
    rationale:
      'A goal is measured by one KPI; others linked to it are supporting figures, each in its own unit (the reach of Instagram posts supports a goal for applications, but is not an application). With several KPIs, `measured_by` on the goal names the one. For a total counted within the period, the KPI says whether a measurement is the count of its own period (`kind: count`, added up) or the running total so far (`kind: level`). A level whose figures all lie below half its baseline is probably a count: say so with `kind`. Until then progress, course and forecast are left out rather than guessed.',
    messages: {
      ambiguous: (p: { goal: string; kpis: string[] }, w: Words): string =>
        `Goal ${w.quote(p.goal)} has ${p.kpis.length} KPIs (${w.list(p.kpis.map((k) => w.quote(k)))}) and none is named as the one that measures it. Set measured_by on the goal to one of them; the others are then shown as supporting figures.`,
      'kind-unknown': (p: { goal: string; kpi: string }, w: Words): string =>
        `KPI ${w.quote(p.kpi)} measures goal ${w.quote(p.goal)}, a total counted within the period, but does not say what one measurement is: the count of its own period (kind: count, added up) or the running total so far (kind: level).`,
      'looks-like-count': (p: { goal: string; kpi: string; baseline: number; highest: number }, w: Words): string =>
        `Every measurement of KPI ${w.quote(p.kpi)} (at most ${w.number(p.highest)}) lies below half the baseline of goal ${w.quote(p.goal)} (${w.number(p.baseline)}): is each one a count of its own month rather than where the goal stands? Then make the goal a total (kind: total) and the KPI a count (kind: count); if the figures really fell, say so with kind: level on the KPI.`,
      'percent-range': (p: { goal: string; value: number }, w: Words): string =>
        `Goal ${w.quote(p.goal)} is in %, but has a baseline or target of ${w.number(p.value)}: a share lies between 0 and 100. If the goal is a number (followers), give it that unit; for "10% more", use a relative target (target_change).`,
    },
  },
  'goal-measured': {
    description: 'Every goal is measured by at least one KPI.',
    rationale:
      'Results are measured, evaluated and acted on: every goal has at least one KPI in the block Measuring and evaluating (`control.kpis`, with `goal: <goal id>`). A goal nobody measures cannot be checked.',
    messages: {
      missing: (p: { goal: string }, w: Words): string =>
        `No KPI measures goal ${w.quote(p.goal)}. Add one for this goal in the block Measuring and evaluating: what is measured, from which source and how often. A goal nobody measures cannot be checked.`,
    },
  },
  'goal-smart': {
    description:
      'Every goal is SMART: a metric, a target, a unit and a deadline; a target that differs from the baseline and a deadline inside the period.',
    rationale:
      'A goal is specific, measurable, achievable, relevant and time-bound. The rule checks what a file can show: the goal has a `metric`, a `target`, a `unit` and a `deadline`; the target differs from the `baseline` (otherwise nothing changes); the deadline lies inside the strategy `period`; and `sustain_until`, if given, comes after the deadline. Vague: "we want more fans". SMART: "by 30 June the Facebook page has 10% more fans".',
    messages: {
      missing: (p: { goal: string; fields: readonly SmartField[] }, w: Words): string =>
        `Goal ${w.quote(p.goal)} is not SMART yet: it still needs ${w.list(p.fields.map((f) => w.field(`goal.${f}`)))}. A SMART goal says what is measured, the value to reach, in which unit and by when ("by 30 June the Facebook page has 10% more fans").`,
      'same-target': (p: { value: number }, w: Words): string =>
        `The target equals the baseline (${w.number(p.value, 2)}): nothing would change. Set the value you want to reach with this goal.`,
      'deadline-outside': (p: { deadline: string; start: string; end: string }, w: Words): string =>
        `The deadline ${w.date(p.deadline)} lies outside the strategy period (${w.date(p.start)} to ${w.date(p.end)}); a goal must be reachable, and checkable, within the period.`,
      'sustain-before-deadline': (p: { date: string; deadline: string }, w: Words): string =>
        `"Hold until" (${w.date(p.date)}) comes before the deadline (${w.date(p.deadline)}). It says how long the result must hold after it is reached: choose a date after the deadline.`,
    },
  },
  'goal-target': {
    description: 'A goal’s target is measured from a baseline, agrees with a relative target, and goes the goal’s way.',
    rationale:
      'A goal that raises or lowers a level or a rate (followers, a response time) can only be checked against where it started: record the `baseline`. A relative target ("10% more fans", the method’s own SMART example) is written as `target_change: {percent: 10}`; with a `target` beside it, the two must agree. A `direction: decrease` goal has a target below its baseline. A total counted within the period (applications this year, `kind: total`) needs no baseline. A target in % far below a baseline of hundreds was probably meant as a relative target.',
    messages: {
      'no-baseline': (p: { goal: string }, w: Words): string =>
        `Goal ${w.quote(p.goal)} has no baseline: without the value you start from, nobody can tell whether it is reached. Measure it now and record it as the baseline (or mark the goal as a total counted within the period).`,
      'change-needs-baseline': (p: { goal: string }, w: Words): string =>
        `Goal ${w.quote(p.goal)} has a target relative to the baseline, but no baseline to apply it to. Record the baseline.`,
      'change-disagrees': (p: { goal: string; target: number; computed: number }, w: Words): string =>
        `Goal ${w.quote(p.goal)}: the target ${w.number(p.target, 2)} does not agree with the relative target, which gives ${w.number(p.computed, 2)}. Keep one of the two, or make them agree.`,
      direction: (p: { goal: string; direction: 'increase' | 'decrease'; baseline: number; target: number }, w: Words): string =>
        `Goal ${w.quote(p.goal)} is to ${p.direction === 'decrease' ? 'lower' : 'raise'} the metric, but its target ${w.number(p.target, 2)} is ${p.direction === 'decrease' ? 'above' : 'below'} the baseline ${w.number(p.baseline, 2)}.`,
      'looks-relative': (p: { goal: string; baseline: number; target: number }, w: Words): string =>
        `Goal ${w.quote(p.goal)} goes from ${w.number(p.baseline, 2)} to ${w.percent(p.target)}: if you mean ${w.percent(p.target)} more than the baseline, write it as a relative target (target_change with percent ${w.number(p.target, 2)}).`,
    },
  },
  'kpi-fits-goal': {
    description: 'The KPI that measures a goal counts the same kind of figure in the same unit as the goal’s target.',
    rationale:
      'Goals must be measurable to be checked, and only figures of the same kind can be compared with a target. A level (followers) is measured by a level; a total counted within the period (applications this school year) by a count per period, which is added up, or by the running total; a rate by a rate. The KPI’s `unit` is the goal’s `unit`, and a percentage is never counted up. A goal with several KPIs names the one that measures it in `measured_by`; it must be one of its own.',
    messages: {
      'kind-mismatch': (p: { goal: string; kpi: string; goalKind: GoalKind; kpiKind: KpiKind }, w: Words): string =>
        `Goal ${w.quote(p.goal)} is ${GOAL_KIND[p.goalKind]}, but KPI ${w.quote(p.kpi)} that measures it is ${KPI_KIND[p.kpiKind]}: its figures cannot be compared with the target. Measure the goal with a KPI of its kind (set the KPI's kind), or change the goal's kind.`,
      'unit-mismatch': (p: { goal: string; kpi: string; goalUnit: string; kpiUnit: string }, w: Words): string =>
        `Goal ${w.quote(p.goal)} is in ${w.quote(p.goalUnit)}, but KPI ${w.quote(p.kpi)} that measures it is in ${w.quote(p.kpiUnit)}. Measure the goal in its own unit, or name another KPI in measured_by.`,
      'percent-count': (p: { goal: string; kpi: string }, w: Words): string =>
        `Goal ${w.quote(p.goal)} has a target in %, but it is counted up (KPI ${w.quote(p.kpi)}): percentages do not add up. Give the goal a unit that is counted (applications, followers), or measure it with a rate.`,
      'unknown-kpi': (p: { goal: string; kpi: string }, w: Words): string =>
        `Goal ${w.quote(p.goal)} is measured by KPI ${w.quote(p.kpi)}, which the strategy does not have. Name one of the goal's own KPIs in measured_by.`,
      'other-goal': (p: { goal: string; kpi: string; of: string }, w: Words): string =>
        `Goal ${w.quote(p.goal)} is measured by KPI ${w.quote(p.kpi)}, which belongs to goal ${w.quote(p.of)}. Name one of this goal's own KPIs in measured_by.`,
    },
  },
  'measurement-date': {
    description: 'Every measurement is dated on a day that has been, near the strategy’s period.',
    rationale:
      'Progress and forecasts are drawn from the measurements: a measurement dated after the day of the check (`strategy check --date` or `SOURCE_DATE_EPOCH` sets another day) cannot have been taken yet and would be shown as the current figure. A date more than a year (`margin_days`) before the period starts or after it ends is a typing error; a baseline from before the period belongs in the goal’s `baseline`.',
    messages: {
      future: (p: { date: string; today: string }, w: Words): string =>
        `This measurement is dated ${w.date(p.date)}, after the day of the check (${w.date(p.today)}): a figure cannot be measured before its day. Correct the date.`,
      'far-outside': (p: { date: string; start: string; end: string }, w: Words): string =>
        `This measurement is dated ${w.date(p.date)}, far outside the strategy's period (${w.date(p.start)} to ${w.date(p.end)}). Correct the date; a figure from before the period belongs in the goal's baseline.`,
    },
  },
  'measurements-current': {
    description: 'Each KPI has a measurement as recent as its frequency says.',
    rationale:
      'Results are measured, evaluated and followed up: only a strategy that is measured can keep course and adjust in time. For each KPI with a `frequency`, the rule looks at its latest measurement in `control.measurements` on the day of the check (`strategy check --date` sets another day) and warns when the next one is overdue: a month and a week for a monthly KPI, and so on. Before the period starts nothing is due.',
    messages: {
      late: (p: { kpi: string; frequency: Frequency; last: string; due: string; overdue: number }, w: Words): string =>
        `KPI ${w.quote(p.kpi)} is measured ${w.value('frequency', p.frequency)}, but was last measured on ${w.date(p.last)}: the next measurement was due on ${w.date(p.due)}, ${w.count(p.overdue, 'day')} ago. Add the measurements since, so you can adjust course in time.`,
      none: (p: { kpi: string; frequency: Frequency; start: string; overdue: number }, w: Words): string =>
        `KPI ${w.quote(p.kpi)} is measured ${w.value('frequency', p.frequency)}, but has no measurement since the period started on ${w.date(p.start)}; the first is ${w.count(p.overdue, 'day')} overdue.`,
    },
  },
  'on-course': {
    description: 'At the pace of the measurements so far, each goal reaches its target by its deadline.',
    rationale:
      'Keep course: measure, evaluate, and adjust when behind. Once two thirds (`min_elapsed`) of the time to a goal’s deadline have passed (earlier, seasonal figures such as applications mislead), the rule draws a straight line through the baseline at the start of the period (zero for a total counted within the period) and the figures so far of the KPI that measures the goal, and warns when that line misses the target at the deadline by more than 10% of the way (`tolerance`): far behind, not a little. The forecast is linear: a simple first signal, not a prediction.',
    messages: {
      behind: (p: { goal: string; forecast: number; target: number; deadline: string; short: number; points: number }, w: Words): string =>
        `At the pace so far (the straight line that best fits ${w.count(p.points, 'reading')}), goal ${w.quote(p.goal)} reaches about ${w.number(p.forecast)} by ${w.date(p.deadline)}, while its target is ${w.number(p.target)}: about ${w.number(p.short)} behind. Adjust course now: more effort, another approach, or a target that is realistic.`,
    },
  },
  'period-order': {
    description: 'The period ends after it starts.',
    rationale:
      'The strategy’s `period` runs from `start` to `end`. A period that ends before it starts leaves no time for the goals, and the calendar stays empty.',
    messages: {
      reversed: (p: { start: string; end: string }, w: Words): string =>
        `The period ends (${w.date(p.end)}) before it starts (${w.date(p.start)}). Check the two dates: a school year runs from August or September to July.`,
    },
  },
  'review-due': {
    description:
      'The strategy is reviewed (rose, thorn, bud and decisions in `reviews`) as often as results are reported, at least once a quarter.',
    rationale:
      'Measuring is only half of control: results are evaluated with the team and followed up, and the course is adjusted when a goal is behind. The rule takes the reporting cadence (`control.reporting.cadence`), but no more often than once a quarter (`min_interval`), and warns when the latest review in `reviews` (or the start of the period, when there is none) is longer ago than that plus a grace of a month. `strategy review` writes the report to discuss; `strategy init --block review` records the debrief.',
    messages: {
      late: (p: { last: string; period: string; due: string; cadence: Frequency }, w: Words): string =>
        `The last review (of ${p.period}) was held on ${w.date(p.last)}; with results reported ${w.value('frequency', p.cadence)}, the next was due by ${w.date(p.due)}. Run strategy review, discuss it with the team and record the debrief with strategy init --block review.`,
      none: (p: { start: string; due: string; cadence: Frequency }, w: Words): string =>
        `No review recorded since the period started on ${w.date(p.start)}; with results reported ${w.value('frequency', p.cadence)}, the first was due by ${w.date(p.due)}. Run strategy review, discuss it with the team and record the debrief with strategy init --block review.`,
    },
  },
};
