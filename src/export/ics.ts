// The calendar as iCalendar (RFC 5545) for Outlook and Google Calendar, written by
// ical-generator: stable UIDs so a re-import updates instead of duplicating, times in the
// strategy's time zone with its VTIMEZONE, key dates as all-day events.
import ical, { ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { VTIMEZONES } from '../../build/vtimezones.js';
import type { CalendarEntry } from '../render/calendar.js';
import type { Language } from '../model/strategy.js';
import { labels, platformName } from '../render/labels.js';

export const DEFAULT_TIMEZONE = 'Europe/Amsterdam';

const vtimezones = new Map<string, string | null>();

/** VTIMEZONE for `zone`; the library files some zones under a linked name (Amsterdam under Brussels). */
function vtimezone(zone: string): string | null {
  // The library rebuilds its whole time-zone table for every lookup; the build looked up the
  // default zone already.
  let block = vtimezones.get(zone);
  if (block !== undefined) return block;
  block = (Object.hasOwn(VTIMEZONES, zone) ? VTIMEZONES[zone] : tzlib_get_ical_block(zone)?.[0]) ?? null;
  const linked = block ? /TZID:([^\r\n]+)/.exec(block)?.[1] : undefined;
  if (block && linked && linked !== zone) block = block.split(linked).join(zone);
  vtimezones.set(zone, block);
  return block;
}

export interface IcsOptions {
  language: Language;
  name: string;
  timezone: string;
  /** DTSTAMP of every event: fixed, so the same strategy gives the same bytes. */
  stamp: string;
}

const STATUS: Record<string, ICalEventStatus> = {
  idea: ICalEventStatus.TENTATIVE,
  planned: ICalEventStatus.CONFIRMED,
  'in-progress': ICalEventStatus.CONFIRMED,
  ready: ICalEventStatus.CONFIRMED,
  published: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
};

/**
 * A wall-clock time on a calendar day, as a Date in the process's own time zone: the library
 * writes it back with the local getters, so the digits come out as given (main runs in UTC).
 * Minutes per post may have decimals (12.5); an event ends on a whole minute, at the latest
 * at 23:59 of the same day.
 */
function wallClock(date: string, time: string, plusMinutes = 0): Date {
  const minutes = Math.min(Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + Math.round(plusMinutes), 23 * 60 + 59);
  return new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), Math.floor(minutes / 60), minutes % 60);
}

export function calendarIcs(entries: readonly CalendarEntry[], options: IcsOptions): string {
  const l = labels(options.language);
  const zone = vtimezone(options.timezone) ? options.timezone : DEFAULT_TIMEZONE;
  const calendar = ical({
    prodId: { company: 'strategy-as-code', product: 'strategy', language: options.language.toUpperCase() },
    // ical-generator escapes event text but writes the calendar's name as it is: one line only.
    name: options.name.replace(/[\r\n\u0085\u2028\u2029]+/g, ' '),
  });
  calendar.timezone({ name: null, generator: (tz) => vtimezone(tz) ?? '' });
  const stamp = new Date(`${options.stamp}T00:00:00Z`);
  // The same few labels for every event.
  const keyDate = l.label('calendar.key-date');
  const [channel, pillar, format, prepares, approves, status] = (['channel', 'pillar', 'format', 'prepares', 'approves', 'status'] as const).map((key) => l.label(`calendar.${key}`));
  for (const entry of entries) {
    if (entry.kind === 'key-date') {
      calendar.createEvent({
        id: entry.uid,
        start: wallClock(entry.date, '00:00'),
        allDay: true,
        summary: `${keyDate}: ${entry.title}`,
        stamp,
      });
      continue;
    }
    const time = entry.time ?? '09:00';
    const details = [
      entry.channel ? `${channel}: ${entry.platform ? platformName(entry.platform) : entry.channel}` : null,
      entry.pillarName ? `${pillar}: ${entry.pillarName}` : null,
      entry.format ? `${format}: ${l.value('format', entry.format)}` : null,
      entry.preparedBy ? `${prepares}: ${entry.preparedBy}` : null,
      entry.approvedBy.length > 0 ? `${approves}: ${entry.approvedBy.join(', ')}` : null,
      `${status}: ${l.value('status', entry.status)}`,
    ].filter((line): line is string => line !== null);
    calendar.createEvent({
      id: entry.uid,
      start: wallClock(entry.date, time),
      end: wallClock(entry.date, time, Math.max(15, entry.minutes)),
      timezone: zone,
      summary: entry.channel ? `[${entry.platform ? platformName(entry.platform) : entry.channel}] ${entry.title}` : entry.title,
      description: details.join('\n'),
      ...(entry.pillarName ? { categories: [{ name: entry.pillarName }] } : {}),
      status: STATUS[entry.status] ?? ICalEventStatus.CONFIRMED,
      stamp,
    });
  }
  return calendar.toString();
}
