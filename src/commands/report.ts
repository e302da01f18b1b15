// `strategy report "schools/*/strategy.yaml"`: one overview of many strategies, for a school
// board with many schools: per strategy whether it holds to the method, how many of its goals
// are on course, and when it was last reviewed; then per strategy what needs attention.
// Markdown for the wiki and the same as one HTML page.
import { dirname, extname, relative, resolve } from 'node:path';
import type { Io } from '../io.js';
import { EXIT, StrategyError } from '../errors.js';
import type { RunLanguage } from '../i18n/locale.js';
import { translator } from '../i18n/messages.js';
import { lintSource } from '../rules/run.js';
import { describeFinding } from '../rules/describe.js';
import { labels } from '../render/labels.js';
import { cell, inline } from '../render/markdown.js';
import { goalDisplayName } from '../core/measures/goal.js';
import { assessGoal, behindSince } from '../core/measures/assess.js';
import type { Status } from '../core/measures/assess.js';
import { shortDate } from '../render/calendar-text.js';
import { measureWords } from '../render/measure-words.js';
import { words } from '../i18n/words.js';
import type { Language, Strategy } from '../model/strategy.js';
import type { Finding } from '../model/finding.js';
import { isDate, todayIn } from '../util/today.js';
import { visible } from '../util/visible.js';
import { expandPatterns } from '../files/patterns.js';
import { readStrategyFile } from '../files/read-strategy.js';
import { generatedMark, refuseOverwrite, writeFilesAtomic } from '../files/write-file.js';

export interface ReportOptions {
  patterns: string[];
  output: string;
  format: 'md' | 'html' | 'all';
  date?: string;
  force: boolean;
  language: RunLanguage;
}

/** The first line of a report this command wrote: another file under its name is not overwritten. */
const GENERATED = generatedMark('report');

interface Row {
  file: string;
  name: string;
  strategy?: Strategy;
  findings: Finding[];
  errors: number;
  warnings: number;
  goals: { id: string; name: string; status: Status; behindSince?: string }[];
  /** The day of the latest measurement up to the day of the report. */
  measured?: string;
  /** The first day of a strategy that has not begun yet. */
  starts?: string;
  review?: { date: string; period: string };
  reviewDue: boolean;
}

export async function report(options: ReportOptions, io: Io): Promise<number> {
  if (options.date !== undefined && !isDate(options.date))
    throw new StrategyError('error.bad-date', { option: '--date', value: options.date });
  const files = await expandPatterns(options.patterns, io);
  const today = options.date ?? todayIn(undefined, io.env);
  const rows: Row[] = [];
  for (const file of files) rows.push(await rowOf(io, file, today));
  const language = options.language.settle(majorityLanguage(rows));
  const t = translator(language);
  const base =
    extname(options.output) === '.md' || extname(options.output) === '.html'
      ? options.output.slice(0, -extname(options.output).length)
      : options.output;
  // The previous overview's figures, kept beside it, to say what changed since.
  const stateFile = `${base}.json`;
  const previous = await readState(io, stateFile);
  const state = stateOf(rows, today);
  const markdown = overview(rows, language, today, previous);
  const outputs: { file: string; text: string }[] = [];
  if (options.format !== 'html') outputs.push({ file: `${base}.md`, text: markdown });
  if (options.format !== 'md') {
    const { documentHtml } = await import('../render/html.js');
    outputs.push({
      file: `${base}.html`,
      text: documentHtml(markdown, { language, title: labels(language).label('report.title'), charts: [], generator: 'strategy report' }),
    });
  }
  // Never over a strategy it reads; a file of the user's own under the same name only with --force.
  await refuseOverwrite(
    io,
    outputs.map(({ file }) => file),
    files,
    'report',
    options.force,
    '<meta name="generator" content="strategy report">',
  );
  await refuseOverwrite(io, [stateFile], files, 'report', options.force || previous !== undefined, '"strategy report"');
  await writeFilesAtomic(io, [...outputs, { file: stateFile, text: `${JSON.stringify(state, null, 2)}\n` }]);
  for (const output of outputs)
    io.stdout.write(
      `${visible(t('report.written', { count: rows.length, file: relative(io.cwd, resolve(io.cwd, output.file)) || output.file }))}\n`,
    );
  return rows.some((row) => row.errors > 0) ? EXIT.findings : EXIT.ok;
}

/** One strategy's row in the overview: its findings, its goals' course and its last review, as on `today`. */
async function rowOf(io: Io, file: string, today: string): Promise<Row> {
  const source = await readStrategyFile(io, file);
  const checked = lintSource(source.text, { byteLength: source.byteLength, today });
  const strategy = checked.strategy ?? undefined;
  // Progress as on the day of the report: later measurements (an example's, a typo's) do not count.
  const dates = (strategy?.control?.measurements ?? [])
    .filter((m) => Boolean(m) && m!.date <= today)
    .map((m) => m!.date)
    .sort();
  const raw = checked.parsed?.data as { organisation?: { name?: unknown } } | undefined;
  const named = typeof raw?.organisation?.name === 'string' ? raw.organisation.name.trim() : '';
  const reviews = (strategy?.reviews ?? [])
    .filter((r): r is NonNullable<typeof r> => Boolean(r))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  const last = reviews[reviews.length - 1];
  return {
    file: source.file,
    name: named || dirname(source.file).split(/[\\/]/).pop() || source.file,
    ...(strategy ? { strategy } : {}),
    findings: checked.findings,
    errors: checked.findings.filter((f) => f.severity === 'error').length,
    warnings: checked.findings.filter((f) => f.severity === 'warning').length,
    goals: strategy
      ? Object.entries(strategy.goals ?? {})
          .filter(([, g]) => g)
          .map(([id, g]) => {
            const since = behindSince(strategy, id, today);
            return {
              id,
              name: goalDisplayName(g!),
              status: assessGoal(strategy, id, today)!.status,
              ...(since ? { behindSince: since } : {}),
            };
          })
      : [],
    ...(dates.length > 0 ? { measured: dates[dates.length - 1]! } : {}),
    ...(strategy?.period && strategy.period.start > today ? { starts: strategy.period.start } : {}),
    ...(last ? { review: { date: last.date, period: last.period } } : {}),
    reviewDue: checked.findings.some((f) => f.ruleId === 'review-due'),
  };
}

/** The language most of the strategies are written in; all of them when none has the most. */
function majorityLanguage(rows: readonly Row[]): Language[] {
  const counts = new Map<string, number>();
  for (const row of rows) if (row.strategy?.language) counts.set(row.strategy.language, (counts.get(row.strategy.language) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length > 0 && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1])
    ? [ranked[0]![0] as Language]
    : ranked.map(([name]) => name as Language);
}

/** What an overview keeps of each strategy, to compare with next time. */
interface State {
  generator: 'strategy report';
  version: 1;
  date: string;
  strategies: { file: string; name: string; errors: number; warnings: number; goals: { id: string; name: string; status: string }[] }[];
}

/** A goal's course as kept: its kind, and for an unknown course why ("unknown:stale"). */
function courseKey(status: Status): string {
  return status.kind === 'unknown' ? `unknown:${status.reason}` : status.kind;
}

function stateOf(rows: readonly Row[], today: string): State {
  return {
    generator: 'strategy report',
    version: 1,
    date: today,
    strategies: rows.map((row) => ({
      file: row.file,
      name: row.name,
      errors: row.errors,
      warnings: row.warnings,
      goals: row.goals.map((g) => ({ id: g.id, name: g.name, status: courseKey(g.status) })),
    })),
  };
}

/** The previous overview's state, when there is one this command wrote; anything else is not read. */
async function readState(io: Io, file: string): Promise<State | undefined> {
  try {
    const { bytes, more } = await io.fs.readUpTo(resolve(io.cwd, file), 4 * 1024 * 1024);
    if (more) return undefined;
    const data = JSON.parse(new TextDecoder().decode(bytes)) as Partial<State>;
    const valid =
      data.generator === 'strategy report' &&
      data.version === 1 &&
      typeof data.date === 'string' &&
      isDate(data.date) &&
      Array.isArray(data.strategies) &&
      data.strategies.every(
        (s) =>
          typeof s?.file === 'string' &&
          typeof s.name === 'string' &&
          Number.isInteger(s.errors) &&
          Number.isInteger(s.warnings) &&
          Array.isArray(s.goals) &&
          s.goals.every((g) => typeof g?.id === 'string' && typeof g.name === 'string' && typeof g.status === 'string'),
      );
    return valid ? (data as State) : undefined;
  } catch {
    return undefined;
  }
}

/** Per school, what changed since the previous overview: errors, warnings, and the course of each goal. */
function sincePrevious(rows: readonly Row[], previous: State, language: Language, today: string): string[] {
  const l = labels(language);
  const say = words(language);
  const m = measureWords(language);
  // A course as kept: "behind", "unknown:stale" (the day since is not kept, nor said).
  const courseOf = (key: string): string => {
    const [kind, reason] = key.split(':');
    return m.status({ kind, ...(reason ? { reason, since: '' } : {}) } as Status, () => '').replace(/ (sinds|since) *$/, '');
  };
  const out: string[] = [`## ${l.label('report.since-previous', { date: say.date(previous.date) })}`, ''];
  // An overview of an earlier day than the one before it (--date) is not compared backwards.
  if (previous.date > today) return [...out, l.label('report.previous-later', { date: say.date(previous.date) }), ''];
  const before = new Map(previous.strategies.map((s) => [s.file, s]));
  let any = false;
  for (const row of rows) {
    const was = before.get(row.file);
    const notes: string[] = [];
    if (!was) notes.push(l.label('report.school-new'));
    else {
      if (was.errors !== row.errors)
        notes.push(l.label('report.errors-changed', { before: String(was.errors), after: String(row.errors) }));
      if (was.warnings !== row.warnings)
        notes.push(l.label('report.warnings-changed', { before: String(was.warnings), after: String(row.warnings) }));
      const goals = new Map(was.goals.map((g) => [g.id, g]));
      for (const goal of row.goals) {
        const old = goals.get(goal.id);
        if (!old) notes.push(l.label('report.goal-new', { goal: `*${inline(goal.name)}*`, after: courseOf(courseKey(goal.status)) }));
        else if (old.status !== courseKey(goal.status))
          notes.push(
            l.label('report.goal-now', {
              goal: `*${inline(goal.name)}*`,
              before: courseOf(old.status),
              after: courseOf(courseKey(goal.status)),
            }),
          );
      }
      for (const old of was.goals)
        if (!row.goals.some((g) => g.id === old.id)) notes.push(l.label('report.goal-gone', { goal: `*${inline(old.name)}*` }));
    }
    if (notes.length === 0) continue;
    any = true;
    out.push(`- **${inline(row.name)}**: ${notes.join('; ')}`);
  }
  for (const was of previous.strategies) {
    if (rows.some((row) => row.file === was.file)) continue;
    any = true;
    out.push(`- **${inline(was.name)}**: ${l.label('report.school-gone', { file: inline(was.file) })}`);
  }
  if (!any) out.push(l.label('report.no-changes'));
  out.push('');
  return out;
}

/** A strategy's goals in a cell: how many are on course, which are behind, and what is not known. */
function goalsCell(row: Row, language: Language): string {
  const l = labels(language);
  const say = words(language);
  // On course only where the figures say so; a goal without recent figures is not counted as on course.
  const known = row.goals.filter((g) => g.status.kind !== 'unknown');
  const on = known.filter((g) => g.status.kind === 'on-course' || g.status.kind === 'reached');
  const behind = known.filter((g) => g.status.kind === 'behind' || g.status.kind === 'missed');
  const problems = row.goals.filter((g) => g.status.kind === 'unknown' && g.status.reason === 'problem').length;
  const tooFew = row.goals.filter((g) => g.status.kind === 'unknown' && g.status.reason === 'too-few').length;
  const stale = row.goals
    .map((g) => g.status)
    .filter((s) => s.kind === 'unknown' && s.reason === 'stale')
    .map((s) => (s as { since: string }).since)
    .sort();
  return row.starts
    ? l.label('report.starts', { date: shortDate(row.starts, language, true) })
    : row.goals.length === 0
      ? l.label('report.no-goals')
      : row.goals.every((g) => g.status.kind === 'unknown' && (g.status.reason === 'no-measurements' || g.status.reason === 'not-started'))
        ? l.label('report.not-measured', { count: say.count(row.goals.length, 'goal') })
        : [
            l.label('report.on-course', { on: String(on.length), count: String(row.goals.length) }),
            behind.length > 0 ? l.label('report.behind', { goals: say.list(behind.map((g) => g.name)) }) : '',
            stale.length > 0 ? l.label('report.stale', { count: String(stale.length), date: shortDate(stale[0]!, language, true) }) : '',
            problems > 0 ? l.label('report.not-computed', { count: String(problems) }) : '',
            tooFew > 0 ? l.label('report.too-few', { count: String(tooFew) }) : '',
            row.goals.length - known.length - stale.length - problems - tooFew > 0
              ? l.label('report.unmeasured', { count: String(row.goals.length - known.length - stale.length - problems - tooFew) })
              : '',
          ]
            .filter(Boolean)
            .join('; ');
}

/** Per strategy, what needs attention: its errors and warnings, and the goals behind. */
function attentionLines(rows: readonly Row[], language: Language): string[] {
  const l = labels(language);
  const say = words(language);
  const out: string[] = [];
  const isBehind = (g: Row['goals'][number]): boolean => g.status.kind === 'behind' || g.status.kind === 'missed';
  const attention = rows.filter((row) => row.errors + row.warnings > 0 || row.goals.some(isBehind));
  if (attention.length > 0) {
    out.push(`## ${l.label('report.attention')}`, '');
    for (const row of attention) {
      out.push(`### ${inline(row.name)}`, '');
      for (const goal of row.goals.filter(isBehind)) {
        const name = `*${inline(goal.name)}*`;
        const line =
          goal.status.kind === 'missed'
            ? l.label('report.goal-missed', { goal: name })
            : goal.behindSince
              ? l.label('report.goal-behind-since', { goal: name, date: say.date(goal.behindSince) })
              : l.label('report.goal-behind', { goal: name });
        out.push(`- ${line}`);
      }
      for (const finding of row.findings.filter((f) => f.severity !== 'info')) {
        out.push(
          `- **${say.value('severity', finding.severity)}** ${inline(`${row.file}:${finding.line}:${finding.column}`)}: ${inline(describeFinding(finding, language))}`,
        );
      }
      out.push('');
    }
  }
  return out;
}

function overview(rows: readonly Row[], language: Language, today: string, previous?: State): string {
  const l = labels(language);
  const say = words(language);
  const out: string[] = [GENERATED, '', `# ${l.label('report.title')}`, ''];
  const healthy = rows.filter((row) => row.errors === 0).length;
  out.push(
    l.label('report.intro', {
      count: say.count(rows.length, 'strategy'),
      today: say.date(today),
      errors: say.count(rows.length - healthy, 'strategy'),
    }),
    '',
  );
  out.push(
    `| ${[l.label('report.organisation'), l.label('report.goals'), l.label('report.measured'), l.label('report.review'), l.label('report.status'), l.label('report.file')].join(' | ')} |`,
  );
  out.push('| --- | --- | --- | --- | --- | --- |');
  for (const row of rows) {
    const status =
      !row.strategy && row.errors > 0
        ? `❌ ${l.label('report.unreadable')}`
        : row.errors > 0
          ? `❌ ${say.count(row.errors, 'error')}`
          : row.warnings > 0
            ? `⚠️ ${say.count(row.warnings, 'warning')}`
            : `✅ ${l.label('report.in-order')}`;
    const goals = goalsCell(row, language);
    const review = row.review
      ? `${shortDate(row.review.date, language, true)}${row.reviewDue ? ` ⚠️ ${l.label('report.overdue')}` : ''}`
      : row.reviewDue
        ? `⚠️ ${l.label('report.none-overdue')}`
        : l.label('report.none');
    out.push(
      `| ${[cell(row.name), cell(goals), cell(row.measured ? shortDate(row.measured, language, true) : null), cell(review), status, cell(row.file)].join(' | ')} |`,
    );
  }
  out.push('');
  if (previous) out.push(...sincePrevious(rows, previous, language, today));
  out.push(...attentionLines(rows, language));
  return `${out.join('\n').trimEnd()}\n`;
}
