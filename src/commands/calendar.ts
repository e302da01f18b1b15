// `strategy calendar [file]`: the content calendar in the terminal (the coming four weeks
// unless a range is given), or one export of it for a range.
import type { Io } from '../io.js';
import { visible } from '../util/visible.js';
import { EXIT, StrategyError } from '../errors.js';
import type { RunLanguage } from '../i18n/locale.js';
import { CalendarTooLarge, calendarEntries, renderCsv, renderIcs, renderMarkdownCalendar } from '../render/outputs.js';
import type { CalendarEntry } from '../render/calendar.js';
import { fromDay, toDay } from '../render/calendar.js';
import { entryTexter, shortDate } from '../render/calendar-text.js';
import { MAX_CALENDAR_ENTRIES } from '../model/strategy.js';
import type { Language, Strategy } from '../model/strategy.js';
import { labels } from '../render/labels.js';
import { words } from '../i18n/words.js';
import { closest } from '../util/suggest.js';
import { isDate, todayIn } from '../util/today.js';
import type { CsvDelimiter } from '../export/csv.js';
import { loadStrategyToPublish, loadValidStrategy } from './strategy-source.js';
import { compilerFor, templateSources } from './template-sources.js';
import { DEFAULT_STRATEGY_FILE } from './read-strategy.js';

export interface CalendarOptions {
  file?: string;
  from?: string;
  to?: string;
  channel?: string;
  format?: 'md' | 'csv' | 'ics';
  templates?: string;
  csvDelimiter?: CsvDelimiter;
  language: RunLanguage;
  /** Today, as YYYY-MM-DD; the overview starts here. */
  today?: string;
  /** An export of a strategy with errors by the method. */
  force?: boolean;
}

/** The overview's default length: the coming four weeks. */
const OVERVIEW_DAYS = 28;

function checkDate(option: string, value: string | undefined): void {
  if (value !== undefined && !isDate(value)) {
    throw new StrategyError('error.bad-date', { option, value });
  }
}

/**
 * The range shown: what --from and --to say; for the overview without them, four weeks from
 * today, kept inside the period (its first four weeks before it starts, its last after it ends).
 */
function rangeOf(strategy: Strategy, options: CalendarOptions, io: Io): { from?: string; to?: string } {
  if (options.format || options.from) {
    const from = options.from;
    const to = options.to ?? (options.format || !from ? undefined : fromDay(toDay(from) + OVERVIEW_DAYS - 1));
    return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  }
  let start = toDay(options.today ?? todayIn(strategy.calendar?.timezone, io.env));
  const period = strategy.period;
  if (period && period.start <= period.end) start = Math.max(toDay(period.start), Math.min(start, toDay(period.end) - OVERVIEW_DAYS + 1));
  // --to alone: from today (or the period's start) to that day.
  if (options.to) return { from: fromDay(Math.min(start, toDay(options.to))), to: options.to };
  return { from: fromDay(start), to: fromDay(start + OVERVIEW_DAYS - 1) };
}

export async function calendar(options: CalendarOptions, io: Io): Promise<number> {
  checkDate('--from', options.from);
  checkDate('--to', options.to);
  const file = options.file ?? DEFAULT_STRATEGY_FILE;
  // An export is published like a document: not from a strategy that check fails, unless --force.
  const strategy = options.format
    ? (await loadStrategyToPublish(io, file, options.language, { force: options.force === true, today: options.today ?? todayIn(undefined, io.env) })).strategy
    : await loadValidStrategy(io, file, options.language);
  if (options.from && options.to && options.from > options.to) throw new StrategyError('error.reversed-range', { from: options.from, to: options.to });
  const channels = Object.keys(strategy.channels ?? {});
  if (options.channel !== undefined && !channels.includes(options.channel)) {
    const suggestion = closest(options.channel, channels);
    throw new StrategyError('error.unknown-channel', { channel: options.channel, channels, ...(suggestion ? { suggestion } : {}) });
  }
  const range = rangeOf(strategy, options, io);
  const language = options.language.current;
  let entries;
  try {
    entries = calendarEntries(strategy, { ...range, ...(options.channel ? { channel: options.channel } : {}) }, language);
  } catch (error) {
    if (error instanceof CalendarTooLarge) throw new StrategyError('error.calendar-too-large', { count: error.count, limit: MAX_CALENDAR_ENTRIES });
    throw error;
  }
  if (options.format === 'md') {
    const sources = await templateSources(io, options.templates);
    io.stdout.write(renderMarkdownCalendar(strategy, entries, language, sources, await compilerFor(sources), range));
  } else if (options.format === 'csv') io.stdout.write(renderCsv(strategy, entries, language, options.csvDelimiter));
  else if (options.format === 'ics') io.stdout.write(renderIcs(strategy, entries, language));
  else overview(io, strategy, entries, language, range);
  return EXIT.ok;
}

function overview(io: Io, strategy: Strategy, entries: readonly CalendarEntry[], language: Language, range: { from?: string; to?: string }): void {
  const l = labels(language);
  const w = words(language);
  const texts = entryTexter(strategy, language);
  const from = range.from ?? strategy.period?.start;
  const to = range.to ?? strategy.period?.end;
  const posts = entries.filter((e) => e.kind === 'post').length;
  const keyDates = entries.filter((e) => e.kind === 'key-date').length;
  const what = keyDates > 0 ? w.list([w.count(posts, 'post'), w.count(keyDates, 'key-date')]) : w.count(posts, 'post');
  if (from && to) io.stdout.write(`${w.capital(l.label('calendar.summary', { what, start: w.date(from), end: w.date(to) }))}\n\n`);
  if (entries.length === 0) {
    io.stdout.write(`${l.label('calendar.empty')}\n`);
    return;
  }
  const header = (['week', 'date', 'day', 'time', 'channel', 'prepares', 'item'] as const).map((key) => l.label(`calendar.${key}`));
  const rows = entries.map((e) => {
    const t = texts(e);
    const title =
      e.kind === 'day-off'
        ? `${t.title}${e.until ? ` ${l.label('calendar.through')} ${shortDate(e.until, language, e.until.slice(0, 4) !== e.date.slice(0, 4)).replace(/\u00A0/g, ' ')}` : ''}: ${t.effect}`
        : e.kind === 'key-date'
          ? `${t.title}${t.channel ? ` (${t.channel})` : ''}`
          : // Without a pillar column, a planned post says its pillar.
            e.source === 'cadence' && e.pillarName
            ? e.pillarName
            : t.title;
    return [String(e.week), e.date, l.value('weekday', e.weekday), e.time ?? '', e.kind === 'post' ? t.channel : e.kind === 'key-date' ? `★ ${t.kind}` : t.kind, e.preparedBy ?? '', title].map(visible);
  });
  const widths = header.map((_, i) => [header, ...rows].reduce((widest, r) => Math.max(widest, r[i]!.length), 0));
  const line = (row: readonly string[]): string => `${row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i]!) : cell)).join('  ').trimEnd()}\n`;
  io.stdout.write(line(header));
  for (const row of rows) io.stdout.write(line(row));
}
