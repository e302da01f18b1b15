// The calendar as CSV for Excel and Google Sheets: UTF-8 with a byte-order mark (so Excel
// reads the accents), every field quoted where needed, and cells that a spreadsheet would
// run as a formula neutralised. Columns are those of a team's content-calendar sheet, with
// the headers, channel names and statuses in the document's language.
import { dsvFormat } from 'd3-dsv';
import type { CalendarEntry } from '../core/calendar.js';
import type { Language, Strategy } from '../model/strategy.js';
import { labels } from '../render/labels.js';
import { entryTexter } from '../render/calendar-text.js';

export type CsvDelimiter = ';' | ',' | 'tab';

/**
 * The column separator: `--csv-delimiter`, else `calendar.csv.delimiter`, else a semicolon,
 * which Excel with Dutch (and most European) regional settings splits on, whatever the
 * language of the strategy.
 */
export function csvDelimiter(strategy: Strategy, option?: CsvDelimiter): string {
  const chosen = option ?? strategy.calendar?.csv?.delimiter ?? ';';
  return chosen === 'tab' ? '\t' : chosen;
}

/** A cell that starts like a formula (=, +, -, @, tab, carriage return) gets a leading quote. */
export function neutralise(raw: string): string {
  // NUL and other control characters are no text a spreadsheet should hold; tabs and line breaks stay.
  const value = raw.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
  const first = value.charCodeAt(0);
  // = + - @ tab carriage return
  return first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13 ? `'${value}` : value;
}

export function calendarCsv(strategy: Strategy, entries: readonly CalendarEntry[], language: Language, delimiter?: CsvDelimiter): string {
  const l = labels(language);
  const texts = entryTexter(strategy, language);
  const header = (
    [
      'week',
      'date',
      'until',
      'day',
      'time',
      'kind',
      'channel',
      'pillar',
      'item',
      'text',
      'link',
      'asset',
      'hashtags',
      'campaign',
      'format',
      'prepares',
      'approves',
      'approved-on',
      'status',
      'published',
      'uid',
    ] as const
  ).map((key) => l.label(`calendar.${key}`));
  const rows = entries.map((e) => {
    const t = texts(e);
    return [
      String(e.week),
      e.date,
      e.until ?? '',
      l.value('weekday', e.weekday),
      e.time ?? '',
      t.kind,
      t.channel,
      e.pillarName ?? '',
      t.effect ? `${t.title}: ${t.effect}` : t.title,
      e.text ?? '',
      e.link ?? '',
      e.asset ?? '',
      e.hashtags.join(' '),
      e.campaign ?? '',
      e.format ? l.value('format', e.format) : '',
      e.preparedBy ?? '',
      e.approvedBy.join(', '),
      e.approvedOn ?? '',
      t.status,
      e.publishedUrl ?? '',
      e.uid,
    ].map(neutralise);
  });
  // RFC 4180: a field with the delimiter, a quote or a line break is quoted, quotes doubled;
  // CRLF between records and after the last.
  const format = dsvFormat(csvDelimiter(strategy, delimiter));
  return `\uFEFF${[header, ...rows].map((row) => format.formatRow(row)).join('\r\n')}\r\n`;
}
