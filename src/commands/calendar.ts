// `strategy calendar [file]`: the content calendar for a range, in the terminal, or one export.
import type { Io } from '../io.js';
import { EXIT, StrategyError } from '../errors.js';
import type { RunLanguage } from '../i18n/locale.js';
import { CalendarTooLarge, calendarEntries, renderCsv, renderIcs, renderMarkdownCalendar } from '../render/outputs.js';
import { MAX_CALENDAR_ENTRIES } from '../model/strategy.js';
import { labels, platformName } from '../render/labels.js';
import { loadValidStrategy } from './strategy-source.js';
import { compilerFor, templateSources } from './template-sources.js';
import { DEFAULT_STRATEGY_FILE } from './read-strategy.js';

export interface CalendarOptions {
  file?: string;
  from?: string;
  to?: string;
  channel?: string;
  format?: 'md' | 'csv' | 'ics';
  templates?: string;
  language: RunLanguage;
}

function checkDate(option: string, value: string | undefined): void {
  if (value !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))) {
    throw new StrategyError('error.bad-date', { option, value });
  }
}

export async function calendar(options: CalendarOptions, io: Io): Promise<number> {
  checkDate('--from', options.from);
  checkDate('--to', options.to);
  const strategy = await loadValidStrategy(io, options.file ?? DEFAULT_STRATEGY_FILE, options.language);
  const channels = Object.keys(strategy.channels ?? {});
  if (options.channel !== undefined && !channels.includes(options.channel)) {
    throw new StrategyError('error.unknown-channel', { channel: options.channel, channels });
  }
  let entries;
  try {
    entries = calendarEntries(strategy, {
      ...(options.from ? { from: options.from } : {}),
      ...(options.to ? { to: options.to } : {}),
      ...(options.channel ? { channel: options.channel } : {}),
    });
  } catch (error) {
    if (error instanceof CalendarTooLarge) throw new StrategyError('error.calendar-too-large', { count: error.count, limit: MAX_CALENDAR_ENTRIES });
    throw error;
  }
  const language = options.language.current;
  if (options.format === 'md') {
    const sources = await templateSources(io, options.templates);
    io.stdout.write(renderMarkdownCalendar(strategy, entries, language, sources, await compilerFor(sources)));
  } else if (options.format === 'csv') io.stdout.write(renderCsv(entries, language));
  else if (options.format === 'ics') io.stdout.write(renderIcs(strategy, entries, language));
  else {
    const l = labels(language);
    const rows = entries.map((e) => [
      e.date,
      l.value('weekday', e.weekday),
      e.time ?? '',
      e.kind === 'key-date' ? `★ ${l.label('calendar.key-date')}` : e.platform ? platformName(e.platform, language) : (e.channel ?? ''),
      e.preparedBy ?? '',
      // User text on a terminal: no control characters that could move the cursor.
      e.title.replace(/[\u0000-\u001F\u007F-\u009F]+/g, ' '),
    ]);
    const widths = [0, 1, 2, 3, 4].map((i) => rows.reduce((widest, r) => Math.max(widest, r[i]!.length), 0));
    for (const row of rows) io.stdout.write(`${row.map((cell, i) => (i < 5 ? cell.padEnd(widths[i]!) : cell)).join('  ').trimEnd()}\n`);
    if (rows.length === 0) io.stdout.write(`${l.label('calendar.empty')}\n`);
  }
  return EXIT.ok;
}
