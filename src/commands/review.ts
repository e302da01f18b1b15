// `strategy review [--quarter 2027Q1 | --from … --to …]`: the review of one period written
// next to the strategy, as reviews/2027-Q1.md and .html. What changed since the last review
// is read from git (the version of the file on the day of the previous review).
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Io } from '../io.js';
import { git } from '../files/git.js';
import { EXIT, StrategyError } from '../errors.js';
import type { RunLanguage } from '../i18n/locale.js';
import { translator } from '../i18n/messages.js';
import { checkSource } from '../model/check.js';
import type { Strategy } from '../model/strategy.js';
import { changesBetween } from '../core/versions/changes.js';
import { isDate, todayIn } from '../util/today.js';
import { visible } from '../util/visible.js';
import { parsePeriod, periodFileName, rangePeriod, reviewQuarter } from '../core/review-period.js';
import type { ReviewPeriod } from '../core/review-period.js';
import type { History } from '../review/review.js';
import { loadValidStrategy } from '../files/strategy-source.js';
import { DEFAULT_STRATEGY_FILE } from '../files/read-strategy.js';
import { refuseOverwrite, writeFilesAtomic } from '../files/write-file.js';

export interface ReviewOptions {
  file?: string;
  quarter?: string;
  from?: string;
  to?: string;
  date?: string;
  outDir?: string;
  format: 'md' | 'html' | 'all';
  stdout: boolean;
  force?: boolean;
  language: RunLanguage;
}

/** What git writes, or undefined when it fails. */
function gitOutput(io: Io, cwd: string, args: readonly string[]): string | undefined {
  const result = git(io, cwd, args);
  return result.ok ? result.stdout : undefined;
}

/** Whether git keeps the file. */
function tracked(io: Io, file: string): boolean {
  return gitOutput(io, dirname(file), ['ls-files', '--error-unmatch', '--', basename(file)]) !== undefined;
}

/** The strategy as its last commit on or before a day left it; undefined when git has none (or no valid one). */
function strategyAt(io: Io, file: string, day: string): { revision: string; strategy: Strategy } | undefined {
  const dir = dirname(file);
  const name = basename(file);
  const revision = gitOutput(io, dir, ['log', '-1', '--format=%H', `--before=${day}T23:59:59`, '--', name])?.trim();
  if (!revision) return undefined;
  const text = gitOutput(io, dir, ['show', `${revision}:./${name}`]);
  const strategy = text === undefined ? undefined : checkSource(text).strategy;
  return strategy ? { revision, strategy } : undefined;
}

/** The changes to the strategy from its version on `since` to `now`. */
function historySince(io: Io, file: string, since: string, now: Strategy): History {
  if (!tracked(io, file)) return { kind: 'no-git' };
  const before = strategyAt(io, file, since);
  if (!before) return { kind: 'no-earlier', since };
  return { kind: 'changes', since, revision: before.revision, changes: changesBetween(before.strategy, now) };
}

function periodOf(options: ReviewOptions, today: string): ReviewPeriod {
  if (options.quarter !== undefined) {
    const period = parsePeriod(options.quarter);
    if (!period || options.from || options.to) throw new StrategyError('error.review-period', { value: options.quarter });
    return period;
  }
  if (options.from !== undefined || options.to !== undefined) {
    const from = options.from ?? '';
    const to = options.to ?? '';
    if (!isDate(from) || !isDate(to) || from > to)
      throw new StrategyError('error.review-period', { value: `${from || '?'} – ${to || '?'}` });
    return rangePeriod(from, to);
  }
  return reviewQuarter(today);
}

export async function review(options: ReviewOptions, io: Io): Promise<number> {
  const file = options.file ?? DEFAULT_STRATEGY_FILE;
  if (options.date !== undefined && !isDate(options.date))
    throw new StrategyError('error.bad-date', { option: '--date', value: options.date });
  const strategy = await loadValidStrategy(io, file, options.language);
  const language = options.language.settle([strategy.language]);
  const t = translator(language);
  const today = options.date ?? todayIn(strategy.calendar?.timezone, io.env);
  const period = periodOf(options, today);
  // Since the last review before this one was held (its date), else since the period began.
  const earlier = (strategy.reviews ?? [])
    .filter((r) => r && r.period !== period.label && r.date <= period.to)
    .map((r) => r!.date)
    .sort();
  const since = earlier[earlier.length - 1] ?? period.from;
  const path = resolve(io.cwd, file);
  // The goals and targets as they were at the end of the period, when git knows; else as they are now.
  const ended = period.to < today && tracked(io, path) ? strategyAt(io, path, period.to)?.strategy : undefined;
  const history = historySince(io, path, since, ended ?? strategy);
  const { reviewDocument } = await import('../review/review.js');
  const input = { strategy, ...(ended ? { atEnd: ended } : {}), period, language, today, history };
  const markdownDoc = reviewDocument(input, { charts: false });
  if (options.stdout) {
    io.stdout.write(markdownDoc.markdown);
    return EXIT.ok;
  }
  const outDir = options.outDir ?? join(dirname(file), 'reviews');
  const name = periodFileName(period);
  const files: { file: string; text: string }[] = [];
  if (options.format !== 'html') files.push({ file: join(outDir, `${name}.md`), text: markdownDoc.markdown });
  if (options.format !== 'md') {
    const { documentHtml } = await import('../render/html.js');
    const page = reviewDocument(input, { charts: true });
    files.push({
      file: join(outDir, `${name}.html`),
      text: documentHtml(page.markdown, { language, title: page.title, charts: page.charts, generator: 'strategy review' }),
    });
  }
  await refuseOverwrite(
    io,
    files.map(({ file }) => file),
    path,
    'review',
    options.force === true,
    '<meta name="generator" content="strategy review">',
  );
  await writeFilesAtomic(io, files);
  for (const written of files)
    io.stdout.write(
      `${t('review.written', { file: visible(relative(io.cwd, resolve(io.cwd, written.file)) || written.file), period: period.label })}\n`,
    );
  return EXIT.ok;
}
