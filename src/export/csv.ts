// The calendar as CSV for Excel and Google Sheets: UTF-8 with a byte-order mark (so Excel
// reads the accents), every field quoted where needed, and cells that a spreadsheet would
// run as a formula neutralised.
import { dsvFormat } from 'd3-dsv';
import type { CalendarEntry } from '../render/calendar.js';
import type { Language } from '../model/strategy.js';
import { labels } from '../render/labels.js';

/** Excel in a Dutch locale splits on semicolons; in English on commas. */
export function csvDelimiter(language: Language): string {
  return language === 'nl' ? ';' : ',';
}

/** A cell that starts like a formula (=, +, -, @, tab, carriage return) gets a leading quote. */
export function neutralise(raw: string): string {
  // NUL and other control characters are no text a spreadsheet should hold; tabs and line breaks stay.
  const value = raw.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
  const first = value.charCodeAt(0);
  // = + - @ tab carriage return
  return first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13 ? `'${value}` : value;
}

export function calendarCsv(entries: readonly CalendarEntry[], language: Language): string {
  const l = labels(language);
  const header = [
    l.label('calendar.date'),
    l.label('calendar.day'),
    l.label('calendar.time'),
    l.label('calendar.channel'),
    l.label('calendar.pillar'),
    l.label('calendar.item'),
    l.label('calendar.format'),
    l.label('calendar.prepares'),
    l.label('calendar.approves'),
    l.label('calendar.status'),
    'uid',
  ];
  const rows = entries.map((e) =>
    [
      e.date,
      l.value('weekday', e.weekday),
      e.time ?? '',
      e.kind === 'key-date' ? l.label('calendar.key-date') : (e.channel ?? ''),
      e.pillarName ?? '',
      e.title,
      e.format ? l.value('format', e.format) : '',
      e.preparedBy ?? '',
      e.approvedBy.join(', '),
      e.kind === 'key-date' ? '' : l.value('status', e.status),
      e.uid,
    ].map(neutralise),
  );
  // RFC 4180: a field with the delimiter, a quote or a line break is quoted, quotes doubled;
  // CRLF between records and after the last.
  const format = dsvFormat(csvDelimiter(language));
  return `\uFEFF${[header, ...rows].map((row) => format.formatRow(row)).join('\r\n')}\r\n`;
}
