// `strategy calendar [file]`: the content calendar in the terminal (the coming four weeks
// unless a range is given), or one export of it for a range.
import type { Io } from '../io.js';
import { visible } from '../util/visible.js';
import { EXIT, StrategyError } from '../errors.js';
import type { RunLanguage } from '../i18n/locale.js';
import { CalendarTooLarge, calendarEntries, renderCsv, renderIcs, renderMarkdownCalendar } from '../export/outputs.js';
import type { CalendarEntry } from '../core/calendar.js';
import { fromDay, isoWeek, toDay, weekdayOf } from '../core/days.js';
import { mondayOf } from '../core/days.js';
import { channelNamer, entryTexter, shortDate } from '../render/calendar-text.js';
import { MAX_CALENDAR_ENTRIES } from '../model/strategy.js';
import type { Language, Strategy } from '../model/strategy.js';
import { labels } from '../render/labels.js';
import { words } from '../i18n/words.js';
import { closest } from '../util/suggest.js';
import { isDate, todayIn } from '../util/today.js';
import type { CsvDelimiter } from '../export/csv.js';
import { loadStrategyToPublish, loadValidStrategy } from '../files/strategy-source.js';
import { compilerFor, templateSources } from '../files/template-sources.js';
import { DEFAULT_STRATEGY_FILE } from '../files/read-strategy.js';

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
  /** One week as a grid of days and channels: `true` for this week, or a day of the week to show. */
  week?: string | true;
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
  if (typeof options.week === 'string') checkDate('--week', options.week);
  const file = options.file ?? DEFAULT_STRATEGY_FILE;
  // An export is published like a document: not from a strategy that check fails, unless --force.
  const strategy = options.format
    ? (
        await loadStrategyToPublish(io, file, options.language, {
          force: options.force === true,
          today: options.today ?? todayIn(undefined, io.env),
        })
      ).strategy
    : await loadValidStrategy(io, file, options.language);
  if (options.from && options.to && options.from > options.to)
    throw new StrategyError('error.reversed-range', { from: options.from, to: options.to });
  const channels = Object.keys(strategy.channels ?? {});
  if (options.channel !== undefined && !channels.includes(options.channel)) {
    const suggestion = closest(options.channel, channels);
    throw new StrategyError('error.unknown-channel', { channel: options.channel, channels, ...(suggestion ? { suggestion } : {}) });
  }
  const range = options.week !== undefined ? weekOf(strategy, options, io) : rangeOf(strategy, options, io);
  const language = options.language.current;
  let entries: ReturnType<typeof calendarEntries>;
  try {
    entries = calendarEntries(strategy, { ...range, ...(options.channel ? { channel: options.channel } : {}) }, language);
  } catch (error) {
    if (error instanceof CalendarTooLarge)
      throw new StrategyError('error.calendar-too-large', { count: error.count, limit: MAX_CALENDAR_ENTRIES });
    throw error;
  }
  if (options.format === 'md') {
    const sources = await templateSources(io, options.templates);
    io.stdout.write(renderMarkdownCalendar(strategy, entries, language, sources, await compilerFor(sources), range));
  } else if (options.format === 'csv') io.stdout.write(renderCsv(strategy, entries, language, options.csvDelimiter));
  else if (options.format === 'ics') io.stdout.write(renderIcs(strategy, entries, language));
  else if (options.week !== undefined) {
    // This week lies outside the period: say which week is shown instead.
    const moved = 'moved' in range ? range.moved : undefined;
    if (moved && strategy.period)
      io.stdout.write(
        `${labels(language).label(moved === 'start' ? 'calendar.week-before' : 'calendar.week-after', { date: words(language).date(moved === 'start' ? strategy.period.start : strategy.period.end) })}\n\n`,
      );
    weekGrid(io, strategy, entries, language, range.from!);
  } else overview(io, strategy, entries, language, range);
  return EXIT.ok;
}

/** Monday to Sunday of the week asked for: of the day given, else of today (kept inside the period). */
function weekOf(strategy: Strategy, options: CalendarOptions, io: Io): { from: string; to: string; moved?: 'start' | 'end' } {
  const today = toDay(typeof options.week === 'string' ? options.week : (options.today ?? todayIn(strategy.calendar?.timezone, io.env)));
  let day = today;
  const period = strategy.period;
  if (typeof options.week !== 'string' && period && period.start <= period.end)
    day = Math.max(toDay(period.start), Math.min(day, toDay(period.end)));
  const monday = mondayOf(day);
  const moved = mondayOf(day) === mondayOf(today) ? undefined : day > today ? 'start' : 'end';
  return { from: fromDay(monday), to: fromDay(monday + 6), ...(moved ? { moved } : {}) };
}

/** The widest a column of the week grid gets, so a row of four channels fits a wide terminal; longer text ends in "…". */
const CELL = 26;

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/**
 * One week as a grid: a row per day, a column per channel with each post's time and topic,
 * and a last column for key dates and days off. Read at a glance on Monday morning.
 */
function weekGrid(io: Io, strategy: Strategy, entries: readonly CalendarEntry[], language: Language, from: string): void {
  const l = labels(language);
  const w = words(language);
  const texts = entryTexter(strategy, language);
  const name = channelNamer(strategy, language);
  const monday = toDay(from);
  const posts = entries.filter((e) => e.kind === 'post' && e.channel);
  // "16 t/m 22 november 2026": the month and year once when the week has one of each.
  const [first, last] = [fromDay(monday), fromDay(monday + 6)];
  const start =
    first.slice(0, 7) === last.slice(0, 7)
      ? String(Number(first.slice(8)))
      : first.slice(0, 4) === last.slice(0, 4)
        ? w.date(first).replace(/\s\d{4}$/, '')
        : w.date(first);
  io.stdout.write(`${visible(l.label('calendar.week-title', { week: String(isoWeek(monday)), start, end: w.date(last) }))}\n\n`);
  // The channels in the strategy's order; those without a post this week are left out.
  const channels = Object.keys(strategy.channels ?? {}).filter((id) => posts.some((e) => e.channel === id));
  const header = [l.label('calendar.day'), ...channels.map((id) => name(id)), l.label('calendar.notes')];
  const rows: string[][][] = [];
  for (let day = monday; day < monday + 7; day++) {
    const date = fromDay(day);
    const cells = channels.map((id) =>
      posts
        .filter((e) => e.date === date && e.channel === id)
        .map((e) => `${e.time ?? ''} ${e.source === 'cadence' && e.pillarName ? e.pillarName : texts(e).title}`.trim()),
    );
    // A holiday or blackout of several days is named once, on its first day in this week.
    const notes = entries
      .filter((e) => e.kind !== 'post' && (e.date === date || (day === monday && e.date < date && (e.until ?? e.date) >= date)))
      .map((e) => {
        const t = texts(e);
        if (e.kind === 'key-date') return `★ ${t.title}`;
        const through =
          e.until && e.until > date ? ` ${l.label('calendar.through')} ${shortDate(e.until, language).replace(/\u00A0/g, ' ')}` : '';
        return `${t.title}${through}: ${t.effect}`;
      })
      .flatMap((note) => wrap(note, CELL * 2));
    rows.push([[`${l.value('weekday', weekdayOf(day))} ${shortDate(date, language).replace(/\u00A0/g, ' ')}`], ...cells, notes]);
  }
  const widths = header.map((title, i) =>
    Math.min(
      i === header.length - 1 ? CELL * 2 : CELL,
      Math.max(visible(title).length, ...rows.flatMap((row) => row[i]!.map((line) => visible(line).length))),
    ),
  );
  const line = (cells: readonly string[]): string =>
    `${cells
      .map((cell, i) => clip(visible(cell), widths[i]!).padEnd(widths[i]!))
      .join('  ')
      .trimEnd()}\n`;
  io.stdout.write(line(header));
  io.stdout.write(line(widths.map((width) => '─'.repeat(width))));
  for (const row of rows) {
    const height = Math.max(1, ...row.map((cell) => cell.length));
    for (let i = 0; i < height; i++) io.stdout.write(line(row.map((cell) => cell[i] ?? '')));
  }
  if (channels.length === 0) io.stdout.write(`\n${l.label('calendar.week-empty')}\n`);
}

/** A note over lines of at most `width`, broken between words. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function overview(
  io: Io,
  strategy: Strategy,
  entries: readonly CalendarEntry[],
  language: Language,
  range: { from?: string; to?: string },
): void {
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
    return [
      String(e.week),
      e.date,
      l.value('weekday', e.weekday),
      e.time ?? '',
      e.kind === 'post' ? t.channel : e.kind === 'key-date' ? `★ ${t.kind}` : t.kind,
      e.preparedBy ?? '',
      title,
    ].map(visible);
  });
  const widths = header.map((_, i) => [header, ...rows].reduce((widest, r) => Math.max(widest, r[i]!.length), 0));
  const line = (row: readonly string[]): string =>
    `${row
      .map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i]!) : cell))
      .join('  ')
      .trimEnd()}\n`;
  io.stdout.write(line(header));
  for (const row of rows) io.stdout.write(line(row));
}
