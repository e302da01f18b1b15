// The review of one period as a document a team and its board read: per goal the target,
// the period's measurements, where the goal stands and where the line points; what changed
// in the strategy since the last review; the team's rose, thorn and bud; and what needs
// attention. Markdown for the wiki; the same text becomes the HTML page.
import type { Language, Strategy } from '../model/strategy.js';
import type { Change } from '../core/versions/changes.js';
import { describeChange } from '../diff/describe.js';
import { words } from '../i18n/words.js';
import { labels } from '../render/labels.js';
import { cell, inline, paragraphs } from '../render/markdown.js';
import { documentView } from '../render/view.js';
import { shortDate } from '../render/calendar-text.js';
import { digitsFor, withUnit } from '../render/goal-view.js';
import { measureWords } from '../render/measure-words.js';
import { isMeasured, kpiUnit } from '../core/measures/goal.js';
import { generatedMark } from '../files/write-file.js';
import { nextMeasurement } from '../core/intervals.js';
import type { ReviewPeriod } from '../core/review-period.js';
import { LEXICONS } from '../i18n/vocabulary.js';
import type { ChartData } from '../render/html.js';

/** What the strategy's history says about the changes since the last review. */
export type History =
  | { kind: 'changes'; since: string; revision: string; changes: readonly Change[] }
  | { kind: 'no-git' }
  | { kind: 'no-earlier'; since: string };

export interface ReviewInput {
  /** The strategy as it is now: its measurements and its debriefs. */
  strategy: Strategy;
  /** The strategy as it stood at the end of the period (its goals and targets then), if git knows it. */
  atEnd?: Strategy;
  period: ReviewPeriod;
  language: Language;
  /** The day the report is drawn up. */
  today: string;
  history: History;
}

/** The first line of a review this tool wrote: a file without it is the user's, and is not replaced. */
export const REVIEW_MARK = generatedMark('review');

export interface ReviewDocument {
  markdown: string;
  title: string;
  /** Per goal (in the order of the Markdown's chart fences), its chart for the HTML page. */
  charts: (ChartData | null)[];
}

/**
 * The strategy as it stood at the end of the period: its goals and targets then, with the
 * measurements known now up to that day.
 */
function asOf(then: Strategy, now: Strategy, day: string): Strategy {
  const measurements = (now.control?.measurements ?? []).filter((m) => Boolean(m) && m!.date <= day);
  return {
    ...then,
    control: { ...(then.control ?? {}), ...(now.control?.kpis && !then.control?.kpis ? { kpis: now.control.kpis } : {}), measurements },
  };
}

export function reviewDocument(input: ReviewInput, options: { charts: boolean }): ReviewDocument {
  const r = reviewContext(input, options);
  const title = header(r);
  overviewTable(r);
  for (const goal of r.view.goals) goalSection(r, goal);
  changesSection(r);
  debriefSection(r);
  const { out, l, attention, charts } = r;
  out.push(`## ${l.label('review.attention')}`, '');
  if (attention.length === 0) out.push(l.label('review.attention-none'), '');
  else out.push(...attention.map((a) => `- ${a}`), '');
  return { markdown: `${out.join('\n').trimEnd()}\n`, title, charts };
}

/** What the parts of a review share: the strategy as it stood, the day its figures count to, and the text so far. */
function reviewContext(input: ReviewInput, options: { charts: boolean }) {
  const { strategy, period, language } = input;
  const l = labels(language);
  const say = words(language);
  const then = asOf(input.atEnd ?? strategy, strategy, period.to);
  // As on the last day of the period, or today while it runs: later figures do not count.
  const until = input.today < period.to ? input.today : period.to;
  const view = documentView(then, language, 'plain', { asOf: until });
  const inPeriod = (date: string): boolean => date >= period.from && date <= period.to;
  const kpis = then.control?.kpis ?? {};
  const organisation = then.organisation?.name?.trim() || l.label('document.title');
  const title = l.label('review.title', {
    period: periodName(
      period,
      language,
      (iso) => say.date(iso),
      (index) => l.month(index),
    ),
    organisation,
  });
  const out: string[] = [];
  const charts: ReviewDocument['charts'] = [];
  const attention: string[] = [];
  return { input, options, strategy, period, language, l, say, then, until, view, inPeriod, kpis, title, out, charts, attention };
}
type Review = ReturnType<typeof reviewContext>;
type Goal = Review['view']['goals'][number];

/** The title, the period and how recent the figures are; a review drawn up before the quarter ends is an interim one. */
function header(r: Review): string {
  const { input, period, l, say, then, view, title, out } = r;
  out.push(REVIEW_MARK, '', `# ${inline(title)}`, '');
  // A period that begins before the strategy does is shown from the strategy's first day.
  const from = then.period?.start && then.period.start > period.from && then.period.start <= period.to ? then.period.start : period.from;
  out.push(
    l.label(from === period.from ? 'review.period' : 'review.period-from-start', {
      from: say.date(from),
      to: say.date(period.to),
      today: say.date(input.today),
    }),
    '',
  );
  if (view.figuresOf) out.push(view.figuresOf, '');
  return title;
}

function overviewTable(r: Review): void {
  const { l, view, out } = r;
  const goals = view.goals;
  if (goals.length === 0) {
    out.push(l.label('review.no-goals'), '');
  } else {
    out.push(`## ${l.label('review.overview')}`, '');
    out.push(
      `| ${[l.label('goals.goal'), l.label('review.target'), l.label('goals.deadline'), l.label('review.stand'), l.label('control.course')].join(' | ')} |`,
    );
    out.push('| --- | --- | --- | --- | --- |');
    for (const goal of goals) {
      out.push(
        `| ${[cell(goal.name), cell(goal.targetText), cell(goal.deadline), cell(goal.latest ? `${goal.latest.text} (${goal.latest.date})` : null), cell(goal.course)].join(' | ')} |`,
      );
    }
    out.push('');
  }
}

/** A goal: its target and course, the period's measurements, and what needs attention. */
function goalSection(r: Review, goal: Goal): void {
  const { language, l, say, then, out, attention, options, charts } = r;
  const source = then.goals![goal.id]!;
  const m = goal.measure;
  out.push(`## ${inline(goal.name)}`, '');
  out.push(paragraphs(source.statement), '');
  const target = goal.targetText
    ? [
        l.label('review.target-line', { target: goal.targetText, deadline: source.deadline ? say.date(source.deadline) : '–' }),
        source.baseline !== undefined
          ? l.label(source.kind === 'total' ? 'review.previous' : 'review.baseline', {
              value: withUnit(source.baseline, m.unit, language),
            })
          : '',
      ]
        .filter(Boolean)
        .join(' ')
    : l.label('review.no-target');
  out.push(`- ${inline(target)}`);
  out.push(`- **${l.label('control.course')}:** ${inline(goal.course)}`);
  for (const sentence of goal.sentences) out.push(`- ${inline(sentence)}`);
  if (!m.latest && !goal.sentences.length) out.push(`- ${l.label('review.no-stand')}`);
  if (m.status.kind === 'behind') attention.push(l.label('review.attention-behind', { goal: `*${inline(goal.name)}*` }));
  if (m.status.kind === 'unknown' && m.status.reason === 'problem')
    attention.push(l.label('review.attention-problem', { goal: `*${inline(goal.name)}*` }));
  out.push('');
  measurementRows(r, goal);
  goalAttention(r, goal);
  if (options.charts && goal.chart) {
    out.push('```strategy-chart', String(charts.length), '```', '');
    charts.push({
      title: goal.chart.title,
      unit: goal.unit,
      labels: goal.chart.labels,
      dates: goal.chart.dates,
      values: goal.chart.values,
      target: goal.chart.target,
      forecast: goal.chart.forecast,
    });
  } else if (options.charts) {
    charts.push(null);
  }
}

/** The period's measurements of the goal's KPIs, each in its own unit. */
function measurementRows(r: Review, goal: Goal): void {
  const source = r.then.goals![goal.id]!;
  const m = goal.measure;
  const { strategy, language, l, until, inPeriod, kpis, out } = r;
  const goalKpis = Object.entries(kpis).filter(([, kpi]) => kpi?.goal === goal.id);
  const digits = digitsFor(m);
  const measuring = isMeasured(m.measuring) && !m.mismatch ? m.measuring.kpi : null;
  const unitOf = (id: string): string | null => {
    const kpi = kpis[id];
    return !kpi ? null : id === measuring ? kpiUnit(kpi, source) : kpi.unit?.trim() || null;
  };
  const rows = (strategy.control?.measurements ?? [])
    .filter(
      (m): m is NonNullable<typeof m> => Boolean(m) && goalKpis.some(([id]) => id === m!.kpi) && inPeriod(m!.date) && m!.date <= until,
    )
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (rows.length === 0) {
    out.push(l.label('review.no-measurements'), '');
  } else {
    out.push(`${l.label('review.measurements')}`, '');
    out.push(`| ${[l.label('review.date'), l.label('control.kpi'), l.label('review.value'), l.label('review.note')].join(' | ')} |`);
    out.push('| --- | --- | ---: | --- |');
    for (const row of rows) {
      const name = `${kpis[row.kpi]?.metric ?? row.kpi}${goalKpis.length > 1 && row.kpi !== measuring ? ` (${l.label('review.supporting')})` : ''}`;
      // A count of one period is shown beside the total it makes so far (when that is more).
      const total = row.kpi === measuring && m.counted ? m.series.find((p) => p.date === row.date) : undefined;
      const shown = withUnit(row.value, unitOf(row.kpi), language, digits);
      out.push(
        `| ${[cell(shortDate(row.date, language, true)), cell(name), cell(total && total.value !== row.value ? measureWords(language).withTotal(shown, withUnit(total.value, unitOf(row.kpi), language, digits)) : shown), cell(row.note)].join(' | ')} |`,
      );
    }
    out.push('');
  }
}

/** A KPI not measured in the period, or not since longer than its frequency allows; a deadline met or missed. */
function goalAttention(r: Review, goal: Goal): void {
  const source = r.then.goals![goal.id]!;
  const m = goal.measure;
  const goalKpis = Object.entries(r.kpis).filter(([, kpi]) => kpi?.goal === goal.id);
  const rows = (r.strategy.control?.measurements ?? []).filter(
    (row) => Boolean(row) && goalKpis.some(([id]) => id === row!.kpi) && r.inPeriod(row!.date) && row!.date <= r.until,
  );
  const { strategy, period, l, say, then, until, inPeriod, attention } = r;
  for (const [id, kpi] of goalKpis) {
    const measured = (strategy.control?.measurements ?? [])
      .filter((m) => m?.kpi === id && m.date <= until)
      .map((m) => m!.date)
      .sort();
    const latest = measured[measured.length - 1];
    if (!rows.some((m) => m.kpi === id) && period.to >= (then.period?.start ?? period.to)) {
      attention.push(l.label('review.attention-unmeasured', { kpi: `*${inline(kpi?.metric ?? id)}*` }));
    } else if (latest && kpi?.frequency && nextMeasurement(kpi.frequency, latest, until).late) {
      attention.push(l.label('review.attention-stale', { kpi: `*${inline(kpi.metric ?? id)}*`, date: say.date(latest) }));
    }
  }
  if (
    source.deadline &&
    inPeriod(source.deadline) &&
    source.deadline <= until &&
    (m.status.kind === 'reached' || m.status.kind === 'missed')
  ) {
    attention.push(
      l.label(m.status.kind === 'reached' ? 'review.attention-deadline-met' : 'review.attention-deadline-missed', {
        goal: `*${inline(goal.name)}*`,
        deadline: say.date(source.deadline),
      }),
    );
  }
}

/** What changed in the strategy since the last review. */
function changesSection(r: Review): void {
  const { input, language, l, say, out } = r;
  out.push(`## ${l.label('review.changes')}`, '');
  const history = input.history;
  if (history.kind === 'no-git') out.push(l.label('review.changes-no-git'), '');
  else if (history.kind === 'no-earlier') out.push(l.label('review.changes-no-earlier', { since: say.date(history.since) }), '');
  else if (history.changes.length === 0) out.push(l.label('review.changes-none', { since: say.date(history.since) }), '');
  else {
    out.push(l.label('review.changes-since', { since: say.date(history.since) }), '');
    const ordered = [...history.changes.filter((c) => c.weakening), ...history.changes.filter((c) => !c.weakening)];
    for (const change of ordered) {
      const text = describeChange(change, language, { name: (name) => `*${inline(name)}*`, text: (text) => inline(text) });
      out.push(`- ${change.weakening ? `**${l.label('review.weakening')}** ` : ''}${text}`);
    }
    out.push('');
  }
}

/** The team's debrief for this period. */
function debriefSection(r: Review): void {
  const { strategy, period, l, say, out, attention } = r;
  out.push(`## ${l.label('review.debrief')}`, '');
  const debrief = [...(strategy.reviews ?? [])].reverse().find((r) => r?.period === period.label);
  if (!debrief || !(debrief.rose || debrief.thorn || debrief.bud || debrief.decisions?.length)) {
    out.push(l.label('review.debrief-missing', { period: period.label }), '');
    attention.push(l.label('review.attention-debrief'));
  } else {
    out.push(
      debrief.by?.length
        ? l.label('review.debrief-held-by', { date: say.date(debrief.date), by: inline(say.list(debrief.by)) })
        : l.label('review.debrief-held', { date: say.date(debrief.date) }),
      '',
    );
    for (const part of ['rose', 'thorn', 'bud'] as const) {
      if (debrief[part]?.trim()) out.push(`- **${l.label(`review.${part}`)}**: ${inline(debrief[part])}`);
    }
    out.push('');
    if (debrief.decisions?.length) {
      out.push(`**${l.label('review.decisions')}**`, '', ...debrief.decisions.map((d) => `- ${inline(d)}`), '');
    }
  }
}

/** The period in words: "vierde kwartaal 2026", "november 2026", or its two dates. */
function periodName(period: ReviewPeriod, language: Language, date: (iso: string) => string, month: (index: number) => string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period.label);
  if (quarter) return LEXICONS[language].quarter(Number(quarter[2]), quarter[1]!);
  const monthly = /^(\d{4})-(\d{2})$/.exec(period.label);
  if (monthly) return `${month(Number(monthly[2]) - 1)} ${monthly[1]}`;
  return LEXICONS[language].range(date(period.from), date(period.to));
}
